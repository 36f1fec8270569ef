"""Snippets: escaped text with <mark> around words whose stem matches."""

from __future__ import annotations

from warta.text.snippet import ELLIPSIS, highlight, snippet


def test_highlight_marks_stemmed_forms_and_escapes_the_rest():
    out = highlight('Dia <b>membantah</b> "itu" & bantahan', {"bantah"})
    assert out == "Dia &lt;b&gt;<mark>membantah</mark>&lt;/b&gt; &quot;itu&quot; &amp; <mark>bantahan</mark>"


def test_markup_inside_text_never_survives():
    out = snippet("<script>alert('x')</script> korupsi \"><img src=x onerror=alert(1)>", {"korupsi"})
    assert "<script" not in out and "<img" not in out
    assert out.count("<mark>") == 1


def test_short_text_is_returned_whole():
    assert snippet("Harga beras naik.", {"beras"}) == "Harga <mark>beras</mark> naik."


def test_long_text_is_cut_around_the_matches_on_word_boundaries():
    text = "Awal berita. " * 40 + "Menteri membantah tuduhan korupsi. " + "Penutup berita. " * 40
    out = snippet(text, {"bantah", "korupsi"}, max_chars=120)
    assert out.startswith(ELLIPSIS) and out.endswith(ELLIPSIS)
    assert "<mark>membantah</mark>" in out and "<mark>korupsi</mark>" in out
    plain = out.replace("<mark>", "").replace("</mark>", "").strip(ELLIPSIS)
    assert len(plain) <= 120
    assert plain.split()[0] in {"Awal", "berita.", "Menteri"}


def test_no_match_gives_the_start():
    text = "Kalimat pertama. " * 30
    out = snippet(text, {"tidakada"}, max_chars=50)
    assert out.startswith("Kalimat pertama.") and out.endswith(ELLIPSIS)
    assert "<mark>" not in out


def test_window_prefers_more_distinct_matches():
    text = "beras " + "isi " * 100 + "harga beras naik " + "isi " * 100
    out = snippet(text, {"harga", "beras"}, max_chars=60)
    assert "<mark>harga</mark> <mark>beras</mark>" in out
