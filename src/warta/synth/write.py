"""Write synthetic articles to disk: one file each, a JSONL file, or a WARC of HTML responses.

Output is byte-for-byte reproducible: WARC record ids and dates are derived from the article, and
warcio's gzip members carry no timestamp.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from warta.synth.generator import SyntheticArticle

_WARC_NAMESPACE = uuid.UUID("5b0f3c4e-8d1a-4c55-9a63-3f1e2d7c9b10")


def write_file(article: SyntheticArticle, root: Path) -> Path:
    """Write ``article.content`` under ``root`` at ``article.filename``; return the path."""
    path = root / article.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(article.content.encode("utf-8"))
    return path


def jsonl_record(article: SyntheticArticle) -> dict[str, Any]:
    """Return the JSONL form: {"text"|"html", "url", "title", "date"}.

    A JSON-format article contributes the text field of its record, so every line holds the
    article itself rather than JSON inside JSON.
    """
    if article.fmt == "html":
        record: dict[str, Any] = {"html": article.content}
    elif article.fmt == "json":
        record = {"text": json.loads(article.content)["text"]}
    else:
        record = {"text": article.content}
    record.update(url=article.url, title=article.title, date=article.published)
    return record


def jsonl_line(article: SyntheticArticle) -> str:
    """Return one JSONL line (with its newline) for ``article``."""
    return json.dumps(jsonl_record(article), ensure_ascii=False) + "\n"


def warc_record_id(url: str) -> str:
    """Return a stable WARC-Record-ID for ``url``."""
    return f"<urn:uuid:{uuid.uuid5(_WARC_NAMESPACE, url)}>"


def write_warc(articles: Iterable[SyntheticArticle], stream: BinaryIO) -> int:
    """Write HTML articles as gzipped WARC response records; return how many were written."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(stream, gzip=True)
    count = 0
    for a in articles:
        if a.fmt != "html":
            raise ValueError(f"{a.id}: only HTML articles go into a WARC, not {a.fmt}")
        body = a.content.encode("utf-8")
        http_headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            a.url,
            "response",
            payload=BytesIO(body),
            http_headers=http_headers,
            warc_headers_dict={
                "WARC-Record-ID": warc_record_id(a.url),
                "WARC-Date": f"{a.published}T12:00:00Z",
            },
        )
        writer.write_record(record)
        count += 1
    return count


def write_truth(articles: Iterable[dict[str, Any]], path: Path) -> None:
    """Write one ground-truth dict per line."""
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for t in articles:
            fh.write(json.dumps(t, ensure_ascii=False, sort_keys=True) + "\n")
