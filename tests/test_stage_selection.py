"""Stages a user can choose: --only / --skip, the same in the CLI, the Python API and the config."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from warta import analyze
from warta.analysis import STAGE_SPECS, omitted_fields, select_stages
from warta.cli import main
from warta.config import Config, load_config
from warta.errors import WartaError
from warta.record import json_schema

ARTICLES = Path(__file__).parent / "data" / "articles"
ARTICLE = ARTICLES / "antara_haji_madinah.txt"


def test_only_keeps_what_the_stages_need_in_pipeline_order() -> None:
    assert select_stages(only=["text", "meta", "dates"]) == (
        "load",
        "bound-input",
        "clean",
        "meta",
        "bound",
        "segment",
        "dates",
        "finish",
    )
    quotes = select_stages(only=["quotes"])
    assert quotes.index("entities") < quotes.index("quotes") and "tone" not in quotes


def test_skip_drops_a_stage_and_the_stages_that_need_it() -> None:
    names = select_stages(skip=["entities"])
    assert "entities" not in names and "quotes" not in names and "claims" not in names and "tone" not in names
    assert "dates" in names and "meta" in names


def test_bad_selections_are_refused_with_the_names_to_choose_from() -> None:
    with pytest.raises(WartaError, match="unknown stage 'entites'.*entities"):
        select_stages(only=["entites"])
    with pytest.raises(WartaError, match="cannot skip clean"):
        select_stages(skip=["clean"])
    with pytest.raises(WartaError, match="entities \\(needed by quotes\\)"):
        select_stages(only=["quotes"], skip=["entities"])


def test_a_record_says_what_ran_and_leaves_out_what_was_not_computed() -> None:
    record = analyze(ARTICLE.read_text(encoding="utf-8"), only="text,meta,dates")
    assert record.stages == ["load", "bound-input", "clean", "meta", "bound", "segment", "dates", "finish"]
    data = record.to_dict()
    for absent in ("entities", "quotes", "claims", "tone", "language", "sources_cited"):
        assert absent not in data
    assert data["body"] and data["sentences"] and data["title"] and data["dates"]
    assert set(data["omitted"]) == set(omitted_fields(record.stages))


def test_the_selected_fields_equal_those_of_a_full_run() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    full = analyze(text).to_dict()
    part = analyze(text, only=["text", "meta", "dates"]).to_dict()
    for name in ("body", "paragraphs", "sentences", "title", "authors", "published", "dates", "id"):
        assert part[name] == full[name], name
    assert full["omitted"] == [] and "entities" in full


def test_partial_records_still_match_the_schema() -> None:
    schema = json_schema()
    for selection in (["text"], ["text", "meta", "dates"], ["all"]):
        data = json.loads(analyze(ARTICLE.read_text(encoding="utf-8"), only=selection).to_json())
        assert set(schema["required"]) <= set(data) <= set(schema["properties"]), selection


def test_config_and_environment_select_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_ONLY_STAGES", "text,meta")
    config = load_config()
    assert config.only_stages == ("text", "meta")
    record = analyze(ARTICLE.read_text(encoding="utf-8"), config=config)
    assert "dates" not in record.stages and "entities" not in record.to_dict()


def test_cli_only_and_skip(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(ARTICLE), "--only", "text,meta,dates", "--format", "jsonl"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["stages"][-1] == "finish" and "entities" not in data
    with pytest.raises(SystemExit):
        main(["analyze", str(ARTICLE), "--only", "nothing"])
    assert "unknown stage 'nothing'" in capsys.readouterr().err


def test_every_stage_has_a_spec_with_a_known_need() -> None:
    names = [spec.name for spec in STAGE_SPECS]
    for spec in STAGE_SPECS:
        assert all(names.index(need) < names.index(spec.name) for need in spec.needs), spec.name


def test_worker_count_defaults_to_the_usable_cores() -> None:
    assert Config(workers=3).worker_count() == 3
    assert Config(workers=0).worker_count() >= 1


def _run_cli(args: list[str], stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "warta", *args], input=stdin, capture_output=True, timeout=300
    )


def test_stdin_jsonl_is_answered_line_by_line_in_order() -> None:
    bodies = [
        {
            "title": "Banjir di Bekasi",
            "text": "Banjir merendam ratusan rumah di Bekasi, Jawa Barat, pada Senin.",
        },
        {"title": "broken"},  # no text: one error line, the others go on
        {"title": "Gempa di Cianjur", "text": "Gempa berkekuatan 5,6 mengguncang Cianjur pada Senin siang."},
    ]
    stdin = b"".join(json.dumps(b).encode() + b"\n" for b in bodies) + b"not json\n"
    done = _run_cli(["analyze", "-", "--only", "text,meta"], stdin)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["title"] for line in lines] == ["Banjir di Bekasi", "Gempa di Cianjur"]
    errors = done.stderr.decode()
    assert "-:2:" in errors and "-:4:" in errors and done.returncode == 1


def test_stdin_one_document_and_gz_files(tmp_path: Path) -> None:
    import gzip

    text = ARTICLE.read_bytes()
    one = _run_cli(["analyze", "--only", "text,meta", "--format", "jsonl"], text)
    assert one.returncode == 0, one.stderr
    packed = tmp_path / "article.txt.gz"
    packed.write_bytes(gzip.compress(text))
    from_gz = _run_cli(["analyze", str(packed), "--only", "text,meta", "--format", "jsonl"], b"")
    assert from_gz.returncode == 0, from_gz.stderr
    assert json.loads(one.stdout)["body"] == json.loads(from_gz.stdout)["body"]
    broken = tmp_path / "broken.gz"
    broken.write_bytes(b"not gzip at all")
    bad = _run_cli(["analyze", str(broken)], b"")
    assert bad.returncode == 1 and b"broken.gz: cannot read" in bad.stderr


def test_cli_stdin_reads_without_a_terminal(monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.read_bytes())))
    assert main(["analyze", "--only", "text", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out)["body"]
