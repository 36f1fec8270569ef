"""The input walk: each file read or skipped with a reason; names escaped reversibly; kept in the root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.config import Config
from warta.corpus.inputs import InputFile, Skipped, escape_name, unescape_name, walk
from warta.corpus.readers import RawArticle, read_path
from warta.store.base import Failure

CONFIG = Config(max_input_bytes=1_000_000)


def outcome(items: list[InputFile | Skipped], root: Path) -> dict[str, str]:
    return {
        str(i.path.relative_to(root)): (i.fmt if isinstance(i, InputFile) else f"skip:{i.reason}")
        for i in items
    }


def test_every_entry_is_an_input_or_a_skip_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Berita.", encoding="utf-8")
    (tmp_path / "b.xml").write_text("<rss/>", encoding="utf-8")
    (tmp_path / "c.gz").write_bytes(b"")
    (tmp_path / "d.md").write_text("# Judul", encoding="utf-8")
    (tmp_path / "TANPA_AKHIRAN").write_text("Berita.", encoding="utf-8")
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".rahasia").write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "pipa.txt")
    got = outcome(list(walk(tmp_path)), tmp_path)
    assert got == {
        ".rahasia": "skip:hidden",
        "TANPA_AKHIRAN": "text",
        "a.txt": "text",
        "b.xml": "feed",
        "c.gz": "gzip",
        "d.md": "text",
        "foto.jpg": "skip:suffix",
        "pipa.txt": "skip:device",
    }


def test_symlinks_stay_inside_the_root_unless_asked(tmp_path: Path) -> None:
    root, outside = tmp_path / "input", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (outside / "rahasia.txt").write_text("root:x:0:0:root:/root:/bin/bash", encoding="utf-8")
    (root / "asli.txt").write_text("Berita asli.", encoding="utf-8")
    (root / "passwd.txt").symlink_to("/etc/passwd")
    (root / "luar").symlink_to(outside)
    (root / "dalam.txt").symlink_to(root / "asli.txt")
    (root / "putus.txt").symlink_to(root / "tidak-ada.txt")
    (root / "sub").mkdir()
    (root / "sub" / "balik").symlink_to(root)  # a loop back to the root
    got = outcome(list(walk(root)), root)
    assert got == {
        "asli.txt": "text",
        "dalam.txt": "text",
        "luar": "skip:symlink-outside-input",
        "passwd.txt": "skip:symlink-outside-input",
        "putus.txt": "skip:unreadable",
        "sub/balik": "skip:loop",
    }
    followed = outcome(list(walk(root, follow_symlinks=True)), root)
    assert followed["passwd.txt"] == "text" and followed["luar/rahasia.txt"] == "text"
    assert followed["sub/balik"] == "skip:loop"


def test_a_symlinked_file_outside_is_never_read(tmp_path: Path) -> None:
    (tmp_path / "passwd.txt").symlink_to("/etc/passwd")
    items = list(read_path(tmp_path, CONFIG))
    assert not [i for i in items if isinstance(i, RawArticle)]
    (skip,) = items
    assert isinstance(skip, Failure) and skip.stage == "skip"
    assert skip.error.startswith("skipped-symlink-outside-input: points to /")


def test_a_symlink_loop_is_reported_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    got = outcome(list(walk(tmp_path, follow_symlinks=True)), tmp_path)
    assert got == {"a": "skip:loop", "b": "skip:loop"}


def test_a_name_that_is_not_utf8_is_read_and_keyed_escaped(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/bad\xffname.txt"
    with open(raw, "wb") as handle:
        handle.write(b"Berita dengan nama berkas rusak.")
    (item,) = list(read_path(tmp_path, CONFIG))
    assert isinstance(item, RawArticle)
    assert item.source_key == f"{tmp_path}/bad\\xffname.txt"
    item.source_key.encode("utf-8")  # storable as text
    assert os.fsencode(unescape_name(item.source_key)) == raw


@given(st.binary(min_size=1, max_size=40))
def test_escape_is_reversible_for_any_name(name: bytes) -> None:
    decoded = os.fsdecode(name)
    escaped = escape_name(decoded)
    escaped.encode("utf-8")
    assert unescape_name(escaped) == decoded


@pytest.mark.parametrize("name", ["biasa.txt", "spasi di nama.txt", "kafé.txt", "#tagar.txt"])
def test_ordinary_names_are_unchanged(name: str) -> None:
    assert escape_name(name) == name
