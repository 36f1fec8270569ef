"""`warta serve` starts uvicorn on the given address and answers the API."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from webdata import open_test_store

from warta.cli import build_parser


def test_serve_flags_default_to_loopback() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, None)
    args = build_parser().parse_args(["serve", "--db", "sqlite:///x.db", "--port", "9000"])
    assert (args.db, args.port) == ("sqlite:///x.db", 9000)


@pytest.mark.slow
def test_serve_answers_on_the_port(tmp_path: Path) -> None:
    db = tmp_path / "serve.db"
    open_test_store(db).close()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "warta.cli", "serve", "--db", f"sqlite:///{db}", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"warta serve did not start: {proc.stderr.read() if proc.stderr else ''}")
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["articles"] == 27
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert page.status_code == 200 and "Warta" in page.text
    finally:
        proc.terminate()
        proc.wait(timeout=20)
