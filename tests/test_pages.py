"""Check the analyzer on 12 real Indonesian outlet pages (read from ../shared, never copied).

The expected facts in tests/data/pages_expected.json were written by reading
each page; see tests/data/README.md. Tests skip when the shared pages are absent.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from pathlib import Path

import pytest

import warta
from articles_scoring import Check, failed, fraction, norm

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO / ".." / "shared" / "data" / "pages"
EXPECTED = json.loads((REPO / "tests" / "data" / "pages_expected.json").read_text(encoding="utf-8"))["pages"]


def _flat(text: str) -> str:
    """Collapse every kind of whitespace (including no-break spaces) and lower-case."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().lower()


def page_checks(rec: dict, exp: dict) -> list[Check]:
    """Return ``(fact, passed)`` for one page's expected facts."""
    checks: list[Check] = []
    if "title" in exp:
        checks.append(("title", norm(rec.get("title")) == norm(exp["title"])))
    if "published" in exp:
        date = str((rec.get("published") or {}).get("date") or "")[:10]
        checks.append(("published", date == exp["published"]))
    if "outlet" in exp:
        checks.append(("outlet", norm(rec.get("outlet")) == norm(exp["outlet"])))
    authors = {(norm(a.get("name")), norm(a.get("role"))) for a in rec.get("authors") or []}
    for author in exp.get("authors", []):
        checks.append(
            (f"author[{author['name']}:{author['role']}]", (norm(author["name"]), author["role"]) in authors)
        )
    body = _flat(rec.get("body") or "")
    for text in exp.get("body_contains", []):
        checks.append((f"body.contains[{text[:40]}]", _flat(text) in body))
    for text in exp.get("body_absent", []):
        checks.append((f"body.absent[{text[:40]}]", _flat(text) not in body))
    return checks


@cache
def _record(name: str) -> dict:
    raw = gzip.decompress((PAGES / name).read_bytes())
    return warta.analyze(raw, name=name).to_dict()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_facts(name: str) -> None:
    if not (PAGES / name).is_file():
        pytest.skip(f"shared page {name} not found under {PAGES}")
    exp = EXPECTED[name]
    checks = page_checks(_record(name), exp)
    bad = failed(checks)
    for fact in bad:
        print(f"{name}: FAIL {fact}")
    print(f"{name}: score={len(checks) - len(bad)}/{len(checks)}")
    assert fraction(checks) >= exp["floor"], f"{name}: {len(bad)} failed facts (printed above)"


def test_page_scorer_catches_chrome() -> None:
    """The page scorer itself fails a body that keeps a 'Baca juga' line."""
    exp = {"title": "Judul", "body_contains": ["Isi berita."], "body_absent": ["Baca juga"]}
    good = {"title": "Judul", "body": "Isi  berita."}
    bad = {"title": "judul", "body": "Isi berita.\n\nBaca juga: Berita lain"}
    assert not failed(page_checks(good, exp))
    assert failed(page_checks(bad, exp)) == ["body.absent[Baca juga]"]


DEVPAGES = REPO / ".." / "shared" / "data" / "devpages"
GATE = REPO / "eval" / "pages_gate.json"


@cache
def _eval_pages():  # type: ignore[no-untyped-def]
    """Import eval/pages.py by path: the gate reuses the harness's scoring, never a copy of it."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("eval_pages", REPO / "eval" / "pages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_devpages_gate() -> None:
    """Warta on a fixed ~100-page subset of the real devpages stays at or above its pinned floors.

    The subset and floors are in eval/pages_gate.json (``python eval/pages.py --write-gate``);
    the full comparison with trafilatura is ``python eval/pages.py`` (docs/extraction.md).
    """
    if not (DEVPAGES / "gold.jsonl").is_file():
        pytest.skip(f"devpages not found under {DEVPAGES} (../shared is absent): gate not run")
    pages = _eval_pages()
    gate = json.loads(GATE.read_text(encoding="utf-8"))
    wanted = set(gate["files"])
    gold = [g for g in pages.load_gold(DEVPAGES) if g["file"] in wanted]
    assert len(gold) == len(wanted), "a gate page is missing from the devpages gold"
    scores, _ = pages.run(gold, ["warta"], DEVPAGES)
    failures = pages.check_gate(scores, gate["floors"])
    assert not failures, "devpages gate: " + "; ".join(failures)


def test_gate_check_fails_under_a_floor() -> None:
    """The gate's check itself fails a score under its floor and too many empty bodies."""
    pages = _eval_pages()
    scores = [
        pages.PageScore("a.html.gz", "warta", "en", "x", body_chars=0, title=False),
        pages.PageScore("b.html.gz", "warta", "en", "x", body_chars=10, title=True),
    ]
    failures = pages.check_gate(scores, {"all": {"title": 0.9, "empty_max": 0.0}})
    assert failures == ["all: title 0.5 < floor 0.9", "all: 1 empty bodies > 0"]
