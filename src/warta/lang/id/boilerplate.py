"""Boilerplate markers of Indonesian outlets: related links, author lines, page chrome.

Collected from the layouts of Kompas, Detik, Tempo, Antara, CNN Indonesia,
Liputan6, Tribun and regional outlets. Matching is case-insensitive and
tolerant of spacing ("BACA JUGA:", "Baca juga :", "baca Juga -").
"""

# A line starting with one of these (then ":" or "-") is a related link, not body text.
RELATED_LINK_PREFIXES: tuple[str, ...] = (
    "baca juga",
    "baca pula",
    "baca lainnya",
    "baca selengkapnya",
    "lihat juga",
    "simak juga",
    "artikel terkait",
    "berita terkait",
    "pilihan editor",
    "read also",
    "related news",
    "read more",
    "baca",
    "also read",
)

# Class-name fragments of related-link boxes on outlet pages (Detik "linksisip", Liputan6
# "baca-juga-collections", CNN "inbody-lihatjuga", Tempo "bacajuga").
RELATED_CLASS_TOKENS: tuple[str, ...] = (
    "linksisip", "lihatjg", "lihatjuga", "baca-juga", "bacajuga", "baca_juga", "artikel-terkait",
    "related-article", "related-post", "pilihan-editor",
)  # fmt: skip
# Class-name fragments of widgets that are never article text.
CHROME_CLASS_TOKENS: tuple[str, ...] = (
    "komentar", "comment", "social--share", "share-", "sharebox", "newsletter", "advert", "ads-",
)  # fmt: skip

# Role labels of author lines ("Editor: X", "Penulis : Y", or "EDITOR" alone over a name).
AUTHOR_LABELS: dict[str, str] = {
    "penulis": "author",
    "ditulis oleh": "author",
    "oleh": "author",
    "author": "author",
    "by": "author",
    "writer": "author",
    "editor": "editor",
    "penyunting": "editor",
    "redaktur": "editor",
    "editor bahasa": "editor",
    "reporter": "reporter",
    "wartawan": "reporter",
    "laporan wartawan": "reporter",
    "pewarta": "reporter",
    "kontributor": "contributor",
    "contributor": "contributor",
    "fotografer": "photographer",
    "rep": "reporter",
    "red": "editor",
    "diperbarui oleh": "editor",
    "foto": "photographer",
    "pewarta foto": "photographer",
    "photographer": "photographer",
}

# Whole lines that are page chrome. Compared after lower-casing and trimming punctuation.
CHROME_LINES: frozenset[str] = frozenset(
    {
        "loading",
        "loading...",
        "komentar",
        "tulis komentar",
        "berita terkait",
        "artikel terkait",
        "baca berikutnya",
        "advertisement",
        "iklan",
        "scroll to continue with content",
        "scroll untuk melanjutkan",
        "bagikan",
        "share",
        "tags",
        "tag",
        "topik",
        "terpopuler",
        "berita terpopuler",
        "rekomendasi",
        "video pilihan",
        "pilihan editor",
        "halaman selanjutnya",
        "selanjutnya",
        "sebelumnya",
        "copy link",
        "salin tautan",
        "ikuti kami",
        "lihat selengkapnya",
        "lanjutkan membaca",
        "lanjutkan membaca ↓",
        "dapatkan update berita pilihan dan breaking news setiap hari",
        "x",
        "·",
        "•",
    }
)

# Whole-line chrome labels, compared after lower-casing and reducing the line to its words
# ("Memuat...", "LOADING…", "- Advertisement -" all match): loading notes, advertisement
# markers and continue-reading buttons, in Indonesian and English, as the layouts of the
# outlets above and the devpages (../shared/data/devpages) print them.
CHROME_LABELS: frozenset[str] = frozenset(
    {
        "memuat", "sedang memuat", "memuat data", "memuat konten", "tunggu sebentar",
        "loading", "loading content", "please wait",
        "advertisement", "advertisements", "advertising", "advert", "ads", "ad", "iklan",
        "sponsored", "sponsored content", "konten sponsor", "konten bersponsor", "paid content",
        "scroll to continue", "scroll to continue with content", "scroll to continue reading",
        "continue reading", "continue reading below", "story continues below",
        "article continues below", "artikel berlanjut di bawah", "lanjut baca", "lanjut membaca",
        "lanjutkan membaca", "tutup iklan", "close ad",
        "skip ad", "lewati iklan", "gulir untuk melanjutkan", "scroll untuk melanjutkan",
    }
)  # fmt: skip
# A scroll instruction: a short line starting with one of these verbs and holding one of
# the continue words ("Gulir ke bawah untuk melanjutkan membaca", "Scroll down to continue").
SCROLL_VERBS: frozenset[str] = frozenset({"scroll", "gulir", "geser", "swipe", "usap"})
CONTINUE_WORDS: frozenset[str] = frozenset(
    {"continue", "continues", "reading", "melanjutkan", "lanjut", "lanjutkan", "berlanjut", "membaca"}
)

# Lines containing one of these phrases are chrome (channel invitations, app promos).
CHROME_PHRASES: tuple[str, ...] = (
    "simak berita lainnya di google news",
    "ikuti berita terkini",
    "ikuti kami di google news",
    "google news",
    "saluran whatsapp",
    "whatsapp channel",
    "channel whatsapp",
    "gabung grup telegram",
    "channel telegram",
    "grup telegram",
    "bergabung di telegram",
    "join telegram",
    "download aplikasi",
    "unduh aplikasi",
    "klik di sini untuk",
    "klik link berikut",
    "dapatkan informasi, inspirasi dan insight",
    "scroll to continue",
    "baca artikel selengkapnya",
    "artikel ini telah tayang di",
    "hak cipta",
    "jernihberkomentar",
    "whatsapp.com/channel",
    "install aplikasi whatsapp",
    "hanya dengan ketik kata kunci",
    "all rights reserved",
    "copyright ©",
    "all rights reserved",
)

# Lines starting with these are chrome whatever their length (syndication notes, promos).
CHROME_PREFIXES: tuple[str, ...] = (
    "artikel ini telah tayang di",
    "artikel ini telah tayang",
    "artikel ini telah diposting",
    "artikel ini sudah tayang",
    "baca artikel selengkapnya",
    "simak video",
    "tonton video",
    "saksikan video",
    "dapatkan update berita",
    "segera lengkapi data dirimu",
    "cek fakta",
    "ikuti whatsapp channel",
    "ikuti saluran",
    "follow juga",
    "simak breaking news",
    "bagikan artikel ini",
    "tulis komentar",
    "yuk, simak juga",
    "fakta atau hoaks",
    "periksa kembali dan lengkapi data dirimu",
    "waktu baca",
    "lama baca",
)

# Chrome phrases that would also occur in real prose; they mark a line only when it is short.
SHORT_CHROME_MAX_WORDS = 12

# Photo-credit prefixes inside a trailing parenthesis or after "Foto:".
CREDIT_PREFIXES: tuple[str, ...] = (
    "antara foto",
    "foto",
    "dok",
    "dok.",
    "dokumentasi",
    "istimewa",
    "ilustrasi",
    "sumber",
    "getty images",
    "shutterstock",
)

# Bare agency credits: "(AFP)", "(Reuters/…)".
AGENCY_CREDITS: tuple[str, ...] = ("afp", "ap", "reuters", "antara", "xinhua", "epa", "anadolu", "bloomberg")

# Agencies whose names close an article in brackets: "(Reuters/AP)".
SIGN_OFF_AGENCIES: tuple[str, ...] = ("AFP", "AP", "Reuters", "ANTARA")

# Closing initials such as "(ant/abc)" or "(ams/ams)": agency or writer codes.
INITIALS_AGENCIES: dict[str, str] = {
    "reuters": "Reuters",
    "xinhua": "Xinhua",
    "ant": "Antara",
    "antara": "Antara",
    "afp": "AFP",
    "rtr": "Reuters",
    "ap": "AP",
}

# Page kinds that are not a plain article, by a whole segment of the URL's path
# ("/foto/", "/galeri/", "/video/", "/live-update/"), in Indonesian and English, as
# Kompas, Detik, Tempo, CNN Indonesia, Liputan6 and the devpages' outlets name them.
PAGE_KIND_PATH_SEGMENTS: dict[str, tuple[str, ...]] = {
    "photo": ("foto", "fotografi", "photo", "photos", "galeri", "gallery", "galleries", "potret", "pictures"),
    "video": ("video", "videos", "tonton", "watch"),
    "live": (
        "live",
        "liveblog",
        "live-blog",
        "live-update",
        "live-updates",
        "live-report",
        "berita-terkini-live",
    ),
}
# schema.org types of the page's main JSON-LD item for those kinds.
PAGE_KIND_JSONLD_TYPES: dict[str, tuple[str, ...]] = {
    "photo": ("ImageGallery", "MediaGallery"),
    "video": ("VideoObject",),
    "live": ("LiveBlogPosting",),
}
# Query keys and path words that number the pages of an article split over several
# ("?page=2", "?hal=2", "/halaman-2", "/page/2"), and pagination link labels ("Halaman 2").
PAGINATION_QUERY_KEYS: tuple[str, ...] = ("page", "halaman", "hal", "paging", "pg")
PAGINATION_PATH_WORDS: tuple[str, ...] = ("page", "halaman", "hal")
PAGINATION_LABELS: tuple[str, ...] = ("halaman", "page", "hal", "halaman selanjutnya", "next page")
