"""The web UI's message catalogue: Indonesian first, English as the toggle.

Strings are data; templates look them up with ``t("key")``. A missing
English string falls back to the Indonesian one, a missing key to the key.
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

MESSAGES: dict[str, dict[str, str]] = {
    "site_tagline": {"id": "Intelijen berita Indonesia", "en": "Indonesian news intelligence"},
    "skip_to_content": {"id": "Langsung ke isi", "en": "Skip to content"},
    "nav_search": {"id": "Cari", "en": "Search"},
    "nav_quotes": {"id": "Kutipan", "en": "Quotes"},
    "nav_claims": {"id": "Klaim", "en": "Claims"},
    "nav_stories": {"id": "Cerita", "en": "Stories"},
    "nav_entities": {"id": "Entitas", "en": "Entities"},
    "nav_stats": {"id": "Statistik", "en": "Statistics"},
    "nav_api": {"id": "API", "en": "API"},
    "main_nav": {"id": "Navigasi utama", "en": "Main navigation"},
    "switch_language": {"id": "English", "en": "Bahasa Indonesia"},
    "switch_language_label": {"id": "Ganti bahasa ke Inggris", "en": "Switch language to Indonesian"},
    "search_label": {"id": "Kata kunci", "en": "Search terms"},
    "search_placeholder": {
        "id": 'mis. bantahan korupsi atau "dana hibah"',
        "en": 'e.g. bantahan korupsi or "dana hibah"',
    },
    "search_button": {"id": "Cari", "en": "Search"},
    "search_title": {"id": "Pencarian", "en": "Search"},
    "search_intro": {
        "id": "Telusuri artikel, kutipan, dan klaim. Gunakan tanda kutip untuk frasa.",
        "en": "Search articles, quotes and claims. Use double quotes for phrases.",
    },
    "filters": {"id": "Saring", "en": "Filters"},
    "apply_filters": {"id": "Terapkan", "en": "Apply"},
    "clear_filters": {"id": "Hapus saringan", "en": "Clear filters"},
    "date_from": {"id": "Dari tanggal", "en": "From date"},
    "date_to": {"id": "Sampai tanggal", "en": "To date"},
    "outlet": {"id": "Media", "en": "Outlet"},
    "entity": {"id": "Entitas", "en": "Entity"},
    "speaker": {"id": "Narasumber", "en": "Speaker"},
    "type": {"id": "Jenis", "en": "Type"},
    "day": {"id": "Tanggal", "en": "Date"},
    "any": {"id": "Semua", "en": "Any"},
    "type_article": {"id": "Artikel", "en": "Articles"},
    "type_quote": {"id": "Kutipan", "en": "Quotes"},
    "type_claim": {"id": "Klaim", "en": "Claims"},
    "results_count": {"id": "{n} hasil", "en": "{n} results"},
    "no_results": {"id": "Tidak ada hasil.", "en": "No results."},
    "nav_duplicates": {"id": "Duplikat", "en": "Duplicates"},
    "nav_events": {"id": "Peristiwa", "en": "Events"},
    "duplicates_title": {"id": "Kelompok duplikat", "en": "Duplicate groups"},
    "duplicates_intro": {
        "id": "Artikel asli dan salinannya: persis, sindikasi dari media lain, atau suntingan.",
        "en": "Originals and their copies: exact, syndicated by another outlet, or edited.",
    },
    "original": {"id": "Asli", "en": "Original"},
    "copies": {"id": "Salinan", "en": "Copies"},
    "dup_exact": {"id": "Persis", "en": "Exact"},
    "dup_syndicated": {"id": "Sindikasi", "en": "Syndicated"},
    "dup_near": {"id": "Mirip", "en": "Near"},
    "facet_people": {"id": "Tokoh", "en": "People"},
    "facet_organisations": {"id": "Organisasi", "en": "Organisations"},
    "facet_places": {"id": "Tempat (negara, provinsi, kota)", "en": "Places (countries, provinces, cities)"},
    "facet_other_places": {"id": "Tempat lain", "en": "Other places"},
    "facet_add": {"id": "Tambahkan {name}", "en": "Add {name}"},
    "facet_exclude": {"id": "Kecualikan {name}", "en": "Exclude {name}"},
    "facet_remove": {"id": "Hapus {name}", "en": "Remove {name}"},
    "nav_attention": {"id": "Perhatian", "en": "Attention"},
    "attention_title": {"id": "Perhatian dari waktu ke waktu", "en": "Attention over time"},
    "attention_intro": {
        "id": "Bandingkan hingga lima kueri: berapa artikel yang cocok tiap periode.",
        "en": "Compare up to five queries: how many articles match in each period.",
    },
    "query_n": {"id": "Kueri {n}", "en": "Query {n}"},
    "mode_count": {"id": "Jumlah artikel", "en": "Article counts"},
    "mode_share": {"id": "Persentase dari semua artikel", "en": "Share of all articles"},
    "compare": {"id": "Bandingkan", "en": "Compare"},
    "period": {"id": "Periode", "en": "Period"},
    "chart_data": {"id": "Data grafik", "en": "Chart data"},
    "sort": {"id": "Urutkan", "en": "Sort"},
    "sort_relevance": {"id": "Relevansi", "en": "Relevance"},
    "sort_date": {"id": "Terbaru", "en": "Newest"},
    "collapse_duplicates": {"id": "Satukan duplikat", "en": "Collapse duplicates"},
    "see_all": {"id": "Lihat semua", "en": "See all"},
    "skip_to_results": {"id": "Langsung ke hasil", "en": "Skip to results"},
    "did_you_mean": {"id": "Maksud Anda:", "en": "Did you mean:"},
    "try_looser": {"id": "Coba pencarian yang lebih longgar:", "en": "Try a looser query:"},
    "try_without_filters": {"id": "Coba tanpa saringan", "en": "Try without filters"},
    "problem_heading": {"id": "Periksa pencarian Anda", "en": "Check your search"},
    "bad_date": {
        "id": "{name}: bukan tanggal YYYY-MM-DD: {value}",
        "en": "{name}: not a YYYY-MM-DD date: {value}",
    },
    "inverted_range": {
        "id": "Tanggal awal {start} jatuh setelah tanggal akhir {end}.",
        "en": "The start date {start} is after the end date {end}.",
    },
    "bad_page": {
        "id": "Halaman {page} tidak ada; menampilkan halaman {last}.",
        "en": "There is no page {page}; showing page {last}.",
    },
    "download": {"id": "Unduh", "en": "Download"},
    "query_help": {"id": "Bantuan kueri", "en": "Query help"},
    "facet_outlet": {"id": "Media", "en": "Outlets"},
    "facet_day": {"id": "Per tanggal", "en": "By date"},
    "facet_entity": {"id": "Entitas teratas", "en": "Top entities"},
    "facet_type": {"id": "Jenis", "en": "Type"},
    "map_title": {"id": "Peta tempat", "en": "Map of places"},
    "map_caption": {
        "id": "Tempat yang disebut dalam hasil di halaman ini; titik abu-abu adalah kota sebagai latar.",
        "en": "Places named in the results on this page; grey dots are cities for reference.",
    },
    "map_backdrop_note": {
        "id": "Titik abu-abu adalah kota sebagai latar.",
        "en": "Grey dots are cities for reference.",
    },
    "map_article_caption": {
        "id": "Tempat yang disebut dalam artikel ini; titik abu-abu adalah kota sebagai latar.",
        "en": "Places named in this article; grey dots are cities for reference.",
    },
    "pagination": {"id": "Halaman", "en": "Pages"},
    "prev_page": {"id": "Sebelumnya", "en": "Previous"},
    "next_page": {"id": "Berikutnya", "en": "Next"},
    "page_of": {"id": "{start}–{end} dari {total}", "en": "{start}–{end} of {total}"},
    "published": {"id": "Terbit", "en": "Published"},
    "inferred": {"id": "diperkirakan", "en": "inferred"},
    "authors": {"id": "Penulis", "en": "Authors"},
    "dateline": {"id": "Dateline", "en": "Dateline"},
    "source_url": {"id": "Tautan asli", "en": "Original link"},
    "language": {"id": "Bahasa", "en": "Language"},
    "tags": {"id": "Tag", "en": "Tags"},
    "metadata": {"id": "Metadata", "en": "Metadata"},
    "entities": {"id": "Entitas", "en": "Entities"},
    "quotes": {"id": "Kutipan", "en": "Quotes"},
    "claims": {"id": "Klaim", "en": "Claims"},
    "dates_mentioned": {"id": "Tanggal disebut", "en": "Dates mentioned"},
    "related": {"id": "Artikel terkait", "en": "Related articles"},
    "duplicates": {"id": "Duplikat", "en": "Duplicates"},
    "story": {"id": "Cerita", "en": "Story"},
    "legend": {"id": "Keterangan", "en": "Legend"},
    "legend_person": {"id": "Orang", "en": "Person"},
    "legend_org": {"id": "Organisasi", "en": "Organisation"},
    "legend_place": {"id": "Tempat", "en": "Place"},
    "legend_date": {"id": "Tanggal", "en": "Date"},
    "legend_quote": {"id": "Kutipan", "en": "Quote"},
    "said": {"id": "kata", "en": "said"},
    "unknown_speaker": {"id": "Narasumber tak dikenal", "en": "Unknown speaker"},
    "quote_direct": {"id": "langsung", "en": "direct"},
    "quote_indirect": {"id": "tidak langsung", "en": "indirect"},
    "mentions": {"id": "Penyebutan", "en": "Mentions"},
    "mentions_timeline": {"id": "Penyebutan dari waktu ke waktu", "en": "Mentions over time"},
    "timeline_desc": {
        "id": "Grafik batang jumlah artikel yang menyebut {name} dari waktu ke waktu.",
        "en": "Bar chart of the number of articles mentioning {name} over time.",
    },
    "bucket_day": {"id": "per hari", "en": "per day"},
    "bucket_week": {"id": "per minggu", "en": "per week"},
    "bucket_month": {"id": "per bulan", "en": "per month"},
    "chart_max": {"id": "maks. {n}", "en": "max {n}"},
    "cooccurring": {"id": "Sering muncul bersama", "en": "Often mentioned with"},
    "quotes_by": {"id": "Kutipan oleh {name}", "en": "Quotes by {name}"},
    "quotes_about": {"id": "Kutipan tentang {name}", "en": "Quotes about {name}"},
    "claims_involving": {"id": "Klaim yang melibatkan {name}", "en": "Claims involving {name}"},
    "articles_mentioning": {"id": "Artikel yang menyebut", "en": "Articles mentioning"},
    "entity_type_PER": {"id": "Orang", "en": "Person"},
    "entity_type_ORG": {"id": "Organisasi", "en": "Organisation"},
    "entity_type_LOC": {"id": "Tempat", "en": "Place"},
    "entity_type_GPE": {"id": "Wilayah", "en": "Place"},
    "entity_type_EVT": {"id": "Peristiwa", "en": "Event"},
    "entity_type_MISC": {"id": "Lainnya", "en": "Other"},
    "quotes_title": {"id": "Penjelajah kutipan", "en": "Quotes explorer"},
    "quotes_intro": {
        "id": "Siapa mengatakan apa, tentang siapa, dan kapan.",
        "en": "Who said what, about whom, and when.",
    },
    "claims_title": {"id": "Pelacak klaim", "en": "Claims tracker"},
    "claims_intro": {
        "id": "Tuduhan dan bantahannya, dikelompokkan menurut status.",
        "en": "Accusations and their denials, grouped by status.",
    },
    "status": {"id": "Status", "en": "Status"},
    "status_open": {"id": "Terbuka", "en": "Open"},
    "status_denied": {"id": "Dibantah", "en": "Denied"},
    "status_confirmed": {"id": "Dikonfirmasi", "en": "Confirmed"},
    "claim_accusation": {"id": "Tuduhan", "en": "Accusation"},
    "claim_denial": {"id": "Bantahan", "en": "Denial"},
    "claim_confirmation": {"id": "Konfirmasi", "en": "Confirmation"},
    "claimant": {"id": "Penuduh", "en": "Claimant"},
    "target": {"id": "Sasaran", "en": "Target"},
    "evidence": {"id": "Bukti", "en": "Evidence"},
    "in_article": {"id": "Dalam artikel", "en": "In article"},
    "stories_title": {"id": "Cerita", "en": "Stories"},
    "stories_intro": {
        "id": "Artikel dari berbagai media yang meliput peristiwa yang sama.",
        "en": "Articles from several outlets covering the same event.",
    },
    "articles_count": {"id": "{n} artikel", "en": "{n} articles"},
    "outlets_count": {"id": "{n} media", "en": "{n} outlets"},
    "entities_title": {"id": "Entitas", "en": "Entities"},
    "entities_intro": {
        "id": "Orang, organisasi, dan tempat yang paling sering disebut.",
        "en": "The people, organisations and places mentioned most.",
    },
    "name": {"id": "Nama", "en": "Name"},
    "articles": {"id": "Artikel", "en": "Articles"},
    "stats_title": {"id": "Statistik korpus", "en": "Corpus statistics"},
    "stat_articles": {"id": "Artikel", "en": "Articles"},
    "stat_entities": {"id": "Entitas", "en": "Entities"},
    "stat_mentions": {"id": "Penyebutan", "en": "Mentions"},
    "stat_quotes": {"id": "Kutipan", "en": "Quotes"},
    "stat_claims": {"id": "Klaim", "en": "Claims"},
    "stat_stories": {"id": "Cerita", "en": "Stories"},
    "stat_dup_groups": {"id": "Kelompok duplikat", "en": "Duplicate groups"},
    "stat_failures": {"id": "Gagal diproses", "en": "Failed inputs"},
    "date_range": {"id": "Rentang tanggal", "en": "Date range"},
    "backend": {"id": "Penyimpanan", "en": "Storage"},
    "api_title": {"id": "Dokumentasi API", "en": "API documentation"},
    "api_intro": {
        "id": "Semua titik akhir mengembalikan JSON. Spesifikasi OpenAPI lengkap:",
        "en": "Every endpoint returns JSON. The full OpenAPI specification:",
    },
    "parameters": {"id": "Parameter", "en": "Parameters"},
    "not_found_title": {"id": "Tidak ditemukan", "en": "Not found"},
    "not_found_text": {
        "id": "Halaman atau data yang Anda cari tidak ada.",
        "en": "The page or record you asked for does not exist.",
    },
    "unavailable_title": {"id": "Layanan tidak tersedia", "en": "Service unavailable"},
    "unavailable_text": {
        "id": "Basis data tidak dapat menjawab permintaan ini. Coba lagi nanti.",
        "en": "The database could not answer this request. Try again later.",
    },
    "bad_request_title": {"id": "Permintaan tidak valid", "en": "Bad request"},
    "back_to_search": {"id": "Kembali ke pencarian", "en": "Back to search"},
    "none": {"id": "Tidak ada.", "en": "None."},
    "footer": {
        "id": "Warta — data dari korpus lokal; tidak ada aset dari luar.",
        "en": "Warta — data from a local corpus; no external assets.",
    },
}


def translate(key: str, lang: str, **values: object) -> str:
    """Return the message ``key`` in ``lang`` with ``{name}`` placeholders filled."""
    entry = MESSAGES.get(key)
    if entry is None:
        text = key
    else:
        text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return text.format(**values) if values else text


def translator(lang: str) -> Callable[..., str]:
    """Return ``t(key, **values)`` bound to ``lang`` for templates."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE

    def t(key: str, **values: object) -> str:
        return translate(key, lang, **values)

    return t
