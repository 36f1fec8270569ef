"""Photo captions and their credits: "… di Jakarta. (ANTARA FOTO/Nama)", "Foto: Dok. BPBD", "… TEMPO/Nama".

Credit prefixes and agencies are data in ``warta.lang.id.boilerplate``.
"""

from __future__ import annotations

import re

from warta.extract.bylines import INITIALS_RE
from warta.lang.id import boilerplate as bp
from warta.record import Image

# "Gedung KPK di Jakarta. TEMPO/Andi Saputra" (or ". - Bisnis/Rachman"): a credit with no
# brackets after a caption.
BARE_CREDIT_RE = re.compile(
    r"^(?P<caption>.{10,}?[.!])\s+(?:[-\u2013\u2014]\s+)?"
    r"(?P<credit>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}/[A-Z][^/]{1,60})$"
)
# A trailing "(BP/Dokumen)", "(Reuters/Nama)" credit on a header line.
SLASH_CREDIT_RE = re.compile(
    r"^(?P<caption>.{10,}?)\s*\((?P<credit>[A-Za-z][\w .]{0,30}/[^()]{1,60})\)\.?\s*$"
)
_CREDIT_WORDS = "|".join(re.escape(p) for p in bp.CREDIT_PREFIXES + bp.AGENCY_CREDITS)
CAPTION_CREDIT_RE = re.compile(
    rf"^(?P<caption>.*?)\s*\((?P<credit>(?:{_CREDIT_WORDS})\b[^()]{{0,80}})\)\.?\s*$", re.I
)
# In a known caption (figcaption) any trailing parenthesis that is not a date is the credit.
ANY_CREDIT_RE = re.compile(
    r"^(?:foto\s*:\s*)?(?P<caption>.*?)\s*\((?P<credit>[^()\d][^()]{1,80})\)\.?\s*$", re.I
)
CAPTION_FOTO_RE = re.compile(r"^(?P<caption>.*?)\s*(?:\||-|\u2013)?\s*(?P<credit>Foto\s*:\s*.+)$", re.I)
STRONG_CREDIT_RE = re.compile(
    r"\((?:antara foto|foto|dok\.?|istimewa)\b[^()]*\)\s*$|^foto\s*:|[.!]\s+foto\s*:"
    r"|\[[^\[\]/]{1,40}/[^\[\]]{1,60}\]\s*$|\u00a9\s*\d{4}\s+\S+/",
    re.I,
)
# "… Jakarta Timur. [Suara.com/Alfian Winanto]", "… Surabaya. ©2024 Merdeka.com/Bagus W."
MARKED_CREDIT_RE = re.compile(
    r"^(?P<caption>.{10,}?[.!])\s*(?:\[(?P<bracketed>[^\[\]/]{1,40}/[^\[\]]{1,60})\]"
    r"|\u00a9\s*\d{4}\s+(?P<copyright>\S+/.{1,60}))\s*$"
)
# "Foto/Reuters", "Foto: Dok. BPBD": the label is not part of the credit.
_CREDIT_LABEL_RE = re.compile(r"^(?:foto|photo)\s*[:/]\s*", re.I)
_MAX_CAPTION_WORDS = 60
_MAX_HEADER_CAPTION_WORDS = 40


def caption(text: str, *, strict: bool) -> tuple[str, str] | None:
    """Return (caption, credit) when the line ends with a photo credit (``strict``: a marked one)."""
    if len(text.split()) > _MAX_CAPTION_WORDS:
        return None
    if strict and not STRONG_CREDIT_RE.search(text):
        return None
    match = CAPTION_CREDIT_RE.match(text)
    if match:
        return match["caption"].strip(), credit(match["credit"])
    match = CAPTION_FOTO_RE.match(text)
    if match and match["caption"].strip():
        return match["caption"].strip(" |-"), credit(match["credit"])
    match = MARKED_CREDIT_RE.match(text)
    if match:
        return match["caption"].strip(), credit(match["bracketed"] or match["copyright"])
    return None


def credit(text: str) -> str:
    return _CREDIT_LABEL_RE.sub("", text.strip()).strip()


def header_caption(text: str, *, known: bool) -> tuple[str, str | None] | None:
    """A photo caption in the header: a credit in brackets, after "Foto:", or "… TEMPO/Nama"."""
    found = caption(text, strict=False) or _slash_caption(text)
    if found:
        return found
    match = BARE_CREDIT_RE.match(text)
    if match:
        return match["caption"].strip(), credit(match["credit"])
    if (
        known
        and len(text.split()) <= _MAX_HEADER_CAPTION_WORDS
        and (match := ANY_CREDIT_RE.match(text))
        and match["caption"].strip()
    ):
        return match["caption"].strip(), credit(match["credit"])
    return None


def _slash_caption(text: str) -> tuple[str, str] | None:
    if len(text.split()) > _MAX_HEADER_CAPTION_WORDS or INITIALS_RE.search(text):
        return None  # "(ant/abc)" closes a paragraph; it is not a photo credit
    match = SLASH_CREDIT_RE.match(text)
    return (match["caption"].strip(), match["credit"].strip()) if match else None


def known_caption(text: str) -> Image:
    """A figcaption: "Foto: Presiden Joko Widodo. (Biro Pers)" -> caption and credit."""
    found = caption(text, strict=False)
    if found:
        return Image(*found)
    match = ANY_CREDIT_RE.match(text) or BARE_CREDIT_RE.match(text)
    if match and match["caption"].strip():
        return Image(match["caption"].strip(), credit(match["credit"]))
    return Image(text, None)
