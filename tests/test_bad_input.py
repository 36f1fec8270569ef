"""Bad input: empty, binary, oversized, wrongly encoded and truncated files.

Each bad file must give one clear error line naming it, the other files in
the same command must still be analyzed, and the exit status must be non-zero.
At the API level ``warta.analyze`` may raise only ``WartaError``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warta
from warta.cli import main
from warta.errors import BadInput, WartaError

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
GOOD_TEXT = ARTICLES / "lampost_jepang_rudal.txt"
GOOD_HTML = ARTICLES / "kompas_gempa_cianjur.html"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
FIFTY_MB = 50 * 1024 * 1024

# A Windows-1252 article: curly quotes and an e-acute are single bytes that are invalid UTF-8.
CP1252_ARTICLE = (
    "Harga Kopi Naik di Pasar Kafé Bandung\n\n"
    "BANDUNG, KOMPAS.com - Harga kopi di sejumlah kafé di Bandung naik 10 persen. "
    "Pemilik kafé mengatakan kenaikan itu dipicu harga biji kopi.\n\n"
    "\u201cKami terpaksa menaikkan harga,\u201d kata Dedi, pemilik Kafé Braga.\n"
)


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "empty.txt",
        "random": tmp_path / "random.bin",
        "png": tmp_path / "image.png",
        "head_only": tmp_path / "truncated_head.html",
    }
    files["empty"].write_bytes(b"")
    files["random"].write_bytes(random.Random(3).randbytes(4096))
    files["png"].write_bytes(PNG_HEADER + random.Random(5).randbytes(2048))
    html = GOOD_HTML.read_bytes()
    files["head_only"].write_bytes(html[: html.index(b'<meta property="og:title"')])
    return files


def _run(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, list[dict], list[str]]:
    status = main(["analyze", "--format", "jsonl", *map(str, paths)])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    return status, records, [line for line in err.splitlines() if line.strip()]


@pytest.mark.parametrize("kind", ["empty", "random", "png", "head_only"])
def test_cli_bad_file_between_good_ones(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _bad_files(tmp_path)[kind]
    status, records, errors = _run(capsys, GOOD_TEXT, bad, GOOD_HTML)
    assert status != 0
    assert [r["title"] for r in records] == [
        "Jepang Protes Keras Uji Coba Rudal Korea Utara",
        "BMKG: Gempa M 5,2 Guncang Cianjur, Tidak Berpotensi Tsunami",
    ]
    assert len(errors) == 1, errors
    assert str(bad) in errors[0]
    assert "Traceback" not in errors[0]


def test_cli_every_bad_file_reported_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = list(_bad_files(tmp_path).values())
    status, records, errors = _run(capsys, *bad, GOOD_TEXT)
    assert status != 0
    assert len(records) == 1
    assert len(errors) == len(bad)
    for path, line in zip(bad, errors, strict=True):
        assert str(path) in line


def test_cli_missing_file_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "tidak-ada.txt"
    status, records, errors = _run(capsys, missing, GOOD_TEXT)
    assert status != 0
    assert len(records) == 1
    assert len(errors) == 1 and str(missing) in errors[0]


@pytest.mark.slow
def test_cli_fifty_megabytes_is_too_large(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "besar.txt"
    paragraph = GOOD_TEXT.read_bytes()
    with big.open("wb") as handle:
        while handle.tell() < FIFTY_MB:
            handle.write(paragraph)
    status, records, errors = _run(capsys, big, GOOD_TEXT)
    assert status != 0
    assert len(records) == 1
    assert len(errors) == 1
    assert str(big) in errors[0]
    assert "too large" in errors[0].lower()


def test_api_fifty_megabytes_is_too_large() -> None:
    with pytest.raises(BadInput, match="too large"):
        warta.analyze(b"a" * FIFTY_MB, name="besar.txt")


def test_cli_cp1252_decoded_or_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cp1252.txt"
    data = CP1252_ARTICLE.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    path.write_bytes(data)
    status, records, errors = _run(capsys, path)
    if status == 0:
        # Decoded through charset detection: the text must come back exactly, not as mojibake.
        assert errors == []
        assert records[0]["title"] == "Harga Kopi Naik di Pasar Kafé Bandung"
        assert "\u201cKami terpaksa menaikkan harga,\u201d kata Dedi" in records[0]["body"]
    else:
        assert records == []
        assert len(errors) == 1 and str(path) in errors[0]


def test_cli_truncated_body_recovers_or_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html = GOOD_HTML.read_bytes()
    cut = html.index(b"Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebut") + 40
    path = tmp_path / "truncated_body.html"
    path.write_bytes(html[:cut])
    status, records, errors = _run(capsys, path, GOOD_TEXT)
    assert len(records) + len(errors) == 2
    assert records[-1]["title"] == "Jepang Protes Keras Uji Coba Rudal Korea Utara"
    if status == 0:
        first = records[0]
        assert first["title"] == "BMKG: Gempa M 5,2 Guncang Cianjur, Tidak Berpotensi Tsunami"
        assert first["body"].startswith("Gempa bumi bermagnitudo 5,2 mengguncang Kabupaten Cianjur")
        assert "<" not in first["body"]
    else:
        assert len(errors) == 1 and str(path) in errors[0]


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t  ", PNG_HEADER, random.Random(11).randbytes(1024), b"\x00" * 64],
    ids=["empty", "blank", "png", "random", "nul"],
)
def test_api_rejects_non_articles(data: bytes) -> None:
    with pytest.raises(BadInput) as info:
        warta.analyze(data, name="masukan.bin")
    assert "masukan.bin" in str(info.value)


def test_api_accepts_cp1252_bytes_or_raises_bad_input() -> None:
    try:
        record = warta.analyze(CP1252_ARTICLE.encode("cp1252"), name="cp1252.txt")
    except BadInput as exc:
        assert "cp1252.txt" in str(exc)
    else:
        assert "Kafé" in record.body


FRAGMENTS = [
    "JAKARTA, KOMPAS.com - ",
    "Pyongyang (Lampost.co) -- ",
    "Jakarta (ANTARA) - ",
    "Baca juga: ",
    "BACA JUGA :",
    "#tagar#lain\n",
    "\u201cKami siap,\u201d kata Budi. ",
    '"Kutipan tanpa penutup ',
    "«Dialog» ujar ",
    "Selasa, 9 Mei 2023 ",
    "Rabu (10/5/2023) ",
    "14 bulan lalu ",
    "Editor:\n",
    "(ant/abc)\n",
    "<p>",
    "</div>",
    '<script type="application/ld+json">{"datePublished": ',
    "{",
    '{"title": 1, "text": null}',
    "Dr. H. S.H., No. Jl. Rp 1.500 3,5 persen ",
    "AS menuduh Rusia. Tuduhan itu dibantah. ",
    "\n\n",
    "\u0000",
    "\ufeff",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(max_size=2000),
        st.binary(max_size=2000),
        st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=40), max_size=40).map("".join),
    )
)
def test_analyze_raises_only_warta_errors(source: str | bytes) -> None:
    try:
        record = warta.analyze(source, name="fuzz")
    except WartaError:
        return
    assert isinstance(record.to_json(), str)


UTF16_ARTICLE = (
    "Presiden Joko Widodo meresmikan Bendungan Ciawi di Bogor, Jawa Barat, pada Senin pagi. "
    "\u201cBendungan ini mengurangi banjir di Jakarta,\u201d kata Presiden."
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_unicode_without_a_bom_is_detected(encoding: str) -> None:
    record = warta.analyze(UTF16_ARTICLE.encode(encoding))
    assert "Bendungan Ciawi" in record.body and "\x00" not in record.body


def test_binary_with_nul_bytes_is_still_refused() -> None:
    data = random.Random(11).randbytes(3000) + b"\x00" * 20
    with pytest.raises(BadInput, match="binary data"):
        warta.analyze(data)


def test_api_413_carries_the_security_headers(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from warta.store import open_store
    from warta.web.api import SECURITY_HEADERS, create_app

    store = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        client = TestClient(create_app(store, max_request_bytes=1000))
        declared = client.post("/api/admin/articles", content=b"x" * 5000)

        def chunks():  # type: ignore[no-untyped-def]
            for _ in range(10):
                yield b"x" * 500

        streamed = client.post("/api/admin/articles", content=chunks())
        for response in (declared, streamed):
            assert response.status_code == 413
            for name, value in SECURITY_HEADERS.items():
                assert response.headers[name] == value
    finally:
        store.close()
