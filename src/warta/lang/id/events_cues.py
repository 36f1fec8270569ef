"""Closed word classes the event coder reads around a verb (Sneddon, Indonesian: A Comprehensive
Grammar, 2nd ed., 2010: negation 4.x, passive agents 5.x; checked against KBBI).

Event verbs themselves are in events_verbs.tsv, sectors in events_sectors.tsv.
"""

# Negators right before a verb: "tidak menyerang", "belum ditangkap", "tak pernah menuduh".
NEGATORS: tuple[str, ...] = ("tidak", "tak", "belum", "bukan", "enggan", "batal", "urung", "gagal")
# Words that may sit between a negator and its verb: "tidak pernah", "belum juga", "tidak akan".
NEGATION_FILLERS: tuple[str, ...] = ("pernah", "akan", "juga", "sempat", "mau", "ingin", "bisa", "dapat")
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
)  # fmt: skip
# Reporting verbs: a sentence "X mengatakan ..." reports; the event is in what is reported.
REPORTING_VERBS: tuple[str, ...] = (
    "mengatakan", "menyatakan", "menyebut", "menyebutkan", "menjelaskan", "mengungkapkan",
    "menegaskan", "menuturkan", "melaporkan", "memberitakan",
)  # fmt: skip
