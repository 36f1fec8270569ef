"""A command imports only what it needs: ``warta analyze`` does not load the corpus layer or the store."""

from __future__ import annotations

import subprocess
import sys

from warta.cli import _requested_command, build_parser


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def test_analyze_parser_imports_no_other_command() -> None:
    loaded = _modules_after("from warta.cli import build_parser\nbuild_parser(['analyze', 'page.html'])")
    assert "warta.commands.analyze" in loaded
    heavy = {"warta.commands.ingest", "warta.corpus.ingest", "warta.store", "httpx", "fastapi"}
    assert not heavy & loaded


def test_help_still_lists_every_command() -> None:
    parser = build_parser(["--help"])
    text = parser.format_help()
    for name in ("analyze", "ingest", "search", "serve", "schema", "export"):
        assert name in text


def test_requested_command_skips_options_and_their_values() -> None:
    names = ["analyze", "ingest"]
    assert _requested_command(["-v", "--config", "analyze", "ingest", "x"], names) == "ingest"
    assert _requested_command(["--log-level", "DEBUG", "analyze"], names) == "analyze"
    assert _requested_command(["--version"], names) is None
    assert _requested_command(["nosuch"], names) is None
