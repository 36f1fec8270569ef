"""Titles and roles that precede names ("Presiden", "Kapolda Metro Jaya Irjen Pol").

A name after these words is a person; the words themselves become speaker_title.
"""

PERSON_TITLES: frozenset[str] = frozenset(
    """
    presiden wakil wapres menteri menko mendagri menkeu menlu menhan menkes mendikbud mendikbudristek
    menhub menpan menparekraf menpora menag mensos menaker mentan menteri-menteri pemimpin ketua
    sekretaris sekjen direktur dirut kepala kapolri kapolda kapolres kapolsek kabareskrim
    panglima pangdam danrem dandim kasad kasal kasau jaksa hakim gubernur wagub bupati wabup walikota
    wali wakil camat lurah kades juru jubir bicara koordinator duta dubes besar perdana raja ratu
    pangeran sultan paus uskup imam ustaz ustadz kiai habib pendeta pastor profesor prof dr ir
    pakar pengamat analis peneliti dosen guru dokter kapten mayor kolonel letkol jenderal letjen mayjen
    brigjen marsekal laksamana komjen irjen brigjen kombes akbp kompol akp iptu ipda bripka brigadir
    aipda aiptu pol anggota politikus politisi aktivis pelatih kapten manajer striker penyerang
    gelandang bek kiper pemain atlet artis aktor aktris penyanyi komedian warga korban tersangka
    terdakwa saksi pengacara kuasa hukum advokat ceo pendiri founder chairman senator kanselir
    bapak ibu pak bu saudara sdr tuan nyonya nona kak mas mbak bang haji hajah h hj kh kyai
    kasubdit kasat kasatreskrim kasatlantas kabid kadis kasi kasie kanit deputi asisten staf komisaris
    plt pj pelaksana pimpinan pengasuh penasihat nakhoda sekda kajari kajati kadiv karo kabag
    kapuspen kapendam kabidhumas dirjen irjen inspektur kepala-desa ekonom ahli petani nelayan
    pedagang mahasiswa pengusaha buruh wartawan sopir pengemudi penumpang pelatih polisi
    general manager director president chief officer executive spokesperson managing head
    gm vp coo cfo cto cmo co-founder owner
    sir mr mrs ms lord dame penyanyi rapper musisi sutradara penulis wasit kasubbag kabag kasubag
    kasatreskoba kasatintelkam wakapolda wakapolres wakapolri kapolresta kapolrestabes kadishub
    kadinkes kadisdik danlanal danlantamal pangkoarmada kasdam kapendam kasi kasubsi kaur kadus
    """.split()
)

# Honorifics written right before a personal name ("dr. Ratna Sari", "H. Zainal"): what follows is a person.
NAME_HONORIFICS: tuple[str, ...] = ("dr", "Dr", "H", "Hj", "Ir", "Prof", "KH", "Drs", "Dra", "Tgk")
# Ranks and honorifics written right before a name; not part of a speaker's title.
HONORIFICS: tuple[str, ...] = NAME_HONORIFICS + (
    "K.H",
    "Irjen",
    "Pol",
    "Irjen Pol",
    "AKBP",
    "Kombes",
    "Kombes Pol",
    "Brigjen",
    "Brigjen Pol",
    "Komjen",
    "Jenderal",
    "Letjen",
    "Mayjen",
    "Kolonel",
    "Letkol",
    "Mayor",
    "Kapten",
    "Ipda",
    "Iptu",
    "AKP",
    "Kompol",
    "Aiptu",
    "Aipda",
    "Bripka",
    "Laksamana",
    "Marsekal",
    "Ustaz",
    "Ustadz",
    "Habib",
    "Kiai",
    "Gus",
    "Raden",
    "Teuku",
)

# Words that continue a title phrase: "Koordinator Keamanan Nasional AS", "Menteri Luar Negeri".
TITLE_CONTINUATIONS: frozenset[str] = frozenset(
    """
    keamanan nasional luar negeri dalam keuangan pertahanan kesehatan perhubungan agama sosial
    pendidikan kebudayaan riset teknologi metro jaya umum eksekutif utama harian bidang komisi dpr
    mpr dpd ri republik indonesia rakyat daerah pusat kota kabupaten provinsi partai jawa barat timur
    tengah selatan utara besar kantor staf khusus presiden istana militer angkatan darat laut udara
    polisi kepolisian kejaksaan agung mahkamah konstitusi pengadilan negeri tinggi bank sentral
    kementerian badan dewan majelis lembaga operasi humas divisi bidang as amerika serikat rusia
    of corporate communications communication marketing operations operational public relations
    affairs business development sales finance regional country senior vice
    rt rw desa kelurahan kecamatan
    """.split()
)

# Sentence openers that are capitalised mid-sentence too but never begin a name:
# "Berdasarkan Undang-Undang Nomor …", "Kedua RIT …", "Tahun Sir Azyumardi Azra".
OPENER_WORDS: frozenset[str] = frozenset(
    """
    menurut berdasarkan tahun pertama kedua ketiga keempat kelima terakhir sebelumnya
    selanjutnya akhirnya diketahui dilaporkan terpisah usai jelang menjelang soal dikutip
    dilansir sedangkan sementara selain meski meskipun walaupun karena setelah sebelum sejak
    """.split()
)

# Capitalised words that never start a name at a sentence start (openers, function words).
NON_NAME_WORDS: frozenset[str] = (
    frozenset(
        """
    yang dan di ke dari pada untuk dengan dalam oleh itu ini ia dia mereka kami kita kamu anda
    beliau namun tetapi tapi sementara selain sedangkan meski meskipun walaupun karena sebab jika
    kalau bila apabila saat ketika setelah sebelum sejak hingga sampai agar supaya bahwa menurut
    dikutip dilansir isi pernyataan tuduhan bantahan selasa senin rabu kamis jumat sabtu minggu
    januari februari maret april mei juni juli agustus september oktober november desember
    hal adapun sebagai seperti para sang si kemudian lalu juga bahkan hanya masih sudah akan
    baca simak editor penulis reporter pewarta foto sumber berita video ilustrasi the a an
    rp us pt tbk hari pekan bulan tahun pukul wib wita wit tak tidak bukan belum sedang pun
    adalah ialah merupakan ada tersebut terkait sedikitnya sekitar lebih kurang hampir semua
    setiap beberapa banyak sejumlah para kata ujar tutur ungkap jelas imbuh tambah lanjut terang
    undang-undang pasal perpres perppu uu puluhan ratusan ribuan
    """.split()
    )
    | OPENER_WORDS
)

# Capitalised institution and place words that name nothing on their own ("RSUD setempat",
# "Kelurahan", "Desa"): an entity needs the name after them.
BARE_INSTITUTION_WORDS: frozenset[str] = frozenset(
    """
    rsud rsup rs puskesmas kelurahan desa kecamatan kabupaten provinsi kota dusun kampung
    dinas badan kantor kementerian polda polres polsek polresta pemkot pemkab pemprov dprd
    pengadilan kejaksaan sekolah universitas pasar jalan jl gang gg rt rw satgas tim
    """.split()
)

# Particles inside personal names ("bin", "van", "de").
NAME_PARTICLES: frozenset[str] = frozenset({"bin", "binti", "van", "von", "de", "der", "al", "el"})

# Tokens that mark a capitalised span as an organisation or an event.
ORG_KEYWORDS: frozenset[str] = frozenset(
    """
    kementerian kemenkes kemenkeu kemlu badan komisi dewan majelis partai universitas institut
    pondok pesantren perhimpunan ikatan wahana koperasi kbri kjri kedutaan konsulat
    sekolah bank pt tbk corporation corp inc ltd group grup agency agensi organisasi asosiasi
    federasi persatuan perusahaan pemerintah pemkot pemkab pemprov polda polres polsek kejaksaan
    pengadilan mahkamah lembaga yayasan klub fc united kantor dinas direktorat biro pusat departemen
    tentara angkatan kepolisian militer front gerakan aliansi koalisi liga serikat news
    satgas satuan rsud rsup puskesmas polresta polrestabes kodam korem kodim lanal lantamal
    watch institute foundation council network society commission association alliance
    """.split()
)
EVENT_KEYWORDS: frozenset[str] = frozenset(
    """
    parade hari festival pemilu pilkada pilpres konferensi ktt olimpiade piala perang pekan
    operasi upacara kongres muktamar musyawarah sidang forum summit day games cup war festival
    awards award ceremony premiere concert gala championship tour expo fair
    """.split()
)

# Capitalised wherever they stand, so never the start of a name.
ALWAYS_CAPITALISED: frozenset[str] = frozenset(
    """
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
    september oktober november desember rp us wib wita wit tuhan allah undang-undang pasal perpres
    perppu uu no nomor
    """.split()
)

# First words of place names that are not in the gazetteer: rivers, islands, districts.
PLACE_KEYWORDS: frozenset[str] = frozenset(
    """
    sungai kali gunung pulau danau selat teluk tanjung kecamatan kelurahan desa kampung dusun
    kabupaten jalan jl pantai pelabuhan bandara terminal stasiun pasar lapangan alun-alun taman
    bukit lembah kawasan perumahan
    """.split()
)

# Indonesian-language institution and place words: such names are Indonesian (country ID).
INDONESIAN_KEYWORDS: frozenset[str] = frozenset(
    """
    universitas institut sekolah pondok pesantren kementerian badan dinas dewan komisi majelis
    partai yayasan perhimpunan persatuan ikatan lembaga kepolisian polda polres polsek pemerintah
    pemkot pemkab pemprov wahana sungai kali gunung pulau danau selat teluk kecamatan kelurahan
    desa kampung kabupaten jalan jl pantai pelabuhan bandara pasar perum pt rumah sakit rsud
    kejaksaan kejari kejati pengadilan direktorat departemen
    """.split()
)

# Generic heads dropped from a place's canonical name: "Sungai Ciliwung" -> "Ciliwung",
# "Desa Kasmaran" -> "Kasmaran" (so that "Kepala Desa Kasmaran" and "di Desa Kasmaran" are one place).
GENERIC_PLACE_HEADS: frozenset[str] = frozenset(
    {"sungai", "gunung", "pulau", "danau", "selat", "teluk", "desa", "kelurahan", "kecamatan", "dusun"}
)

# Words before a capitalised phrase that make it a subject or title, not a name:
# "Undang-Undang … tentang Lalu Lintas dan Angkutan Jalan".
TOPIC_WORDS: tuple[str, ...] = ("tentang", "mengenai", "bertajuk", "berjudul")

# Words before a place name: "di Tambora", "wilayah Tambora".
LOCATIVE_WORDS: tuple[str, ...] = (
    "di",
    "ke",
    "dari",
    "wilayah",
    "kawasan",
    "daerah",
    "kota",
    "desa",
    "kampung",
)

# Words for a state's government: "Pemerintah Tiongkok" acts as China in claims.
STATE_WORDS: frozenset[str] = frozenset({"pemerintah", "pemerintahan", "otoritas"})
