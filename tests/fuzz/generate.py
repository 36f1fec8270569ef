"""Write a folder of hostile inputs at test time (nothing is committed): about 1,100 small files.

Each kind gets its own subfolder, so a failing assertion names the kind. Files are
small (the suite must run in about a minute on two cores); size-driven attacks (gzip
bombs) are small compressed files that inflate past the test's ``max_input_bytes``.
A seeded ``random.Random`` makes every run write the same files.

``outside`` is a folder next to the input root, holding a sentinel article that symlinks
inside the root point to: it must never be read.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SENTINEL = "RAHASIA-LUAR-7F3A"  # text of the file outside the root; must never be stored
ARTICLE = (
    "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan Bendungan Ciawi di Bogor, Jawa Barat, "
    "pada Senin (9/1/2023). \u201cBendungan ini akan mengurangi banjir di Jakarta,\u201d kata Jokowi. "
    "Menteri PUPR Basuki Hadimuljono mengatakan bendungan itu menampung 6 juta meter kubik air."
)
HTML = (
    "<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>{body}</p></article></body></html>"
)


@dataclass
class HostileSet:
    root: Path
    outside: Path
    kinds: dict[str, int] = field(default_factory=dict)  # kind -> files written
    jsonl_lines: dict[Path, int] = field(default_factory=dict)  # JSONL file -> non-blank lines


def warc_record(url: str, html: bytes, *, content_type: str = "text/html", status: int = 200) -> bytes:
    http = f"HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(html)}\r\n\r\n"
    block = http.encode() + html
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{abs(hash(url)) % 10**12:012d}>\r\n"
        f"WARC-Date: 2024-05-01T00:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def article(rng: random.Random, n: int) -> str:
    """A small distinct article (the number keeps bodies from being exact duplicates)."""
    place = rng.choice(["Bogor", "Medan", "Makassar", "Surabaya", "Padang", "Ambon"])
    return f"{ARTICLE} Warga {place} nomor {n} menyambut gembira."


def mutate(rng: random.Random, data: bytes, flips: int) -> bytes:
    buf = bytearray(data)
    for _ in range(flips):
        op = rng.randrange(4)
        at = rng.randrange(len(buf)) if buf else 0
        if op == 0 and buf:
            buf[at] = rng.randrange(256)
        elif op == 1:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8)))
        elif op == 2 and buf:
            del buf[at : at + rng.randrange(1, 16)]
        else:
            buf[at:at] = rng.choice([b"<", b">", b"&", b"{", b'"', b"\x00", b"\r", b"\xff", b"\xe2\x80\xae"])
    return bytes(buf)


def generate(base: Path, seed: int = 16) -> HostileSet:
    """Write the hostile set under ``base``; return where it is and what it holds."""
    rng = random.Random(seed)
    root, outside = base / "input", base / "outside"
    root.mkdir(parents=True)
    outside.mkdir()
    (outside / "rahasia.txt").write_text(f"{SENTINEL} {ARTICLE}", encoding="utf-8")
    (outside / "dir").mkdir()
    (outside / "dir" / "rahasia2.txt").write_text(f"{SENTINEL} kedua. {ARTICLE}", encoding="utf-8")
    out = HostileSet(root, outside)
    for kind, writer in KINDS.items():
        folder = root / kind
        folder.mkdir()
        before = sum(1 for _ in folder.iterdir())
        writer(folder, rng, out)
        out.kinds[kind] = sum(1 for _ in folder.iterdir()) - before
    return out


def _empty(folder: Path, rng: random.Random, out: HostileSet) -> None:
    for suffix in (".txt", ".html", ".json", ".jsonl", ".warc", ".warc.gz", ".jsonl.gz", ".gz", ".xml", ""):
        for i, content in enumerate([b"", b" ", b"\n\n\t \r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"]):
            (folder / f"kosong{i}{suffix or '_tanpa'}").write_bytes(content)


def _random_bytes(folder: Path, rng: random.Random, out: HostileSet) -> None:
    suffixes = (".txt", ".html", ".json", ".jsonl", ".warc", ".warc.gz", ".jsonl.gz", ".gz", ".xml", ".md")
    for i in range(200):
        size = rng.choice([1, 2, 7, 64, 512, 4096])
        data = (
            bytes([rng.randrange(256) for _ in range(size)])
            if size > 1
            else rng.choice([b"q", b"\x00", b"A"])
        )
        (folder / f"acak{i}{suffixes[i % len(suffixes)]}").write_bytes(data)


def _nul(folder: Path, rng: random.Random, out: HostileSet) -> None:
    for i in range(20):
        text = article(rng, i).encode()
        at = rng.randrange(len(text))
        (folder / f"nul{i}.txt").write_bytes(text[:at] + b"\x00" * rng.choice([1, 3, 100]) + text[at:])
    (folder / "nul-saja.txt").write_bytes(b"\x00" * 1000)


def _deep_nesting(folder: Path, rng: random.Random, out: HostileSet) -> None:
    for i, depth in enumerate([100, 1000, 10_000, 100_000, 200_000]):
        lines = [json.dumps({"text": article(rng, i)}), '{"text": ' + "[" * depth + "]" * depth + "}"]
        lines.append('{"a": ' * depth + "1" + "}" * depth)
        path = folder / f"dalam{i}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out.jsonl_lines[path] = len(lines)
        (folder / f"dalam{i}.json").write_text(
            '{"text": ' + "[" * depth + "]" * depth + "}", encoding="utf-8"
        )
        (folder / f"dalam{i}.html").write_text(
            "<html><body>"
            + "<div>" * min(depth, 20000)
            + ARTICLE
            + "</div>" * min(depth, 20000)
            + "</body></html>",
            encoding="utf-8",
        )


def _odd_html(folder: Path, rng: random.Random, out: HostileSet) -> None:
    pages = [
        "<html><head><title>Hanya judul</title></head><body></body></html>",
        "<html><body><script>" + "var a=1;" * 500 + "</script></body></html>",
        "<p>" + ARTICLE,  # unclosed
        "<html><body><p>" + ARTICLE + "</p><p>" * 2000 + "</body></html>",
        "<html><head><meta charset='utf-16'></head><body><p>" + ARTICLE + "</p></body></html>",
        "<!-- " + ARTICLE + " -->",
        "<html><body><table>" + "<tr><td>x</td></tr>" * 1000 + "</table></body></html>",
        "<svg><script>alert(1)</script></svg>" + ARTICLE,
        "<html><body><p>" + "<b>" * 3000 + ARTICLE + "</body></html>",
        "<html><body><iframe src='file:///etc/passwd'></iframe><p>" + ARTICLE + "</p></body></html>",
        "<?xml version='1.0'?><!DOCTYPE html [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><html><body><p>&x;"
        + ARTICLE
        + "</p></body></html>",
        "<html><body><base href='javascript:alert(1)'><a href='x'>" + ARTICLE + "</a></body></html>",
    ]
    for i in range(60):
        page = pages[i % len(pages)]
        if i >= len(pages):
            page = mutate(rng, page.encode(), 10).decode("utf-8", "replace")
        (folder / f"aneh{i}.html").write_text(page.replace("Jokowi", f"Jokowi {i}"), encoding="utf-8")


def _entities(folder: Path, rng: random.Random, out: HostileSet) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "hahahahahahahahahaha">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + "]>"
    )
    for i in range(10):
        (folder / f"tawa{i}.xml").write_text(
            laughs + f"<rss><channel><item><title>&i;</title><description>&i; {ARTICLE} {i}</description>"
            "</item></channel></rss>",
            encoding="utf-8",
        )
        (folder / f"tawa{i}.html").write_text(laughs + f"<html><body><p>&i; {ARTICLE} {i}</p></body></html>")
        (folder / f"amp{i}.txt").write_text(article(rng, i) + " " + "&amp; " * 2000, encoding="utf-8")
        (folder / f"ext{i}.rss").write_text(
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            f"<rss><channel><item><title>x</title><description>&x; {ARTICLE} {i}</description></item>"
            "</channel></rss>",
            encoding="utf-8",
        )


def _wrong_json_types(folder: Path, rng: random.Random, out: HostileSet) -> None:
    values: list[object] = [
        {"text": 5},
        {"text": None},
        {"text": ["a", "b"]},
        {"text": {"nested": ARTICLE}},
        {"html": 3.5},
        {"title": {"x": 1}, "text": ARTICLE + " tipe judul"},
        {"text": ARTICLE + " tanggal", "date": 20240101},
        {"text": ARTICLE + " url", "url": ["https://a.id"]},
        {"text": True},
        [ARTICLE],
        "string saja",
        12345,
        None,
        {"text": ARTICLE + " penulis", "authors": 7},
        {"text": ARTICLE + " tag", "tags": "a,b"},
        {},
    ]
    lines = [json.dumps(v) for v in values]
    for i in range(6):
        path = folder / f"tipe{i}.jsonl"
        chosen = [line.replace("tanggal", f"tanggal {i}") for line in rng.sample(lines, 10)]
        path.write_text("\n".join(chosen) + "\n", encoding="utf-8")
        out.jsonl_lines[path] = len(chosen)
    for i, value in enumerate(values):
        (folder / f"tipe{i}.json").write_text(
            json.dumps(value).replace("tipe judul", f"tipe {i}"), encoding="utf-8"
        )


def _broken_jsonl(folder: Path, rng: random.Random, out: HostileSet) -> None:
    for i in range(30):
        lines = [json.dumps({"text": article(rng, 1000 + i * 10 + j)}) for j in range(5)]
        broken = [
            lines[0][: len(lines[0]) // 2],
            lines[1] + lines[2],
            "\xff\xfe" + lines[3],
            "{'text': 'kutip tunggal'}",
            lines[4] + ",",
            "null",
            '{"text": "a"}' + "}" * 3,
        ]
        chosen = rng.sample(broken, 4) + [lines[rng.randrange(5)]]
        data = "\n".join(chosen).encode("utf-8", "surrogateescape")
        if i % 3 == 0:
            data = data.replace(b"\xc3\xbf\xc3\xbe", b"\xff\xfe")  # invalid UTF-8 in a line
        path = folder / f"rusak{i}.jsonl"
        path.write_bytes(data if i % 5 else data.rstrip(b"\n"))  # some without the last newline
        out.jsonl_lines[path] = sum(1 for line in data.split(b"\n") if line.strip())


def _encodings(folder: Path, rng: random.Random, out: HostileSet) -> None:
    for i in range(40):
        text = article(rng, 2000 + i) + " Kafé \u201cmewah\u201d."
        encoding = [
            "utf-16-le",
            "utf-16-be",
            "utf-32-le",
            "utf-32-be",
            "utf-16",
            "cp1252",
            "latin-1",
            "utf-8-sig",
        ][i % 8]
        data = text.encode(encoding, "replace")
        if i >= 32:  # mixed: a UTF-8 half and a cp1252 half
            data = text[: len(text) // 2].encode() + text[len(text) // 2 :].encode("cp1252", "replace")
        (folder / f"kode{i}.txt").write_bytes(data)


def _gzip_bombs(folder: Path, rng: random.Random, out: HostileSet) -> None:
    zeros = gzip.compress(b"\x00" * 3_000_000, compresslevel=9)
    spaces = gzip.compress(b" " * 3_000_000, compresslevel=9)
    lines = gzip.compress(b'{"text": "' + b"a" * 2_000_000 + b'"}\n', compresslevel=9)
    for i in range(5):
        (folder / f"bom{i}.jsonl.gz").write_bytes(zeros)
        (folder / f"bom{i}.warc.gz").write_bytes(spaces)
        (folder / f"bom{i}.gz").write_bytes(zeros)
        (folder / f"baris{i}.jsonl.gz").write_bytes(lines)
    good = gzip.compress((json.dumps({"text": article(rng, 3000)}) + "\n").encode())
    for i in range(5):
        (folder / f"rusak{i}.jsonl.gz").write_bytes(mutate(rng, good, 3))
        (folder / f"potong{i}.jsonl.gz").write_bytes(good[: len(good) // 2])
        (folder / f"ganda{i}.jsonl.gz").write_bytes(good + b"\x1f\x8b\x08sampah" + good)


def _broken_warc(folder: Path, rng: random.Random, out: HostileSet) -> None:
    for i in range(40):
        records = [
            warc_record(
                f"https://a.id/{i}/{j}",
                HTML.format(title=f"Judul {i} {j}", body=article(rng, 4000 + i * 5 + j)).encode(),
            )
            for j in range(3)
        ]
        data = b"".join(records)
        op = i % 5
        if op == 0:
            data = data[: len(data) * 2 // 3]  # truncated
        elif op == 1:
            data = data.replace(b"Content-Length: ", b"Content-Length: 9", 1)  # wrong length
        elif op == 2:
            data = mutate(rng, data, 20)
        elif op == 3:
            data = b"WARC/1.0\r\n" + bytes(rng.randrange(256) for _ in range(300)) + data
        else:
            data = records[0] + warc_record("https://a.id/img", b"GIF89a", content_type="image/gif")
        (folder / f"warc{i}.warc{'.gz' if i % 2 else ''}").write_bytes(gzip.compress(data) if i % 2 else data)


def _dates(folder: Path, rng: random.Random, out: HostileSet) -> None:
    bad = [
        "2024-13-45",
        "9999-99-99",
        "0000-00-00",
        "-1",
        "1e309",
        "31/02/2023",
        "kemarin lusa",
        "\u0000",
        "2024-02-30T25:61:61Z",
    ]
    lines = [
        json.dumps({"text": article(rng, 5000 + i), "date": d, "published": d}) for i, d in enumerate(bad)
    ]
    path = folder / "tanggal.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out.jsonl_lines[path] = len(lines)
    for i, d in enumerate(bad):
        (folder / f"tanggal{i}.html").write_text(
            f'<html><head><meta property="article:published_time" content="{d}"></head>'
            f"<body><p>Rabu (31/2/2023) {d}. {article(rng, 5100 + i)}</p></body></html>",
            encoding="utf-8",
        )
        (folder / f"feed{i}.rss").write_text(
            f"<rss><channel><item><title>T{i}</title><pubDate>{d}</pubDate>"
            f"<description>{article(rng, 5200 + i)}</description></item></channel></rss>",
            encoding="utf-8",
        )


def _control_bidi(folder: Path, rng: random.Random, out: HostileSet) -> None:
    marks = [
        "\u202e",
        "\u200b",
        "\u2066",
        "\u200f",
        "\ufeff",
        "\u0007",
        "\u001b[31m",
        "\u2028",
        "\ufffd",
        "\U0001f600",
    ]
    for i in range(30):
        mark = marks[i % len(marks)]
        text = article(rng, 6000 + i).replace("Joko", f"Jo{mark}ko").replace(" ", f" {mark}", 3)
        (folder / f"bidi{i}.txt").write_text(f"Judul {mark}{i}\n\n{text}", encoding="utf-8")


def _regex_runs(folder: Path, rng: random.Random, out: HostileSet) -> None:
    runs = [
        "(" * 5000,
        "(" * 2500 + ")" * 2500,
        "!?.,;:-" * 700,
        '"' * 5000,
        "\u201c\u201d" * 2500,
        "a" * 20000,
        "Bank Indonesia " * 1500,
        "." * 5000,
        "\n" * 5000,
        "- " * 3000,
        "Rp" * 3000,
        "1" * 10000,
    ]
    for i, run in enumerate(runs):
        (folder / f"deret{i}.txt").write_text(article(rng, 7000 + i) + "\n\n" + run, encoding="utf-8")
        (folder / f"deret{i}.html").write_text(
            HTML.format(title=f"Deret {i}", body=article(rng, 7100 + i) + run)
        )


def _odd_names(folder: Path, rng: random.Random, out: HostileSet) -> None:
    names = [
        b"bad\xffname.txt",
        b"\xc3\x28.txt",
        b"spasi di nama.txt",
        b"-dash.txt",
        b"baris\nbaru.txt",
        b"a" * 200 + b".txt",
        b"tab\there.txt",
        b"%s%n.txt",
        b"..titik.txt",
        b"\xe2\x80\xaeexe.txt",
        b"kutip'\"`.txt",
        b"back\\slash.txt",
        b"#tagar#line3.txt",
        b"\xf0\x9f\x98\x80.txt",
        b"CON.txt",
    ]
    for i, name in enumerate(names):
        with open(os.path.join(os.fsencode(str(folder)), name), "wb") as handle:
            handle.write(article(rng, 8000 + i).encode())


def _symlinks(folder: Path, rng: random.Random, out: HostileSet) -> None:
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "rahasia.txt").symlink_to(out.outside / "rahasia.txt")
    (folder / "luar").symlink_to(out.outside / "dir")
    (folder / "relatif.txt").symlink_to("../../outside/rahasia.txt")
    (folder / "putus.txt").symlink_to(folder / "tidak-ada.txt")
    (folder / "a").symlink_to(folder / "b")
    (folder / "b").symlink_to(folder / "a")
    (folder / "asli.txt").write_text(article(rng, 9000), encoding="utf-8")
    (folder / "dalam.txt").symlink_to(folder / "asli.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "balik").symlink_to(folder)
    (folder / "proc.txt").symlink_to("/proc/self/environ")
    (folder / "nol.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipa.txt")
    os.mkfifo(folder / "pipa.jsonl")


def _mutated(folder: Path, rng: random.Random, out: HostileSet) -> None:
    sources = [
        HTML.format(title="Bendungan Ciawi", body=ARTICLE).encode(),
        (json.dumps({"text": ARTICLE, "title": "Bendungan"}) + "\n").encode(),
        ARTICLE.encode(),
    ]
    for i in range(330):
        source = sources[i % 3]
        data = mutate(rng, source.replace(b"Senin", f"Senin {i}".encode()), rng.randrange(1, 40))
        suffix = (".html", ".jsonl", ".txt")[i % 3]
        path = folder / f"mutasi{i}{suffix}"
        path.write_bytes(data)
        if suffix == ".jsonl":
            out.jsonl_lines[path] = sum(1 for line in data.split(b"\n") if line.strip())


def _other_suffixes(folder: Path, rng: random.Random, out: HostileSet) -> None:
    for i, suffix in enumerate(
        [".pdf", ".png", ".exe", ".docx", ".zip", ".csv", ".JSONL", ".HTM", ".Txt", ".md"]
    ):
        (folder / f"lain{i}{suffix}").write_text(article(rng, 9100 + i), encoding="utf-8")
    (folder / ".tersembunyi.txt").write_text(article(rng, 9200), encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "config.txt").write_text("x", encoding="utf-8")


def _feeds(folder: Path, rng: random.Random, out: HostileSet) -> None:
    for i in range(20):
        items = "".join(
            f"<item><title>Item {i}-{j}</title><link>https://a.id/{i}/{j}</link>"
            f"<description>{'' if j % 4 == 0 else article(rng, 10000 + i * 50 + j)}</description></item>"
            for j in range(rng.randrange(0, 8))
        )
        text = f"<rss><channel><title>F{i}</title>{items}</channel></rss>"
        if i % 5 == 4:
            text = mutate(rng, text.encode(), 5).decode("utf-8", "replace")
        (folder / f"umpan{i}.xml").write_text(text, encoding="utf-8")
    (folder / "atom.atom").write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><content>'
        + article(rng, 11000)
        + "</content></entry></feed>",
        encoding="utf-8",
    )


KINDS: dict[str, Callable[[Path, random.Random, HostileSet], None]] = {
    "empty": _empty,
    "random": _random_bytes,
    "nul": _nul,
    "deep": _deep_nesting,
    "html": _odd_html,
    "entities": _entities,
    "json-types": _wrong_json_types,
    "jsonl": _broken_jsonl,
    "encodings": _encodings,
    "gzip": _gzip_bombs,
    "warc": _broken_warc,
    "dates": _dates,
    "bidi": _control_bidi,
    "regex": _regex_runs,
    "names": _odd_names,
    "symlinks": _symlinks,
    "mutated": _mutated,
    "suffixes": _other_suffixes,
    "feeds": _feeds,
}
