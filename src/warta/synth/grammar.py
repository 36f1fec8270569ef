# ruff: noqa: E501  (one template per line reads better than wrapped templates)
"""Sentence templates for synthetic Indonesian news, grouped by event type.

Template syntax: ``{slot}`` is filled from the article context, ``[a|b|c]`` picks one alternative
(alternatives may hold slots, not other brackets). Slot names are listed in ``generator.py``.
Capitalised person slots (``{P1}``) give a first mention with role and full name; lower-case ones
(``{p1}``) the short name used afterwards. Templates are written to be recombined: every few words
there is a slot or an alternative, so that two articles on the same kind of event share few
word 5-grams.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Slot:
    """A named hole in a template."""

    name: str


# A compiled template: literal strings, Slot objects and alternative groups (tuples whose items are
# literal strings or nested templates).
Template = tuple[Any, ...]

_TOKEN = re.compile(r"\[([^\]]*)\]|\{(\w+)\}")


def compile_template(text: str) -> Template:
    """Compile ``text`` into a tuple of literal strings, :class:`Slot` objects and alternative groups."""
    parts: list[Any] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            parts.append(text[pos : m.start()])
        if m.group(1) is not None:
            # A literal alternative is stored as a plain string: no recursion when rendering it.
            alts = (compile_template(alt) for alt in m.group(1).split("|"))
            parts.append(tuple(a[0] if len(a) == 1 and type(a[0]) is str else (a or "") for a in alts))
        else:
            parts.append(Slot(m.group(2)))
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
    return tuple(parts)


def compile_all(block: str) -> tuple[Template, ...]:
    """Compile one template per non-empty line of ``block``."""
    return tuple(compile_template(line.strip()) for line in block.strip().splitlines() if line.strip())


@dataclass(frozen=True, slots=True)
class EventGrammar:
    """Templates for one kind of event."""

    name: str
    section: str
    titles: tuple[Template, ...]
    leads: tuple[Template, ...]
    followups: tuple[Template, ...]
    details: tuple[Template, ...]
    quotes: tuple[tuple[int, Template], ...]  # (speaker 1-3, template)
    indirect: tuple[Template, ...]
    hashtags: tuple[str, ...]


def _quotes(block: str) -> tuple[tuple[int, Template], ...]:
    # A leading "@2 " or "@3 " says who would plausibly say the line (default: the main official).
    out: list[tuple[int, Template]] = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        speaker = 1
        if line.startswith("@"):
            speaker, line = int(line[1]), line[3:]
        out.append((speaker, compile_template(line)))
    return tuple(out)


def _event(name: str, section: str, hashtags: str, *, quotes: str, **blocks: str) -> EventGrammar:
    return EventGrammar(
        name=name,
        section=section,
        hashtags=tuple(hashtags.split()),
        quotes=_quotes(quotes),
        **{key: compile_all(value) for key, value in blocks.items()},
    )


BANJIR = _event(
    "banjir",
    "regional",
    "banjir bencana cuaca beritadaerah",
    titles="""
        Banjir [Rendam|Terjang|Landa] {n2} Rumah di {district}, {n1} Warga Mengungsi
        {n1} Warga {district} Mengungsi Akibat Banjir [Setinggi|Hingga] {depth_m} Meter
        BPBD: Banjir di {district} [Meluas|Mulai Surut], {n2} Rumah Terdampak
        Sungai {river} Meluap, [Ribuan|Ratusan] Rumah di {district} Terendam
        {P1short} Tinjau Lokasi Banjir di {village}
        Hujan Deras Picu Banjir dan Longsor di {district}
    """,
    leads="""
        Banjir [merendam|melanda|menerjang] {n2} rumah warga di {district}, {prov}, {evday}, setelah hujan deras mengguyur wilayah itu [sejak dini hari|selama lebih dari {x} jam|sejak sore hari].
        Sebanyak {n1} warga di {district}, {prov}, terpaksa mengungsi [setelah|karena] Sungai {river} meluap {evday}.
        Air setinggi {depth_m} meter [merendam|menggenangi] permukiman di {village}, {district}, {evday}, [memaksa|membuat] {n1} warga [meninggalkan rumah|mengungsi ke tempat yang lebih tinggi].
        [Hujan lebat|Hujan dengan intensitas tinggi] yang turun {evday} menyebabkan banjir di {x} kecamatan di {district}, {prov}.
    """,
    followups="""
        Banjir yang [melanda|merendam] {district} sejak {rel} [mulai surut|belum juga surut|kembali meninggi] pada {evday}, [namun|sementara] {n1} warga masih bertahan di pengungsian.
        Jumlah rumah terdampak banjir di {district} [bertambah menjadi|kini mencapai] {n2} unit, [menurut data terbaru|berdasarkan pendataan] {org} {evday}.
        {P1} [meninjau|mengunjungi] posko pengungsian korban banjir di {village}, {district}, {evday}.
    """,
    details="""
        Ketinggian air [di sejumlah titik|di permukiman warga|di jalan utama] [mencapai|sempat mencapai] {depth_m} meter [pada puncaknya|saat hujan masih turun].
        [Petugas gabungan|Tim SAR gabungan|Personel BPBD] [mengevakuasi|membantu evakuasi] {x} warga lanjut usia dan {y} balita menggunakan perahu karet.
        Jalan {street} [tidak dapat dilalui|lumpuh total|hanya bisa dilewati kendaraan besar] [selama beberapa jam|hingga sore hari|sejak pagi].
        [Posko pengungsian|Dapur umum] [didirikan|dibuka] di [balai desa|masjid|gedung sekolah|kantor kecamatan] {village} untuk menampung warga.
        Banjir juga [merusak|menggenangi] {x} sekolah, {y} tempat ibadah, dan sekitar {big} hektare sawah [yang siap panen|milik warga].
        [Listrik di kawasan itu|Aliran listrik] [dipadamkan sementara|sempat padam] [demi keselamatan warga|untuk mencegah korsleting].
        [BMKG|Badan Meteorologi] memperkirakan hujan [dengan intensitas sedang hingga lebat|lebat disertai angin kencang] masih akan turun [hingga {x} hari ke depan|sepanjang pekan ini].
        Warga [mulai membersihkan|bergotong royong membersihkan] lumpur [yang masuk ke rumah|sisa banjir] [setelah air surut|sejak pagi].
        [Bantuan berupa|Pemerintah daerah menyalurkan] {x} ton beras, mi instan, selimut, dan air bersih [untuk para pengungsi|ke posko pengungsian].
        Tanggul di tepi Sungai {river} [jebol sepanjang|dilaporkan retak sepanjang] {y} meter [akibat derasnya arus|sehingga air masuk ke permukiman].
        [Tidak ada|Belum ada] laporan korban jiwa, [namun|meski] {x} warga [mengalami luka ringan|dilaporkan hanyut dan masih dicari].
        Kerugian akibat banjir [ditaksir|diperkirakan] mencapai {rp} [dan masih terus didata|menurut perhitungan sementara].
    """,
    quotes="""
        Kami sudah [mengerahkan|menurunkan] {x} perahu karet dan [ratusan|puluhan] personel untuk membantu evakuasi warga
        Prioritas kami saat ini [keselamatan warga|memenuhi kebutuhan pengungsi], terutama [anak-anak dan lansia|ibu hamil dan balita]
        @2 Air naik cepat sekali, [dalam hitungan menit|kurang dari satu jam] sudah sepinggang orang dewasa
        Kami imbau warga di bantaran Sungai {river} untuk [tetap waspada|segera mengungsi] [karena hujan masih berpotensi turun|jika air kembali naik]
        [Status tanggap darurat|Status siaga] kami tetapkan [selama {x} hari|sampai situasi kembali normal]
        @2 Saya sudah [tiga kali|berkali-kali] kebanjiran tahun ini, [barang-barang habis semua|kami butuh solusi permanen]
    """,
    indirect="""
        [pihaknya|pemerintah daerah] [telah menyiapkan|sudah menyalurkan] bantuan logistik [untuk {n1} pengungsi|ke seluruh posko]
        normalisasi Sungai {river} akan [dipercepat|dimulai] [tahun depan|setelah musim hujan berakhir]
        [banjir kali ini|genangan tersebut] [lebih parah|lebih luas] dibanding tahun lalu [karena drainase tersumbat|akibat alih fungsi lahan]
        warga [diminta|diimbau] tidak kembali ke rumah [sebelum air benar-benar surut|hingga kondisi dinyatakan aman]
    """,
)

GEMPA = _event(
    "gempa",
    "nasional",
    "gempa bmkg bencana beritaterkini",
    titles="""
        Gempa Magnitudo {mag} Guncang {district}, [Tidak Berpotensi Tsunami|Warga Panik Berhamburan]
        BMKG: Gempa M{mag} di {district} Dipicu [Aktivitas Sesar Aktif|Subduksi Lempeng]
        {n2} Rumah Rusak Akibat Gempa di {district}
        Gempa {district}: {n3} Orang Luka, Ratusan Warga Mengungsi
        [Gempa Susulan Terus Terjadi|Puluhan Gempa Susulan Tercatat] di {district}
    """,
    leads="""
        Gempa bumi bermagnitudo {mag} [mengguncang|menggoyang] wilayah {district}, {prov}, {evday} pukul {hour}.
        [Warga|Ratusan warga] {district}, {prov}, [berhamburan keluar rumah|panik] saat gempa magnitudo {mag} terjadi {evday} [pagi|siang|malam].
        Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa magnitudo {mag} [di|mengguncang] {district}, {prov}, pada {evday}.
    """,
    followups="""
        [Jumlah rumah rusak|Data kerusakan] akibat gempa magnitudo {mag} di {district} [bertambah menjadi|mencapai] {n2} unit hingga {evday}.
        [Sebanyak|Setidaknya] {n3} orang [mengalami luka|dirawat di rumah sakit] [setelah|akibat] gempa yang mengguncang {district} {rel}.
        BMKG mencatat {x} kali gempa susulan di {district} [sejak|setelah] gempa utama {rel}.
    """,
    details="""
        Pusat gempa berada [di darat|di laut] pada jarak {km} kilometer arah {dir} {district} dengan kedalaman {depth} kilometer.
        [Guncangan|Getaran] gempa [dirasakan|terasa cukup kuat] hingga {place2} dengan skala [III|IV|III-IV|V] MMI.
        [Hasil pemodelan|Analisis] BMKG menunjukkan gempa tersebut tidak berpotensi [menimbulkan|memicu] tsunami.
        [Sejumlah|Beberapa] bangunan [mengalami retak|rusak ringan], [termasuk|di antaranya] {x} sekolah dan {y} rumah ibadah.
        [Warga|Sebagian warga] memilih [bermalam di tenda darurat|tidur di luar rumah] karena khawatir gempa susulan.
        Gempa [tersebut|ini] merupakan jenis gempa [dangkal|menengah] akibat aktivitas [sesar aktif|deformasi batuan|subduksi lempeng].
        [Tim reaksi cepat|Petugas BPBD] [langsung diterjunkan|segera bergerak] untuk [mendata kerusakan|memeriksa kondisi bangunan] [di {x} kecamatan|di lokasi terdampak].
        Hingga pukul {hour}, BMKG mencatat {x} gempa susulan dengan magnitudo terbesar {mag2}.
        [Aktivitas belajar|Kegiatan belajar mengajar] di {x} sekolah [dihentikan sementara|diliburkan] [untuk memastikan keamanan gedung|sampai pemeriksaan selesai].
        [Rumah sakit daerah|RSUD setempat] [mendirikan tenda|memindahkan pasien] ke halaman [karena khawatir|sebagai langkah antisipasi].
    """,
    quotes="""
        Masyarakat [diimbau tetap tenang|kami minta tidak panik] dan [tidak terpancing isu|tidak mempercayai kabar] yang tidak dapat dipertanggungjawabkan
        @2 Guncangannya [keras sekali|terasa lama], [lemari sampai roboh|kami langsung lari keluar rumah]
        Kami masih [mendata|memverifikasi] jumlah rumah yang rusak, [datanya bisa bertambah|laporan terus masuk]
        Hindari bangunan yang [retak|rusak] akibat gempa, [periksa dulu|pastikan dulu] kondisinya sebelum kembali ke dalam rumah
        Gempa susulan [masih mungkin terjadi|diperkirakan terus terjadi] dengan kekuatan yang [lebih kecil|semakin melemah]
    """,
    indirect="""
        gempa tersebut [dipicu|disebabkan] aktivitas sesar [yang belum terpetakan|aktif di wilayah itu]
        [pihaknya|tim di lapangan] masih [mendata|menghitung] kerugian akibat gempa
        warga [diminta|diimbau] menjauhi tebing [yang rawan longsor|karena potensi runtuhan]
        [bantuan tenda|logistik darurat] sudah dikirim ke [{x} desa|desa-desa] terdampak
    """,
)

PEMILU = _event(
    "pemilu",
    "politik",
    "pemilu politik kpu bawaslu",
    titles="""
        KPU [Tetapkan|Umumkan] {n1} [Daftar Calon Tetap|Calon Anggota Legislatif] di {prov}
        Bawaslu [Temukan|Catat] {x} Dugaan Pelanggaran Kampanye di {district}
        {party} Klaim Raih Suara Terbanyak di {district}
        {P3short} Bantah Lakukan Politik Uang Jelang Pemungutan Suara
        Rekapitulasi Suara di {district} [Molor|Berjalan Lancar], Saksi {party2} Ajukan Keberatan
        Debat Kandidat Gubernur {prov} Soroti [Kemiskinan|Lapangan Kerja|Infrastruktur]
    """,
    leads="""
        Komisi Pemilihan Umum (KPU) {prov} [menetapkan|mengumumkan] {n1} [calon anggota legislatif|daftar calon tetap] untuk [pemilu mendatang|Pemilu 2024] pada {evday}.
        Badan Pengawas Pemilu (Bawaslu) {district} [mencatat|menemukan] {x} dugaan pelanggaran kampanye [selama sepekan terakhir|sejak masa kampanye dimulai], [kata|menurut] {P1} {evday}.
        Rapat pleno rekapitulasi suara [tingkat kabupaten|tingkat provinsi] di {district} [berlangsung alot|diwarnai interupsi] pada {evday}.
        {party} [mengklaim|menyatakan] unggul [di {x} dari {y} daerah pemilihan|dalam hitung cepat internal] di {prov}, {evday}.
    """,
    followups="""
        [Polemik|Sengketa] hasil rekapitulasi suara di {district} [berlanjut|memasuki babak baru] setelah {party2} [melapor|mengajukan gugatan] ke Bawaslu {evday}.
        {P1} kembali [angkat bicara|memberikan penjelasan] soal dugaan politik uang di {district} pada {evday}.
    """,
    details="""
        [Partisipasi pemilih|Tingkat partisipasi] di {district} [tercatat|mencapai] {turnout}, [naik|turun] dibanding pemilu sebelumnya.
        [Pelanggaran|Temuan] tersebut [meliputi|antara lain] pemasangan alat peraga kampanye di [fasilitas umum|rumah ibadah|sekolah] dan [dugaan ketidaknetralan aparatur sipil negara|pembagian sembako].
        [Sebanyak|Total] {big} [tempat pemungutan suara|TPS] tersebar di {x} kecamatan di {district}.
        [Saksi dari|Perwakilan] {party2} [meminta|menuntut] penghitungan ulang di {x} TPS [karena selisih suara|yang dinilai bermasalah].
        [Logistik pemilu|Surat suara dan kotak suara] [telah didistribusikan|mulai dikirim] ke [seluruh kecamatan|desa-desa terpencil] [sejak {rel}|menggunakan perahu dan kendaraan roda dua].
        {P3} [dilaporkan|diduga] [membagikan uang|menjanjikan bantuan] kepada warga di {village} [saat masa tenang|menjelang pencoblosan].
        [Ketua tim pemenangan|Juru bicara] {party} [menyebut|menilai] hasil [hitung cepat|penghitungan sementara] [sudah sesuai harapan|masih bisa berubah].
        [Aparat keamanan|Sebanyak {big} personel gabungan TNI-Polri] [disiagakan|dikerahkan] untuk [mengamankan|mengawal] [proses rekapitulasi|distribusi logistik].
    """,
    quotes="""
        Kami [akan menindaklanjuti|sudah memproses] setiap laporan [sesuai aturan|secara profesional], tidak ada yang [kami tutup-tutupi|dikecualikan]
        Semua tahapan [berjalan sesuai jadwal|sudah kami laksanakan], kami [terbuka terhadap|mempersilakan] keberatan dari peserta pemilu
        @3 Kami [menang|unggul] di {x} daerah pemilihan, itu [hasil kerja keras|buah kerja] seluruh kader
        @3 Tuduhan itu [tidak berdasar|fitnah], saya tidak pernah [membagikan uang|memerintahkan siapa pun] kepada warga
        @2 Kami menemukan [selisih|perbedaan] suara di {x} TPS dan meminta [penghitungan ulang|pemeriksaan ulang]
    """,
    indirect="""
        KPU [menjamin|memastikan] proses rekapitulasi [transparan|dapat disaksikan semua pihak]
        [partainya|pihaknya] akan [menempuh jalur hukum|membawa sengketa ke Mahkamah Konstitusi] jika keberatan tidak ditanggapi
        [pengawas|Bawaslu] telah [memanggil|meminta klarifikasi] {x} orang terkait dugaan politik uang
        [aparatur sipil negara|kepala desa] yang terbukti tidak netral akan [dikenai sanksi|dilaporkan ke komisi terkait]
    """,
)

KORUPSI = _event(
    "korupsi",
    "hukum",
    "korupsi kpk hukum beritanasional",
    titles="""
        KPK Tetapkan {P3short} Tersangka Korupsi [Proyek|Pengadaan] {project}
        {P3short} [Ditahan|Diperiksa] KPK Terkait Dugaan Suap {project}
        Kerugian Negara Kasus {project} Capai {loss}
        {P3short} Bantah Terima Suap dari {company}
        KPK [Geledah|Sita Dokumen dari] Kantor {company}
        Jaksa Tuntut {P3short} {x} Tahun Penjara
    """,
    leads="""
        Komisi Pemberantasan Korupsi (KPK) [menetapkan|mengumumkan] {P3} sebagai tersangka [kasus dugaan korupsi|perkara suap] [proyek|pengadaan] {project} pada {evday}.
        [Penyidik KPK|Tim penyidik] [memeriksa|memanggil] {P3} [terkait|dalam] kasus dugaan suap [proyek|pengadaan] {project} di {district}, {evday}.
        KPK [menahan|melakukan penahanan terhadap] {P3} [selama 20 hari pertama|usai menjalani pemeriksaan] dalam kasus [korupsi|gratifikasi] {project}, {evday}.
        Jaksa penuntut umum [menuntut|meminta majelis hakim menghukum] {P3} [pidana penjara|hukuman] {x} tahun dalam perkara korupsi {project} di Pengadilan Tipikor {place}, {evday}.
    """,
    followups="""
        [Kuasa hukum|Tim pengacara] {p3} [mengajukan praperadilan|menyatakan keberatan] atas penetapan tersangka kliennya [pada|sejak] {evday}.
        KPK kembali [memeriksa|memanggil] {x} saksi dalam kasus dugaan korupsi {project} yang menjerat {p3}, {evday}.
        [Penyidik|KPK] [menggeledah|menyita dokumen dari] kantor {company} [di|yang berlokasi di] {place} terkait kasus {p3} pada {evday}.
    """,
    details="""
        {p3} diduga [menerima|meminta] [suap|uang pelicin|komisi] sebesar {rp} dari {company} [untuk memenangkan tender|agar proyek dicairkan].
        [Akibat perbuatan tersangka|Dalam perkara ini], negara [diduga merugi|mengalami kerugian] [sekitar|hingga] {loss} [berdasarkan audit BPK|menurut perhitungan auditor].
        [Penyidik|Tim KPK] [menyita|mengamankan] [uang tunai|barang bukti berupa uang] {rp}, [dokumen proyek|sejumlah dokumen], dan {x} unit kendaraan.
        [Atas perbuatannya, {p3}|Tersangka] [disangkakan|dijerat] Pasal 12 huruf a atau Pasal 11 Undang-Undang Tindak Pidana Korupsi.
        [Proyek|Paket pekerjaan] {project} [bernilai|memiliki nilai kontrak] {rp} dan [dibiayai|bersumber dari] [APBD {prov}|APBN] tahun anggaran {year}.
        [Selain|Bersama] {p3}, KPK juga [menetapkan|menahan] {x} tersangka lain, [termasuk|di antaranya] direktur {company}.
        {p3} [tiba|datang] di Gedung Merah Putih KPK [sekitar pukul|pada pukul] {hour} [mengenakan kemeja putih|didampingi kuasa hukumnya].
        [Usai diperiksa|Keluar dari ruang pemeriksaan], {p3} [enggan berkomentar|memilih diam] [dan langsung masuk ke mobil tahanan|kepada awak media].
        [Kasus ini|Perkara tersebut] [bermula dari|terungkap lewat] [laporan masyarakat|operasi tangkap tangan] pada {rel_long}.
    """,
    quotes="""
        [Kami|KPK] [menemukan|telah memiliki] [kecukupan alat bukti|dua alat bukti yang cukup] untuk menaikkan status perkara ke penyidikan
        @3 [Saya tidak pernah|Klien kami tidak pernah] menerima uang sepeser pun dari {company}
        @3 Penetapan tersangka ini [cacat prosedur|tidak sah], kami akan [menempuh praperadilan|melawan secara hukum]
        Kami [mengimbau|meminta] para saksi [kooperatif|memenuhi panggilan] agar [penanganan perkara cepat selesai|perkara ini terang]
        @3 [Uang itu|Dana tersebut] bukan suap, melainkan [pinjaman pribadi|pembayaran utang] yang [sudah dilunasi|tercatat resmi]
        [Tidak ada|Kami pastikan tidak ada] intervensi [politik|dari pihak mana pun] dalam penanganan kasus ini
    """,
    indirect="""
        {p3} [diduga mengatur|diduga ikut mengatur] pemenang lelang [sejak awal|bersama pejabat pembuat komitmen]
        KPK masih [menelusuri|mendalami] aliran dana [ke pihak lain|kepada sejumlah pejabat]
        [penyidik|KPK] tidak [menutup kemungkinan|menampik peluang] adanya tersangka baru
        [kliennya|tersangka] akan bersikap kooperatif [selama proses hukum|dan menghormati proses hukum]
    """,
)

EKONOMI = _event(
    "ekonomi",
    "ekonomi",
    "ekonomi inflasi harga bisnis",
    titles="""
        Harga {commodity} di {place} [Naik|Melonjak|Turun] Jadi {price} per Kilogram
        BPS: Inflasi {prov} [Capai|Tercatat] {infl}, [Dipicu|Didorong] Harga {commodity}
        {P1short} [Minta|Pastikan] Stok {commodity} Aman Jelang [Lebaran|Natal|Akhir Tahun]
        Bank Indonesia Pertahankan Suku Bunga Acuan {rate}
        Pedagang Pasar {market} Keluhkan [Sepinya Pembeli|Harga {commodity} yang Tak Stabil]
        Operasi Pasar {commodity} Digelar di {x} Titik di {district}
    """,
    leads="""
        Harga {commodity} di sejumlah pasar tradisional di {place} [terus merangkak naik|melonjak|mulai turun] [dalam sepekan terakhir|sejak awal bulan], kini [mencapai|berada di kisaran] {price} per kilogram.
        Badan Pusat Statistik (BPS) [mencatat|melaporkan] inflasi [tahunan|bulanan] {prov} pada {month_prev} sebesar {infl}, [lebih tinggi|lebih rendah] dari bulan sebelumnya.
        Pemerintah [menggelar|memperluas] operasi pasar {commodity} di {x} titik di {district} untuk [menekan|meredam] lonjakan harga, {evday}.
        Bank Indonesia (BI) [memutuskan|kembali memutuskan] [mempertahankan|menaikkan] suku bunga acuan di level {rate} dalam Rapat Dewan Gubernur {evday}.
    """,
    followups="""
        [Lonjakan|Kenaikan] harga {commodity} di {place} [belum mereda|masih berlanjut|mulai melandai] hingga {evday}, [meski operasi pasar sudah digelar|menurut pantauan di lapangan].
        {P1} [meninjau|mengecek] harga {commodity} di Pasar {market}, {place}, {evday}.
    """,
    details="""
        [Di Pasar {market}|Di pasar induk], harga {commodity} [naik|melonjak] dari {price_old} menjadi {price} per kilogram [dalam dua pekan|sejak {rel}].
        [Komoditas|Kelompok] [makanan, minuman, dan tembakau|bahan makanan] [memberi andil|menyumbang] {pct_small} terhadap inflasi [bulan ini|periode tersebut].
        [Pedagang|Para pedagang] [mengeluhkan|mengaku] [pasokan dari sentra produksi berkurang|penjualan turun hingga {x} persen] [akibat cuaca buruk|karena pembeli mengurangi belanja].
        Pemerintah [menyiapkan|menyalurkan] {big} ton {commodity} [dari cadangan Bulog|hasil impor] [untuk menstabilkan harga|ke pasar-pasar utama].
        [Pertumbuhan ekonomi|Ekonomi] {prov} pada [kuartal sebelumnya|triwulan lalu] tercatat {growth}, [ditopang konsumsi rumah tangga|didorong ekspor].
        Nilai tukar rupiah [ditutup melemah|menguat] ke level Rp{usd} per dolar AS [pada perdagangan {evday}|sore tadi].
        [Harga eceran tertinggi|HET] {commodity} [ditetapkan|masih dipatok] {price_old} per kilogram, [namun|sehingga] [banyak pedagang menjual di atas ketentuan|pengawasan diperketat].
        [Ibu rumah tangga|Konsumen] [mengaku|mengeluh] harus [mengurangi belanja|mengganti menu] [karena harga terus naik|demi menghemat pengeluaran].
        [Satgas Pangan|Tim pengawas] [menemukan|mendapati] {x} gudang yang diduga [menimbun|menahan stok] {commodity} di {district}.
    """,
    quotes="""
        Stok {commodity} [aman|mencukupi] hingga [{x} bulan ke depan|akhir tahun], masyarakat tidak perlu [panik|memborong]
        [Kenaikan harga|Lonjakan ini] lebih banyak dipicu [faktor cuaca|gangguan distribusi], bukan [kelangkaan stok|penimbunan]
        @2 Biasanya saya jual {price_old}, sekarang [terpaksa|harus] {price} karena [dari agen sudah naik|modalnya naik]
        Kebijakan ini [konsisten|sejalan] dengan upaya menjaga inflasi [dalam sasaran|tetap terkendali] dan stabilitas nilai tukar
        Kami akan [menindak tegas|memproses hukum] siapa pun yang [menimbun|mempermainkan harga] {commodity}
    """,
    indirect="""
        inflasi [diperkirakan|diproyeksikan] [kembali ke kisaran sasaran|mereda] pada [akhir tahun|semester depan]
        [pemerintah|pihaknya] akan [menambah|memperluas] titik operasi pasar [jika harga belum turun|hingga harga stabil]
        daya beli masyarakat [masih terjaga|mulai tertekan] [meski harga pangan naik|akibat kenaikan harga]
        [impor|tambahan pasokan] {commodity} [tidak diperlukan|baru akan diputuskan] [dalam waktu dekat|setelah evaluasi]
    """,
)

DIPLOMASI = _event(
    "diplomasi",
    "internasional",
    "diplomasi internasional beritainternasional",
    titles="""
        Indonesia dan {country} Sepakati Kerja Sama [Energi|Perdagangan|Pertahanan|Pendidikan]
        {P1short} Bertemu {fleader_role} di {fcity}, Bahas [Isu Kawasan|Investasi|Perlindungan WNI]
        Indonesia [Kecam|Sesalkan] [Serangan|Tindakan] {country}, Desak [Gencatan Senjata|Dialog]
        {x} WNI [Dievakuasi dari|Berhasil Dipulangkan dari] {country}
        {country} [Tuding|Tuduh] Negara Barat [Campuri Urusan Dalam Negeri|Picu Ketegangan]
    """,
    leads="""
        {P1} [bertemu|mengadakan pertemuan bilateral dengan] {fleader_role} {fleader} di {fcity}, {country}, pada {evday} [untuk membahas|guna memperkuat] [kerja sama ekonomi|isu kawasan|perlindungan pekerja migran].
        Pemerintah Indonesia [mengecam|menyesalkan] [serangan|eskalasi kekerasan] yang terjadi di {country} dan [mendesak|meminta] semua pihak [menahan diri|kembali ke meja perundingan], {evday}.
        [Sebanyak|Sedikitnya] {x} warga negara Indonesia (WNI) [berhasil dievakuasi|dipulangkan] dari {country} [melalui jalur darat|menggunakan pesawat khusus], {evday}.
        {fleader_role} {fleader} [menuding|menuduh] [negara-negara Barat|Amerika Serikat dan sekutunya] [memperkeruh situasi|mencampuri urusan dalam negeri] negaranya, [demikian dilaporkan|menurut laporan] {agency} pada {evday}.
    """,
    followups="""
        [Tindak lanjut|Hasil] pertemuan {p1} dengan {fleader} [mulai dibahas|dibahas lebih rinci] dalam [forum tingkat menteri|pertemuan teknis] di {place}, {evday}.
        [Kementerian Luar Negeri|Kemlu] [memastikan|menyatakan] {x} WNI yang tersisa di {country} dalam kondisi aman, {evday}.
    """,
    details="""
        [Kedua negara|Kedua pihak] [menandatangani|menyepakati] {x} nota kesepahaman di bidang [energi terbarukan|perdagangan|pendidikan|kesehatan] [senilai|dengan potensi investasi] {usd_big}.
        [Nilai perdagangan|Volume perdagangan] Indonesia-{country} [tahun lalu|pada {year}] [mencapai|tercatat] {usd_big}, [naik|turun] {pct} dari tahun sebelumnya.
        [Pertemuan tersebut|Pembicaraan itu] [berlangsung|digelar] di sela [KTT ASEAN|Sidang Majelis Umum PBB|forum G20] [selama sekitar satu jam|secara tertutup].
        [Menurut|Dikutip dari] {agency}, [pemerintah {country}|pejabat {country}] [menyebut|menilai] [tuduhan itu|pernyataan tersebut] [tidak berdasar|sebagai propaganda].
        [Kedutaan Besar RI|KBRI] di {fcity} [membuka|menyiagakan] hotline [untuk WNI|bagi warga negara Indonesia] yang [membutuhkan bantuan|terdampak].
        [Indonesia|Pemerintah] [menegaskan|kembali menegaskan] [dukungan bagi penyelesaian damai|komitmen pada hukum internasional] [dalam konflik tersebut|di kawasan].
        [Sebagian besar|Mayoritas] WNI di {country} [merupakan|adalah] [pelajar|pekerja migran|anak buah kapal] dan [keluarga diplomat|anggota keluarga mereka].
        {country} [dituding|dituduh] [memasok senjata|mengirim bantuan militer] ke [pihak yang bertikai|kelompok bersenjata], [namun tuduhan itu dibantah|tudingan yang kemudian dibantah] pejabatnya.
    """,
    quotes="""
        Indonesia [mendorong|mengajak] semua pihak [menghormati kedaulatan|mengutamakan dialog] dan [menghentikan kekerasan|melindungi warga sipil]
        [Kerja sama ini|Kesepakatan ini] [membuka peluang|diharapkan mendorong] investasi baru [di sektor energi|bagi pelaku usaha kedua negara]
        [Keselamatan WNI|Perlindungan WNI] adalah [prioritas utama|prioritas] kami, [tim sudah bergerak|kami terus memantau situasi]
        @3 Tuduhan itu [tidak berdasar|sepenuhnya keliru] dan [merupakan upaya|hanya bagian dari] [menyudutkan negara kami|propaganda]
        Kami [berharap|percaya] [hubungan kedua negara|kemitraan strategis ini] akan [semakin erat|terus berkembang]
    """,
    indirect="""
        [kedua negara|kedua pemimpin] sepakat [memperkuat|meningkatkan] kerja sama [maritim|perdagangan] [dalam lima tahun ke depan|secara konkret]
        [pemerintah|Kemlu] terus [berkoordinasi|berkomunikasi] dengan otoritas {country} [terkait keselamatan WNI|untuk proses evakuasi]
        [situasi keamanan|kondisi] di {fcity} [masih belum stabil|mulai kondusif] [hingga saat ini|menurut laporan terbaru]
        [negaranya|{country}] tidak pernah [memasok senjata|terlibat] [dalam konflik tersebut|seperti yang dituduhkan]
    """,
)

OLAHRAGA = _event(
    "olahraga",
    "olahraga",
    "sepakbola olahraga liga1 timnas",
    titles="""
        {club1} [Tekuk|Kalahkan|Tundukkan] {club2} {score}
        {club1} Ditahan Imbang {club2} {score_draw}
        {player} [Cetak Dua Gol|Jadi Pahlawan], {club1} [Naik ke Posisi {x}|Raih Tiga Poin]
        Pelatih {club2} Akui [Kalah Strategi|Timnya Bermain Buruk] Lawan {club1}
        Laga {club1} vs {club2} [Diwarnai Kericuhan|Ditunda Karena Hujan Deras]
    """,
    leads="""
        {club1} [meraih kemenangan|berhasil menang] {score} atas {club2} dalam lanjutan {competition} di Stadion {stadium}, {place}, {evday} [malam|sore].
        [Gol tunggal|Gol] {player} [menit ke-{minute}|di akhir babak pertama] [membawa|mengantar] {club1} [menang|meraih tiga poin] atas {club2} pada {evday}.
        {club1} [gagal meraih kemenangan|harus puas berbagi poin] [saat menjamu|ketika bertandang ke markas] {club2} dalam laga {competition} {evday}.
    """,
    followups="""
        [Hasil|Kemenangan] {club1} atas {club2} {rel} [membuat|mengantar] mereka [naik ke posisi {x}|kokoh di papan atas] klasemen {competition}.
        [Komisi Disiplin PSSI|Komdis] [menyidangkan|memeriksa] [kericuhan|insiden] pada laga {club1} kontra {club2} {rel}, {evday}.
    """,
    details="""
        [Tuan rumah|{club1}] [langsung tampil menekan|menguasai jalannya laga] [sejak menit awal|di babak pertama] dengan [penguasaan bola {pct_int} persen|serangan dari sayap].
        {player} [membuka keunggulan|mencetak gol] [pada menit ke-{minute}|lewat sundulan|melalui tendangan bebas] [memanfaatkan umpan silang|setelah menerima umpan] {player2}.
        [Wasit|Pengadil lapangan] [mengeluarkan|memberikan] {x} kartu kuning dan [satu kartu merah|tidak ada kartu merah] [sepanjang laga|dalam pertandingan itu].
        [Sekitar|Lebih dari] {big} [penonton|suporter] [memadati|hadir di] Stadion {stadium} [meski hujan turun|sejak sore].
        [Dengan hasil ini|Tambahan tiga poin ini membuat] {club1} [mengoleksi|mengumpulkan] {points} poin dari {games} pertandingan.
        [Di babak kedua|Setelah turun minum], {club2} [mencoba bangkit|meningkatkan tempo] [namun penyelesaian akhir kurang sempurna|tetapi gagal menembus pertahanan lawan].
        [Laga ini|Pertandingan ini] juga [menjadi debut|menjadi laga perdana] {player2} [bersama|di] {club1} [setelah didatangkan|sejak bergabung] [pada bursa transfer|awal musim].
        [Aparat keamanan|Panitia pelaksana] [memperketat|menambah] pengamanan [di sekitar stadion|di pintu masuk] [untuk mencegah|demi menghindari] [bentrokan suporter|penonton tanpa tiket].
    """,
    quotes="""
        [Saya bangga dengan|Terima kasih kepada] [pemain|anak-anak] yang [bermain disiplin|bekerja keras] [sepanjang laga|sampai menit akhir]
        @3 Kami [kalah di lini tengah|kurang efektif], itu harus [diperbaiki|kami evaluasi] [sebelum laga berikutnya|secepatnya]
        @2 Gol ini saya [persembahkan|dedikasikan] untuk [keluarga|suporter] yang [selalu mendukung|datang ke stadion]
        @3 [Wasit|Keputusan wasit] [merugikan|sangat merugikan] kami, [jelas ada pelanggaran|itu bukan penalti]
        Target kami [tetap juara|masuk empat besar], [perjalanan masih panjang|masih ada {x} laga lagi]
    """,
    indirect="""
        [timnya|anak asuhnya] [tampil di bawah performa|kelelahan] [karena jadwal padat|setelah perjalanan jauh]
        [manajemen|klub] akan [mengajukan banding|melayangkan protes] atas [keputusan wasit|sanksi Komdis]
        [kemenangan ini|hasil tersebut] [menjadi modal|menambah kepercayaan diri] [menghadapi laga tandang|untuk laga berikutnya]
        {player} [mengalami cedera ringan|dibekap cedera] dan [diragukan tampil|masih menjalani pemeriksaan]
    """,
)

KESEHATAN = _event(
    "kesehatan",
    "kesehatan",
    "kesehatan penyakit dinkes puskesmas",
    titles="""
        Kasus {disease} di {district} [Melonjak|Meningkat], {n3} Orang Dirawat
        Dinkes {prov} Tetapkan KLB {disease} di {district}
        {n3} Anak Terjangkit {disease}, [Puskesmas|RSUD] {place} Kewalahan
        {P1short} Minta Warga Waspadai {disease} [Saat Musim Hujan|Jelang Pancaroba]
        Vaksinasi {disease} [Digelar|Dikebut] di {x} Kecamatan
    """,
    leads="""
        Kasus {disease} di {district}, {prov}, [melonjak|meningkat tajam] [dalam sebulan terakhir|sejak awal tahun] dengan {n3} [pasien|kasus] [tercatat|dilaporkan] hingga {evday}.
        Dinas Kesehatan {prov} [menetapkan status kejadian luar biasa|menaikkan status kewaspadaan] {disease} di {district} [pada|sejak] {evday}.
        [Sebanyak|Sedikitnya] {n3} warga {district} [dirawat|harus menjalani perawatan] di rumah sakit [karena|akibat] {disease}, {evday}.
    """,
    followups="""
        [Jumlah kasus|Penderita] {disease} di {district} [bertambah menjadi|mencapai] {n3} [orang|kasus] hingga {evday}, {x} di antaranya meninggal dunia.
        [Pemerintah|Dinkes] [memperluas|mempercepat] [vaksinasi|pengasapan] di {district} menyusul [lonjakan|tambahan] kasus {disease} {rel}.
    """,
    details="""
        [Sebagian besar|Mayoritas] pasien [merupakan|adalah] anak-anak [berusia di bawah {x} tahun|usia sekolah] [yang tinggal di|dari] {village}.
        [Petugas|Tim surveilans] [melakukan|menggelar] [pengasapan|fogging] dan [pemeriksaan jentik|penyelidikan epidemiologi] di {x} RT [sejak {rel}|pekan ini].
        [Rumah sakit|RSUD] {place} [menambah|menyiapkan] {x} tempat tidur [khusus|tambahan] untuk [pasien {disease}|menampung pasien].
        [Kasus kematian|Korban meninggal] [tercatat|dilaporkan] {deaths} orang, [seluruhnya|sebagian besar] [terlambat dibawa ke fasilitas kesehatan|memiliki penyakit penyerta].
        [Cakupan imunisasi|Capaian vaksinasi] di {district} [baru mencapai|masih di bawah] {pct}, [jauh dari target|di bawah target nasional].
        [Warga|Masyarakat] diminta [menerapkan 3M Plus|menjaga kebersihan lingkungan] dan [segera memeriksakan diri|segera ke puskesmas] jika mengalami [demam tinggi|gejala] [lebih dari {x} hari|berkepanjangan].
        [Kementerian Kesehatan|Kemenkes] [mengirim|menyalurkan] {big} [dosis vaksin|paket obat] [ke daerah itu|untuk penanganan wabah] {rel}.
        [Anggaran|Dana] penanganan {disease} [disiapkan|dialokasikan] sebesar {rp} dari [APBD|dana tak terduga].
    """,
    quotes="""
        Kami [minta|imbau] orang tua [segera membawa anak|tidak menunda membawa anak] ke fasilitas kesehatan [jika demam tidak turun|bila muncul gejala]
        [Lonjakan kasus|Peningkatan kasus] ini [berkaitan dengan|dipicu] [musim hujan|rendahnya cakupan imunisasi] [dan lingkungan yang kurang bersih|di wilayah itu]
        @3 [Ruang perawatan|Bangsal anak] kami [sudah penuh|hampir penuh], [sebagian pasien dirawat di lorong|kami terpaksa menambah tempat tidur]
        Vaksin [aman dan halal|sudah tersedia], jangan [percaya hoaks|ragu] [yang beredar di media sosial|membawa anak untuk imunisasi]
        @2 [Anak saya|Dua anak saya] [demam tinggi sudah tiga hari|sempat kejang], [kami langsung bawa ke puskesmas|akhirnya dirujuk ke rumah sakit]
    """,
    indirect="""
        [kasus|penularan] {disease} [diperkirakan|diprediksi] [memuncak|masih meningkat] [pada bulan depan|selama musim hujan]
        [puskesmas|fasilitas kesehatan] [diminta|telah diinstruksikan] [melapor setiap hari|melaporkan kasus baru dalam 24 jam]
        [ketersediaan obat|stok obat dan reagen] [masih mencukupi|cukup] [untuk {x} bulan|hingga akhir tahun]
        [tidak ada|belum ditemukan] [kasus penularan antardaerah|kasus baru di luar {district}] [sejauh ini|sampai sekarang]
    """,
)

KECELAKAAN = _event(
    "kecelakaan",
    "regional",
    "kecelakaan lalulintas beritadaerah viral",
    titles="""
        {Vehicle} [Terguling|Masuk Jurang|Tabrak Minibus] di {district}, {n3} Orang [Tewas|Luka-luka]
        Kecelakaan Beruntun di Jalan {street} {place}, {x} Kendaraan Ringsek
        Polisi Tetapkan Sopir {Vehicle} Tersangka Kecelakaan di {district}
        {n3} Korban Kecelakaan {Vehicle} di {district} [Teridentifikasi|Dipulangkan]
    """,
    leads="""
        [Sebuah|Satu unit] {vehicle} [terguling|masuk jurang|menabrak {x} kendaraan] di Jalan {street}, {district}, {prov}, {evday} sekitar pukul {hour}.
        [Kecelakaan beruntun|Tabrakan] [melibatkan|antara] {vehicle} dan {x} kendaraan lain terjadi di [jalur {district}|ruas tol {place}] pada {evday}, [menewaskan|melukai] {n3} orang.
        [Sebanyak|Sedikitnya] {n3} orang [menjadi korban|terluka] [saat|setelah] {vehicle} [yang mereka tumpangi|rombongan wisata] [terguling|kehilangan kendali] di {district}, {prov}, {evday}.
    """,
    followups="""
        [Polisi|Satlantas Polres {regency}] [menetapkan|memeriksa] sopir {vehicle} sebagai [tersangka|saksi] dalam kecelakaan di {district} {rel}, {evday}.
        [Tim SAR|Petugas gabungan] [mengevakuasi|mengidentifikasi] {x} korban [lagi|terakhir] kecelakaan {vehicle} di {district} pada {evday}.
    """,
    details="""
        [Diduga|Dugaan sementara], [rem kendaraan blong|sopir mengantuk|kendaraan melaju terlalu kencang] [saat melintasi turunan|di tikungan tajam].
        [Korban luka|Para korban] [dilarikan|dibawa] ke [RSUD {place}|puskesmas terdekat] [untuk mendapat perawatan|dengan ambulans].
        [Arus lalu lintas|Lalu lintas] di jalur itu [sempat macet|tersendat] [sepanjang {x} kilometer|hingga {x} jam] [karena proses evakuasi|selama olah TKP].
        [Polisi|Petugas Satlantas] [menggelar|melakukan] olah tempat kejadian perkara dan [memeriksa|meminta keterangan] {x} saksi.
        [{vehicle} tersebut|Kendaraan itu] [diketahui|ternyata] [tidak memiliki izin|uji KIR-nya sudah mati] [sejak {year}|dan tak layak jalan].
        [Rombongan|Penumpang] [berasal dari|merupakan warga] {place2} yang [hendak berwisata|pulang dari ziarah] ke {district}.
        [Evakuasi|Proses evakuasi] [melibatkan|dibantu] {big} personel gabungan [dan warga setempat|serta relawan] [menggunakan alat berat|hingga malam hari].
    """,
    quotes="""
        @2 [Saya dengar|Terdengar] suara [benturan keras|dentuman], [pas keluar|begitu saya lihat] {vehicle} sudah [terguling|di dasar jurang]
        Kami masih [mendalami|menyelidiki] penyebab kecelakaan, [termasuk memeriksa kondisi kendaraan|termasuk kemungkinan kelalaian sopir]
        @3 [Semua korban|Korban luka] sudah kami [evakuasi|tangani], [sebagian sudah diperbolehkan pulang|tiga orang masih kritis]
        Kami minta [pengusaha angkutan|pemilik kendaraan] [memastikan kendaraan laik jalan|tidak memaksakan sopir bekerja terlalu lama]
    """,
    indirect="""
        [sopir|pengemudi] [sempat melarikan diri|menyerahkan diri] [setelah kejadian|ke kantor polisi]
        [jalur tersebut|ruas jalan itu] [dikenal rawan kecelakaan|sudah sering memakan korban] [karena tanjakan curam|akibat minim penerangan]
        [perusahaan angkutan|pemilik kendaraan] akan [dipanggil|diperiksa] terkait [izin trayek|kelaikan kendaraan]
        [biaya perawatan korban|santunan] akan ditanggung [Jasa Raharja|pemerintah daerah]
    """,
)

EVENTS: tuple[EventGrammar, ...] = (
    BANJIR,
    GEMPA,
    PEMILU,
    KORUPSI,
    EKONOMI,
    DIPLOMASI,
    OLAHRAGA,
    KESEHATAN,
    KECELAKAAN,
)

# Shared pools. {Px} means any of the article's people, chosen by the generator.
DIRECT_QUOTE_FRAMES = compile_all(
    """
    "{q}," {say} {sp}.
    "{q}," {say} {sp} [kepada wartawan|saat dikonfirmasi|di {place}|dalam keterangan tertulis|saat ditemui di kantornya], {evday_short}.
    "{q}," {say} {sp} [di sela kegiatan|usai rapat koordinasi|dalam konferensi pers] [di {place}|pada {evday_short}].
    "{q}," {say}nya.
    "{q}", {say} {sp}.
    {SP} [mengatakan|menegaskan|menyebutkan], "{q}."
    “{q},” {say} {sp}.
    "{q}. [Kami|Semua pihak] [harus|akan] [bergerak cepat|bekerja sama]," {say} {sp} [menambahkan|lagi].
    """
)

# For ordinary people (witnesses, residents), who do not hold press conferences.
PLAIN_QUOTE_FRAMES = compile_all(
    """
    "{q}," {say} {sp}.
    "{q}," {say} {sp} [saat ditemui di lokasi|kepada wartawan|di rumahnya].
    “{q},” {say} {sp}.
    """
)

INDIRECT_FRAMES = compile_all(
    """
    {SP} [mengatakan|menyampaikan|menjelaskan] [bahwa|] {iq}.
    [Menurut|Kata] {sp}, {iq}.
    {SP} [menegaskan|memastikan] {iq}.
    {SP} [menilai|berpendapat] {iq}.
    [Dalam keterangannya,|Saat dikonfirmasi,] {sp} [menyebut|menyatakan] {iq}.
    """
)

# Only after a quote, when "ia" can only mean the person just quoted.
FOLLOW_ON = compile_template("[Ia|Dia] [menambahkan|juga mengatakan|kemudian menjelaskan] [bahwa|] {iq}.")

ACCUSATIONS = compile_all(
    """
    {P3x} [dituding|dituduh] [menyalahgunakan wewenang|melindungi pihak tertentu|menghambat penanganan] [oleh|dari] {accuser}.
    {accuser} [menuding|menuduh] {p3} [sengaja menunda|lalai dalam] [penanganan masalah itu|pengawasan] [sehingga warga dirugikan|sejak {rel_long}].
    [Tudingan itu|Tuduhan tersebut] [dibantah|langsung dibantah] {p3}. "[Itu tidak benar|Tuduhan itu mengada-ada], [kami punya data|semua ada dokumennya]," {say}nya.
    {p3} [membantah|menampik] [tudingan|tuduhan] tersebut dan [menyebutnya|menilainya] [tidak berdasar|sebagai fitnah].
    [Namun|Akan tetapi], {p3} [enggan menanggapi|belum merespons] [tudingan itu|permintaan konfirmasi] [hingga berita ini diturunkan|saat dihubungi].
    """
)

GENERIC = compile_all(
    """
    [Kejadian|Peristiwa] [ini|tersebut] [menjadi perhatian|menyita perhatian] [warganet|publik] [setelah videonya viral|sejak {rel}] [di media sosial|di berbagai platform].
    [Pemerintah daerah|Pemerintah setempat] [berjanji|menyatakan akan] [mengevaluasi|mengkaji ulang] [kebijakan terkait|prosedur yang ada] [dalam waktu dekat|pekan depan].
    [Hingga|Sampai] [berita ini diturunkan|Rabu sore|saat ini], [belum ada|tidak ada] keterangan resmi dari {org}.
    [Data|Catatan] {org} [menunjukkan|memperlihatkan] [tren serupa|kejadian serupa] [terjadi|pernah terjadi] [pada {year}|{x} tahun lalu] [di {place2}|di daerah lain].
    [Rapat koordinasi|Rapat terbatas] [dengan|yang melibatkan] [{x} instansi|pemangku kepentingan] [digelar|dijadwalkan] [di kantor {org}|pada {rel_fut}].
    [DPRD {prov}|Anggota dewan] [meminta|mendesak] [pemerintah|instansi terkait] [bergerak cepat|transparan] [agar masalah serupa tidak terulang|dalam menangani persoalan ini].
    [Sejumlah|Beberapa] [warga|tokoh masyarakat] [mengaku|menyebut] [belum menerima informasi|kurang mendapat sosialisasi] [dari pemerintah|soal hal itu].
    [Kebijakan|Langkah] [ini|tersebut] [mendapat dukungan|menuai kritik] dari [kalangan akademisi|organisasi masyarakat sipil] [di {place}|termasuk dari {univ}].
    {P2} [menilai|berpendapat] [persoalan ini|masalah tersebut] [perlu ditangani|harus diselesaikan] [secara menyeluruh|dari hulu ke hilir].
    [Pada|Sejak] {rel_long}, [sedikitnya|total] {big} [laporan|aduan] [masuk|diterima] [ke posko pengaduan|melalui kanal resmi].
    [Pemerintah pusat|Kementerian terkait] [menyiapkan|mengalokasikan] anggaran {rp} [untuk|guna] [penanganan|pemulihan] [tahun ini|hingga akhir tahun].
    [Warga|Masyarakat] [berharap|meminta] [ada solusi jangka panjang|pemerintah hadir] [agar kejadian serupa tidak terulang|bagi mereka yang terdampak].
    """
)

CLOSINGS = compile_all(
    """
    [Hingga kini|Saat ini], [penanganan|proses] [masih terus berlangsung|terus dipantau] [oleh pihak berwenang|di lapangan].
    [Pemerintah|Pihak terkait] [akan menyampaikan|berjanji memberikan] [perkembangan terbaru|informasi lanjutan] [secara berkala|dalam beberapa hari ke depan].
    [Berita ini|Artikel ini] [akan diperbarui|terus diperbarui] [jika ada perkembangan|sesuai perkembangan di lapangan].
    [Masyarakat|Warga] [diminta|diimbau] [terus memantau|mengikuti] informasi [resmi|dari sumber tepercaya] [dan tidak menyebarkan hoaks|melalui kanal pemerintah].
    """
)

BACKGROUND = compile_all(
    """
    [Sebelumnya|Seperti diberitakan sebelumnya], [peristiwa serupa|kasus yang mirip] [pernah terjadi|juga terjadi] di {place2} pada {rel_long}.
    [Seperti diketahui|Perlu diketahui], {org} [telah|sudah] [beberapa kali|berulang kali] [mengingatkan|memperingatkan] [soal risiko ini|pemerintah daerah].
    [Dikutip dari|Mengutip] {agency}, [situasi serupa|kondisi yang sama] [juga dilaporkan|turut terjadi] di [sejumlah negara|kawasan Asia Tenggara].
    """
)

# Who speaks in each kind of story: (main official, witness or second voice, accused or other side).
# "warga" means an ordinary resident, introduced by name, age and village.
EVENT_ROLES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "banjir": (
        (
            "Kepala BPBD {prov}",
            "Bupati {regency}",
            "Kepala Pelaksana BPBD {regency}",
            "Wakil Bupati {regency}",
        ),
        ("warga",),
        ("Kepala Dinas Sumber Daya Air {prov}", "Kepala Dinas PUPR {regency}"),
    ),
    "gempa": (
        ("Kepala Pusat Gempa Bumi dan Tsunami BMKG", "Kepala BMKG", "Kepala BPBD {prov}"),
        ("warga",),
        ("Bupati {regency}", "Kepala Stasiun Geofisika {city}"),
    ),
    "pemilu": (
        ("Ketua KPU {prov}", "Ketua Bawaslu {regency}", "Anggota KPU {prov}", "Ketua KPU {regency}"),
        ("saksi dari {party2}", "Ketua tim pemenangan {party2}"),
        ("calon anggota legislatif dari {party}", "Ketua DPW {party} {prov}"),
    ),
    "korupsi": (
        ("Juru Bicara KPK", "Wakil Ketua KPK", "Direktur Penyidikan KPK", "Kepala Bagian Pemberitaan KPK"),
        ("Peneliti Indonesia Corruption Watch", "Pakar hukum pidana {univ}"),
        (
            "Bupati {regency}",
            "Kepala Dinas PUPR {prov}",
            "anggota DPRD {prov}",
            "Sekretaris Daerah {regency}",
        ),
    ),
    "ekonomi": (
        (
            "Kepala BPS {prov}",
            "Menteri Perdagangan",
            "Kepala Dinas Perindustrian dan Perdagangan {prov}",
            "Kepala Perwakilan Bank Indonesia {prov}",
        ),
        ("pedagang di Pasar {market}",),
        ("Ekonom INDEF", "Ketua Ikatan Pedagang Pasar Indonesia", "Pengamat ekonomi {univ}"),
    ),
    "diplomasi": (
        ("Menteri Luar Negeri", "Juru Bicara Kementerian Luar Negeri", "Direktur Perlindungan WNI Kemlu"),
        ("Duta Besar RI untuk {country}", "Pengamat hubungan internasional {univ}"),
        ("foreign",),
    ),
    "olahraga": (
        ("Pelatih {club1}", "Manajer {club1}"),
        ("penyerang {club1}", "gelandang {club1}"),
        ("Pelatih {club2}", "Asisten pelatih {club2}"),
    ),
    "kesehatan": (
        ("Kepala Dinas Kesehatan {prov}", "Menteri Kesehatan", "Kepala Dinas Kesehatan {regency}"),
        ("warga",),
        ("Direktur RSUD {city}", "Kepala Puskesmas {village}"),
    ),
    "kecelakaan": (
        ("Kapolres {regency}", "Kasat Lantas Polres {regency}", "Kepala Kantor SAR {city}"),
        ("warga",),
        ("Direktur RSUD {city}", "Kepala Dinas Perhubungan {prov}"),
    ),
}

# Police ranks that go before the name for these roles ("Kapolres Bogor AKBP Budi Santoso").
RANKS: dict[str, str] = {"Kapolres": "AKBP", "Kasat": "AKP", "Kapolda": "Irjen Pol.", "Kabid": "Kombes Pol."}

# Institutions named in each kind of story ({org}).
EVENT_ORGS: dict[str, tuple[str, ...]] = {
    "banjir": ("BPBD {prov}", "BNPB", "Basarnas", "Dinas Sosial {prov}"),
    "gempa": ("BMKG", "BNPB", "BPBD {prov}"),
    "pemilu": ("KPU {prov}", "Bawaslu", "KPU"),
    "korupsi": ("KPK", "BPK", "Pengadilan Tipikor"),
    "ekonomi": ("BPS", "Bank Indonesia", "Kementerian Perdagangan", "Perum Bulog"),
    "diplomasi": ("Kementerian Luar Negeri", "KBRI {fcity}", "ASEAN"),
    "olahraga": ("PSSI", "PT Liga Indonesia Baru", "Komdis PSSI"),
    "kesehatan": ("Dinas Kesehatan {prov}", "Kementerian Kesehatan", "IDI {prov}"),
    "kecelakaan": ("Basarnas", "Polres {regency}", "Dinas Perhubungan {prov}", "KNKT"),
}

# Who levels an accusation ({accuser}).
ACCUSERS = compile_all(
    """
    sejumlah warga
    [LSM|Lembaga] Pemantau Anggaran {prov}
    fraksi oposisi di DPRD {prov}
    aliansi mahasiswa {prov}
    {P2}
    [koalisi|Koalisi] masyarakat sipil
    """
)
