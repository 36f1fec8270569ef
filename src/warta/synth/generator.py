"""Generate a deterministic stream of synthetic Indonesian news articles with known duplicates.

The stream mixes four kinds of article:

* originals: a fresh text about a new event, or a follow-up about an event already reported
  (same ``story`` id, same main people and places, a few days later, different sentences);
* exact duplicates: the same content fetched again under another URL;
* near duplicates: the same article lightly edited (one or two sentences replaced, new chrome);
* syndicated copies: an ANTARA story reprinted by another outlet with its own dateline, header,
  footer and small edits.

Every article carries its ground truth, so dedup and clustering can be scored.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import Any

from warta.synth import grammar as g
from warta.synth import vocab as v
from warta.synth.outlets import ANTARA, OUTLET_WEIGHTS, OUTLETS, REPRINTERS, Outlet
from warta.synth.render import Draft, render, url_for

FORMATS: tuple[str, ...] = ("txt", "html", "json")
_FORMAT_CUM = tuple(accumulate((4, 4, 2)))
_OUTLET_CUM = tuple(accumulate(OUTLET_WEIGHTS))
START_DATE = date(2023, 1, 2)

# Sentence kinds in body paragraphs and their relative weights.
_KINDS = ("detail", "quote", "indirect", "generic", "accuse", "background")
_KIND_CUM = tuple(accumulate((40, 26, 14, 12, 5, 3)))
_ACCUSING = frozenset({"korupsi", "pemilu", "diplomasi", "banjir", "kecelakaan", "ekonomi"})
# Capitalised sentence openers that may be lower-cased after a connector ("Selain itu, petugas ...").
_LOWERABLE = frozenset(
    "Petugas Warga Para Sejumlah Beberapa Kedua Pemerintah Kejadian Peristiwa Data Catatan Rapat "
    "Kebijakan Langkah Ketinggian Banjir Bantuan Listrik Posko Dapur Tanggul Kerugian Guncangan "
    "Getaran Hasil Analisis Gempa Tim Aktivitas Kegiatan Pelanggaran Temuan Partisipasi Tingkat Saksi "
    "Perwakilan Logistik Surat Aparat Penyidik Proyek Paket Akibat Harga Komoditas Kelompok Pedagang "
    "Pertumbuhan Ekonomi Nilai Konsumen Ibu Volume Pertemuan Pembicaraan Mayoritas Sebagian Laga "
    "Pertandingan Wasit Pengadil Tuan Cakupan Capaian Masyarakat Anggaran Dana Korban Rombongan "
    "Penumpang Pencarian Operasi Arus Lalu Bus Kendaraan Polisi Jalan Pusat Rumah".split()
)


@dataclass(slots=True)
class SyntheticArticle:
    """One generated article and its ground truth."""

    id: str
    fmt: str  # "txt" | "html" | "json"
    filename: str  # relative path, e.g. "html/s0-000012.html"
    content: str
    url: str
    outlet: str
    published: str  # ISO date
    title: str
    story: str
    event: str
    body: str  # the article text as written: dateline + paragraphs, no page chrome
    exact_dup_of: str | None = None
    near_dup_of: str | None = None
    syndicated_from: str | None = None
    entities: tuple[str, ...] = ()  # the story's main people, organisations and places

    def truth(self) -> dict[str, Any]:
        """Return the ground truth as a JSON-ready dict (no content)."""
        return {
            "id": self.id,
            "file": self.filename,
            "fmt": self.fmt,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "title": self.title,
            "story": self.story,
            "event": self.event,
            "exact_dup_of": self.exact_dup_of,
            "near_dup_of": self.near_dup_of,
            "syndicated_from": self.syndicated_from,
            "entities": list(self.entities),
        }


@dataclass(slots=True)
class _Person:
    full: str  # first mention: role and full name
    short: str  # later mentions


@dataclass(slots=True)
class _Story:
    id: str
    event: g.EventGrammar
    start: date
    vals: dict[str, str]
    people: tuple[_Person, _Person, _Person]
    dateline_city: str
    entities: tuple[str, ...]
    count: int = 0


@dataclass(slots=True)
class _Original:
    """What later copies of an original article need."""

    article: SyntheticArticle
    draft: Draft
    ctx: _Ctx


# ---------------------------------------------------------------------------------------------
# Numbers and dates, written the Indonesian way ("1.250", "3,2 persen", "Rp 12,5 miliar").


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _decimal(x: float, digits: int = 1) -> str:
    return f"{x:.{digits}f}".replace(".", ",")


def _money(rng: random.Random) -> str:
    unit = rng.random()
    if unit < 0.45:
        amount = f"{_decimal(rng.uniform(1, 95))} miliar"
    elif unit < 0.85:
        amount = f"{rng.randrange(50, 950, 25)} juta"
    else:
        amount = f"{_decimal(rng.uniform(1, 9), 2)} triliun"
    return ("Rp " if rng.random() < 0.6 else "Rp") + amount


def _evday(d: date, style: str) -> str:
    wd = v.WEEKDAYS[d.weekday()]
    if style == "kompas":
        return f"{wd} ({d.day}/{d.month}/{d.year})"
    if style == "cnn":
        return f"{wd} ({d.day}/{d.month})"
    if style == "tempo":
        return f"{wd}, {d.day} {v.MONTHS[d.month - 1]} {d.year}"
    return wd


# ---------------------------------------------------------------------------------------------
# Template filling.


class _Ctx:
    """Slot values for one article, plus who has been mentioned so far."""

    __slots__ = ("rng", "story", "vals", "mentioned", "speaker", "pub")

    def __init__(self, rng: random.Random, story: _Story, vals: dict[str, str], pub: date) -> None:
        self.rng = rng
        self.story = story
        self.vals = vals
        self.mentioned: set[int] = set()
        self.speaker = 1
        self.pub = pub

    def person(self, idx: int, full: bool) -> str:
        p = self.story.people[idx - 1]
        if full or idx not in self.mentioned:
            self.mentioned.add(idx)
            return p.full
        return p.short

    def fill(self, parts: g.Template) -> str:
        out: list[str] = []
        self._fill(parts, out)
        return "".join(out)

    def _fill(self, parts: g.Template, out: list[str]) -> None:
        rng = self.rng
        for part in parts:
            if type(part) is str:
                out.append(part)
            elif type(part) is tuple:
                alt = part[int(rng.random() * len(part))]
                if type(alt) is str:
                    out.append(alt)
                else:
                    self._fill(alt, out)
            else:
                name = part.name
                val = self.vals.get(name)
                out.append(val if val is not None else _DYN[name](self))

    def sentence(self, parts: g.Template) -> str:
        s = self.fill(parts)
        if "  " in s:
            s = " ".join(s.split())
        s = s.replace(" ,", ",").replace(" .", ".")
        return s[0].upper() + s[1:]


def _headline(s: str) -> str:
    """Capitalise lower-case words in a headline, except short function words."""
    words = s.split(" ")
    for k, w in enumerate(words):
        if w.islower() and (k == 0 or w not in v.TITLE_SMALL_WORDS):
            words[k] = w[0].upper() + w[1:]
    return " ".join(words)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _rel(c: _Ctx) -> str:
    rng, pub = c.rng, c.pub
    r = rng.random()
    if r < 0.2:
        return "kemarin"
    if r < 0.45:
        back = pub - timedelta(days=rng.randint(2, 6))
        return f"{v.WEEKDAYS[back.weekday()]} lalu"
    if r < 0.6:
        return "pekan lalu"
    if r < 0.8:
        return f"{v.NUM_WORDS[rng.randrange(3)]} hari lalu"
    return "awal pekan ini"


def _rel_long(c: _Ctx) -> str:
    rng, pub = c.rng, c.pub
    r = rng.random()
    if r < 0.3:
        month = (pub.month - 2 - rng.randrange(3)) % 12
        return f"{v.MONTHS[month]} lalu"
    if r < 0.5:
        return "tahun lalu"
    if r < 0.65:
        return "awal tahun ini"
    back = pub - timedelta(days=rng.randint(20, 400))
    return f"{back.day} {v.MONTHS[back.month - 1]} {back.year}"


def _rel_fut(c: _Ctx) -> str:
    rng, pub = c.rng, c.pub
    r = rng.random()
    if r < 0.3:
        return "pekan depan"
    if r < 0.5:
        ahead = pub + timedelta(days=rng.randint(2, 6))
        return f"{v.WEEKDAYS[ahead.weekday()]} mendatang"
    if r < 0.65:
        return "besok"
    if r < 0.8:
        return "akhir bulan ini"
    ahead = pub + timedelta(days=rng.randint(7, 40))
    return f"{ahead.day} {v.MONTHS[ahead.month - 1]} {ahead.year}"


def _speaker(c: _Ctx, full: bool) -> str:
    s = c.person(c.speaker, full)
    return s


def _direct_quote_text(c: _Ctx) -> str:
    return c.vals["q"]


_DYN: dict[str, Any] = {
    "x": lambda c: str(c.rng.randint(2, 24)),
    "y": lambda c: str(c.rng.randint(2, 15)),
    "big": lambda c: _thousands(c.rng.randrange(120, 9800, 10)),
    "rp": lambda c: _money(c.rng),
    "pct": lambda c: f"{_decimal(c.rng.uniform(1.5, 78))} persen",
    "pct_small": lambda c: f"{_decimal(c.rng.uniform(0.05, 1.4), 2)} persen",
    "pct_int": lambda c: str(c.rng.randint(45, 72)),
    "hour": lambda c: f"{c.rng.randint(0, 23):02d}.{c.rng.randrange(0, 60, 5):02d} {c.vals['tz']}",
    "minute": lambda c: str(c.rng.randint(3, 90)),
    "say": lambda c: v.SAY_VERBS[int(c.rng.random() * len(v.SAY_VERBS))],
    "place2": lambda c: _other_place(c),
    "univ": lambda c: c.rng.choice(v.UNIVERSITIES),
    "agency": lambda c: c.rng.choice(v.FOREIGN_AGENCIES),
    "mag2": lambda c: _decimal(c.rng.uniform(2.5, 4.6)),
    "player2": lambda c: f"{c.rng.choice(v.FIRST_NAMES_M)} {c.rng.choice(v.SURNAMES)}",
    "rel": _rel,
    "rel_long": _rel_long,
    "rel_fut": _rel_fut,
    "P1": lambda c: c.person(1, True),
    "P2": lambda c: c.person(2, True),
    "P3": lambda c: c.person(3, True),
    "p1": lambda c: c.person(1, False),
    "p2": lambda c: c.person(2, False),
    "p3": lambda c: c.person(3, False),
    "P3x": lambda c: _cap(c.person(3, False)),
    "sp": lambda c: _speaker(c, False),
    "SP": lambda c: _cap(_speaker(c, False)),
    "accuser": lambda c: c.fill(c.rng.choice(g.ACCUSERS)),
    "q": _direct_quote_text,
}


def _other_place(c: _Ctx) -> str:
    prov = c.rng.choice(v.PROVINCES)
    return prov[1] if c.rng.random() < 0.5 else c.rng.choice(prov[2])


# ---------------------------------------------------------------------------------------------
# Stories and people.


def _name(rng: random.Random, female: bool | None = None) -> tuple[str, str]:
    """Return (full name, short name)."""
    if female is None:
        female = rng.random() < 0.35
    first = rng.choice(v.FIRST_NAMES_F if female else v.FIRST_NAMES_M)
    if rng.random() < 0.15:
        return first, first
    surname = rng.choice(v.SURNAMES)
    if rng.random() < 0.2:
        middle = rng.choice(v.FIRST_NAMES_F if female else v.FIRST_NAMES_M)
        if middle != first:
            first = f"{first} {middle}"
    return f"{first} {surname}", (surname if rng.random() < 0.75 else first.split()[0])


def _person(rng: random.Random, role_tpl: str, vals: dict[str, str]) -> _Person:
    if role_tpl == "warga":
        full, short = _name(rng)
        first = full.split()[0]
        age = rng.randint(19, 72)
        return _Person(f"warga {vals['village']}, {first} ({age})", first)
    if role_tpl == "foreign":
        last = vals["fleader"].split()[-1]
        return _Person(f"{vals['fleader_role']} {vals['fleader']}", last)
    role = role_tpl.format_map(vals)
    full, short = _name(rng)
    head = role.split()[0]
    rank = g.RANKS.get(head)
    if rank:
        full = f"{rank} {full}"
    elif head in ("Pakar", "Pengamat", "Peneliti") and rng.random() < 0.4:
        full = f"{'Prof.' if rng.random() < 0.5 else 'Dr.'} {full}"
    elif rng.random() < 0.08:
        full = f"H. {full}"
    if role[0].islower():
        return _Person(f"{role}, {full}", short)
    return _Person(f"{role} {full}", short)


def _story_vals(rng: random.Random, event: str) -> tuple[dict[str, str], str]:
    """Return the story's fixed slot values and its dateline city."""
    prov, capital, regencies = rng.choice(v.PROVINCES)
    regency = rng.choice(regencies)
    country, fcity, fleader_role, fleader = rng.choice(v.FOREIGN)
    club1, club2 = rng.sample(v.CLUBS, 2)
    party, party2 = rng.sample(v.PARTIES, 2)
    price_base = rng.randrange(9, 140) * 1000
    rise = 1 + rng.uniform(0.08, 0.6)
    goals = (rng.randint(1, 4), rng.randint(0, 2))
    draw = rng.randint(0, 3)
    vals = {
        "prov": prov,
        "city": capital,
        "regency": regency,
        "district": regency,
        "place": capital,
        "village": f"{rng.choice(v.VILLAGE_PREFIXES)} {rng.choice(v.VILLAGE_NAMES)}",
        "street": rng.choice(v.STREETS),
        "river": rng.choice(v.RIVERS),
        "market": rng.choice(v.MARKETS),
        "stadium": rng.choice(v.STADIUMS),
        "project": rng.choice(v.PROJECTS),
        "company": rng.choice(v.COMPANIES),
        "commodity": rng.choice(v.COMMODITIES),
        "disease": rng.choice(v.DISEASES),
        "competition": rng.choice(v.SPORTS_EVENTS),
        "country": country,
        "fcity": fcity,
        "fleader_role": fleader_role,
        "fleader": fleader,
        "club1": club1,
        "club2": club2,
        "party": party,
        "party2": party2,
        "univ": rng.choice(v.UNIVERSITIES),
        "agency": rng.choice(v.FOREIGN_AGENCIES),
        "n1": _thousands(rng.randrange(40, 6000, 7)),
        "n2": _thousands(rng.randrange(15, 3500, 3)),
        "n3": str(rng.randint(3, 160)),
        "deaths": str(rng.randint(1, 12)),
        "mag": _decimal(rng.uniform(4.1, 7.3)),
        "depth": str(rng.randint(6, 140)),
        "depth_m": _decimal(rng.uniform(0.4, 3.2)),
        "km": str(rng.randint(4, 160)),
        "dir": rng.choice(v.DIRECTIONS),
        "loss": _money(rng),
        "price": f"Rp{_thousands(int(price_base * rise) // 500 * 500)}",
        "price_old": f"Rp{_thousands(price_base)}",
        "rate": f"{_decimal(rng.choice((5.75, 6.0, 6.25, 6.5, 5.5)), 2)} persen",
        "usd": _thousands(rng.randrange(14800, 16600, 5)),
        "usd_big": f"US$ {_decimal(rng.uniform(0.3, 30))} miliar",
        "score": f"{max(goals)}-{min(goals[1], max(goals) - 1)}",
        "score_draw": f"{draw}-{draw}",
        "infl": f"{_decimal(rng.uniform(1.2, 6.8), 2)} persen",
        "growth": f"{_decimal(rng.uniform(3.1, 6.2), 2)} persen",
        "turnout": f"{_decimal(rng.uniform(62, 88))} persen",
        "points": str(rng.randint(8, 60)),
        "games": str(rng.randint(6, 30)),
        "vehicle": (vehicle := rng.choice(v.VEHICLES)),
        "Vehicle": _headline(vehicle),
        "tz": "WITA" if prov in ("Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur") else "WIB",
    }
    if prov.startswith("Sulawesi") or prov.startswith("Kalimantan Timur"):
        vals["tz"] = "WITA"
    if prov in ("Maluku", "Papua"):
        vals["tz"] = "WIT"
    if event in ("korupsi", "diplomasi", "pemilu") and rng.random() < 0.7:
        city = "Jakarta"
    elif event == "ekonomi" and rng.random() < 0.5:
        city = "Jakarta"
    else:
        city = regency if rng.random() < 0.6 else capital
    vals["org"] = rng.choice(g.EVENT_ORGS[event]).format_map(vals)
    return vals, city


def _new_story(rng: random.Random, sid: str, start: date, event: g.EventGrammar | None = None) -> _Story:
    if event is None:
        event = g.EVENTS[int(rng.random() * len(g.EVENTS))]
    vals, city = _story_vals(rng, event.name)
    roles = g.EVENT_ROLES[event.name]
    people = (
        _person(rng, rng.choice(roles[0]), vals),
        _person(rng, rng.choice(roles[1]), vals),
        _person(rng, rng.choice(roles[2]), vals),
    )
    if event.name == "olahraga":
        vals["player"] = people[1].full.split(", ")[-1]
    vals["P1short"] = people[0].short
    vals["P3short"] = people[2].short
    ents = [people[0].full, people[2].full, vals["org"], vals["district"], vals["prov"]]
    if event.name == "diplomasi":
        ents.append(vals["country"])
    elif event.name == "olahraga":
        ents += [vals["club1"], vals["club2"]]
    elif event.name == "korupsi":
        ents.append(vals["company"])
    return _Story(sid, event, start, vals, people, city, tuple(ents))


# ---------------------------------------------------------------------------------------------
# Bodies.


def _pick(rng: random.Random, pool: list[Any]) -> Any:
    # Draw without replacement so that no sentence repeats inside one article.
    return pool.pop(int(rng.random() * len(pool))) if pool else None


def _with_connector(rng: random.Random, sentence: str) -> str:
    first, _, rest = sentence.partition(" ")
    if first in _LOWERABLE and rng.random() < 0.3:
        return f"{rng.choice(v.CONNECTORS)} {first.lower()} {rest}"
    return sentence


def _quote_sentences(c: _Ctx, pool: list[tuple[int, g.Template]]) -> list[str]:
    item = _pick(c.rng, pool)
    if item is None:
        return []
    speaker, tpl = item
    c.speaker = speaker
    c.vals["q"] = c.fill(tpl)
    if speaker == 2:
        frame = c.rng.choice(g.PLAIN_QUOTE_FRAMES)
    else:
        frames = g.DIRECT_QUOTE_FRAMES
        # Frames 3+ may use "katanya" or "{SP} mengatakan", which need the speaker introduced already.
        frame = frames[int(c.rng.random() * (len(frames) if speaker in c.mentioned else 3))]
    out = [c.sentence(frame)]
    if c.rng.random() < 0.5:
        c.vals["iq"] = c.fill(c.rng.choice(c.story.event.indirect))
        out.append(c.sentence(g.FOLLOW_ON))
    return out


def _indirect_sentence(c: _Ctx) -> str:
    r = c.rng.random()
    c.speaker = 1 if r < 0.6 else (2 if r < 0.8 else 3)
    c.vals["iq"] = c.fill(c.rng.choice(c.story.event.indirect))
    return c.sentence(c.rng.choice(g.INDIRECT_FRAMES))


def _compose(c: _Ctx, followup: bool) -> list[list[str]]:
    """Write the paragraphs (lists of sentences) of one article, dateline excluded."""
    rng = c.rng
    ev = c.story.event
    leads = ev.followups if followup else ev.leads
    paras: list[list[str]] = [[c.sentence(leads[int(rng.random() * len(leads))])]]
    details = list(ev.details)
    quotes = list(ev.quotes)
    generic = list(g.GENERIC)
    if rng.random() < 0.6:
        paras[0].append(c.sentence(_pick(rng, details)))
    accusing = ev.name in _ACCUSING
    for _ in range(rng.randint(8, 13)):
        kind = _KINDS[_bisect(_KIND_CUM, rng.random() * _KIND_CUM[-1])]
        if kind == "quote":
            para = _quote_sentences(c, quotes)
        elif kind == "indirect":
            para = [_indirect_sentence(c)]
        elif kind == "accuse" and accusing:
            para = [c.sentence(t) for t in rng.sample(g.ACCUSATIONS, 2)]
        elif kind == "background":
            para = [c.sentence(rng.choice(g.BACKGROUND))]
        elif kind == "generic":
            s = _pick(rng, generic)
            para = [_with_connector(rng, c.sentence(s))] if s else []
        else:
            para = []
            for _ in range(1 + (rng.random() < 0.6) + (rng.random() < 0.25)):
                if not details:
                    # Long articles exhaust the pool; a template renders differently the second time.
                    details = list(ev.details)
                para.append(_with_connector(rng, c.sentence(_pick(rng, details))))
        if para:
            paras.append(para)
    if rng.random() < 0.4:
        paras.append([c.sentence(rng.choice(g.CLOSINGS))])
    return paras


def _bisect(cum: tuple[int, ...], x: float) -> int:
    for i, edge in enumerate(cum):
        if x < edge:
            return i
    return len(cum) - 1


def _replacement_sentence(c: _Ctx) -> str:
    """Write one new sentence in the article's context (for near-duplicate edits)."""
    pool = c.story.event.details if c.rng.random() < 0.6 else g.GENERIC
    return c.sentence(c.rng.choice(pool))


def _edit(c: _Ctx, paras: list[list[str]], n: int) -> list[list[str]]:
    """Return a copy of ``paras`` with ``n`` sentences (outside the lead) replaced."""
    out = [list(p) for p in paras]
    slots = [(i, j) for i in range(1, len(out)) for j in range(len(out[i]))]
    for i, j in c.rng.sample(slots, min(n, len(slots))):
        out[i][j] = _replacement_sentence(c)
    return out


def _insert(c: _Ctx, paras: list[list[str]]) -> list[list[str]]:
    """Return a copy of ``paras`` with one new sentence added to a paragraph after the lead."""
    out = [list(p) for p in paras]
    i = 1 + int(c.rng.random() * (len(out) - 1)) if len(out) > 1 else 0
    out[i].insert(int(c.rng.random() * (len(out[i]) + 1)), _replacement_sentence(c))
    return out


def _touch(c: _Ctx, paras: list[list[str]]) -> list[list[str]]:
    """Return a copy of ``paras`` with one number or word changed in one sentence (a copy-edit)."""
    out = [list(p) for p in paras]
    rng = c.rng
    for _ in range(8):
        i = int(rng.random() * len(out))
        j = int(rng.random() * len(out[i]))
        words = out[i][j].split(" ")
        spots = [k for k, w in enumerate(words) if w.isdigit() or w in v.COPY_EDITS]
        if spots:
            k = rng.choice(spots)
            w = words[k]
            words[k] = str(int(w) + rng.randint(1, 9)) if w.isdigit() else v.COPY_EDITS[w]
            out[i][j] = " ".join(words)
            return out
    return _insert(c, paras)  # nothing to copy-edit: add a sentence, so the text does change


def _near_edit(c: _Ctx, paras: list[list[str]]) -> list[list[str]]:
    """Lightly edit an article: one sentence replaced or added, sometimes a word copy-edited."""
    words = sum(len(s.split()) for p in paras for s in p)
    # Replacing a sentence of a short article would change too much of it; add one instead.
    if c.rng.random() < 0.45 and words >= 260:
        out = _edit(c, paras, 1)
    else:
        out = _insert(c, paras)
    if c.rng.random() < 0.5:
        out = _touch(c, out)
    return out


# ---------------------------------------------------------------------------------------------
# The stream.


class _Generator:
    def __init__(self, n: int, seed: int, dup_rate: float, syndication_rate: float) -> None:
        self.rng = random.Random(seed)
        self.n = n
        self.seed = seed
        self.dup_rate = dup_rate
        self.syndication_rate = syndication_rate
        self.span_days = max(30, min(1095, n // 40))
        self.stories: deque[_Story] = deque(maxlen=60)
        self.originals: deque[_Original] = deque(maxlen=300)
        self.antara: deque[_Original] = deque(maxlen=120)
        self.recent_links: deque[tuple[str, str]] = deque(maxlen=80)
        self.story_count = 0
        self.urls: set[str] = set()  # every URL handed out, so that no two articles share one
        self.num = 3_400_000 + seed * 7919 % 100_000

    def _id(self, i: int) -> str:
        return f"s{self.seed}-{i:06d}"

    def _clock(self, i: int) -> date:
        return START_DATE + timedelta(days=i * self.span_days // max(self.n, 1))

    def _fmt(self) -> str:
        return FORMATS[_bisect(_FORMAT_CUM, self.rng.random() * _FORMAT_CUM[-1])]

    def _outlet(self) -> Outlet:
        return OUTLETS[_bisect(_OUTLET_CUM, self.rng.random() * _OUTLET_CUM[-1])]

    def _next_num(self) -> int:
        self.num += self.rng.randint(3, 400)
        return self.num

    def _pick_story(self, clock: date) -> tuple[_Story, bool]:
        rng = self.rng
        if self.stories and rng.random() < 0.4:
            candidates = [s for s in self.stories if (clock - s.start).days <= 3 and s.count < 7]
            if candidates:
                return candidates[int(rng.random() * len(candidates))], True
        story = _new_story(rng, f"st{self.seed}-{self.story_count:05d}", clock)
        self.story_count += 1
        self.stories.append(story)
        return story, False

    def _published(self, day: date) -> datetime:
        rng = self.rng
        return datetime(day.year, day.month, day.day, rng.randint(5, 23), rng.randint(0, 59))

    def _draft(self, c: _Ctx, outlet: Outlet, title: str, paras: list[list[str]], pub: datetime) -> Draft:
        rng = self.rng
        story = c.story
        city = story.dateline_city
        writer = _name(rng)[0]
        editor = _name(rng)[0]
        pool = self.recent_links
        links = [pool[int(rng.random() * len(pool))] for _ in range(3)] if pool else []
        links = [link for k, link in enumerate(links) if link not in links[:k] and link[0] != title]
        evday_short = v.WEEKDAYS[c.pub.weekday()]
        scene = rng.choice(v.CAPTION_SCENES)
        credit = f"{rng.choice(v.PHOTO_AGENCIES)}/{_name(rng)[0]}"
        caption = f"{scene} di {story.vals['district']}, {evday_short}. ({credit})"
        tag = rng.choice(story.event.hashtags)
        other = rng.choice(v.HASHTAG_WORDS)
        tags = (tag, other) if other != tag else (tag,)
        d = Draft(
            title=title,
            paragraphs=paras,
            dateline=outlet.dateline.format(city=city, CITY=city.upper()),
            published=pub,
            outlet=outlet,
            url="",
            caption=caption,
            writer=writer,
            editor=editor,
            tags=tags,
            related=links,
            section=story.event.section,
            tz=story.vals["tz"],
        )
        d.url = self._unique(url_for(d, self._next_num()))
        return d

    def _unique(self, url: str) -> str:
        """Return ``url``, or a variant of it if an earlier article already has it."""
        candidate = url
        while candidate in self.urls:
            candidate = f"{url}{'&' if '?' in url else '?'}r={self._next_num()}"
        self.urls.add(candidate)
        return candidate

    def _ctx(self, story: _Story, outlet: Outlet, day: date) -> _Ctx:
        rng = self.rng
        vals = dict(story.vals)
        lag = 0 if rng.random() < 0.55 else rng.randint(1, 2)
        ev_date = day - timedelta(days=lag)
        vals["evday"] = "kemarin" if lag == 1 and rng.random() < 0.3 else _evday(ev_date, outlet.evday)
        vals["evday_short"] = v.WEEKDAYS[ev_date.weekday()]
        vals["year"] = str(day.year - rng.randint(0, 2))
        prev = (day.month - 2) % 12
        vals["month_prev"] = f"{v.MONTHS[prev]} {day.year - (1 if prev == 11 else 0)}"
        return _Ctx(rng, story, vals, day)

    def original(self, i: int) -> tuple[SyntheticArticle, _Original]:
        rng = self.rng
        clock = self._clock(i)
        story, followup = self._pick_story(clock)
        day = story.start + timedelta(days=rng.randint(0, 3)) if followup else clock
        outlet = self._outlet()
        c = self._ctx(story, outlet, day)
        paras = _compose(c, followup)
        title = _headline(c.sentence(story.event.titles[int(rng.random() * len(story.event.titles))]))
        story.count += 1
        draft = self._draft(c, outlet, title, paras, self._published(day))
        art = self._article(i, draft, story, self._fmt())
        return art, _Original(art, draft, c)

    def _article(self, i: int, d: Draft, story: _Story, fmt: str, **truth: str) -> SyntheticArticle:
        aid = self._id(i)
        content = render(d, fmt, self.rng)
        self.recent_links.append((d.title, d.url))
        return SyntheticArticle(
            id=aid,
            fmt=fmt,
            filename=f"{fmt}/{aid}.{fmt}",
            content=content,
            url=d.url,
            outlet=d.outlet.key,
            published=d.published.date().isoformat(),
            title=d.title,
            story=story.id,
            event=story.event.name,
            body=d.body(),
            entities=story.entities,
            **truth,
        )

    def exact_copy(self, i: int, src: _Original) -> SyntheticArticle:
        a = src.article
        aid = self._id(i)
        suffix = self.rng.choice(("?page=all", "?utm_source=whatsapp", "?amp=1", "#comments", "?from=home"))
        url = self._unique(a.url + suffix)
        content = a.content
        if a.fmt == "json":
            content = content.replace(_json_url(a.url), _json_url(url), 1)
        return SyntheticArticle(
            id=aid,
            fmt=a.fmt,
            filename=f"{a.fmt}/{aid}.{a.fmt}",
            content=content,
            url=url,
            outlet=a.outlet,
            published=a.published,
            title=a.title,
            story=a.story,
            event=a.event,
            body=a.body,
            exact_dup_of=a.id,
            entities=a.entities,
        )

    def near_copy(self, i: int, src: _Original) -> SyntheticArticle:
        c = src.ctx
        old = src.draft
        paras = _near_edit(c, old.paragraphs)
        title = old.title
        if self.rng.random() < 0.3:
            title = _headline(
                c.sentence(c.story.event.titles[int(self.rng.random() * len(c.story.event.titles))])
            )
        pub = old.published + timedelta(minutes=self.rng.randint(5, 600))
        d = self._draft(c, old.outlet, title, paras, pub)
        d.dateline = old.dateline
        return self._article(i, d, c.story, src.article.fmt, near_dup_of=src.article.id)

    def syndicated_copy(self, i: int, src: _Original) -> SyntheticArticle:
        rng = self.rng
        c = src.ctx
        old = src.draft
        outlet = REPRINTERS[int(rng.random() * len(REPRINTERS))]
        paras = [list(p) for p in old.paragraphs]
        # One small edit, so that a reprint is never the same text as the original under another
        # dateline: drop a one-sentence closing paragraph, reword a sentence, or copy-edit a word.
        r = rng.random()
        if r < 0.4 and len(paras) > 5 and len(paras[-1]) == 1:
            paras.pop()
        elif r < 0.7 and sum(len(x.split()) for p in paras for x in p) >= 220:
            paras = _edit(c, paras, 1)
        else:
            paras = _touch(c, paras)
        title = old.title
        if rng.random() < 0.5:
            title = _headline(c.sentence(c.story.event.titles[int(rng.random() * len(c.story.event.titles))]))
        pub = old.published + timedelta(minutes=rng.randint(20, 1800))
        d = self._draft(c, outlet, title, paras, pub)
        city = c.story.dateline_city
        d.dateline = outlet.syndicated_dateline.format(city=city, CITY=city.upper())
        d.source_note = rng.choice(
            ("Sumber: ANTARA", "Sumber: Antara", "(ANTARA)", "Artikel ini telah tayang di ANTARA")
        )
        return self._article(i, d, c.story, self._fmt(), syndicated_from=src.article.id)

    def __iter__(self) -> Iterator[SyntheticArticle]:
        rng = self.rng
        half = self.dup_rate / 2
        for i in range(self.n):
            r = rng.random()
            if r < half and self.originals:
                yield self.exact_copy(i, self.originals[int(rng.random() * len(self.originals))])
                continue
            if r < self.dup_rate and self.originals:
                yield self.near_copy(i, self.originals[int(rng.random() * len(self.originals))])
                continue
            if r < self.dup_rate + self.syndication_rate and self.antara:
                yield self.syndicated_copy(i, self.antara[int(rng.random() * len(self.antara))])
                continue
            art, orig = self.original(i)
            self.originals.append(orig)
            if orig.draft.outlet is ANTARA:
                self.antara.append(orig)
            yield art


def _json_url(url: str) -> str:
    # render.py writes JSON with json.dumps, which leaves "/" unescaped.
    return f'"url": "{url}"'


def generate_corpus(
    n: int, seed: int = 0, *, dup_rate: float = 0.05, syndication_rate: float = 0.08
) -> Iterator[SyntheticArticle]:
    """Yield ``n`` synthetic articles, deterministically for a given ``seed``.

    Args:
        dup_rate: share of articles that copy an earlier one; half exact, half near duplicates.
        syndication_rate: share of articles that reprint an earlier ANTARA article.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    if not 0 <= dup_rate + syndication_rate <= 1:
        raise ValueError("dup_rate + syndication_rate must lie in [0, 1]")
    return iter(_Generator(n, seed, dup_rate, syndication_rate))


__all__ = ["FORMATS", "SyntheticArticle", "generate_corpus"]
