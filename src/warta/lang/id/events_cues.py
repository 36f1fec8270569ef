"""Closed word classes the event coder reads around a verb (Sneddon, Indonesian: A Comprehensive
Grammar, 2nd ed., 2010: negation 4.x, passive agents 5.x; checked against KBBI).

Event verbs themselves are in events_verbs.tsv, sectors in events_sectors.tsv.
"""

# Negators right before a verb: "tidak menyerang", "belum ditangkap", "tak pernah menuduh".
NEGATORS: tuple[str, ...] = ("tidak", "tak", "belum", "bukan", "enggan", "batal", "urung", "gagal")
# Words that may sit between a negator and its verb: "tidak pernah", "belum juga", "tidak akan".
NEGATION_FILLERS: tuple[str, ...] = (
    "pernah", "akan", "juga", "sempat", "mau", "ingin", "bisa", "dapat", "jadi", "lagi", "pula",
)  # fmt: skip
# Denial verbs that negate the event verb they govern: "membantah menuduh", "menyangkal telah menyerang".
DENIAL_VERBS: tuple[str, ...] = ("membantah", "menyangkal", "menampik", "dibantah", "disangkal")
# Fillers between a denial verb and the verb it governs: "membantah telah menyerang".
DENIAL_FILLERS: tuple[str, ...] = ("telah", "sudah", "pernah", "melakukan", "ikut")
# The agent of a passive verb: "ditangkap oleh polisi".
AGENT_MARKERS: tuple[str, ...] = ("oleh",)
# Prepositions introducing the recipient of an intransitive (ber-) verb or a second party:
# "bertemu dengan", "berunjuk rasa terhadap", "kerja sama antara".
RECIPIENT_MARKERS: tuple[str, ...] = ("dengan", "terhadap", "kepada", "atas", "ke", "pada")
# Place prepositions: "di Jakarta", "ke Medan"; the place entity after them is the event's location.
PLACE_MARKERS: tuple[str, ...] = ("di", "ke", "dari")
# Clause boundaries: an actor or recipient never reaches across these.
CLAUSE_BREAKS: tuple[str, ...] = (
    "yang", "karena", "sehingga", "setelah", "sebelum", "ketika", "saat", "sementara",
    "namun", "tetapi", "sedangkan", "bahwa", "untuk", "agar", "supaya", "jika", "kata", "ujar",
    "usai", "seusai", "sesudah", "guna", "demi",
)  # fmt: skip
# Reporting verbs: a sentence "X mengatakan ..." reports; the event is in what is reported.
REPORTING_VERBS: tuple[str, ...] = (
    "mengatakan", "menyatakan", "menyebut", "menyebutkan", "menjelaskan", "mengungkapkan",
    "menegaskan", "menuturkan", "melaporkan", "memberitakan", "mengklaim", "menilai", "mengaku",
    "menyampaikan", "diungkapkan", "disampaikan", "dikatakan", "mengungkap",
)  # fmt: skip

# Words trimmed off the end of a subject before its verb: auxiliaries, aspect and modal words
# ("Polisi telah berhasil menangkap", "Kelompok bersenjata yang menculik").
SUBJECT_TRAILERS: tuple[str, ...] = (
    "telah", "sudah", "akan", "juga", "masih", "sedang", "tengah", "kembali", "terus", "langsung",
    "berhasil", "resmi", "akhirnya", "pun", "segera", "baru", "lagi", "belum", "tidak", "tak",
    "pernah", "sempat", "mulai", "ikut", "turut", "jadi", "yang", "hari", "ini", "kemarin", "dikabarkan",
    "diduga", "disebut", "dilaporkan", "secara", "sepihak", "kini", "lalu", "bahkan", "justru", "bisa",
    "dapat", "mau", "ingin", "harus", "wajib", "siap", "bersedia", "enggan", "batal", "urung", "gagal",
    "berencana", "berniat", "bakal", "tetap", "dan", "serta",
)  # fmt: skip
# Sentence adverbs that open a subject and are no part of it ("Kemudian dia juga meminta").
SUBJECT_OPENERS: tuple[str, ...] = (
    "kemudian", "lalu", "namun", "selain", "itu", "sementara", "adapun", "bahkan", "akhirnya", "kini",
    "sebelumnya", "sedangkan", "tetapi", "tapi", "pun",
)  # fmt: skip
# Light verbs before an event noun ("menggelar latihan militer", "melakukan mogok makan"): the
# subject is before them.
LIGHT_VERBS: tuple[str, ...] = (
    "menggelar", "melakukan", "mengadakan", "melancarkan", "menyelenggarakan", "melaksanakan",
    "menggencarkan",
)  # fmt: skip
# Quantifiers and determiners before the head noun of a phrase ("para aktivis", "12 warga").
QUANTIFIERS: tuple[str, ...] = (
    "para", "sejumlah", "seorang", "sebuah", "beberapa", "banyak", "ribuan", "ratusan", "puluhan",
    "belasan", "jutaan", "semua", "seluruh", "kedua", "ketiga", "dua", "tiga", "empat", "lima", "enam",
    "tujuh", "delapan", "sembilan", "sepuluh", "sebanyak", "mantan", "eks", "oknum", "sekelompok",
)  # fmt: skip
# Words that end an object phrase: prepositions and conjunctions that start an adjunct.
OBJECT_STOPS: tuple[str, ...] = (
    "di", "ke", "dari", "pada", "dalam", "untuk", "atas", "sebagai", "selama", "setelah", "sebelum",
    "saat", "ketika", "karena", "yang", "agar", "supaya", "soal", "terkait", "mengenai", "tentang",
    "melalui", "lewat", "sejak", "hingga", "sampai", "dengan", "bersama", "tanpa", "usai", "pasca",
    "senilai", "sebesar", "seberat", "sebanyak", "berupa", "menjelang", "demi", "guna", "akibat",
    "akan", "jika", "bila", "kalau", "meski", "walau", "sambil", "seraya", "oleh", "tidak", "tak",
    "belum", "bukan", "tewas", "meninggal", "terluka", "hilang", "selamat",
)  # fmt: skip
# Natural and accidental causes: a clause whose subject is one of these reports a disaster or an
# accident, which PLOVER does not code ("Gempa ... merusak ratusan rumah", "penyakit ini menyerang").
HAZARDS: tuple[str, ...] = (
    "gempa", "banjir", "hujan", "angin", "longsor", "tanah", "kebakaran", "api", "ledakan", "penyakit",
    "virus", "wabah", "cuaca", "badai", "tsunami", "erupsi", "gelombang", "kecelakaan", "puting",
    "kekeringan", "asap", "abu", "lahar", "petir", "covid-19", "demam",
)  # fmt: skip
# Nouns for people, groups and institutions: an object or subject with one of these is a party
# ("tiga orang", "Seorang pria berusia 41 tahun", "para aktivis"), one without is a thing
# ("wacana amandemen UUD 1945", "arus mudik") and no recipient (PLOVER: recipients are actors).
PARTY_NOUNS: tuple[str, ...] = (
    "orang", "pria", "wanita", "perempuan", "laki-laki", "anak", "anak-anak", "remaja", "balita",
    "warga", "pekerja", "petugas", "sandera", "tahanan", "narapidana", "napi", "terpidana", "pemilik",
    "keluarga", "istri", "suami", "ibu", "ayah", "jurnalis", "wartawan", "aktivis", "petani", "nelayan",
    "buruh", "pengemudi", "sopir", "pedagang", "pelajar", "mahasiswa", "siswa", "murid", "guru",
    "dokter", "perawat", "pilot", "penumpang", "tentara", "prajurit", "personel", "aparat", "oknum",
    "pejabat", "pegawai", "karyawan", "negara", "negara-negara", "kelompok", "pihak", "delegasi",
    "junta", "rezim", "pasukan", "kubu", "massa", "pendukung", "simpatisan", "anggota", "tim", "komisi",
    "lembaga", "badan", "kementerian", "otoritas", "perusahaan", "pelaku", "tersangka", "buronan",
    "imigran", "pengungsi", "pendemo", "demonstran", "penduduk", "jemaah", "umat", "pemuda", "tokoh",
    "ormas", "organisasi", "partai", "koalisi", "oposisi", "pemberontak", "militan", "milisi",
    "teroris", "separatis", "gerilyawan", "imigrasi", "satpol", "jajaran", "jajarannya", "pemerintah",
    "presiden", "menteri", "wakil", "perdana", "raja", "sekjen", "kapolri", "kapolda", "panglima",
    "gubernur", "bupati", "wali", "hakim", "jaksa", "polisi", "komandan", "pimpinan", "pemimpin",
    "ketua", "direktur", "kepala", "juru", "dubes", "menlu", "menkeu", "mantan", "kapal", "warganya",
    "instansi", "dinas", "pengurus", "panitia", "satgas", "relawan",
)  # fmt: skip
# Pronouns stand for parties ("Kami mendesak pemerintah", "dia juga meminta").
PARTY_PRONOUNS: tuple[str, ...] = ("ia", "dia", "mereka", "kami", "kita", "beliau", "aku", "saya", "kalian")
# Places and buildings can receive attacks, visits and blockades (PLOVER: "Place names are used as
# recipients for visits, attacks and blockades").
TARGET_NOUNS: tuple[str, ...] = (
    "gedung", "kantor", "markas", "pos", "rumah", "gereja", "masjid", "sekolah", "kamp", "pangkalan",
    "desa", "kota", "wilayah", "perairan", "pelabuhan", "bandara", "kedutaan", "pabrik", "kilang",
    "jalan", "jembatan", "kawasan", "daerah", "kantor", "istana",
)  # fmt: skip
# Words right after a verb that make it no event: sports ("ditahan imbang", "mengancam gawang").
NON_EVENT_AFTER: tuple[str, ...] = ("imbang", "gawang", "gol")
# Breaks after which a verb is the purpose of the clause before it ("dikerahkan untuk
# mengamankan"): not an event of its own.
PURPOSE_BREAKS: tuple[str, ...] = ("untuk", "agar", "supaya", "guna", "demi")
# Breaks that start a new clause with its own events ("... setelah didemo mahasiswa").
NEW_CLAUSE_BREAKS: tuple[str, ...] = (
    "setelah", "sebelum", "saat", "ketika", "namun", "tetapi", "sementara", "sedangkan", "karena",
    "sehingga", "usai", "seusai", "sesudah",
)  # fmt: skip
# Conjunctions joining a second verb to the first one's subject ("menyerbu ... dan menangkap").
COORDINATORS: tuple[str, ...] = ("dan", "lalu", "kemudian", "serta", "lantas", "sekaligus")
