"""Outlet house styles: datelines, credit lines, URL shapes and page layouts.

The styles imitate the visible conventions of Indonesian news sites (how a dateline or an editor line
looks); no page text or markup is copied from them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Outlet:
    """One news outlet's house style.

    Attributes:
        dateline: format with ``{city}`` / ``{CITY}``, put before the first paragraph.
        syndicated_dateline: the dateline used when reprinting an ANTARA story.
        credit: format with ``{writer}``, ``{editor}``, ``{w}``, ``{e}`` (initials), ``{year}``.
        url: format with ``{section}``, ``{y}``, ``{m}``, ``{d}``, ``{hm}``, ``{num}``, ``{slug}``.
        evday: how the event day is written: ``kompas`` "Senin (8/5/2023)", ``cnn`` "Senin (8/5)",
            ``tempo`` "Senin, 8 Mei 2023", ``plain`` "Senin".
        layout: the HTML page layout (see ``render.py``).
        baca: the "read also" label.
        weight: relative share of articles.
    """

    key: str
    name: str
    domain: str
    dateline: str
    syndicated_dateline: str
    credit: str
    url: str
    evday: str
    layout: str
    baca: str
    weight: int


OUTLETS: tuple[Outlet, ...] = (
    Outlet(
        "kompas",
        "Kompas.com",
        "kompas.com",
        "{CITY}, KOMPAS.com -",
        "{CITY}, KOMPAS.com -",
        "Penulis: {writer}\nEditor: {editor}",
        "https://{section}.kompas.com/read/{y}/{m}/{d}/{hm}{num}/{slug}",
        "kompas",
        "kompas",
        "Baca juga:",
        12,
    ),
    Outlet(
        "antara",
        "ANTARA News",
        "antaranews.com",
        "{city} (ANTARA) -",
        "{city} (ANTARA) -",
        "Pewarta: {writer}\nEditor: {editor}\nCopyright © ANTARA {year}",
        "https://www.antaranews.com/berita/{num}/{slug}",
        "plain",
        "antara",
        "Baca juga:",
        14,
    ),
    Outlet(
        "cnn",
        "CNN Indonesia",
        "cnnindonesia.com",
        "{city}, CNN Indonesia --",
        "{city}, CNN Indonesia --",
        "({w}/{e})",
        "https://www.cnnindonesia.com/{section}/{y}{m}{d}{hm}00-20-{num}/{slug}",
        "cnn",
        "detik",
        "Baca halaman selanjutnya",
        9,
    ),
    Outlet(
        "liputan6",
        "Liputan6.com",
        "liputan6.com",
        "Liputan6.com, {city} -",
        "Liputan6.com, {city} -",
        "Reporter: {writer}\nEditor: {editor}",
        "https://www.liputan6.com/{section}/read/{num}/{slug}",
        "kompas",
        "generic",
        "Baca Juga",
        8,
    ),
    Outlet(
        "tempo",
        "Tempo.co",
        "tempo.co",
        "TEMPO.CO, {city} -",
        "TEMPO.CO, {city} -",
        "Reporter: {writer}\nEditor: {editor}",
        "https://{section}.tempo.co/read/{num}/{slug}",
        "tempo",
        "generic",
        "Pilihan Editor:",
        8,
    ),
    Outlet(
        "lampost",
        "Lampost.co",
        "lampost.co",
        "{city} (Lampost.co) --",
        "{city} (Lampost.co/Antara) --",
        "EDITOR\n\n{editor}",
        "https://lampost.co/berita-{slug}-{num}.html",
        "tempo",
        "generic",
        "BACA JUGA:",
        6,
    ),
    Outlet(
        "detik",
        "detikNews",
        "detik.com",
        "{city} -",
        "{city} -",
        "({w}/{e})",
        "https://news.detik.com/berita/d-{num}/{slug}",
        "kompas",
        "detik",
        "Baca juga:",
        10,
    ),
    Outlet(
        "tribun",
        "Tribunnews.com",
        "tribunnews.com",
        "TRIBUNNEWS.COM, {CITY} -",
        "TRIBUNNEWS.COM, {CITY} -",
        "Penulis: {writer}\nEditor: {editor}",
        "https://www.tribunnews.com/{section}/{y}/{m}/{d}/{slug}-{num}",
        "kompas",
        "kompas",
        "Baca juga:",
        9,
    ),
    Outlet(
        "republika",
        "Republika",
        "republika.co.id",
        "REPUBLIKA.CO.ID, {CITY} --",
        "REPUBLIKA.CO.ID, {CITY} --",
        "Red: {editor}\nRep: {writer}",
        "https://news.republika.co.id/berita/{num}/{slug}",
        "plain",
        "generic",
        "Baca Juga:",
        6,
    ),
    Outlet(
        "jawapos",
        "JawaPos.com",
        "jawapos.com",
        "JawaPos.com –",
        "JawaPos.com –",
        "Editor: {editor}\nReporter: {writer}",
        "https://www.jawapos.com/{section}/{num}/{slug}",
        "tempo",
        "generic",
        "Baca Juga:",
        5,
    ),
    Outlet(
        "bisnis",
        "Bisnis.com",
        "bisnis.com",
        "Bisnis.com, {CITY} -",
        "Bisnis.com, {CITY} -",
        "Editor : {editor}",
        "https://ekonomi.bisnis.com/read/{y}{m}{d}/{num}/{slug}",
        "tempo",
        "kompas",
        "Baca Juga :",
        4,
    ),
    Outlet(
        "idntimes",
        "IDN Times",
        "idntimes.com",
        "{city}, IDN Times -",
        "{city}, IDN Times -",
        "Editor: {editor}",
        "https://www.idntimes.com/news/{section}/{slug}-{num}",
        "cnn",
        "generic",
        "Baca Juga:",
        5,
    ),
)

OUTLET_WEIGHTS: tuple[int, ...] = tuple(o.weight for o in OUTLETS)
ANTARA: Outlet = next(o for o in OUTLETS if o.key == "antara")
REPRINTERS: tuple[Outlet, ...] = tuple(o for o in OUTLETS if o.key != "antara")
