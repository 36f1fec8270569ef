"""Words that head Indonesian institution names, for aligning NER training labels.

NERP (IndoNLU) tags companies as IND but leaves most state bodies untagged ("kpk" is O
93 times in its training set), while NERGrit and news usage treat them as organisations.
Training marks these untagged stretches in NERP as unknown rather than as "not an entity".
Collected by hand from Indonesian news usage; lower-case.
"""

from __future__ import annotations

INSTITUTION_HEADS = frozenset(
    """
    kpk polri tni dpr dprd dpd mpr bpk bi ojk kpu kpud bawaslu mk ma ky kejagung kejati kejari
    kejaksaan kepolisian polda polres polresta polrestabes polsek kodam korem kodim koramil
    brimob densus kostrad kopassus basarnas bnpb bpbd bmkg bnn bnpt bin bais bssn bpom bps
    bappenas bpjs brin lipi kpai komnas ombudsman ylbhi walhi icw kontras lbh mui nu pbnu
    muhammadiyah kwi pgi kadin apindo hipmi pssi koni fifa uefa afc pbb nato asean who imf
    opec uni apec g20 interpol unicef unesco pln pertamina telkom garuda bumn bulog kai
    kementerian kementrian kemenkeu kemendagri kemenlu kemenkes kemendikbud kemendikbudristek
    kemenag kemenhub kemenkumham kemensos kemenpan kemenpora kemenperin kemendag kemnaker
    kemenaker kementan kemenko kemenparekraf kemhan kemenhan kominfo kemkominfo esdm pupr
    komisi badan lembaga dinas direktorat ditjen pemkot pemkab pemprov pemda setneg setkab
    partai pdip pdi-p golkar gerindra pkb pks pan nasdem demokrat ppp hanura perindo psi
    mahkamah pengadilan dewan majelis fraksi yayasan universitas institut politeknik
    pt persero tbk bank korps satuan satgas
    """.split()
)
