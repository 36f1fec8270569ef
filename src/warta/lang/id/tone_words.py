"""Indonesian personal pronouns, counted for GDELT's self/group reference density.

Source: Sneddon, Adelaar, Djenar and Ewing, *Indonesian: A Comprehensive Grammar*
(2nd ed., Routledge 2010), section 4.1 (personal pronouns), and the KBBI entries of each
form. Free forms only: the clitics -ku, -mu, -nya are left out because "-nya" is also a
definite marker ("harganya"), which would count most nouns as pronouns.
"""

PRONOUNS: frozenset[str] = frozenset(
    """
    saya aku daku kami kita kamu engkau kau anda dikau kalian dia ia beliau mereka
    """.split()
)

# Words that turn a sentence: the clause after them is what the sentence stresses
# ("Pendapatan naik, namun perseroan masih rugi"). Sneddon et al. (2010), ch. 8 (coordination).
CLAUSE_BREAKS: tuple[str, ...] = (
    "namun", "tetapi", "tapi", "sedangkan", "sementara itu", "sementara", "padahal", "meskipun", "meski",
    "walaupun", "walau", "sehingga", "karena", "usai", "setelah",
)  # fmt: skip

# A name right after these words is only a place, a source or a speaker ("di Jakarta",
# "menurut Polri", "kata Yusri"): the text says nothing good or bad about it (the gold set's
# guideline: places, venues, news sources and spokespeople are neutral).
MENTION_ONLY_BEFORE: frozenset[str] = frozenset(
    """
    di ke dari menurut kata ujar ungkap jelas tutur sebut lanjut imbuh tambah tegas terang papar
    """.split()
)
# A name right before these verbs is the one speaking, not the one spoken about.
MENTION_ONLY_AFTER: frozenset[str] = frozenset(
    """
    mengatakan menyatakan menyebut menyebutkan menjelaskan mengungkapkan menuturkan berkata
    menegaskan mengaku menilai mengimbau meminta berharap memastikan membantah
    """.split()
)
