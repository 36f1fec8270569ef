"""`warta search` through the CLI entry point."""

from __future__ import annotations

import json

import pytest

from warta.cli import main
from warta.store import open_store


@pytest.fixture
def db(tmp_path, sample_records):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    store = open_store(url)
    store.put_many(sample_records())
    store.close()
    return url


def run_json(capsys, *argv):
    assert main(["search", *argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_output_has_hits_and_facets(db, capsys):
    out = run_json(capsys, "bantahan", "--db", db)
    assert out["total"] == 3
    assert {h["article_id"] for h in out["hits"]} == {"a1", "a2", "a6"}
    assert "<mark>membantah</mark>" in out["hits"][0]["snippet"]
    assert dict(map(tuple, out["facets"]["type"]))["article"] == 3


def test_filters_and_limit_reach_the_store(db, capsys):
    out = run_json(
        capsys, "hibah", "--db", db, "--outlet", "Tempo", "--from", "2024-05-01", "--to", "2024-05-31"
    )
    assert [h["article_id"] for h in out["hits"]] == ["a3"]
    out = run_json(capsys, "", "--db", db, "--limit", "2")
    assert out["total"] == 6 and len(out["hits"]) == 2
    out = run_json(capsys, "hibah", "--db", db, "--entity", "Sri Mulyani Indrawati", "--type", "claim")
    assert {h["extra"]["claim_type"] for h in out["hits"]} == {"accusation", "denial"}


def test_quote_table_shows_speaker_and_escaped_text(db, capsys):
    assert main(["search", "benar", "--type", "quote", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "1 quote match(es)" in out
    assert "Sri Mulyani Indrawati" in out and "a1" in out


def test_table_prints_markup_literally(db, capsys):
    assert main(["search", "peretas", "--db", db, "--speaker", "", "--limit", "5"]) == 0
    out = capsys.readouterr().out
    assert "<script>alert('x')</script>" in out  # rich markup in the text is not interpreted


def test_injection_like_query_is_harmless(db, capsys):
    out = run_json(capsys, "'; DROP TABLE articles; --", "--db", db, "--outlet", "x' OR '1'='1")
    assert out["total"] == 0
    assert run_json(capsys, "", "--db", db)["total"] == 6


@pytest.mark.parametrize("argv", [["--from", "kemarin"], ["--limit", "0"], ["--type", "video"]])
def test_bad_arguments_are_usage_errors(db, argv):
    with pytest.raises(SystemExit) as exc:
        main(["search", "x", "--db", db, *argv])
    assert exc.value.code == 2


def test_unsupported_db_url_is_a_one_line_error(capsys):
    assert main(["search", "x", "--db", "mysql://nope"]) == 1
    assert "unsupported store URL" in capsys.readouterr().err
