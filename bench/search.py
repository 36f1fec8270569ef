"""Search latency (p50/p95 of 200 mixed queries) on a generated database, SQLite or PostgreSQL.

Builds the database from synthetic records made here (Zipf-distributed Indonesian
words, entity names with spans, quotes, claims; no analyzer run), then times
``store.search`` as the web UI calls it: facets on, snippets built, 20 hits.
The queries mix common and rare words, two-word queries, phrases, entity names,
filters (outlet, dates, entity), quote and claim searches, and (one in six) the query
language: OR, -exclusion, prefix*, several and excluded outlets, a speaker by one name word.
Exits 1 if p95 >= the target.

    python bench/search.py [--articles 100000] [--db URL] [--rebuild] [--target-ms 100]

The database is kept (default /tmp/warta-bench-search-N.db) and reused when it
already holds the requested number of articles.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

from warta.record import Claim, Entity, Published, Quote, Record
from warta.store import open_store
from warta.store.base import SearchQuery
from warta.store.migrations import TABLES

SEED = 20240506
BATCH = 1000

# Frequent words first: sampling weights fall off as 1/rank (Zipf), as in real text.
COMMON = """
yang dan di itu dengan untuk tidak ini dari dalam akan pada juga ke karena tersebut bisa ada
mereka lebih sudah kata saat oleh menjadi telah hanya kami harus jika sebagai tahun masih
pemerintah presiden menteri warga kota daerah masyarakat polisi partai pemilu harga beras
minyak banjir gempa jalan sekolah rumah sakit pasien dokter vaksin ekonomi pasar saham rupiah
investasi ekspor impor petani nelayan pelabuhan bandara kereta tol proyek anggaran dana hibah
korupsi tersangka penyidik pengadilan hakim jaksa vonis penjara sidang gugatan bantahan tuduhan
laporan kebijakan aturan undang pajak subsidi listrik bensin solar gas kenaikan penurunan
kampanye debat calon suara koalisi oposisi parlemen dewan komisi rapat keputusan pernyataan
membantah menuding mengatakan menjelaskan menegaskan mengungkapkan menyebut meminta menolak
mendukung menyetujui membangun memperbaiki menyalurkan mengirim menangkap memeriksa menahan
""".split()
SYLLABLES = "ba be bi bu da de di du ga gi gu ka ke ki ku la li lu ma me mi mu na ni nu pa pe pi ra ri ru sa se si su ta te ti tu".split()  # noqa: E501
FIRST = "Ahmad Budi Citra Dewi Eko Fajar Gita Hadi Indah Joko Kartika Lestari Made Nur Putri Rizki Sri Teguh Wahyu Yusuf".split()  # noqa: E501
LAST = "Santoso Wijaya Saputra Hidayat Pratama Kusuma Nugroho Siregar Lubis Harahap Sitompul Tanjung Wibowo Halim Mulyani".split()  # noqa: E501
ORGS = [
    f"{a} {b}"
    for a in ("Kementerian", "Badan", "Komisi", "Dinas")
    for b in (
        "Keuangan",
        "Kesehatan",
        "Perhubungan",
        "Pertanian",
        "Pendidikan",
        "Energi",
        "Pangan",
        "Perdagangan",
    )
]
PLACES = [
    ("Jakarta", -6.21, 106.85),
    ("Surabaya", -7.25, 112.75),
    ("Bandung", -6.90, 107.62),
    ("Medan", 3.59, 98.67),
    ("Makassar", -5.15, 119.43),
    ("Semarang", -6.97, 110.42),
    ("Palembang", -2.98, 104.76),
    ("Denpasar", -8.65, 115.22),
    ("Yogyakarta", -7.80, 110.36),
    ("Pontianak", -0.03, 109.33),
    ("Manado", 1.47, 124.84),
    ("Jayapura", -2.53, 140.72),
]
OUTLETS = ["Kompas", "Detik", "Tempo", "Antara", "Republika", "CNN Indonesia", "Liputan6", "Tribun",
           "Okezone", "Sindonews", "Suara", "Kumparan"]  # fmt: skip
DAYS = 365
START_DAY = 19723  # 2024-01-01 as days since 1970


class Generator:
    """Deterministic synthetic records: fast, with real spans for entities and quotes."""

    def __init__(self, seed: int = SEED, tail_words: int = 20000) -> None:
        self.rng = random.Random(seed)
        tail = {
            "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4)))
            for _ in range(tail_words)
        }
        self.words = COMMON + sorted(tail - set(COMMON))
        self.weights = [1.0 / (rank + 10) for rank in range(len(self.words))]
        self.cum = list(_accumulate(self.weights))
        self.persons = [f"{f} {last}" for f in FIRST for last in LAST]

    def _word(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4)))

    def sentence(self, n: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cum, k=n)

    def record(self, i: int) -> Record:
        rng = self.rng
        people = rng.sample(self.persons, 2)
        org = rng.choice(ORGS)
        place, lat, lon = rng.choice(PLACES)
        parts: list[str] = []
        spans: dict[tuple[str, str], list[list[int]]] = {}
        pos = 0

        def add(text: str, entity: tuple[str, str] | None = None) -> tuple[int, int]:
            nonlocal pos
            start = pos
            parts.append(text)
            pos += len(text)
            if entity:
                spans.setdefault(entity, []).append([start, pos])
            return start, pos

        add(place, ("LOC", place))
        add(" - ")
        quote_span = (0, 0)
        speaker = people[0]
        for s in range(rng.randint(8, 14)):
            words = self.sentence(rng.randint(10, 18))
            if s == 3:
                add('"')
                q0, _ = add(" ".join(words).capitalize())
                _, q1 = add(",")
                quote_span = (q0, q1)
                add('" kata ')
                add(speaker, ("PER", speaker))
                add(". ")
                continue
            cut = rng.randint(2, len(words) - 2)
            add(" ".join(words[:cut]).capitalize() + " ")
            name, type_ = rng.choice([(people[0], "PER"), (people[1], "PER"), (org, "ORG"), (place, "LOC")])
            add(name, (type_, name))
            add(" " + " ".join(words[cut:]) + ". ")
        body = "".join(parts).strip()
        entities = [
            Entity(text=name, type=type_, canonical=name, start=m[0][0], end=m[0][1], mentions=m,
                   **({"lat": lat, "lon": lon, "country": "ID"} if type_ == "LOC" else {}))
            for (type_, name), m in spans.items()
        ]  # fmt: skip
        day = START_DAY + rng.randrange(DAYS)
        published = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
        claims = []
        if rng.random() < 0.3:
            claims.append(
                Claim("accusation", people[1], people[0], " ".join(self.sentence(6)), "open", ["menuding"])
            )
        return Record(
            id=f"bench-{i:07d}",
            url=f"https://news.example/{i}",
            title=f"{people[0]} " + " ".join(self.sentence(rng.randint(5, 8))),
            outlet=rng.choice(OUTLETS),
            language="id",
            published=Published(date=published),
            body=body,
            entities=entities,
            quotes=[Quote(text=body[quote_span[0]:quote_span[1]], kind="direct", speaker=speaker,
                          speaker_mention=speaker, speaker_title=None, cue="kata", start=quote_span[0],
                          end=quote_span[1], sentence=3)],
            claims=claims,
        )  # fmt: skip


def _accumulate(values: list[float]) -> list[float]:
    total, out = 0.0, []
    for v in values:
        total += v
        out.append(total)
    return out


def build(store, n: int, gen: Generator) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    for lo in range(0, n, BATCH):
        store.put_many([gen.record(i) for i in range(lo, min(n, lo + BATCH))])
        if (lo // BATCH) % 10 == 9:
            rate = (lo + BATCH) / (time.perf_counter() - started)
            print(f"  {lo + BATCH} articles, {rate:.0f}/s", file=sys.stderr)
    return time.perf_counter() - started


def queries(gen: Generator, n: int = 200) -> list[SearchQuery]:
    """A fixed mix of query shapes (the seed makes it the same on every run)."""
    rng = random.Random(SEED + 1)
    common = gen.words[20:300]
    rare = gen.words[2000:]
    out: list[SearchQuery] = []
    for i in range(n):
        kind = i % 12
        if kind in (0, 1):
            q = SearchQuery(text=rng.choice(common))
        elif kind == 2:
            q = SearchQuery(text=rng.choice(rare))
        elif kind == 3:
            q = SearchQuery(text=f"{rng.choice(common)} {rng.choice(common)}")
        elif kind == 4:
            words = gen.sentence(12)
            j = rng.randrange(len(words) - 1)
            q = SearchQuery(text=f'"{words[j]} {words[j + 1]}"')
        elif kind == 5:
            q = SearchQuery(text=rng.choice(gen.persons))
        elif kind == 6:
            q = SearchQuery(text=rng.choice(common), outlet=rng.choice(OUTLETS))
        elif kind == 7:
            start = rng.randrange(DAYS - 30)
            q = SearchQuery(
                text=rng.choice(common),
                date_from=time.strftime("%Y-%m-%d", time.gmtime((START_DAY + start) * 86400)),
                date_to=time.strftime("%Y-%m-%d", time.gmtime((START_DAY + start + 30) * 86400)),
            )
        elif kind == 8:
            q = SearchQuery(text=rng.choice(common), entity=rng.choice([p for p, _, _ in PLACES] + ORGS))
        elif kind in (10, 11):
            # The query language and names as typed: OR, exclusion, prefix, multi-select and
            # excluded outlets, a speaker by one word of the name.
            a, b = rng.choice(common), rng.choice(common)
            q = rng.choice(
                [
                    SearchQuery(text=f"{a} OR {b}"),
                    SearchQuery(text=f"{a} -{b}"),
                    SearchQuery(text=f"{a[:4]}*"),
                    SearchQuery(text=f'{a} outlet:"{rng.choice(OUTLETS)}" outlet:"{rng.choice(OUTLETS)}"'),
                    SearchQuery(text=f'{a} -outlet:"{rng.choice(OUTLETS)}"'),
                    SearchQuery(text="", type="quote", speaker=rng.choice(gen.persons).split()[-1]),
                ]
            )
        else:
            q = rng.choice(
                [
                    SearchQuery(text=rng.choice(common), type="quote"),
                    SearchQuery(text="", type="quote", speaker=rng.choice(gen.persons)),
                    SearchQuery(text=rng.choice(common), type="claim"),
                ]
            )
        out.append(q)
    return out


def time_queries(store, qs: list[SearchQuery]) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Return wall and CPU milliseconds per query, measured on the second of two passes.

    The first pass warms the page cache, as a running server's would be. CPU time is
    reported beside wall time because a shared machine inflates the latter.
    """
    for q in qs:
        store.search(q)
    wall, cpu = [], []
    for q in qs:
        started, started_cpu = time.perf_counter(), time.process_time()
        store.search(q)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _size(store, url: str) -> str:  # type: ignore[no-untyped-def]
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///") :])
        total = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    else:
        total = int(store._scalar("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                                  "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "WHERE n.nspname = current_schema() AND c.relkind = 'r'"))  # fmt: skip
    return f"{total / 1e6:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", help="store URL (default: sqlite:////tmp/warta-bench-search-N.db)")
    parser.add_argument("--rebuild", action="store_true", help="empty the database first")
    parser.add_argument("--target-ms", type=float, default=100.0, help="p95 must stay below this")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--build-only", action="store_true", help="build the database and stop")
    args = parser.parse_args(argv)
    url = args.db or f"sqlite:////tmp/warta-bench-search-{args.articles}.db"
    if args.rebuild and url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        for p in Path(url[len("sqlite:///") :]).parent.glob(Path(url).name + "*"):
            os.remove(p)
    store = open_store(url)
    if args.rebuild and not url.startswith("sqlite:"):
        store._execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY")
    gen = Generator()
    have = store.count()
    build_s = None
    if have not in (0, args.articles):
        print(f"{url} holds {have} articles, not {args.articles}: use --rebuild", file=sys.stderr)
        return 2
    if have == 0:
        print(f"building {args.articles} articles in {url} …", file=sys.stderr)
        build_s = build(store, args.articles, gen)
    if store.dialect == "postgresql":
        # After a bulk load, as autovacuum would: fresh statistics and a visibility map
        # (index-only scans need it).
        store._execute("VACUUM ANALYZE")
    if args.build_only:
        print(f"built {store.count()} articles in {build_s or 0:.0f} s, {_size(store, url)}")
        store.close()
        return 0
    qs = queries(gen, args.queries)
    times, cpu = time_queries(store, qs)
    p50 = statistics.median(times)
    p95 = _p95(times)
    print(f"backend:   {store.dialect}")
    print(f"articles:  {store.count()}")
    if build_s is not None:
        print(f"build:     {build_s:.0f} s ({args.articles / build_s:.0f} articles/s, one process)")
    print(f"size:      {_size(store, url)}")
    print(f"queries:   {len(times)} (facets on, 20 hits with snippets)")
    print(f"p50:       {p50:.1f} ms")
    print(f"p95:       {p95:.1f} ms  (target < {args.target_ms:.0f} ms)")
    print(f"max:       {max(times):.1f} ms")
    print(f"cpu p50:   {statistics.median(cpu):.1f} ms, p95 {_p95(cpu):.1f} ms")
    if store.dialect == "postgresql":
        print("           (this process only: PostgreSQL's server time is not included)")
    print(f"load avg:  {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    store.close()
    return 0 if p95 < args.target_ms else 1


if __name__ == "__main__":
    sys.exit(main())
