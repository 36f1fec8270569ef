"""Abbreviations that end with a period but do not end a sentence (lower-cased, without the period)."""

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    dr drs dra ir prof h hj kh st sh mh se mm mba msi mpd spd skom sked sp spog phd ba ma bsc msc
    kav mohd moh muh abd ach blok lt gd
    no nomor jl jln gg kec kel kab kota prov rt rw tgl dll dsb dst dkk tsb yth sdr sdri bpk ibu
    ny nn tn bp pol purn kol letkol mayjen brigjen irjen komjen jend kapt lettu serka bripda ipda
    iptu akp kompol akbp kombes mr mrs ms jr sr st vs etc inc ltd corp co tbk pt cv ud no hlm kg km
    cm mm ml rp usd idr mt sen sept okt nov des jan feb mar apr jun jul agu ags
    """.split()
)

# Degrees written after a name ("Andi, S.H., M.H."): a sentence may end right after them.
DEGREES_AFTER_NAME: frozenset[str] = frozenset(
    """
    sh mh msi se mm mba phd spd mpd skom sked ssos mkes mt mph ssi sip mip sag mag sp spog st mhum mkom
    """.split()
)
