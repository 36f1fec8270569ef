"""A small generated corpus with planted syndicated copies, and a table dump for comparisons.

Used by the ingest, engine and command tests. The articles are invented from
templates here (no copied text); every story has a unique opening and
numbers, some stories are reprinted by other outlets under their own
dateline with one word changed, and one JSONL line is broken on purpose.
"""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PLACES = (
    "Cianjur Bekasi Semarang Surabaya Medan Makassar Bandung Palembang Pontianak Manado Kupang Ambon "
    "Padang Pekanbaru Jambi Bengkulu Mataram Denpasar Kendari Palu"
).split()
FIRST = "Budi Siti Agus Dewi Hendra Ratna Yusuf Wulan Fajar Intan Rizal Maya".split()
LAST = "Santoso Wijaya Siregar Nasution Hidayat Lubis Saputra Pratama Tanjung Gunawan".split()
TOPICS = (
    ("banjir", "Banjir setinggi {n} sentimeter merendam {m} rumah warga di {place}."),
    ("kebakaran", "Kebakaran menghanguskan {m} kios di pasar induk {place} pada dini hari."),
    ("jalan", "Pemerintah memperbaiki {n} kilometer jalan rusak di {place} dengan anggaran Rp {m} miliar."),
    ("beras", "Harga beras medium di {place} naik menjadi Rp {n}.{m}00 per kilogram."),
    ("gempa", "Gempa bermagnitudo 5,{n} mengguncang {place} dan merusak {m} bangunan."),
    ("sekolah", "Sebanyak {m} siswa di {place} belajar di tenda karena {n} ruang kelas ambruk."),
)
FILLERS = (
    "Petugas gabungan masih bersiaga di lokasi hingga malam hari.",
    "Warga diminta tetap tenang dan mengikuti arahan aparat setempat.",
    "Bantuan logistik berupa beras, mi instan dan air bersih mulai disalurkan.",
    "Dinas terkait berjanji melakukan evaluasi menyeluruh dalam waktu dekat.",
    "Sejumlah pedagang mengaku pendapatan mereka turun drastis sepekan terakhir.",
    "Anggota DPRD setempat meminta pemerintah daerah bergerak lebih cepat.",
    "Polisi memasang garis pengaman di sekitar lokasi kejadian.",
    "Menurut catatan dinas, peristiwa serupa pernah terjadi dua tahun lalu.",
    "Pengamat menilai masalah ini perlu ditangani dengan perencanaan jangka panjang.",
    "Relawan dari berbagai organisasi turut membantu warga yang terdampak.",
)
OUTLETS = ("KOMPAS.com", "detikcom", "Tribunnews", "tempo.co", "Okezone")
QUOTE = '"Kami akan menangani masalah ini secepatnya," kata {person}.'


@dataclass
class Planted:
    """What was written: the JSONL path, lines per story, and planted copy pairs."""

    path: Path
    stories: list[list[int]] = field(default_factory=list)  # line numbers (1-based) per story
    bad_lines: list[int] = field(default_factory=list)


def _body(rng: random.Random, story: int) -> tuple[str, str, str]:
    place = PLACES[story % len(PLACES)]
    person = f"{FIRST[story % len(FIRST)]} {LAST[(story * 7) % len(LAST)]}"
    topic, lead = TOPICS[story % len(TOPICS)]
    n, m = 10 + story, 100 + 3 * story
    sentences = [
        lead.format(n=n, m=m, place=place),
        (
            f"{person}, kepala dinas di {place}, mengatakan kejadian ini tercatat "
            f"sebagai yang ke-{story + 2} tahun ini."
        ),
        QUOTE.format(person=person),
        *rng.sample(FILLERS, 4),
        f"Laporan ini disusun dari keterangan {n + m} saksi di {place}.",
    ]
    return place, topic, " ".join(sentences)


def write_corpus(path: Path, stories: int = 12, copies_every: int = 2, seed: int = 7) -> Planted:
    """Write a JSONL corpus: one article per story, copies for every ``copies_every``-th story."""
    rng = random.Random(seed)
    planted = Planted(path)
    lines: list[str] = []
    for story in range(stories):
        place, topic, body = _body(rng, story)
        day = 1 + story % 20
        members = []
        original = {
            "text": f"{place.upper()}, {OUTLETS[0]} - {body}",
            "url": f"https://kompas.example/{topic}/{story}",
            "title": f"{topic.capitalize()} di {place}",
            "date": f"2024-05-{day:02d}",
        }
        lines.append(json.dumps(original, ensure_ascii=False))
        members.append(len(lines))
        if story % copies_every == 0:
            for copy in range(1, 3):
                outlet = OUTLETS[copy]
                # One word changed, so the copy is a near duplicate, not an exact one.
                edited = body.replace("tetap", "agar tetap", 1).replace("terakhir", "belakangan", 1)
                edited = edited.replace(" ini.", f" ini, kata redaksi {outlet}.", 1) if copy == 2 else edited
                lines.append(
                    json.dumps(
                        {
                            "text": f"{place}, {outlet} - {edited}",
                            "url": f"https://{outlet.lower()}.example/{story}",
                            "title": f"{topic.capitalize()} melanda {place}",
                            "date": f"2024-05-{day + copy:02d}",
                        },
                        ensure_ascii=False,
                    )
                )
                members.append(len(lines))
        planted.stories.append(members)
        if story == stories // 2:
            lines.append('{"text": "baris ini rusak", ')
            planted.bad_lines.append(len(lines))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return planted


# Columns that legitimately differ between two runs: timestamps and surrogate keys.
VOLATILE = {"seq", "added_at", "created_at", "at", "applied_at", "tsv", "run"}
SURROGATE_ID_TABLES = {"quotes", "claims", "failures"}


def table_contents(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Return every row of every Warta table (minus volatile columns), sorted, keyed by table."""
    from warta.store.migrations import TABLES

    if url.startswith("sqlite:///"):
        conn: Any = sqlite3.connect(url[len("sqlite:///") :])
    else:
        import psycopg

        conn = psycopg.connect(url)
    try:
        out = {}
        for table in TABLES:
            cursor = conn.execute(f"SELECT * FROM {table} LIMIT 0")
            names = [d[0] for d in cursor.description]
            keep = [
                n for n in names if n not in VOLATILE and not (n == "id" and table in SURROGATE_ID_TABLES)
            ]
            rows = conn.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall()
            out[table] = sorted((tuple(r) for r in rows), key=repr)
        return out
    finally:
        conn.close()


def count_articles(url: str) -> int:
    """Count stored articles, reading beside a running writer."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///") :]
        if not Path(path).exists():
            return 0
        conn: Any = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    else:
        import psycopg

        conn = psycopg.connect(url)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except Exception:  # the schema may not exist yet (sqlite3 or psycopg error)
        return 0
    finally:
        conn.close()
