"""Writers: files, JSONL records and WARC files readable by fastwarc and warcio."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from fastwarc.warc import ArchiveIterator, WarcRecordType
from warcio.archiveiterator import ArchiveIterator as WarcioIterator

from warta.synth import generate_corpus
from warta.synth.write import jsonl_line, jsonl_record, warc_record_id, write_file, write_truth, write_warc


@pytest.fixture(scope="module")
def articles():
    return list(generate_corpus(120, seed=8))


def test_write_file_puts_content_at_filename(tmp_path: Path, articles) -> None:
    a = articles[0]
    path = write_file(a, tmp_path)
    assert path == tmp_path / a.filename
    assert path.read_text(encoding="utf-8") == a.content


def test_jsonl_records_hold_the_article_itself(articles) -> None:
    for a in articles:
        record = json.loads(jsonl_line(a))
        assert record == jsonl_record(a)
        assert {"url", "title", "date"} <= record.keys()
        assert ("html" in record) == (a.fmt == "html") and ("text" in record) != (a.fmt == "html")
        if a.fmt == "json":
            assert record["text"] == json.loads(a.content)["text"]
        assert record["date"] == a.published


def test_warc_is_readable_and_reproducible(articles) -> None:
    html = [a for a in articles if a.fmt == "html"][:10]
    first, second = io.BytesIO(), io.BytesIO()
    assert write_warc(html, first) == len(html)
    write_warc(html, second)
    assert first.getvalue() == second.getvalue()

    fast = list(ArchiveIterator(io.BytesIO(first.getvalue()), record_types=WarcRecordType.response))
    assert [r.headers["WARC-Target-URI"] for r in fast] == [a.url for a in html]
    got = [
        (r.rec_headers.get_header("WARC-Record-ID"), r.content_stream().read().decode("utf-8"))
        for r in WarcioIterator(io.BytesIO(first.getvalue()))
        if r.rec_type == "response"
    ]
    assert got == [(warc_record_id(a.url), a.content) for a in html]


def test_warc_refuses_non_html(articles) -> None:
    txt = next(a for a in articles if a.fmt == "txt")
    with pytest.raises(ValueError):
        write_warc([txt], io.BytesIO())


def test_truth_lines_are_sorted_json(tmp_path: Path, articles) -> None:
    path = tmp_path / "truth.jsonl"
    write_truth((a.truth() for a in articles[:5]), path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [a.id for a in articles[:5]]
    assert list(json.loads(lines[0])) == sorted(json.loads(lines[0]))
