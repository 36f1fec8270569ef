"""Hand-built records for storage, search and web tests (a module with a unique name, so that
tests and the subprocesses they start can import it; a second conftest.py would shadow it)."""

from __future__ import annotations

from typing import Any

from warta.record import Claim, Entity, Published, Quote, Record


def _spans(body: str, text: str) -> list[list[int]]:
    out, pos = [], body.find(text)
    while pos >= 0:
        out.append([pos, pos + len(text)])
        pos = body.find(text, pos + 1)
    assert out, f"{text!r} not in body"
    return out


def entity(body: str, text: str, type_: str, canonical: str | None = None, **extra: Any) -> Entity:
    """An entity with every occurrence of ``text`` in ``body`` as a mention."""
    spans = _spans(body, text)
    return Entity(text=text, type=type_, canonical=canonical or text, start=spans[0][0], end=spans[0][1],
                  mentions=spans, **extra)  # fmt: skip


def quote(body: str, text: str, speaker: str | None, cue: str = "kata") -> Quote:
    start = body.index(text)
    return Quote(text=text, kind="direct", speaker=speaker, speaker_mention=speaker, speaker_title=None,
                 cue=cue, start=start, end=start + len(text), sentence=0)  # fmt: skip


def make_records() -> list[Record]:
    """Six short articles: a denial, its syndicated copy, an accusation, rice prices, hostile markup."""
    b1 = (
        "Jakarta - Menteri Keuangan Sri Mulyani membantah tuduhan korupsi dana hibah. "
        '"Tuduhan itu tidak benar," kata Sri Mulyani di Jakarta.'
    )
    b3 = (
        "Indonesia Corruption Watch menuding Kementerian Keuangan menyalahgunakan dana hibah. "
        '"Kami punya bukti soal Sri Mulyani," ujar Indonesia Corruption Watch.'
    )
    b4 = "Surabaya - Harga beras di pasar tradisional naik tajam pekan ini."
    b5 = "Bandung - Beras impor tiba di gudang Bulog, sementara harga cabai turun."
    b6 = "Yogyakarta - Peretas <script>alert('x')</script> menyerang situs pemerintah yang dibantah polisi."
    jakarta = {"lat": -6.2146, "lon": 106.8451, "country": "ID"}
    return [
        Record(id="a1", url="https://kompas.example/a1", title="Sri Mulyani membantah tuduhan korupsi",
               outlet="Kompas", language="id", published=Published(date="2024-05-06T10:00:00+07:00"), body=b1,
               entities=[entity(b1, "Sri Mulyani", "PER", "Sri Mulyani Indrawati"),
                         entity(b1, "Jakarta", "LOC", **jakarta)],
               quotes=[quote(b1, "Tuduhan itu tidak benar,", "Sri Mulyani Indrawati")],
               claims=[Claim("denial", "Sri Mulyani Indrawati", "Indonesia Corruption Watch",
                             "tuduhan korupsi dana hibah", "denied", ["membantah"])]),
        Record(id="a2", url="https://antara.example/a2", title="Sri Mulyani membantah tuduhan korupsi",
               outlet="Antara", language="id", published=Published(date="2024-05-06"), body=b1,
               entities=[entity(b1, "Sri Mulyani", "PER", "Sri Mulyani Indrawati"),
                         entity(b1, "Jakarta", "LOC", **jakarta)]),
        Record(id="a3", url="https://tempo.example/a3", title="ICW menuding Kemenkeu", outlet="Tempo",
               language="id", published=Published(date="2024-05-05"), body=b3,
               entities=[entity(b3, "Indonesia Corruption Watch", "ORG"),
                         entity(b3, "Kementerian Keuangan", "ORG"),
                         entity(b3, "Sri Mulyani", "PER", "Sri Mulyani Indrawati")],
               quotes=[quote(b3, "Kami punya bukti soal Sri Mulyani,", "Indonesia Corruption Watch", "ujar")],
               claims=[Claim("accusation", "Indonesia Corruption Watch", "Sri Mulyani Indrawati",
                             "menyalahgunakan dana hibah", "denied", ["menuding"])]),
        Record(id="a4", title="Harga beras naik", outlet="Detik", language="id",
               published=Published(date="2024-04-10"), body=b4, entities=[entity(b4, "Surabaya", "LOC")]),
        Record(id="a5", title="Beras impor tiba", outlet="Kompas", language="id",
               published=Published(date="2024-03-01"), body=b5, entities=[entity(b5, "Bandung", "LOC")]),
        Record(id="a6", title="Serangan <script>alert(1)</script>", outlet="Tempo", language="id",
               published=Published(date="2024-05-07"), body=b6),
    ]  # fmt: skip
