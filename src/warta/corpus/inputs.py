"""The input walk: classify every file under a root as an input (with its format) or a skip.

Nothing under the root is passed over silently: a file Warta does not read is
reported as ``Skipped`` with a reason (``suffix``, ``hidden``,
``symlink-outside-input``, ``device``, ``loop``, ``unreadable``), and the ingest
driver stores it as a failure row. Symlinks are not followed out of the root
unless ``follow_symlinks`` is set; a symlink loop or a folder reached twice is
never walked again, and FIFOs, sockets and device files are never opened (opening
a FIFO blocks).

File names that are not valid UTF-8 reach Python as lone surrogates
(``os.fsdecode``); they cannot be stored as text, so every name shown or stored goes
through ``escape_name``: an undecodable byte becomes ``\\xNN`` and a backslash
``\\\\``, which ``unescape_name`` reverses exactly.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# File endings the walk reads, longest first so ".warc.gz" wins over ".gz".
SUFFIX_FORMATS = (
    (".warc.gz", "warc"),
    (".jsonl.gz", "jsonl"),
    (".warc", "warc"),
    (".jsonl", "jsonl"),
    (".json", "json"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".txt", "text"),
    (".md", "text"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".xml", "feed"),
    (".gz", "gzip"),  # a lone gzip: its content decides (WARC, JSONL or one article)
)
# A name without any dot is read as one text article: crawlers often save pages that way,
# and the decoder refuses what is not text, with the reason.
NO_SUFFIX_FORMAT = "text"

SKIP_SUFFIX = "suffix"
SKIP_HIDDEN = "hidden"
SKIP_SYMLINK = "symlink-outside-input"
SKIP_DEVICE = "device"
SKIP_LOOP = "loop"
SKIP_UNREADABLE = "unreadable"

_SURROGATE_RE = re.compile(r"[\udc80-\udcff]")
_ESCAPE_RE = re.compile(r"\\(\\|x[0-9a-fA-F]{2})")


@dataclass(slots=True, frozen=True)
class InputFile:
    """A file to read: its real path (for ``open``), its escaped key and its format."""

    path: Path
    fmt: str

    @property
    def key(self) -> str:
        return escape_name(str(self.path))


@dataclass(slots=True, frozen=True)
class Skipped:
    """A file or folder the walk does not read, and why."""

    path: Path
    reason: str
    detail: str = ""

    @property
    def key(self) -> str:
        return escape_name(str(self.path))


def escape_name(name: str) -> str:
    """Return ``name`` as valid UTF-8 text: undecodable bytes as ``\\xNN``, backslashes doubled.

    >>> escape_name(os.fsdecode(b"bad\\xffname.txt"))
    'bad\\\\xffname.txt'
    """
    if "\\" not in name and not _SURROGATE_RE.search(name):
        return name
    name = name.replace("\\", "\\\\")
    return _SURROGATE_RE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", name)


def unescape_name(escaped: str) -> str:
    """Invert ``escape_name``: the result opens the same file as the original name."""

    def back(match: re.Match[str]) -> str:
        token = match.group(1)
        if token == "\\":
            return "\\"
        return chr(0xDC00 + int(token[1:], 16))

    return _ESCAPE_RE.sub(back, escaped)


def format_of_name(name: str) -> str | None:
    """Return the reader format for a file name, or None when Warta does not read it."""
    lower = name.lower()
    for suffix, fmt in SUFFIX_FORMATS:
        if lower.endswith(suffix):
            return fmt
    if "." not in lower.lstrip("."):
        return NO_SUFFIX_FORMAT
    return None


def classify_file(path: Path) -> InputFile | Skipped:
    """Classify one named file (given directly, not found by a walk)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return Skipped(path, SKIP_LOOP if exc.errno == 40 else SKIP_UNREADABLE, exc.strerror or str(exc))
    if not stat.S_ISREG(mode):
        return Skipped(path, SKIP_DEVICE, _kind_of(mode))
    return InputFile(path, format_of_name(path.name) or NO_SUFFIX_FORMAT)


def walk(root: Path, *, follow_symlinks: bool = False) -> Iterator[InputFile | Skipped]:
    """Yield every entry under ``root`` as an input or a skip: files in name order, then folders.

    A symlink whose target lies inside ``root`` is read like the target (a link to a
    folder is walked once: a folder reached twice is a ``loop``); a target outside
    ``root`` is skipped unless ``follow_symlinks``.
    """
    real_root = os.path.realpath(root)
    seen_dirs: set[tuple[int, int]] = set()
    try:
        info = os.stat(root)
    except OSError as exc:
        yield Skipped(root, SKIP_UNREADABLE, exc.strerror or str(exc))
        return
    seen_dirs.add((info.st_dev, info.st_ino))
    yield from _walk_dir(root, real_root, seen_dirs, follow_symlinks)


def _walk_dir(
    folder: Path, real_root: str, seen_dirs: set[tuple[int, int]], follow_symlinks: bool
) -> Iterator[InputFile | Skipped]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(folder, SKIP_UNREADABLE, exc.strerror or str(exc))
        return
    folders: list[Path] = []
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            yield Skipped(path, SKIP_HIDDEN)
            continue
        try:
            is_link = entry.is_symlink()
            if is_link:
                target = os.path.realpath(path, strict=True)
                if not follow_symlinks and not _inside(target, real_root):
                    yield Skipped(path, SKIP_SYMLINK, f"points to {escape_name(target)}")
                    continue
            info = os.stat(path)  # follows a link whose target is allowed
        except OSError as exc:
            # ELOOP (a link cycle) or a dangling link
            reason = SKIP_LOOP if exc.errno == 40 else SKIP_UNREADABLE
            yield Skipped(path, reason, exc.strerror or str(exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            ident = (info.st_dev, info.st_ino)
            if ident in seen_dirs:
                yield Skipped(path, SKIP_LOOP, "folder already walked")
                continue
            seen_dirs.add(ident)
            folders.append(path)
        elif not stat.S_ISREG(info.st_mode):
            yield Skipped(path, SKIP_DEVICE, _kind_of(info.st_mode))
        else:
            fmt = format_of_name(entry.name)
            if fmt is None:
                yield Skipped(path, SKIP_SUFFIX, Path(entry.name).suffix.lower())
            else:
                yield InputFile(path, fmt)
    for sub in folders:
        yield from _walk_dir(sub, real_root, seen_dirs, follow_symlinks)


def _inside(target: str, real_root: str) -> bool:
    return target == real_root or target.startswith(real_root.rstrip(os.sep) + os.sep)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file"
    return "not a regular file"
