"""A small corpus of invented reports in the style of Indonesian outlets, ingested for the web tests.

The arrest is reported by three outlets (the last two syndicated copies of the first), so it
must come out as one incident with three reports.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from warta.config import Config

ARREST = (
    "MEDAN, {outlet} - Polisi menangkap dua pengedar narkoba di Medan, Senin (3/6/2024). "
    "Kedua tersangka diamankan bersama barang bukti sabu seberat 2 kilogram. "
    "Kapolda Sumatera Utara mengatakan jaringan itu dikendalikan dari Malaysia. {tail}"
)
REPORTS = [
    {
        "text": ARREST.format(outlet="KOMPAS.com", tail="Penyidik masih memburu satu pelaku lain."),
        "url": "https://kompas.example/arrest",
        "date": "2024-06-03",
    },
    {
        "text": ARREST.format(outlet="detikcom", tail="Penyidik masih memburu pelaku lain."),
        "url": "https://detik.example/arrest",
        "date": "2024-06-03",
    },
    {
        "text": ARREST.format(outlet="Tribunnews", tail="Penyidik kini memburu satu pelaku lain."),
        "url": "https://tribun.example/arrest",
        "date": "2024-06-04",
    },
    {
        "text": "JAKARTA, KOMPAS.com - Rusia menuduh Ukraina menyerang wilayah Kursk. "
        "Pemerintah Ukraina membantah menyerang warga sipil.",
        "url": "https://kompas.example/kursk",
        "date": "2024-06-05",
    },
    {
        "text": "TOKYO, tempo.co - Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida "
        "di Tokyo. "
        "Ribuan buruh berunjuk rasa di depan gedung DPR di Jakarta.",
        "url": "https://tempo.example/tokyo",
        "date": "2024-06-06",
    },
]


def write_reports(path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in REPORTS), encoding="utf-8")
    return path


def ingest_reports(path: Path, url: str) -> Any:
    from warta.corpus import ingest as driver
    from warta.engine.local import LocalEngine
    from warta.store import open_store

    config = Config()
    store = open_store(url, config)
    engine = LocalEngine(config)
    try:
        driver.ingest([str(write_reports(path))], store, config, engine, batch_size=8)
    finally:
        engine.close()
    return store
