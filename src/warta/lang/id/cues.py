"""Speech and claim cue words.

Reporting verbs follow Indonesian newswriting usage: "kata X" / "ujar X" after a
quote, "X mengatakan (bahwa) …" before reported speech.
"""

# Short cues that follow a quote or a clause: '"…," kata Putin.' Suffix -nya means "he/she".
POST_CUES: tuple[str, ...] = (
    "kata", "ujar", "tutur", "ungkap", "jelas", "imbuh", "tambah", "lanjut", "terang", "tegas",
    "sebut", "ucap", "tandas", "papar", "urai", "pungkas", "seru", "sambung", "timpal", "akui",
    "bunyi", "tulis", "klaim", "cetus", "katanya", "ujarnya", "tuturnya", "ungkapnya", "jelasnya",
    "imbuhnya", "tambahnya", "lanjutnya", "terangnya", "tegasnya", "sebutnya", "ucapnya",
    "tandasnya", "paparnya", "pungkasnya", "tulisnya", "akunya", "kilahnya", "kata dia", "ujar dia",
    "keluh", "keluhnya", "tanya", "tanyanya", "sahut", "sahutnya", "jawab", "jawabnya", "bantah",
    "bantahnya", "kenang", "kenangnya", "harap", "harapnya", "pinta", "pintanya",
)  # fmt: skip

# Short cues directly followed by the speaker's name ("ujar Fazzli"): the name is a person.
CUES_BEFORE_NAME: tuple[str, ...] = (
    "kata", "ujar", "tutur", "ungkap", "jelas", "imbuh", "tambah", "lanjut", "terang", "tegas",
    "sebut", "ucap",
)  # fmt: skip

# Verbs introducing reported speech: "X mengatakan (bahwa) …".
PRE_CUES: tuple[str, ...] = (
    "mengatakan", "menyebut", "menyebutkan", "menegaskan", "menjelaskan", "mengungkapkan",
    "menyatakan", "menilai", "mengklaim", "menuturkan", "mengujarkan", "menambahkan",
    "melanjutkan", "menerangkan", "memaparkan", "mengakui", "mengingatkan", "menekankan",
    "berkata", "bilang", "berpendapat", "memperingatkan", "mengimbau", "meminta",
    "menyampaikan", "mengemukakan", "menganggap", "meyakini",
)  # fmt: skip

# Words that may sit between a pre-cue and the reported content.
PRE_CUE_LINKERS: tuple[str, ...] = ("bahwa", "kalau", "jika")

# Phrases between a cue verb and the content: "mengatakan dalam suratnya …".
CUE_ADJUNCTS: tuple[str, ...] = (
    "dalam suratnya", "dalam pidatonya", "dalam keterangannya", "dalam keterangan tertulis",
    "dalam keterangan resminya", "dalam pernyataannya", "dalam pernyataan resmi", "dalam konferensi pers",
    "kepada wartawan", "kepada awak media", "kepada media", "kepada para wartawan", "di sela acara",
    "dalam wawancara", "saat dikonfirmasi", "ketika dikonfirmasi", "dalam rapat", "dalam unggahannya",
    "melalui akun media sosialnya", "dalam jumpa pers", "dalam sebuah pernyataan", "pada kesempatan itu",
)  # fmt: skip

# "Menurut X, …" attributes the rest of the sentence to X.
ACCORDING_TO: tuple[str, ...] = ("menurut", "berdasarkan keterangan", "sebagaimana disampaikan")

# Third-person pronouns that refer back to a person.
PERSON_PRONOUNS: tuple[str, ...] = ("ia", "dia", "beliau")
# Every personal pronoun: none of them names an accusation's target by itself.
ALL_PRONOUNS: frozenset[str] = frozenset("ia dia beliau mereka kami kita saya aku kamu anda".split())
# Words that end an unnamed accusation target ("menuding pengelola terminal tidak memberi …").
TARGET_STOP_WORDS: frozenset[str] = frozenset(
    "tidak tak belum sudah telah sedang akan yang sebagai atas karena dengan dan atau bahwa lalai terlibat"
    " terbukti sengaja".split()
)
# "-nya" cue forms (katanya) resolve like "ia"; "menurutnya" too.
NYA_SUFFIX = "nya"

# Quotation marks: opening -> accepted closers. Outlets mix straight and curly marks.
QUOTE_PAIRS: dict[str, str] = {
    '"': '"\u201d\u201c',
    "\u201d": '\u201d"\u201c',  # some outlets open with a closing mark: \u201d…\u201d
    "\u201c": '\u201d"\u201c',
    "\u201e": '\u201c\u201d"',
    "\u00ab": "\u00bb",
    "\u2018": "\u2019'",
    "'": "'\u2019",
}

# Claim cues. Passive forms put the target first: "Pyongyang dituduh AS …". Sources: Indonesian
# newswriting usage and the claims annotation conventions in eval/claims/README.md.
ACCUSATION_ACTIVE: tuple[str, ...] = (
    "menuduh", "menuding", "mendakwa", "melaporkan", "menyalahkan", "menduga", "menuduhnya",
    "menudingnya", "mendakwanya",
)  # fmt: skip
# "melaporkan" accuses only when it reports someone to an authority ("melaporkan X ke polisi");
# "Xinhua melaporkan …" is news reporting.
REPORT_VERBS: tuple[str, ...] = ("melaporkan", "dilaporkan")
REPORT_AUTHORITIES: tuple[str, ...] = (
    "polisi", "kepolisian", "polda", "polres", "polresta", "polsek", "bareskrim", "mabes polri", "kpk",
    "kejaksaan", "kejari", "kejati", "ombudsman", "bawaslu", "dkpp", "komnas ham", "pengadilan",
    "majelis kehormatan", "dewan pers", "propam",
)  # fmt: skip
ACCUSATION_PASSIVE: tuple[str, ...] = (
    "dituduh", "dituding", "didakwa", "disangka", "diduga", "dilaporkan",
)  # fmt: skip
ACCUSATION_NOUNS: tuple[str, ...] = ("tuduhan", "tudingan", "dakwaan", "sangkaan")
# A formal accusation: "KPK menetapkan tiga orang sebagai tersangka".
NAMING_SUSPECT_VERBS: tuple[str, ...] = ("menetapkan", "menjadikan")
SUSPECT_ROLES: tuple[str, ...] = ("tersangka", "terdakwa")
# Verbs of finding whose subject vouches for an allegation: "Satgas menemukan gudang yang diduga …".
FINDING_VERBS: tuple[str, ...] = (
    "menemukan", "mendapati", "menangkap", "mengamankan", "menahan", "memeriksa", "menggerebek",
)  # fmt: skip
# What a denial may deny besides an accusation: "membantah klaim X", "membantah pernyataan X".
RESPONSE_OBJECTS: tuple[str, ...] = ACCUSATION_NOUNS + (
    "klaim",
    "pernyataan",
    "laporan",
    "kabar",
    "informasi",
)
DENIAL_ACTIVE: tuple[str, ...] = (
    "membantah", "menyangkal", "menampik", "menolak tuduhan", "menolak tudingan", "menolak dakwaan",
    "menolak disebut", "menolak dituduh", "mengelak", "menyanggah", "menepis", "membantahnya",
    "menampiknya", "menyangkalnya", "menepisnya", "menyanggahnya",
)  # fmt: skip
DENIAL_PASSIVE: tuple[str, ...] = (
    "dibantah",
    "disangkal",
    "ditampik",
    "dibantahnya",
    "ditolak",
    "disanggah",
    "ditepis",
)
# "menyebut tuduhan itu fitnah", "memastikan informasi itu hoaks": a verdict on the accusation.
DENIAL_VERDICTS: tuple[str, ...] = (
    "tidak benar", "tidak berdasar", "keliru", "fitnah", "hoaks", "bohong", "kebohongan", "mengada-ada",
    "tidak terbukti", "menyesatkan",
)  # fmt: skip
# Nouns a verdict may judge: "tuduhan itu", "informasi tersebut".
VERDICT_SUBJECTS: tuple[str, ...] = RESPONSE_OBJECTS + ("isu", "berita")
CONFIRMATION_ACTIVE: tuple[str, ...] = ("mengakui", "membenarkan", "mengonfirmasi", "mengkonfirmasi")
CONFIRMATION_PASSIVE: tuple[str, ...] = ("diakui", "dibenarkan", "dikonfirmasi")
# "membenarkan adanya ledakan": what is confirmed is an event, not an accusation.
CONFIRMED_EVENTS: tuple[str, ...] = ("adanya", "kejadian", "peristiwa", "insiden", "kabar duka")
# A clause that negates or asks does not accuse: "tidak menuduh siapa pun", "Apakah Anda menuduh …?"
NEGATIONS: tuple[str, ...] = ("tidak", "tak", "bukan", "belum", "jangan", "tanpa")
QUESTION_WORDS: tuple[str, ...] = ("apakah", "mengapa", "kenapa", "benarkah", "siapa")
# Where one clause of a sentence ends and another begins: "…, sementara Moskow menuding Kyiv …".
CLAUSE_BREAKS: tuple[str, ...] = (
    ", sementara", ", sedangkan", ", namun", ", tetapi", ", tapi", ", padahal", "; ", " sementara itu",
)  # fmt: skip
# Words opening a clause that are not part of its subject: "Namun Bupati Sidoarjo membantah".
CLAUSE_OPENERS: tuple[str, ...] = (
    "namun", "tetapi", "tapi", "sementara itu", "sementara", "sedangkan", "belakangan", "kemudian",
    "adapun", "dan", "lalu", "bahkan", "justru", "sebaliknya", "di sisi lain", "menanggapi hal itu",
)  # fmt: skip

# Where a source is named: "Dikutip dari laman inews.co.uk", "dilansir Reuters".
SOURCE_CUES: tuple[str, ...] = (
    "dikutip dari laman", "dikutip dari situs", "dikutip dari", "dikutip", "dilansir dari", "dilansir",
    "melansir", "mengutip", "seperti dikutip", "seperti dilansir", "menurut laporan kantor berita",
    "menurut laporan", "dilaporkan oleh", "kantor berita", "sebagaimana dilansir", "berdasarkan laporan",
)  # fmt: skip
