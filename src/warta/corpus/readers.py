"""Readers: turn a corpus source (folder, JSONL, WARC, single file) into raw articles.

Every reader yields ``RawArticle`` for each article it finds and ``Failure`` for
each piece of input it cannot read, so one bad line or record never stops the
rest of the source. Each article carries a ``source_key`` (``path``,
``path#lineN`` or ``path#offset``) that stays the same between runs: the
ingest driver uses it to skip inputs it has already stored.
"""

from __future__ import annotations

import io
import json
import logging
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from warta.config import Config
from warta.corpus.failures import NO_ARTICLE_TEXT, SKIP_PREFIX
from warta.corpus.inputs import InputFile, Skipped, classify_file, escape_name, format_of_name, walk
from warta.extract.json import NoArticleText, read_object
from warta.store.base import Failure

if TYPE_CHECKING:
    from warta.corpus.fetch import Fetcher

log = logging.getLogger(__name__)

# A gzip stream that inflates more than this many times its compressed size is treated
# as a decompression bomb (real WARC and JSONL compress 3-10x; zeros compress ~1000x).
BOMB_RATIO = 100
GZIP_MAGIC = b"\x1f\x8b"
WARC_MARKER = b"WARC/1."
CHUNK = 1 << 16


@dataclass(slots=True)
class RawArticle:
    """One article as read from its source, before analysis.

    ``title`` and ``published`` are what the source says beside the content (a feed
    entry); a JSON object keeps its own fields and is analysed whole (``fmt="json"``).
    """

    source_key: str
    data: bytes | str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    fmt: str = "text"  # text | html | json | warc


class InputTooLarge(OSError):
    """A compressed input inflated past its limit (a decompression bomb)."""


def format_of(path: Path) -> str | None:
    """Return the reader format for a file name, or None when Warta does not read it."""
    return format_of_name(path.name)


def read_path(path: str | Path, config: Config) -> Iterator[RawArticle | Failure]:
    """Read a folder or a single file of any handled format.

    Paths are made absolute first, so source keys do not depend on the working directory.
    """
    path = Path(os.path.abspath(path))
    if path.is_dir():
        yield from read_directory(path, config)
        return
    if not os.path.lexists(path):
        yield Failure(escape_name(str(path)), "not-found: no such file or folder", "read")
        return
    found = classify_file(path)
    if isinstance(found, Skipped):
        yield skip_failure(found)
    else:
        yield from read_input(found, config)


def read_directory(root: str | Path, config: Config) -> Iterator[RawArticle | Failure]:
    """Walk ``root`` (see ``warta.corpus.inputs.walk``) and read every input; report every skip."""
    for found in walk(Path(root), follow_symlinks=config.follow_symlinks):
        if isinstance(found, Skipped):
            yield skip_failure(found)
        else:
            yield from read_input(found, config)


def skip_failure(skipped: Skipped) -> Failure:
    """The failure row of a file the walk does not read (stage ``skip``)."""
    detail = f": {skipped.detail}" if skipped.detail else ""
    return Failure(skipped.key, f"{SKIP_PREFIX}{skipped.reason}{detail}", "skip")


def read_input(found: InputFile, config: Config) -> Iterator[RawArticle | Failure]:
    """Read one input file with the reader of its format, guarded at the input boundary.

    Any exception a reader raises (deep JSON's ``RecursionError``, ``MemoryError``,
    a ``UnicodeError``, a bug in a parsing library) ends that file with one failure
    row naming it; what was read before stays read, and the walk goes on. A container
    (JSONL, WARC, feed, gzip) that yields nothing at all gives "no-records".
    """
    readers: dict[str, Callable[[Path, Config], Iterator[RawArticle | Failure]]] = {
        "warc": read_warc,
        "jsonl": read_jsonl,
        "feed": _read_feed_file,
        "gzip": read_gzip,
    }
    reader = readers.get(found.fmt)
    if reader is None:
        yield from guarded(found.key, read_file(found.path, config, found.fmt), container=False)
    else:
        yield from guarded(found.key, reader(found.path, config), container=True)


def _read_feed_file(path: Path, config: Config) -> Iterator[RawArticle | Failure]:
    from warta.corpus.fetch import read_feed_file  # fetch imports this module

    yield from read_feed_file(path, config)


def guarded(
    key: str, items: Iterator[RawArticle | Failure], *, container: bool
) -> Iterator[RawArticle | Failure]:
    """Pass ``items`` on; turn an exception into a failure of ``key`` and an empty container into one."""
    count = 0
    try:
        for item in items:
            count += 1
            yield item
    except Exception as exc:  # the input boundary: one input's bug never stops the batch
        yield Failure(key, describe_exception(exc), "read")
        return
    if container and count == 0:
        yield Failure(key, "no-records: the file holds no record", "read")


def describe_exception(exc: BaseException) -> str:
    """A failure text for an unexpected exception: a kebab-case reason, then the detail."""
    reasons = {RecursionError: "too-deep", MemoryError: "out-of-memory"}
    for kind, reason in reasons.items():
        if isinstance(exc, kind):
            return f"{reason}: {type(exc).__name__}: {exc}"[:500]
    if isinstance(exc, UnicodeError):
        return f"bad-encoding: {exc}"[:500]
    return f"error: {type(exc).__name__}: {exc}"[:500]


def read_file(path: str | Path, config: Config, fmt: str | None = None) -> Iterator[RawArticle | Failure]:
    """Read one text, HTML or JSON file as one article; refuse one over ``max_input_bytes``."""
    path = Path(path)
    key = escape_name(str(path))
    try:
        size = os.stat(path).st_size
        if size > config.max_input_bytes:
            yield Failure(key, f"too-large: {size} bytes; the limit is {config.max_input_bytes}", "read")
            return
        with path.open("rb") as handle:
            # One byte past the limit lets the analyzer's load stage say "too large"
            # should the file have grown since the stat.
            data = handle.read(config.max_input_bytes + 1)
    except OSError as exc:
        yield Failure(key, f"unreadable: {exc.strerror or exc}", "read")
        return
    yield RawArticle(key, data, fmt=fmt or format_of(path) or "text")


def read_gzip(path: Path, config: Config) -> Iterator[RawArticle | Failure]:
    """Read a lone ``.gz``: a WARC or JSONL inside is read as such, anything else as one article."""
    key = escape_name(str(path))
    try:
        stream = open_decoded(path, config)
        with stream:
            head = stream.read(CHUNK)
    except (OSError, EOFError) as exc:
        yield Failure(key, _describe(exc), "read")
        return
    if head.lstrip().startswith(WARC_MARKER[:5]):
        yield from read_warc(path, config)
    elif head.lstrip().startswith(b"{") and b"\n" in head.strip():
        yield from read_jsonl(path, config)
    else:
        with open_decoded(path, config) as stream:
            try:
                data = stream.read(config.max_input_bytes + 1)
            except (OSError, EOFError) as exc:
                yield Failure(key, _describe(exc), "read")
                return
            for suffix, failure in stream.failures:
                yield Failure(f"{key}{suffix}", failure, "read")
        if data:
            yield RawArticle(key, data, fmt="text")


def read_jsonl(path: str | Path, config: Config) -> Iterator[RawArticle | Failure]:
    """Read a JSONL file (optionally gzipped): one article a line with text or html plus url, title, date.

    A line that is not a JSON object with a text or html field becomes a failure
    keyed ``path#lineN``; the rest of the file is still read.
    """
    path = Path(path)
    name = escape_name(str(path))
    try:
        stream = open_decoded(path, config)
    except OSError as exc:
        yield Failure(name, f"unreadable: {exc}", "read")
        return
    with io.BufferedReader(stream, CHUNK) as handle:
        number = 0
        while True:
            try:
                line = handle.readline(config.max_input_bytes + 1)
            except (OSError, EOFError) as exc:
                yield Failure(name, _describe(exc), "read")
                return
            if not line:
                break
            number += 1
            key = f"{name}#line{number}"
            if len(line) > config.max_input_bytes:
                yield Failure(key, "too-large: line longer than max_input_bytes", "read")
                try:
                    _skip_rest_of_line(handle)
                except (OSError, EOFError) as exc:
                    yield Failure(name, _describe(exc), "read")
                    return
                continue
            if not line.strip():
                continue
            try:
                yield _article_from_json(key, line)
            except NoArticleText as exc:
                yield Failure(key, f"{NO_ARTICLE_TEXT}: {exc}", "read")
            except (ValueError, TypeError) as exc:
                yield Failure(key, f"bad-jsonl: {exc}"[:500], "read")
            except Exception as exc:  # deep nesting (RecursionError) and the like: this line only
                yield Failure(key, describe_exception(exc), "read")
        for suffix, failure in stream.failures:
            yield Failure(f"{name}{suffix}", failure, "read")


def _skip_rest_of_line(handle: io.BufferedReader[DecodedStream]) -> None:
    while True:
        chunk = handle.readline(CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _article_from_json(key: str, line: bytes) -> RawArticle:
    """Check one JSONL line with the analyzer's JSON key table and pass the object on whole.

    The load stage reads the object with the same table (``warta.extract.json``), so a
    line gives the record that ``warta analyze`` gives for the same object.
    """
    obj = json.loads(line)
    if not isinstance(obj, dict):
        raise ValueError("line is not a JSON object")
    article = read_object(obj)  # NoArticleText is a ValueError: the line becomes a failure
    return RawArticle(key, line, url=article.url, fmt="json")


def read_warc(path: str | Path, config: Config) -> Iterator[RawArticle | Failure]:
    """Read the HTML response records of a WARC file (plain or gzipped) with fastwarc.

    A record fastwarc cannot parse becomes a failure keyed ``path#offset``; the
    reader then looks for the next ``WARC/1.`` header and carries on from there.
    Offsets are positions in the decompressed stream, stable between runs.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    path = Path(path)
    name = escape_name(str(path))
    start = 0
    while True:
        try:
            stream = open_decoded(path, config)
            start = stream.skip_to(WARC_MARKER, start)
        except OSError as exc:
            yield Failure(name, _describe(exc), "read")
            return
        if start < 0:
            break
        position = start
        failed_at = -1
        try:
            iterator = ArchiveIterator(
                stream, record_types=WarcRecordType.response, parse_http=True, stream_detect=False
            )
            for record in iterator:
                position = record.stream_pos  # counted from tell(), so absolute
                item = _article_from_warc(f"{name}#{position}", record, config)
                if isinstance(item, Failure) and item.stage != "skip":
                    failed_at = position
                if item is not None:
                    yield item
        except InputTooLarge as exc:
            yield Failure(name, _describe(exc), "read")
            return
        except OSError as exc:
            # The record that broke the parser may already be reported above.
            if failed_at != position:
                yield Failure(f"{name}#corrupt@{stream.tell()}", f"corrupt-warc: {exc}", "read")
            start = position + 1
            continue
        finally:
            for suffix, failure in stream.failures:
                yield Failure(f"{name}{suffix}", failure, "read")
            stream.failures.clear()
            stream.close()
        break


def _article_from_warc(key: str, record: object, config: Config) -> RawArticle | Failure | None:
    url = record.headers.get("WARC-Target-URI")  # type: ignore[attr-defined]
    http = record.http_headers  # type: ignore[attr-defined]
    if http is None:
        return Failure(key, "corrupt-warc: response record without HTTP headers", "read")
    content_type = (record.http_content_type or "").lower()  # type: ignore[attr-defined]
    if http.status_code != 200 or "html" not in content_type:
        # Not an article, but a record of the container all the same: accounted as a skip.
        return Failure(
            key, f"{SKIP_PREFIX}not-html: HTTP {http.status_code} {content_type or 'no type'}", "skip"
        )
    if record.content_length > config.max_input_bytes:  # type: ignore[attr-defined]
        return Failure(key, f"too-large: record of {record.content_length} bytes", "read")  # type: ignore[attr-defined]
    data = record.reader.read(config.max_input_bytes + 1)  # type: ignore[attr-defined]
    return RawArticle(key, data, url=url, fmt="html")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, InputTooLarge):
        return f"decompression-bomb: {exc}"
    return f"unreadable: {exc}"


def open_decoded(path: Path, config: Config) -> DecodedStream:
    """Open ``path`` as a stream of its decompressed bytes (gzip detected by magic)."""
    raw = path.open("rb")
    magic = raw.read(2)
    raw.seek(0)
    size = path.stat().st_size
    if magic == GZIP_MAGIC:
        limit = max(config.max_input_bytes, BOMB_RATIO * size)
        return DecodedStream(raw, gzip=True, limit=limit)
    return DecodedStream(raw, gzip=False, limit=None)


class DecodedStream(io.RawIOBase):
    """A read-only stream of decompressed bytes with a size cap.

    Gzip members are inflated one by one; a corrupt member is noted in
    ``failures`` and skipped to the next gzip header. More than ``limit``
    decompressed bytes raises ``InputTooLarge``. ``tell()`` counts decompressed
    bytes, which is all fastwarc needs from a stream.
    """

    def __init__(self, raw: io.BufferedReader, *, gzip: bool, limit: int | None) -> None:
        super().__init__()
        self._raw = raw
        self._gzip = gzip
        self._limit = limit
        self._inflate = zlib.decompressobj(wbits=31) if gzip else None
        self._pending = b""
        self._input = b""
        self._pos = 0
        self._eof = False
        self._member_open = False  # a gzip member has started and not yet ended
        self.failures: list[tuple[str, str]] = []  # (source-key suffix, error)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        # fastwarc only asks where it is; real seeks are not supported.
        if (whence == io.SEEK_CUR and offset == 0) or (whence == io.SEEK_SET and offset == self._pos):
            return self._pos
        raise io.UnsupportedOperation("seek")

    def close(self) -> None:
        self._raw.close()
        super().close()

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending and not self._eof:
            self._pending = self._fill()
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        self._pos += size
        return size

    def skip_to(self, marker: bytes, start: int) -> int:
        """Discard bytes up to the first ``marker`` at or after ``start``; return its offset or -1."""
        window = b""
        while True:
            while not self._pending and not self._eof:
                self._pending = self._fill()
            if not self._pending:
                return -1
            if self._pos + len(self._pending) <= start:
                self._pos += len(self._pending)
                self._pending = b""
                continue
            if self._pos < start:
                self._pending = self._pending[start - self._pos :]
                self._pos = start
            window += self._pending
            base = self._pos - (len(window) - len(self._pending))
            found = window.find(marker)
            if found >= 0:
                self._pending = window[found:]
                self._pos = base + found
                return self._pos
            keep = len(marker) - 1
            self._pos += len(self._pending)
            window = window[-keep:]
            self._pending = b""

    def _fill(self) -> bytes:
        if not self._gzip:
            data = self._raw.read(CHUNK)
            if not data:
                self._eof = True
            return data
        return self._inflate_some()

    def _inflate_some(self) -> bytes:
        assert self._inflate is not None
        if not self._input:
            self._input = self._raw.read(CHUNK)
            if not self._input:
                self._eof = True
                if self._member_open:
                    # zlib does not complain about a member cut short: say so here.
                    self.failures.append((f"#gzip@{self._raw.tell()}", "corrupt-gzip: truncated gzip stream"))
                return b""
        self._member_open = True
        try:
            out = self._inflate.decompress(self._input, CHUNK)
        except zlib.error as exc:
            self.failures.append((f"#gzip@{self._raw.tell() - len(self._input)}", f"corrupt-gzip: {exc}"))
            self._input = self._resync(self._input[1:])
            self._inflate = zlib.decompressobj(wbits=31)
            self._member_open = False
            return b""
        self._input = self._inflate.unconsumed_tail
        if self._inflate.eof:
            # The next gzip member starts with whatever this one did not use.
            self._input = self._inflate.unused_data + self._input
            self._inflate = zlib.decompressobj(wbits=31)
            self._member_open = False
        if self._limit is not None and self._pos + len(self._pending) + len(out) > self._limit:
            raise InputTooLarge(f"inflates past {self._limit} bytes")
        return out

    def _resync(self, data: bytes) -> bytes:
        while True:
            found = data.find(GZIP_MAGIC + b"\x08")
            if found >= 0:
                return data[found:]
            more = self._raw.read(CHUNK)
            if not more:
                self._eof = True
                return b""
            data = data[-2:] + more


def read_source(
    source: str,
    config: Config,
    *,
    seen: Callable[[str], bool] | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[RawArticle | Failure]:
    """Read one ``warta ingest`` SOURCE: a feed/sitemap URL, a folder or a file."""
    from warta.corpus.fetch import is_url, read_feed

    if is_url(source):
        yield from read_feed(source, config, fetcher=fetcher, seen=seen)
    else:
        yield from read_path(source, config)
