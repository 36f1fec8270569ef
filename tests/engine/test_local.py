"""The local engine: in-process and with a process pool give the same results."""

from __future__ import annotations

from warta.config import Config
from warta.corpus.readers import RawArticle
from warta.engine.local import LocalEngine

TEXTS = [
    "Harga cabai di Medan naik tajam pekan ini, kata pedagang pasar.",
    "Banjir merendam ratusan rumah di Bekasi setelah hujan deras semalaman.",
    "",
    "Gempa bermagnitudo 5,6 mengguncang Cianjur dan merusak puluhan rumah.",
    "Pemerintah Kota Surabaya memperbaiki jalan rusak di kawasan utara.",
]


def batches() -> list[list[RawArticle]]:
    items = [RawArticle(f"k{i}", text) for i, text in enumerate(TEXTS)]
    return [items[:2], items[2:4], items[4:]]


def summary(engine: LocalEngine) -> list[tuple[list[str], list[str], list[str]]]:
    try:
        return [
            ([k for k, _ in r.records], [rec.id for _, rec in r.records], [f.source for f in r.failures])
            for r in engine.map(batches())
        ]
    finally:
        engine.close()


def test_pool_equals_in_process() -> None:
    config = Config()
    single = summary(LocalEngine(config, workers=1))
    assert single[0][0] == ["k0", "k1"] and single[1][2] == ["k2"]
    assert summary(LocalEngine(config, workers=2)) == single


def test_pool_workers_exit_when_the_driver_is_killed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """kill -9 of an ingest leaves no analysis process behind (nor its database connection)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from corpus.planted import write_corpus

    planted = write_corpus(tmp_path / "berita.jsonl", stories=40)
    database = f"sqlite:///{tmp_path / 'w.db'}"
    command = ["ingest", str(planted.path), "--workers", "2", "--batch-size", "2", "--db", database]
    driver = subprocess.Popen([sys.executable, "-m", "warta", "-q", *command])

    def children() -> list[int]:
        out = subprocess.run(["pgrep", "-P", str(driver.pid)], capture_output=True, text=True).stdout
        return [int(pid) for pid in out.split()]

    deadline = time.monotonic() + 120
    while len(children()) < 2 and time.monotonic() < deadline and driver.poll() is None:
        time.sleep(0.2)
    workers = children()
    assert workers, "the ingest started no pool workers"
    os.kill(driver.pid, signal.SIGKILL)
    driver.wait()
    deadline = time.monotonic() + 20
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.5)
        alive = [pid for pid in alive if _running(pid)]
    assert not alive, f"workers {alive} outlived their driver"


def _running(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is gone for our purpose
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except OSError:
        return False
