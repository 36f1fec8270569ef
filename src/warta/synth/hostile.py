# ruff: noqa: E501  (page markup kept on single lines so titles parse without stray newlines)
"""Hand-written hostile articles for security tests of storage, search and the web UI.

Titles, bodies, quotes and metadata carry script tags, attribute breakouts, SQL fragments,
template syntax and odd Unicode. After correct parsing these strings must come out as plain text,
be stored verbatim and be escaped when shown. Written for Warta; CC0 like the rest of the sample.
"""

from __future__ import annotations

import json

from warta.synth.generator import SyntheticArticle

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'
SQL_DROP = "'; DROP TABLE articles; --"

# HTML page: the hostile strings are escaped in the markup, so a parser yields them as text;
# the page also holds live <script> and an onerror attribute that extraction must drop.
_HTML_TITLE = f"Warga Protes Spanduk Bertuliskan {XSS_SCRIPT} di Depan Balai Kota"
_HTML = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Warga Protes Spanduk Bertuliskan &lt;script&gt;alert(1)&lt;/script&gt; di Depan Balai Kota - Kabar Kota</title>
<meta property="og:title" content="Warga Protes Spanduk Bertuliskan &lt;script&gt;alert(1)&lt;/script&gt; di Depan Balai Kota">
<meta property="og:description" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">
<meta property="article:published_time" content="2023-03-14T10:15:00+07:00">
<link rel="canonical" href="https://kabarkota.example/berita/spanduk">
<script>alert("head script must never run")</script>
</head>
<body onload="alert(2)">
<nav><a href="javascript:alert(3)">Beranda</a></nav>
<article>
<h1 class="entry-title">Warga Protes Spanduk Bertuliskan &lt;script&gt;alert(1)&lt;/script&gt; di Depan Balai Kota</h1>
<div class="post-meta"><time datetime="2023-03-14T10:15:00+07:00">Selasa, 14 Maret 2023 10:15 WIB</time></div>
<div class="entry-content">
<p>BANDUNG, KABARKOTA - Puluhan warga Kelurahan Sukajadi, Bandung, memprotes spanduk bertuliskan
&lt;script&gt;alert(1)&lt;/script&gt; yang dipasang orang tak dikenal di depan Balai Kota pada Selasa (14/3/2023).</p>
<script>document.write('<img src=x onerror=alert(4)>')</script>
<p>"Kami tidak mengerti maksud tulisan &lt;script&gt;alert(1)&lt;/script&gt; itu, jadi kami minta segera
dicopot," kata Ketua RT setempat, Hendra Wibowo, kepada wartawan.</p>
<p><img src="x" onerror="alert(5)">Kepala Dinas Komunikasi dan Informatika Bandung, Sri Lestari, mengatakan
tulisan itu diduga potongan kode dari situs yang diretas. Ia meminta warga tidak menyebarkan foto spanduk
bertuliskan &quot;&gt;&lt;img src=x onerror=alert(1)&gt; ke media sosial.</p>
<p>Polisi masih menyelidiki siapa yang memasang spanduk tersebut.</p>
</div>
</article>
<iframe src="javascript:alert(6)"></iframe>
</body>
</html>
"""

_TXT_TITLE = f"Peretas Kirim Pesan {SQL_DROP} ke Server Pemkab"
_TXT = f"""#teknologi#keamanansiber

{_TXT_TITLE}

Kamis, 20 April 2023 | 09:40 WIB

PURWAKARTA, KABARDAERAH - Server layanan kependudukan Pemerintah Kabupaten Purwakarta sempat lumpuh setelah
peretas mengirim perintah {SQL_DROP} melalui formulir pengaduan daring pada Rabu (19/4/2023) malam.

"Ada yang mengetik {SQL_DROP} di kolom nama, lalu ' OR '1'='1 di kolom kata sandi," ujar Kepala Dinas
Komunikasi dan Informatika Purwakarta, Dedi Nur'aini, Kamis.

Menurut Dedi, data warga aman karena basis data dicadangkan setiap malam. Ia menegaskan tidak ada tabel
bernama "articles"; DELETE FROM users WHERE 1=1; yang terhapus.

Pakar keamanan siber Universitas Padjadjaran, Rina O'Connor-Siregar, menilai serangan injeksi SQL
seperti "Robert'); DROP TABLE students;--" masih sering ditemukan di situs pemerintah daerah.

"Jangan pernah menyusun kueri dengan menempelkan teks dari pengguna," kata Rina.

Penulis: Fikri Hasibuan
Editor: Maya Kusuma
"""

_JSON_TITLE = 'Video "Ruang Rapat {{7*7}}" Viral, Bupati: Itu Editan'
_JSON_TEXT = (
    'SLEMAN, KABARVIRAL - Sebuah video berjudul "Ruang Rapat {{7*7}}" dan ${jndi:ldap://x/a} '
    "menyebar di media sosial sejak Senin (8/5/2023). Bupati Sleman, Agus Santoso, membantah isi video itu.\n\n"
    '"Video itu editan. Tulisan </script><script>alert(1)</script> di layar juga ditempel belakangan," '
    "ujar Agus pada Selasa (9/5/2023).\n\n"
    "Juru bicara pemkab, Dewi Lestari, mengatakan akun penyebar memakai nama \u202egnp.exe dan karakter "
    "tak terlihat\u200b\u200b di judulnya. Nama akun lain, {% raw %}admin{% endraw %}, juga ikut membagikannya.\n\n"
    "Polisi sudah menerima laporan dan tengah menelusuri akun-akun tersebut."
)
_JSON = (
    json.dumps(
        {
            "url": "https://kabarviral.example/read/2023/05/09/ruang-rapat?q=<script>alert(1)</script>",
            "title": _JSON_TITLE,
            "date": "2023-05-09T16:20:00+07:00",
            "text": _JSON_TEXT,
            "author": "<b onmouseover=alert(1)>Redaksi</b>",
            "source": "Kabar Viral",
            "tags": [XSS_SCRIPT, SQL_DROP],
        },
        ensure_ascii=False,
        indent=2,
    )
    + "\n"
)

_QUOTE_TITLE = f"Ketua RT Sebut Kode {XSS_IMG} Muncul di Papan Pengumuman"
_QUOTE_HTML = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Ketua RT Sebut Kode &quot;&gt;&lt;img src=x onerror=alert(1)&gt; Muncul di Papan Pengumuman</title>
<meta name="author" content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">
<meta property="article:published_time" content="2023-06-02T13:05:00+07:00">
</head>
<body>
<div class="read__content">
<h1>Ketua RT Sebut Kode &quot;&gt;&lt;img src=x onerror=alert(1)&gt; Muncul di Papan Pengumuman</h1>
<p>SURABAYA, KABARWARGA - Papan pengumuman digital di Kelurahan Wonokromo, Surabaya, menampilkan tulisan
&quot;&gt;&lt;img src=x onerror=alert(1)&gt; sejak Kamis (1/6/2023), kata Ketua RT 05, Bambang Prasetyo.</p>
<p>&quot;Tulisannya &lt;script&gt;alert(1)&lt;/script&gt;, lalu berganti jadi &#39;; DROP TABLE articles; --.
Kami kira papan itu rusak,&quot; kata Bambang, Jumat (2/6/2023).</p>
<p>Lurah Wonokromo, Siti Rahmawati, mengatakan vendor papan pengumuman sudah dipanggil.
&quot;Kami minta vendor memeriksa sistemnya hari ini juga,&quot; ujar Siti.</p>
<p><a href="javascript:alert(1)" onclick="alert(1)">Baca juga: Papan Digital Kelurahan Diretas</a></p>
</div>
</body>
</html>
"""


def hostile_articles() -> list[SyntheticArticle]:
    """Return the hand-written hostile articles (fixed content, not generated)."""
    specs = [
        ("hostile-1", "html", _HTML, _HTML_TITLE, "https://kabarkota.example/berita/spanduk", "2023-03-14"),
        (
            "hostile-2",
            "txt",
            _TXT,
            _TXT_TITLE,
            "https://kabardaerah.example/2023/04/20/peretas",
            "2023-04-20",
        ),
        (
            "hostile-3",
            "json",
            _JSON,
            _JSON_TITLE,
            "https://kabarviral.example/read/2023/05/09/ruang-rapat?q=<script>alert(1)</script>",
            "2023-05-09",
        ),
        ("hostile-4", "html", _QUOTE_HTML, _QUOTE_TITLE, "https://kabarwarga.example/papan", "2023-06-02"),
    ]
    return [
        SyntheticArticle(
            id=aid,
            fmt=fmt,
            filename=f"hostile/{aid}.{fmt}",
            content=content,
            url=url,
            outlet="hostile",
            published=published,
            title=title,
            story=aid,
            event="hostile",
            body="",
        )
        for aid, fmt, content, title, url, published in specs
    ]
