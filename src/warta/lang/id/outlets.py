"""Outlet names as they appear in datelines, with their display names."""

# Lower-cased form in the text -> display name.
OUTLET_NAMES: dict[str, str] = {
    "kompas.com": "Kompas.com",
    "kompas": "Kompas",
    "antara": "ANTARA",
    "antaranews": "ANTARA",
    "antaranews.com": "ANTARA",
    "cnn indonesia": "CNN Indonesia",
    "cnnindonesia.com": "CNN Indonesia",
    "liputan6.com": "Liputan6.com",
    "tempo.co": "Tempo.co",
    "tempo": "Tempo",
    "tribunnews.com": "Tribunnews.com",
    "tribun": "Tribun",
    "detikcom": "detikcom",
    "detiknews": "detikNews",
    "detik.com": "detik.com",
    "suara.com": "Suara.com",
    "okezone": "Okezone",
    "okezone.com": "Okezone",
    "republika.co.id": "REPUBLIKA.CO.ID",
    "republika": "Republika",
    "pikiran rakyat": "Pikiran Rakyat",
    "suara merdeka": "Suara Merdeka",
    "bali post": "Bali Post",
    "radar bogor": "Radar Bogor",
    "radar jember": "Radar Jember",
    "serambinews": "Serambinews",
    "tribun jatim": "Tribun Jatim",
    "jpnn.com": "JPNN.com",
    "jpnn": "JPNN.com",
    "kumparan": "kumparan",
    "bisnis.com": "Bisnis.com",
    "merdeka.com": "Merdeka.com",
    "viva.co.id": "VIVA.co.id",
    "beritasatu.com": "Beritasatu.com",
    "metrotvnews.com": "Metrotvnews.com",
    "medcom.id": "Medcom.id",
    "idntimes": "IDN Times",
    "lampost.co": "Lampost.co",
    "sindonews.com": "SINDOnews.com",
    "inews.id": "iNews.id",
    "antvklik": "ANTVKLIK",
    "voa": "VOA",
    "bbc news indonesia": "BBC News Indonesia",
}

# Outlets that put their name before the place: "Liputan6.com, Jakarta -".
# Others put the place first: "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -".
# Dateline recognition uses shape, not this list; the list only fixes display names.

# Separators between a dateline and the first sentence.
DATELINE_DASHES = "-\u2013\u2014"

# Web domains, used to name an outlet from a URL when no dateline names it.
DOMAIN_OUTLETS: dict[str, str] = {
    "kompas.com": "Kompas.com",
    "detik.com": "detikcom",
    "tempo.co": "Tempo.co",
    "antaranews.com": "ANTARA",
    "cnnindonesia.com": "CNN Indonesia",
    "liputan6.com": "Liputan6.com",
    "tribunnews.com": "Tribunnews.com",
    "jpnn.com": "JPNN.com",
    "metrotvnews.com": "Metrotvnews.com",
    "medcom.id": "Medcom.id",
    "republika.co.id": "Republika",
    "suara.com": "Suara.com",
    "okezone.com": "Okezone",
    "kumparan.com": "kumparan",
    "lampost.co": "Lampost.co",
}
