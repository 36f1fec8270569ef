"""Word and name lists for the synthetic news generator.

Everything here is invented or common knowledge (frequent Indonesian given names, real province and
city names, generic institution names). No text is copied from any corpus. Foreign officials' names
are invented, and surnames strongly tied to well-known public figures are left out, so that a
generated accusation never points at a real person. Lists are whitespace- or
newline-split strings so that a missing comma cannot silently join two entries.
"""

from __future__ import annotations


def _words(block: str) -> tuple[str, ...]:
    return tuple(block.split())


def _names(block: str) -> tuple[str, ...]:
    # Multi-word names are written with underscores so that the block can be whitespace-split.
    return tuple(word.replace("_", " ") for word in block.split())


def _lines(block: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


FIRST_NAMES_M = _words(
    """
    Agus Budi Joko Bambang Slamet Hendra Rudi Andi Dedi Eko Fajar Gilang Hadi Irfan Imam Yusuf Rizal
    Teguh Wahyu Arief Bayu Dimas Fikri Hasan Ilham Kurniawan Lukman Maman Nanang Oki Rahmat
    Sigit Taufik Umar Wawan Yanto Zainal Ahmad Muhammad Dwi Tri Adi Bagus Cahyo Danang Erwin Ferry
    Galih Haris Indra Jamal Kevin Lutfi Mulyadi Nur Pandu Ridwan Sutrisno Syahrul Tono Usman Yoga Heru
    Iwan Supriyadi Sumarno Ketut Made Wayan Nyoman Putu Gede Komang Ucok Togar Rahmad Firman Anwar
    Dani Ari Benny Chandra Hery Ismail Jefri Krisna Nasrul Rinaldi Samsul Tirta Viktor Wisnu
    """
)

FIRST_NAMES_F = _words(
    """
    Sri Siti Dewi Ratna Nur Rina Wulan Ayu Fitri Indah Kartika Lestari Maya Nurul Puspita Rahma Sari
    Tuti Yuni Anisa Bunga Citra Dian Eka Febri Gita Hana Intan Jihan Kirana Laras Mega Nadia Okta
    Putri Rani Suci Tiara Utami Vina Winda Yulia Zahra Agustina Endang Farida Hesti Iis Juwita Kiki
    Lina Melati Novita Retno Susanti Tri Umi Vera Widya Asih Bella Dinda Elsa Fauziah Hartini Irma
    """
)

SURNAMES = _words(
    """
    Santoso Wijaya Saputra Pratama Hidayat Nugroho Setiawan Kusuma Siregar Nasution Harahap Lubis
    Simanjuntak Sitompul Hutapea Pangaribuan Situmorang Tanjung Wibowo Susanto Gunawan Halim Hakim
    Rahman Syahputra Firmansyah Ramadhan Hasibuan Panjaitan Sinaga Manurung Purba Ginting Tarigan
    Sembiring Mahendra Permana Kurniawan Suryadi Sulistyo Prasetyo Utomo Wicaksono Adiputra Hartono
    Sutanto Hamzah Iskandar Syamsuddin Daulay Rangkuti Matondang Batubara Sihombing Napitupulu Sagala
    Tampubolon Pohan Rambe Pane Sarumpaet Marpaung Simatupang Damanik Saragih Munthe Manullang
    Latuconsina Rumagesan Wenda Kogoya Mandagi Lumban Rondonuwu Wowor Sondakh Makalew
    Mokoginta Lasut Pakaya Alatas Assegaf Bahar Nainggolan Sirait Tambunan
    Anggoro Basuki Cahyadi Darmawan Effendi Fadillah Gultom Hermawan Irawan Jatmiko Kusnadi Lesmana
    """
)

# Titles and roles, with the institution they usually belong to; "{prov}" and "{city}" are filled in.
ROLES_GOV = _lines(
    """
    Menteri Keuangan
    Menteri Kesehatan
    Menteri Luar Negeri
    Menteri Pertahanan
    Menteri Perdagangan
    Menteri Pertanian
    Menteri Sosial
    Menteri Pemuda dan Olahraga
    Menteri Pendidikan
    Menteri Perhubungan
    Menteri Dalam Negeri
    Menteri Koordinator Bidang Perekonomian
    Menteri Pekerjaan Umum dan Perumahan Rakyat
    Menteri Badan Usaha Milik Negara
    Wakil Presiden
    Sekretaris Kabinet
    Kepala Staf Kepresidenan
    Juru Bicara Presiden
    """
)

ROLES_REGIONAL = _lines(
    """
    Gubernur {prov}
    Wakil Gubernur {prov}
    Wali Kota {city}
    Bupati {regency}
    Kapolda {prov}
    Kapolres {city}
    Kepala BPBD {prov}
    Kepala Dinas Kesehatan {prov}
    Ketua DPRD {prov}
    Sekretaris Daerah {prov}
    Kepala Dinas Pendidikan {city}
    Kepala Bappeda {prov}
    """
)

ROLES_OTHER = _lines(
    """
    Juru Bicara KPK
    Ketua KPK
    Wakil Ketua KPK
    Kepala BNPB
    Kepala BMKG
    Kepala Badan Pusat Statistik
    Gubernur Bank Indonesia
    Deputi Gubernur Bank Indonesia
    Ketua KPU
    Anggota Bawaslu
    Ketua Mahkamah Konstitusi
    Kepala Divisi Humas Polri
    Kabid Humas Polda {prov}
    Direktur Utama PT Pertamina
    Ketua Umum PSSI
    Pelatih Tim Nasional Indonesia
    Pengamat Ekonomi Universitas Indonesia
    Pengamat Politik Universitas Gadjah Mada
    Ekonom Senior INDEF
    Epidemiolog Universitas Airlangga
    Kuasa Hukum Tersangka
    Ketua Komisi III DPR
    Anggota Komisi I DPR
    Sekretaris Jenderal Partai
    Ketua Yayasan Lembaga Konsumen Indonesia
    """
)

# (province, capital, a few regencies/cities). Real names; used only as place vocabulary.
PROVINCES = (
    ("Aceh", "Banda Aceh", ("Aceh Besar", "Pidie", "Lhokseumawe", "Aceh Utara")),
    ("Sumatera Utara", "Medan", ("Deli Serdang", "Binjai", "Pematangsiantar", "Toba")),
    ("Sumatera Barat", "Padang", ("Bukittinggi", "Agam", "Pesisir Selatan", "Solok")),
    ("Riau", "Pekanbaru", ("Dumai", "Kampar", "Siak", "Bengkalis")),
    ("Jambi", "Jambi", ("Muaro Jambi", "Kerinci", "Bungo", "Tebo")),
    ("Sumatera Selatan", "Palembang", ("Ogan Ilir", "Muara Enim", "Lubuklinggau", "Banyuasin")),
    ("Lampung", "Bandar Lampung", ("Metro", "Lampung Selatan", "Pringsewu", "Tanggamus")),
    ("Banten", "Serang", ("Tangerang", "Cilegon", "Lebak", "Pandeglang")),
    ("DKI Jakarta", "Jakarta", ("Jakarta Selatan", "Jakarta Timur", "Jakarta Utara", "Jakarta Barat")),
    ("Jawa Barat", "Bandung", ("Bogor", "Bekasi", "Depok", "Cianjur", "Garut", "Sukabumi")),
    ("Jawa Tengah", "Semarang", ("Solo", "Magelang", "Banyumas", "Klaten", "Pati", "Kudus")),
    ("DI Yogyakarta", "Yogyakarta", ("Sleman", "Bantul", "Gunungkidul", "Kulon Progo")),
    ("Jawa Timur", "Surabaya", ("Malang", "Sidoarjo", "Kediri", "Jember", "Banyuwangi", "Lumajang")),
    ("Bali", "Denpasar", ("Badung", "Gianyar", "Buleleng", "Karangasem")),
    ("Nusa Tenggara Barat", "Mataram", ("Lombok Timur", "Bima", "Sumbawa", "Lombok Utara")),
    ("Nusa Tenggara Timur", "Kupang", ("Ende", "Manggarai Barat", "Sikka", "Flores Timur")),
    ("Kalimantan Barat", "Pontianak", ("Singkawang", "Sambas", "Ketapang", "Sintang")),
    ("Kalimantan Timur", "Samarinda", ("Balikpapan", "Bontang", "Kutai Kartanegara", "Penajam Paser Utara")),
    ("Kalimantan Selatan", "Banjarmasin", ("Banjarbaru", "Tanah Laut", "Kotabaru", "Tabalong")),
    ("Sulawesi Selatan", "Makassar", ("Gowa", "Maros", "Parepare", "Bone", "Palopo")),
    ("Sulawesi Utara", "Manado", ("Bitung", "Tomohon", "Minahasa", "Kotamobagu")),
    ("Sulawesi Tengah", "Palu", ("Donggala", "Sigi", "Poso", "Banggai")),
    ("Maluku", "Ambon", ("Tual", "Maluku Tengah", "Seram Bagian Barat", "Buru")),
    ("Papua", "Jayapura", ("Merauke", "Biak Numfor", "Keerom", "Sarmi")),
)

VILLAGE_PREFIXES = _words("Desa Kelurahan Kampung Dusun Nagari Gampong")
VILLAGE_NAMES = _words(
    """
    Sukamaju Sumberrejo Karangasem Tegalsari Sidomulyo Margahayu Cibadak Sukajadi Tanjungsari
    Mekarsari Wonorejo Kedungringin Purwosari Banyuurip Gunungsari Pasirjaya Cikarang Sindangsari
    Tanahabang Batuampar Lubukbuaya Padangsari Rawamangun Kebonjeruk Pondokgede Sukamulya Jatiwangi
    Pagerwojo Bojongsari Tirtomoyo Ngadirejo Kaliwungu Sidoarum Pucangsari Lembahhijau Sungaibaru
    """
)
STREETS = _names(
    """
    Sudirman Thamrin Gatot_Subroto Diponegoro Ahmad_Yani Pahlawan Merdeka Veteran Pemuda Sisingamangaraja
    Imam_Bonjol Hayam_Wuruk Gajah_Mada Teuku_Umar Asia_Afrika Pattimura Cut_Nyak_Dien Juanda Hasanuddin
    """
)

FOREIGN = (
    # (country, capital, leader role, leader name)
    ("Amerika Serikat", "Washington", "Menteri Luar Negeri AS", "Thomas Greene"),
    ("China", "Beijing", "Juru Bicara Kementerian Luar Negeri China", "Liu Wenjie"),
    ("Rusia", "Moskow", "Juru Bicara Kremlin", "Dmitri Volkonsky"),
    ("Ukraina", "Kiev", "Menteri Luar Negeri Ukraina", "Oleh Marchenko"),
    ("Jepang", "Tokyo", "Perdana Menteri Jepang", "Hiroshi Takeda"),
    ("Korea Selatan", "Seoul", "Menteri Luar Negeri Korea Selatan", "Park Min-jae"),
    ("Korea Utara", "Pyongyang", "kantor berita resmi Korea Utara", "Ri Chol-su"),
    ("Malaysia", "Kuala Lumpur", "Perdana Menteri Malaysia", "Azman Hashim"),
    ("Singapura", "Singapura", "Menteri Luar Negeri Singapura", "Tan Wei Ming"),
    ("Australia", "Canberra", "Menteri Luar Negeri Australia", "Rebecca Holt"),
    ("Arab Saudi", "Riyadh", "Menteri Haji dan Umrah Arab Saudi", "Faisal Al-Qahtani"),
    ("Filipina", "Manila", "Presiden Filipina", "Ramon Villanueva"),
    ("Thailand", "Bangkok", "Perdana Menteri Thailand", "Somchai Rattanakorn"),
    ("Vietnam", "Hanoi", "Menteri Luar Negeri Vietnam", "Nguyen Van Thanh"),
    ("India", "New Delhi", "Menteri Luar Negeri India", "Rajesh Malhotra"),
    ("Belanda", "Den Haag", "Duta Besar Belanda", "Pieter van Dijk"),
    ("Jerman", "Berlin", "Kanselir Jerman", "Klaus Becker"),
    ("Inggris", "London", "Menteri Luar Negeri Inggris", "Oliver Whitmore"),
    ("Turki", "Ankara", "Menteri Luar Negeri Turki", "Mehmet Yilmaz"),
    ("Mesir", "Kairo", "Menteri Luar Negeri Mesir", "Ahmed Fawzi"),
    ("Timor Leste", "Dili", "Perdana Menteri Timor Leste", "Jose da Costa"),
)

FOREIGN_AGENCIES = _lines(
    """
    Reuters
    AFP
    Associated Press
    Xinhua
    Kyodo
    Yonhap
    Bernama
    Al Jazeera
    BBC
    """
)

ORGS_NATIONAL = _lines(
    """
    Komisi Pemberantasan Korupsi (KPK)
    Badan Nasional Penanggulangan Bencana (BNPB)
    Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)
    Badan Pusat Statistik (BPS)
    Bank Indonesia (BI)
    Otoritas Jasa Keuangan (OJK)
    Komisi Pemilihan Umum (KPU)
    Badan Pengawas Pemilu (Bawaslu)
    Kejaksaan Agung
    Mahkamah Konstitusi (MK)
    Kementerian Kesehatan
    Kementerian Keuangan
    Kementerian Luar Negeri
    Kementerian Perdagangan
    Kementerian Pertanian
    Kementerian Perhubungan
    Kementerian Sosial
    Dewan Perwakilan Rakyat (DPR)
    Badan SAR Nasional (Basarnas)
    Badan Pemeriksa Keuangan (BPK)
    Persatuan Sepak Bola Seluruh Indonesia (PSSI)
    Komite Olimpiade Indonesia (KOI)
    Ikatan Dokter Indonesia (IDI)
    Badan Pengawas Obat dan Makanan (BPOM)
    Lembaga Ilmu Pengetahuan Indonesia
    Polri
    TNI
    """
)

COMPANIES = _lines(
    """
    PT Sinar Nusantara Abadi
    PT Bumi Karya Persada
    PT Cahaya Mandiri Sejahtera
    PT Anugerah Tambang Raya
    PT Mitra Konstruksi Utama
    PT Graha Niaga Lestari
    PT Samudra Logistik Indonesia
    PT Pangan Sehat Sentosa
    PT Kencana Energi Prima
    PT Delta Agro Makmur
    PT Surya Digital Teknologi
    PT Permata Properti Nusantara
    CV Maju Jaya Bersama
    CV Karya Tani Sejahtera
    """
)

PARTIES = _lines(
    """
    Partai Kebangkitan Nusantara
    Partai Amanat Rakyat
    Partai Demokrasi Baru
    Partai Persatuan Bangsa
    Partai Gerakan Indonesia Maju
    Partai Solidaritas Pemuda
    Partai Keadilan Sejahtera Nusantara
    Partai Karya Pembangunan
    """
)

CLUBS = _lines(
    """
    Persija Jakarta
    Persib Bandung
    Arema FC
    Persebaya Surabaya
    PSM Makassar
    Bali United
    PSIS Semarang
    Borneo FC
    Madura United
    Persik Kediri
    PSS Sleman
    Dewa United
    Persita Tangerang
    Barito Putera
    RANS Nusantara
    Bhayangkara FC
    """
)

UNIVERSITIES = _lines(
    """
    Universitas Indonesia
    Universitas Gadjah Mada
    Institut Teknologi Bandung
    Universitas Airlangga
    Universitas Padjadjaran
    Universitas Diponegoro
    Universitas Hasanuddin
    Universitas Brawijaya
    Universitas Sumatera Utara
    Universitas Udayana
    """
)

SPORTS_EVENTS = _lines(
    """
    Liga 1
    Piala AFF
    Kualifikasi Piala Dunia
    SEA Games
    Asian Games
    Indonesia Open
    Piala Presiden
    Kejuaraan Dunia Bulu Tangkis
    """
)

DISEASES = _lines(
    """
    demam berdarah dengue
    campak
    difteri
    diare
    tuberkulosis
    infeksi saluran pernapasan akut
    hepatitis
    malaria
    cacar monyet
    gagal ginjal akut
    """
)

COMMODITIES = _lines(
    """
    beras
    cabai merah
    bawang merah
    minyak goreng
    gula pasir
    daging sapi
    telur ayam
    bawang putih
    tepung terigu
    kedelai
    """
)

WEEKDAYS = _words("Senin Selasa Rabu Kamis Jumat Sabtu Minggu")
MONTHS = _words("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember")
MONTHS_SHORT = _words("Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des")

SAY_VERBS = _words("kata ujar ungkap jelas tutur terang tegas imbuh sebut")
SAY_VERBS_PREFIXED = _words("mengatakan menjelaskan menuturkan mengungkapkan menegaskan menyebutkan menilai")
CONNECTORS = _lines(
    """
    Selain itu,
    Di sisi lain,
    Sementara itu,
    Sebelumnya,
    Adapun
    Menurut dia,
    Dalam kesempatan itu,
    Lebih lanjut,
    Meski demikian,
    Oleh karena itu,
    Pada saat yang sama,
    Tak hanya itu,
    """
)

PHOTO_AGENCIES = _lines(
    """
    ANTARA FOTO
    KOMPAS.com
    ANTARA
    AFP
    Reuters
    Tempo
    CNN Indonesia
    Liputan6.com
    Dok. Humas
    Istimewa
    """
)

CAPTION_SCENES = _lines(
    """
    Petugas memeriksa lokasi kejadian
    Warga beraktivitas di sekitar lokasi
    Suasana rapat koordinasi di kantor pemerintah daerah
    Sejumlah kendaraan melintas di jalan utama
    Aparat keamanan berjaga di depan gedung
    Pedagang melayani pembeli di pasar tradisional
    Relawan menyalurkan bantuan kepada warga
    Para pemain berlatih di lapangan
    Tenaga kesehatan melayani pasien di puskesmas
    Petugas menunjukkan barang bukti saat konferensi pers
    Pengunjung memadati area pameran
    Foto udara kawasan permukiman warga
    """
)

HASHTAG_WORDS = _words(
    """
    beritaterkini beritanasional beritadaerah politik hukum ekonomi bencana olahraga kesehatan
    internasional viral pemilu korupsi cuaca sepakbola infografis jakarta jawabarat jawatimur
    sumatera kalimantan sulawesi papua bali inflasi harga kpk polri bmkg gempa banjir diplomasi
    """
)

RIVERS = _names(
    """
    Ciliwung Citarum Bengawan_Solo Brantas Kapuas Mahakam Musi Batanghari Cisadane Serayu Progo
    Deli Barito Jeneberang Krueng_Aceh Bengkulu Kampar Indragiri Siak Cimanuk
    """
)
MARKETS = _names(
    """
    Induk Kramat_Jati Senen Beringharjo Johar Klewer Kosambi Turi Anyar Baru Sentral Minggu Cik_Puk
    Terong Bersehati Raya Tanah_Abang Peterongan Wonokromo Gede_Bage
    """
)
STADIUMS = _names(
    """
    Gelora_Bung_Karno Jakarta_International_Stadium Gelora_Bandung_Lautan_Api Kanjuruhan Gelora_Bung_Tomo
    Maguwoharjo Jatidiri Kapten_I_Wayan_Dipta Segiri Gelora_Joko_Samudro Manahan Si_Jalak_Harupat
    """
)
PROJECTS = _lines(
    """
    pembangunan jalan lingkar
    pengadaan alat kesehatan
    renovasi pasar tradisional
    pembangunan jembatan penghubung
    penyaluran bantuan sosial
    pengadaan sistem informasi desa
    pembangunan gedung DPRD
    pengadaan seragam sekolah
    rehabilitasi irigasi
    pembangunan rumah sakit daerah
    pengadaan lahan kantor bupati
    pengelolaan dana hibah olahraga
    """
)
DIRECTIONS = _names("barat barat_daya barat_laut timur timur_laut tenggara selatan utara")
NUM_WORDS = _words("dua tiga empat lima enam tujuh")

# Word swaps a copy editor makes between two versions of one article.
COPY_EDITS: dict[str, str] = {
    "mengatakan": "menyatakan",
    "menyatakan": "mengatakan",
    "sejumlah": "beberapa",
    "beberapa": "sejumlah",
    "warga": "penduduk",
    "kata": "ujar",
    "ujar": "kata",
    "sekitar": "kurang lebih",
    "masih": "hingga kini masih",
    "telah": "sudah",
    "sudah": "telah",
    "tersebut": "itu",
    "namun": "tetapi",
    "segera": "secepatnya",
    "meminta": "mengimbau",
}

# Short words left lower-case in headlines ("Banjir Rendam 200 Rumah di Garut").
TITLE_SMALL_WORDS = frozenset(_words("di ke dari dan yang untuk atas vs per pada dengan oleh jadi"))

VEHICLES = _lines(
    """
    bus
    truk
    minibus
    bus pariwisata
    truk tangki
    mobil boks
    """
)
