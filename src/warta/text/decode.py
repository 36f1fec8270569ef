"""Decode raw input bytes or text, refusing empty, binary, oversized or undecodable data."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from warta.config import Config
from warta.errors import BadInput

# Control characters other than tab/newline/carriage return/form feed mark binary data.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01


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
    return _CONTROL_RE.sub("", text)


def _decode_bytes(data: bytes, name: str | None) -> str:
    if not data.strip():
        raise BadInput("empty input", source=name)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadInput("binary data, not text", source=name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise BadInput("cannot detect the text encoding", source=name)
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise BadInput(f"cannot decode as {best.encoding}: {exc}", source=name) from exc
