"""The committed sample corpus is what the generator builds, and has what tests and demos need."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType

from warta.synth.sample import GENERATED_DIRS, JSONL_PATH, WARC_PATH, build_sample, main, truth_path

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "corpus"


def _digests(root: Path) -> dict[str, str]:
    files = [p for d in GENERATED_DIRS for p in (root / d).rglob("*") if p.is_file()]
    out = {"truth": hashlib.sha256(truth_path(root).read_bytes()).hexdigest()}
    for p in files:
        data = p.read_bytes()
        # Compare gzip members by content: another zlib build may compress the same bytes differently.
        if p.suffix == ".gz":
            data = gzip.decompress(data)
        out[p.relative_to(root).as_posix()] = hashlib.sha256(data).hexdigest()
    return out


@pytest.fixture(scope="module")
def truth() -> list[dict]:
    lines = truth_path(SAMPLE).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_committed_sample_matches_the_generator(tmp_path: Path) -> None:
    build_sample(tmp_path / "corpus")
    assert _digests(SAMPLE) == _digests(tmp_path / "corpus")


def test_sample_is_large_varied_and_planted(truth: list[dict]) -> None:
    assert len(truth) >= 300
    assert len({t["id"] for t in truth}) == len(truth)
    for key in ("exact_dup_of", "near_dup_of", "syndicated_from"):
        assert sum(t[key] is not None for t in truth) >= 5, key
    stories = Counter(t["story"] for t in truth)
    assert sum(n >= 3 for n in stories.values()) >= 20
    files = Counter(t["file"].rsplit(".", 1)[-1] for t in truth)
    assert files["txt"] > 50 and files["html"] > 50 and files["json"] > 30
    assert files["jsonl"] == 40 and files["gz"] == 20
    assert sum(bool(t.get("hostile")) for t in truth) >= 3
    assert len({t["outlet"] for t in truth}) >= 10


def test_every_truth_entry_points_at_its_article(truth: list[dict]) -> None:
    jsonl = (SAMPLE / JSONL_PATH).read_text(encoding="utf-8").splitlines()
    with (SAMPLE / WARC_PATH).open("rb") as fh:
        warc_urls = [
            r.headers["WARC-Target-URI"] for r in ArchiveIterator(fh, record_types=WarcRecordType.response)
        ]
    for t in truth:
        if t["file"] == JSONL_PATH:
            assert json.loads(jsonl[t["line"] - 1])["url"] == t["url"]
        elif t["file"] == WARC_PATH:
            assert warc_urls[t["record"]] == t["url"]
        else:
            assert (SAMPLE / t["file"]).is_file()
    assert len(jsonl) == 40 and len(warc_urls) == 20


def test_sample_is_small_and_licensed() -> None:
    size = sum(p.stat().st_size for p in SAMPLE.rglob("*") if p.is_file())
    assert size < 3 * 1024 * 1024
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    assert "CC0" in readme and "python -m warta.synth.sample samples/corpus" in readme


def test_main_builds_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "out")]) == 0
    assert "wrote" in capsys.readouterr().out
    assert (tmp_path / "out-truth.jsonl").is_file()
    assert not (tmp_path / "out" / "truth.jsonl").exists()
