"""Evidence in an article's URL: the publication date in its path (``/2024/05/13/``, ``/20240513``).

News sites put the day of publication in the path; the ``meta`` stage ranks this below the
page's structured metadata (``PUBLISHED_PRECEDENCE``), since an update can keep the old path.
"""

from __future__ import annotations

import calendar
import re
from urllib.parse import urlsplit

from warta.record import Found, Source

# /2024/05/13/ (or the path's end), /2024-05-13-, and a packed 20240513 that starts a path
# segment or follows "-" ("/20230510123456-4-941/", "/read/20240513/..."). Years 1990-2099.
_SLASHED_RE = re.compile(r"/(?P<y>19[9]\d|20\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=/|$|[?#])")
_DASHED_RE = re.compile(r"(?<=[/_-])(?P<y>19[9]\d|20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=[/_.-]|$)")
_PACKED_RE = re.compile(r"(?<=[/-])(?P<y>19[9]\d|20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=\d{0,8}(?:[/_.-]|$))")
URL_DATE_PATTERNS = (_SLASHED_RE, _DASHED_RE, _PACKED_RE)


def url_date(url: str | None) -> str | None:
    """The first valid YYYY-MM-DD date in the URL's path, or None."""
    if not url:
        return None
    path = urlsplit(url).path
    for pattern in URL_DATE_PATTERNS:
        for match in pattern.finditer(path):
            year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
            if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def url_dates(urls: list[str | None]) -> list[Found[str]]:
    """The URL date of the first of ``urls`` that has one, as ``url`` evidence."""
    for url in urls:
        if (date := url_date(url)) is not None:
            return [Found(date, Source.URL, url)]
    return []
