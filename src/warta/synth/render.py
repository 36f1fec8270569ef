"""Render a drafted article as a scraped plain-text file, an outlet web page, or a JSON record.

The page chrome (navigation, "Baca juga" links, captions, credit lines, comment widgets, ads) is the
noise that extraction has to remove, so it varies by outlet and at random.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import datetime
from html import escape

from warta.synth import vocab as v
from warta.synth.outlets import Outlet

_SLUG_DROP = re.compile(r"[^a-z0-9]+")
TZ_OFFSETS = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}
_NAV = (
    "Nasional",
    "Regional",
    "Ekonomi",
    "Internasional",
    "Olahraga",
    "Tekno",
    "Hiburan",
    "Otomotif",
    "Indeks",
)


@dataclass(slots=True)
class Draft:
    """An article before rendering: text, metadata and the chrome chosen for it."""

    title: str
    paragraphs: list[list[str]]  # sentences per paragraph; the dateline is kept apart
    dateline: str
    published: datetime  # local time in ``tz``
    outlet: Outlet
    url: str
    caption: str
    writer: str
    editor: str
    tags: tuple[str, ...]
    related: list[tuple[str, str]]  # (title, url) for "Baca juga" and sidebars
    section: str
    tz: str = "WIB"
    source_note: str = ""  # "Sumber: ANTARA" on syndicated copies

    def texts(self) -> list[str]:
        """Return the paragraphs as strings, the first one opening with the dateline."""
        out = [" ".join(p) for p in self.paragraphs]
        out[0] = f"{self.dateline} {out[0]}"
        return out

    def body(self) -> str:
        """Return the article text without chrome, paragraphs separated by blank lines."""
        return "\n\n".join(self.texts())


def slugify(title: str, limit: int = 80) -> str:
    """Return a URL slug: "Banjir Rendam 1.200 Rumah" -> "banjir-rendam-1-200-rumah"."""
    return _SLUG_DROP.sub("-", title.lower()).strip("-")[:limit].rstrip("-")


def url_for(d: Draft, num: int) -> str:
    """Return the article URL in the outlet's shape; ``num`` is the outlet's article number."""
    p = d.published
    return d.outlet.url.format(
        section=d.section,
        y=f"{p.year:04d}",
        m=f"{p.month:02d}",
        d=f"{p.day:02d}",
        hm=f"{p.hour:02d}{p.minute:02d}",
        num=num,
        slug=slugify(d.title),
    )


def _initials(name: str) -> str:
    letters = "".join(part[0] for part in name.split()).lower()
    return (letters + "x")[:3]


def credit_line(d: Draft) -> str:
    """Return the outlet's writer/editor line for ``d``."""
    return d.outlet.credit.format(
        writer=d.writer,
        editor=d.editor,
        w=_initials(d.writer),
        e=_initials(d.editor),
        year=d.published.year,
    )


def _date_line(d: Draft, rng: random.Random) -> str:
    p = d.published
    wd = v.WEEKDAYS[p.weekday()]
    month = v.MONTHS[p.month - 1]
    hm = f"{p.hour:02d}:{p.minute:02d}"
    style = rng.randrange(4)
    if style == 0:
        return f"{wd}, {p.day} {month} {p.year} | {hm} {d.tz}"
    if style == 1:
        return f"{p.day:02d}/{p.month:02d}/{p.year}, {hm} {d.tz}"
    if style == 2:
        return f"{wd}, {p.day:02d} {month} {p.year} {hm} {d.tz}"
    return f"{wd} {p.day} {v.MONTHS_SHORT[p.month - 1]} {p.year}, {hm.replace(':', '.')}"


def iso_published(d: Draft) -> str:
    """Return the publication time as ISO 8601 with the local UTC offset."""
    return d.published.strftime("%Y-%m-%dT%H:%M:00") + TZ_OFFSETS[d.tz]


def _baca_positions(rng: random.Random, n_paras: int, n_links: int) -> dict[int, int]:
    """Map paragraph index -> related-link index, for links placed after that paragraph."""
    if n_paras < 3 or not n_links:
        return {}
    k = min(n_links, 1 + (rng.random() < 0.5), n_paras - 2)
    spots = rng.sample(range(1, n_paras - 1), k)
    return {spot: i for i, spot in enumerate(sorted(spots))}


def render(d: Draft, fmt: str, rng: random.Random) -> str:
    """Render ``d`` as ``fmt`` ("txt", "html" or "json")."""
    if fmt == "txt":
        return render_txt(d, rng)
    if fmt == "html":
        return render_html(d, rng)
    if fmt == "json":
        return render_json(d, rng)
    raise ValueError(f"unknown format {fmt!r}")


def render_txt(d: Draft, rng: random.Random) -> str:
    """Render ``d`` the way a page copied to plain text looks: title, caption, body, chrome."""
    lines: list[str] = []
    if rng.random() < 0.5:
        lines += ["".join(f"#{t}" for t in d.tags), ""]
    lines.append(d.title)
    lines.append("")
    if rng.random() < 0.4:
        lines.append(d.title)
    if rng.random() < 0.6:
        lines.append(_date_line(d, rng))
    if rng.random() < 0.6:
        lines.append(d.caption)
    lines += ["", ""]
    texts = d.texts()
    baca = _baca_positions(rng, len(texts), len(d.related))
    label = d.outlet.baca
    for i, text in enumerate(texts):
        lines += [text, ""]
        if i in baca:
            lines += [f"{label} {d.related[baca[i]][0]}", ""]
    if d.source_note:
        lines += [d.source_note, ""]
    lines += [credit_line(d), "", ""]
    tail = rng.random()
    if tail < 0.35:
        lines += ["loading...", "", "", "", "Komentar", "", "", "Berita Terkait"]
        lines += [title for title, _ in d.related]
    elif tail < 0.6:
        lines += ["Tag: " + ", ".join(d.tags), "", "ADVERTISEMENT", "", "Berita Terkait"]
        lines += [f"- {title}" for title, _ in d.related]
    elif tail < 0.8:
        lines += [f"Copyright © {d.published.year} {d.outlet.name}. All rights reserved."]
    return "\n".join(lines).rstrip() + "\n"


def _head(d: Draft, rng: random.Random) -> str:
    lead = " ".join(d.paragraphs[0])[:155]
    iso = iso_published(d)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="id">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(d.title)} - {escape(d.outlet.name)}</title>",
        f'<meta name="description" content="{escape(lead)}">',
        f'<meta property="og:title" content="{escape(d.title)}">',
        f'<meta property="og:url" content="{escape(d.url)}">',
        f'<meta property="og:site_name" content="{escape(d.outlet.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{iso}">',
        f'<meta name="author" content="{escape(d.writer)}">',
        f'<link rel="canonical" href="{escape(d.url)}">',
    ]
    if rng.random() < 0.5:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": d.title,
            "datePublished": iso,
            "author": {"@type": "Person", "name": d.writer},
            "publisher": {"@type": "Organization", "name": d.outlet.name},
        }
        # "</" must not appear inside a script element.
        blob = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        parts.append(f'<script type="application/ld+json">{blob}</script>')
    parts += [
        "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({'event': 'pageview'});</script>",
        "</head>",
    ]
    return "\n".join(parts)


def _nav(d: Draft) -> str:
    items = "".join(f'<li><a href="https://{d.outlet.domain}/{n.lower()}">{n}</a></li>' for n in _NAV)
    return (
        f'<header class="site-header"><a class="logo" href="https://{d.outlet.domain}/">'
        f'{escape(d.outlet.name)}</a><nav><ul class="menu">{items}</ul></nav></header>'
    )


def _sidebar(d: Draft) -> str:
    items = "".join(f'<li><a href="{escape(u)}">{escape(t)}</a></li>' for t, u in d.related)
    return f'<aside class="sidebar"><h3>Terpopuler</h3><ol class="most-popular">{items}</ol></aside>'


def _footer(d: Draft) -> str:
    return (
        '<footer class="site-footer"><p>Redaksi | Pedoman Media Siber | Kontak | Karir</p>'
        f"<p>Copyright © {d.published.year} {escape(d.outlet.name)}. All Rights Reserved.</p></footer>"
        '<script src="https://ads.example.invalid/tag.js" async></script>'
    )


def _figure(d: Draft) -> str:
    return (
        '<figure class="photo"><img src="https://img.example.invalid/photo.jpg" alt="'
        f'{escape(d.title)}"><figcaption>{escape(d.caption)}</figcaption></figure>'
    )


def _baca_html(d: Draft, i: int, layout: str) -> str:
    title, url = d.related[i]
    label = escape(d.outlet.baca)
    if layout == "detik":
        return (
            f'<table class="linksisip"><tr><td><div class="lihatjg"><strong>{label}</strong>'
            f'<a href="{escape(url)}">{escape(title)}</a></div></td></tr></table>'
        )
    return f'<p><strong>{label}</strong> <a href="{escape(url)}">{escape(title)}</a></p>'


def render_html(d: Draft, rng: random.Random) -> str:
    """Render ``d`` as a full outlet page in one of four layouts."""
    layout = d.outlet.layout
    texts = d.texts()
    baca = _baca_positions(rng, len(texts), len(d.related))
    date_text = escape(_date_line(d, rng))
    credit = escape(credit_line(d)).replace("\n", "<br>")
    body: list[str] = []
    for i, text in enumerate(texts):
        if layout == "antara":
            body.append(escape(text) + "<br><br>")
        else:
            body.append(f"<p>{escape(text)}</p>")
        if i in baca:
            body.append(_baca_html(d, baca[i], layout))
        if i == 2 and rng.random() < 0.5:
            body.append('<div class="ads-inline">ADVERTISEMENT<div id="div-gpt-ad-1"></div></div>')
    if d.source_note:
        body.append(f"<p><em>{escape(d.source_note)}</em></p>")
    text = "\n".join(body)
    title = escape(d.title)
    figure = _figure(d) if rng.random() < 0.8 else ""
    if layout == "kompas":
        article = (
            f'<div class="read__header"><h1 class="read__title">{title}</h1>'
            f'<div class="read__time">{escape(d.outlet.name)} - {date_text}</div>'
            f'<div class="credit-title-name">{credit}</div></div>{figure}'
            f'<div class="read__content"><div class="clearfix">\n{text}\n</div></div>'
        )
    elif layout == "antara":
        article = (
            f'<header class="post-header"><h1 class="post-title">{title}</h1>'
            f'<span class="article-date">{date_text}</span></header>{figure}'
            f'<div class="post-content clearfix">\n{text}\n'
            f'<p class="text-muted small mt-2">{credit}</p></div>'
        )
    elif layout == "detik":
        article = (
            f'<article class="detail"><div class="detail__header"><h1 class="detail__title">{title}</h1>'
            f'<div class="detail__author">{escape(d.writer)} - {escape(d.outlet.name)}</div>'
            f'<div class="detail__date">{date_text}</div></div>{figure}'
            f'<div class="detail__body-text itp_bodycontent">\n{text}\n<p>{credit}</p></div></article>'
        )
    else:
        article = (
            f'<article class="post"><h1 class="entry-title">{title}</h1>'
            f'<div class="post-meta"><time datetime="{iso_published(d)}">{date_text}</time> '
            f'<span class="author">{escape(d.writer)}</span></div>{figure}'
            f'<div class="entry-content">\n{text}\n</div><div class="editor">{credit}</div>'
            '<div class="share">Bagikan: Facebook Twitter WhatsApp</div></article>'
        )
    comments = (
        '<section id="comments"><h3>Komentar</h3><p>Belum ada komentar.</p></section>'
        if rng.random() < 0.4
        else ""
    )
    return (
        f'{_head(d, rng)}\n<body>\n{_nav(d)}\n<main class="container">\n{article}\n'
        f"{comments}\n{_sidebar(d)}\n</main>\n{_footer(d)}\n</body>\n</html>\n"
    )


def render_json(d: Draft, rng: random.Random) -> str:
    """Render ``d`` as a scraper's JSON record (text with light chrome left in)."""
    texts = d.texts()
    if rng.random() < 0.3:
        baca = _baca_positions(rng, len(texts), len(d.related))
        out: list[str] = []
        for i, t in enumerate(texts):
            out.append(t)
            if i in baca:
                out.append(f"{d.outlet.baca} {d.related[baca[i]][0]}")
        texts = out
    if d.source_note:
        texts = [*texts, d.source_note]
    record = {
        "url": d.url,
        "title": d.title,
        "date": iso_published(d),
        "text": "\n\n".join(texts),
        "author": d.writer,
        "source": d.outlet.name,
        "section": d.section,
        "tags": list(d.tags),
    }
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
