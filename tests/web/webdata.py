"""A handful of hand-built records for the web tests, including hostile text.

Spans are computed from the body with ``str.index`` so they stay right
when a sentence is edited.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warta.config import Config
from warta.record import Claim, DateMention, Entity, Published, Quote, Record

ADMIN_TOKEN = "test-token-123"
XSS_SCRIPT = "<script>alert('xss')</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'


def _span(body: str, text: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return [start, start + len(text)]


def _entity(body: str, text: str, type_: str, canonical: str | None = None, **extra: object) -> Entity:
    spans = []
    pos = body.find(text)
    while pos >= 0:
        spans.append([pos, pos + len(text)])
        pos = body.find(text, pos + 1)
    return Entity(
        text=text,
        type=type_,
        canonical=canonical or text,
        start=spans[0][0],
        end=spans[0][1],
        mentions=spans,
        **extra,
    )  # type: ignore[arg-type]


def _quote(body: str, text: str, speaker: str | None, kind: str = "direct", cue: str = "kata") -> Quote:
    start, end = _span(body, text)
    return Quote(
        text=text,
        kind=kind,
        speaker=speaker,
        speaker_mention=speaker,
        speaker_title=None,
        cue=cue,
        start=start,
        end=end,
        sentence=0,
    )


def korupsi_article() -> Record:
    body = (
        "Jakarta - Menteri Keuangan Sri Mulyani membantah tuduhan korupsi dana hibah yang dilontarkan "
        "Indonesia Corruption Watch pada Senin (6/5/2024).\n\n"
        '"Tuduhan itu tidak benar dan tidak berdasar," kata Sri Mulyani di Jakarta.\n\n'
        "Indonesia Corruption Watch sebelumnya menuding Kementerian Keuangan menyalahgunakan dana hibah "
        "untuk Surabaya."
    )
    quote_text = "Tuduhan itu tidak benar dan tidak berdasar,"
    return Record(
        id="a-korupsi",
        url="https://news.example.id/2024/05/06/bantahan-korupsi",
        language="id",
        title="Sri Mulyani membantah tuduhan korupsi dana hibah",
        outlet="Kabar Contoh",
        published=Published(date="2024-05-06T10:00:00+07:00", source="meta"),
        body=body,
        paragraphs=body.split("\n\n"),
        dates=[DateMention("Senin (6/5/2024)", "2024-05-06", False, *_span(body, "Senin (6/5/2024)"))],
        entities=[
            _entity(body, "Sri Mulyani", "PER"),
            _entity(body, "Indonesia Corruption Watch", "ORG"),
            _entity(body, "Kementerian Keuangan", "ORG"),
            _entity(body, "Jakarta", "LOC", lat=-6.2146, lon=106.8451, country="ID"),
            _entity(body, "Surabaya", "LOC", lat=-7.2492, lon=112.7508, country="ID"),
        ],
        quotes=[_quote(body, quote_text, "Sri Mulyani")],
        claims=[
            Claim(
                "accusation",
                "Indonesia Corruption Watch",
                "Kementerian Keuangan",
                "menyalahgunakan dana hibah",
                "denied",
                ["menuding"],
            ),
            Claim(
                "denial",
                "Sri Mulyani",
                "Indonesia Corruption Watch",
                "Tuduhan itu tidak benar",
                "denied",
                ["membantah"],
            ),
        ],
    )


def beras_article(n: int) -> Record:
    body = (
        f"Bandung - Harga beras di Pasar Kosambi naik untuk hari ke-{n}. "
        f"Gubernur Ridwan Kamil mengatakan pasokan aman.\n\n"
        '"Stok beras cukup sampai akhir tahun," ujar Ridwan Kamil.'
    )
    return Record(
        id=f"a-beras-{n:02d}",
        title=f"Harga beras naik hari ke-{n}",
        outlet="Warta Bandung" if n % 2 else "Kabar Contoh",
        language="id",
        published=Published(date=f"2024-05-{n:02d}", source="url"),
        body=body,
        paragraphs=body.split("\n\n"),
        entities=[
            _entity(body, "Ridwan Kamil", "PER"),
            _entity(body, "Bandung", "LOC", lat=-6.9039, lon=107.6186, country="ID"),
        ],
        quotes=[_quote(body, "Stok beras cukup sampai akhir tahun,", "Ridwan Kamil", cue="ujar")],
    )


def hostile_article() -> Record:
    """An article whose every text field carries markup that must come out escaped."""
    body = (
        f"Yogyakarta - Peretas {XSS_SCRIPT} menyerang situs pemerintah. "
        f'"Kami {XSS_IMG} tidak takut," kata {XSS_SCRIPT}.'
    )
    quote_text = f"Kami {XSS_IMG} tidak takut,"
    return Record(
        id="a-hostile",
        url="javascript:alert(1)",
        title=f"Serangan {XSS_SCRIPT} {XSS_IMG}",
        outlet=f"Outlet {XSS_IMG}",
        language="id",
        published=Published(date="2024-05-20", source="meta"),
        body=body,
        paragraphs=[body],
        entities=[
            _entity(body, XSS_SCRIPT, "PER"),
            _entity(body, "Yogyakarta", "LOC", lat=-7.8014, lon=110.3647),
        ],
        quotes=[_quote(body, quote_text, XSS_SCRIPT)],
        claims=[Claim("accusation", XSS_SCRIPT, XSS_IMG, f"menuduh {XSS_IMG}", "open", [])],
    )


def records() -> list[Record]:
    """The test corpus: one claim story, 25 near-identical rice-price reports, one hostile article."""
    return [korupsi_article(), hostile_article(), *(beras_article(n) for n in range(1, 26))]


def open_test_store(path: Path) -> Any:
    """Open a fresh SQLite store at ``path`` holding the test corpus."""
    from warta.store import open_store

    store = open_store(f"sqlite:///{path}", Config())
    store.put_many(records())
    # Corpus-level passes, set by hand: the rice reports form one story, two of them are duplicates.
    with store.transaction():
        for n in range(1, 26):
            store.set_story(f"a-beras-{n:02d}", "s-beras")
        store.set_duplicate_group("a-beras-01", "g-beras", canonical=True)
        store.set_duplicate_group("a-beras-02", "g-beras")
    return store


RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: reverses the text after it until a paragraph end


def analyst_records() -> list[Record]:
    """Articles that analysts search the way they type: Indonesian names, outlet spellings,
    partial speaker names, and a quote whose text holds a right-to-left override."""
    b1 = (
        "Moskow - Rusia menolak tuduhan korupsi dalam proyek gas. "
        '"Kami tidak pernah menerima suap," kata Menteri Luar Negeri Mehmet Yilmaz.'
    )
    b2 = "Jakarta - Komisi Pemberantasan Korupsi (KPK) menahan tersangka korupsi suap proyek jalan di Bekasi."
    b3 = "Washington - Amerika Serikat (AS) dan Korea Selatan membahas korupsi pajak lintas negara."
    b4 = f'Bandung - "Ini {RLO}tidak benar sama sekali," kata Dewi Lestari tentang korupsi pajak.'
    quote_b1 = "Kami tidak pernah menerima suap,"
    quote_b4 = f"Ini {RLO}tidak benar sama sekali,"

    def quote(body: str, text: str, speaker: str, title: str | None) -> Quote:
        start, end = _span(body, text)
        return Quote(text=text, kind="direct", speaker=speaker, speaker_mention=speaker, speaker_title=title,
                     cue="kata", start=start, end=end, sentence=0)  # fmt: skip

    return [
        Record(id="x-rusia", title="Rusia menolak tuduhan korupsi", outlet="Kompas.com", language="id",
               published=Published(date="2024-06-01", source="meta"), body=b1, paragraphs=[b1],
               entities=[_entity(b1, "Rusia", "GPE", "Russia", country="RU", lat=61.5, lon=105.3),
                         _entity(b1, "Mehmet Yilmaz", "PER")],
               quotes=[quote(b1, quote_b1, "Mehmet Yilmaz", "Menteri Luar Negeri")]),
        Record(id="x-kpk", title="KPK menahan tersangka suap", outlet="KOMPAS.com", language="id",
               published=Published(date="2024-06-02", source="meta"), body=b2, paragraphs=[b2],
               entities=[_entity(b2, "KPK", "ORG", "Komisi Pemberantasan Korupsi"),
                         _entity(b2, "Bekasi", "GPE", country="ID", lat=-6.2349, lon=106.9896)]),
        Record(id="x-as", title="AS dan Korea Selatan bahas pajak", outlet="detikNews", language="id",
               published=Published(date="2024-06-03", source="meta"), body=b3, paragraphs=[b3],
               entities=[_entity(b3, "Amerika Serikat", "GPE", "United States", country="US"),
                         _entity(b3, "Korea Selatan", "GPE", "South Korea", country="KR")]),
        Record(id="x-rtl", title="Bantahan soal pajak", outlet="detikcom", language="id",
               published=Published(date="2024-06-04", source="meta"), body=b4, paragraphs=[b4],
               entities=[_entity(b4, "Dewi Lestari", "PER")],
               quotes=[quote(b4, quote_b4, "Dewi Lestari", None)]),
    ]  # fmt: skip


def open_analyst_store(url: str) -> Any:
    """Open a store at ``url`` holding the test corpus plus ``analyst_records()``."""
    from warta.store import open_store

    store = open_store(url, Config())
    store.put_many(records() + analyst_records())
    with store.transaction():
        for n in range(1, 26):
            store.set_story(f"a-beras-{n:02d}", "s-beras")
        store.set_duplicate_group("a-beras-01", "g-beras", canonical=True)
        store.set_duplicate_group("a-beras-02", "g-beras")
        store.set_duplicate_group("a-beras-03", "g-beras")
    return store
