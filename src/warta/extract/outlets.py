"""Outlet names: recognise one ("KOMPAS.com", "Liputan6.com", "IDN Times") and print it as the outlet does.

The names and domains are data in ``warta.lang.id.outlets``.
"""

from __future__ import annotations

from urllib.parse import urlparse

from warta.extract.bylines import DOMAIN_RE
from warta.lang.id.outlets import DOMAIN_OUTLETS, OUTLET_NAMES


def is_outlet(text: str) -> bool:
    """A web domain or a known outlet name."""
    return bool(DOMAIN_RE.search(text)) or text.lower() in OUTLET_NAMES


def outlet_name(text: str) -> str:
    """The outlet as printed, with the outlet's own casing where only the case differs."""
    text = text.strip()
    display = OUTLET_NAMES.get(text.lower())
    return display if display and (display.lower() == text.lower() or text.isupper()) else text


def outlet_of_url(url: str) -> str | None:
    """The outlet of a known domain ("nasional.kompas.com" -> "Kompas.com")."""
    host = urlparse(url).hostname or ""
    for domain, name in DOMAIN_OUTLETS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return None
