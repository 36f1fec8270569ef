"""Decode raw input bytes or text, refusing empty, binary, oversized or undecodable data."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from warta.config import Config
from warta.errors import BadInput

# Control characters other than tab/newline/carriage return/form feed mark binary data.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
# Invisible characters that split a word for every later step ("Joko Wi\u200bdodo" is no name
# to the NER model, the gazetteer or a search): zero-width space, word joiner, a BOM inside
# the text and the soft hyphen always go; zero-width (non-)joiners only between Latin
# letters, since emoji sequences and several scripts need them.
_INVISIBLE_RE = re.compile(
    r"[\u200b\u2060\ufeff\u00ad]|(?<=[A-Za-z\u00c0-\u024f])[\u200c\u200d](?=[A-Za-z\u00c0-\u024f])"
)


def decode(source: str | bytes, config: Config, *, name: str | None = None) -> str:
    """Return the input as text, refusing empty, binary, oversized or undecodable data."""
    size = len(source.encode("utf-8", "surrogatepass")) if isinstance(source, str) else len(source)
    if size > config.max_input_bytes:
        raise BadInput(f"too large ({size} bytes; the limit is {config.max_input_bytes})", source=name)
    if isinstance(source, bytes):
        text = _decode_bytes(source, name)
    else:
        text = source.encode("utf-8", "replace").decode("utf-8")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise BadInput("empty input", source=name)
    sample = text[:20000]
    if len(_CONTROL_RE.findall(sample)) > max(2, _MAX_CONTROL_SHARE * len(sample)):
        raise BadInput("binary data, not text", source=name)
    return _INVISIBLE_RE.sub("", _CONTROL_RE.sub("", text))


_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")
# Share of NUL bytes at each of the positions where a UTF-16/32 code unit of Latin text has them
# (and must not have them elsewhere) for a BOM-less text to count as that encoding.
_WIDE_ZERO_SHARE = 0.6
_WIDE_STRAY_SHARE = 0.05


def _wide_encoding(head: bytes) -> str | None:
    """Name the UTF-16/32 byte order of BOM-less text from where its NUL bytes fall, or None.

    Latin-script text (Indonesian, English) in UTF-16-LE has a NUL at every odd byte, in
    UTF-32-BE at the first three of every four, and so on: binary data shows no such rhythm.
    charset-normalizer does not detect BOM-less UTF-16/32, hence this check.
    """
    for encoding, width, zero_at in (
        ("utf-32-le", 4, (1, 2, 3)),
        ("utf-32-be", 4, (0, 1, 2)),
        ("utf-16-le", 2, (1,)),
        ("utf-16-be", 2, (0,)),
    ):
        usable = len(head) - len(head) % width
        if usable < 2 * width:
            continue
        units = usable // width
        zeros = [head[i:usable:width].count(0) for i in range(width)]
        expected = min(zeros[i] for i in zero_at) / units
        others = [i for i in range(width) if i not in zero_at]
        stray = sum(zeros[i] for i in others) / (units * len(others))
        if expected >= _WIDE_ZERO_SHARE and stray <= _WIDE_STRAY_SHARE:
            return encoding
    return None


# Bytes that are not UTF-8 a mostly-UTF-8 text may have (share of all its bytes).
_MAX_FOREIGN_SHARE = 0.1
# A well-formed UTF-8 sequence of two to four bytes.
_UTF8_MULTIBYTE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("cp1252", "replace"), error.end


codecs.register_error("warta-cp1252-fallback", _cp1252_fallback)


def _mixed_utf8(data: bytes) -> str | None:
    """Decode mostly-UTF-8 text with stray Windows-1252 bytes (a pasted or damaged article):
    each byte that is not UTF-8 is read as Windows-1252. None when too many are not UTF-8."""
    foreign = 0

    def count(error: UnicodeError) -> tuple[str, int]:
        nonlocal foreign
        assert isinstance(error, UnicodeDecodeError)
        foreign += error.end - error.start
        return "", error.end

    codecs.register_error("warta-count-foreign", count)
    data.decode("utf-8", "warta-count-foreign")
    if foreign > _MAX_FOREIGN_SHARE * len(data):
        return None
    return data.decode("utf-8", "warta-cp1252-fallback")


def _decode_bytes(data: bytes, name: str | None) -> str:
    if not data.strip():
        raise BadInput("empty input", source=name)
    if b"\x00" in data[:4096] and not data.startswith(_BOMS):
        wide = _wide_encoding(data[:4096])
        if wide is None:
            raise BadInput("binary data, not text", source=name)
        try:
            return data.decode(wide)
        except UnicodeDecodeError as exc:
            raise BadInput(
                f"looks like {wide} without a byte order mark but does not decode: {exc}", source=name
            ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE_RE.search(data):
        # Real UTF-8 sequences beside invalid bytes: UTF-8 with stray Windows-1252 bytes
        # (charset-normalizer would pick one single-byte code page for all of it).
        mixed = _mixed_utf8(data)
        if mixed is not None:
            return mixed
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        mixed = _mixed_utf8(data)
        if mixed is None:
            raise BadInput("cannot detect the text encoding", source=name)
        return mixed
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise BadInput(f"cannot decode as {best.encoding}: {exc}", source=name) from exc
