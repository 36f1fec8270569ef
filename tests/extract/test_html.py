"""The main-text cascade of extract/html.py and its widget rule, on small hand-made pages."""

from __future__ import annotations

from warta.extract.html import MIN_BODY_CHARS, Candidate, choose, container_paragraphs, extract_page

PARAGRAPH = (
    "Pemerintah kota mengumumkan rencana perbaikan jalan di kawasan pesisir setelah banjir rob "
    "merendam permukiman warga selama tiga hari berturut-turut pekan ini."
)


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Judul</title>{head}</head><body>{body}</body></html>"


def test_choose_takes_the_first_candidate_that_is_not_short() -> None:
    long = ["x" * MIN_BODY_CHARS]
    chosen = choose(
        [Candidate("precision", ["pendek"]), Candidate("recall", long), Candidate("paragraphs", long)]
    )
    assert chosen.method == "recall"


def test_choose_never_keeps_an_empty_result_while_another_has_text() -> None:
    chosen = choose(
        [Candidate("precision", []), Candidate("recall", ["dua kata"]), Candidate("paragraphs", [])]
    )
    assert chosen.method == "recall"


def test_container_paragraphs_reads_the_container_with_most_text() -> None:
    from lxml import html

    tree = html.fromstring(
        "<html><body><div class='side'><p>Iklan singkat di samping halaman ini saja ya.</p></div>"
        f"<div class='isi'><p>{PARAGRAPH}</p><p>{PARAGRAPH} Lagi.</p><p>pendek</p></div></body></html>"
    )
    assert container_paragraphs(tree) == [PARAGRAPH, PARAGRAPH + " Lagi."]


def test_a_short_page_falls_back_to_more_text() -> None:
    # Ten <div> paragraphs that the precision pass alone keeps short or empty.
    body = "".join(f"<div class='teks'><p>{PARAGRAPH} ({n})</p></div>" for n in range(8))
    page = extract_page(_page(f"<div>{body}</div>"))
    assert sum(len(line) for line in page.lines) >= MIN_BODY_CHARS


def test_a_wrapper_with_a_widget_word_in_its_class_is_kept() -> None:
    paragraphs = "".join(f"<p>{PARAGRAPH} ({n})</p>" for n in range(6))
    html = _page(
        f"<div class='post has-comments'><article><h1>Judul</h1>{paragraphs}</article></div>"
        "<div class='comment-list'><p>Komentar pembaca yang tidak termasuk berita ini sama sekali.</p></div>"
    )
    text = "\n".join(extract_page(html).lines)
    assert "(5)" in text
    assert "Komentar pembaca" not in text


def test_class_words_match_whole_words_only() -> None:
    from warta.extract.html import _CHROME_CLASS_RE

    assert _CHROME_CLASS_RE.search("post-comments")
    assert _CHROME_CLASS_RE.search("ads-slot top")
    assert not _CHROME_CLASS_RE.search("commentary-body")
    assert not _CHROME_CLASS_RE.search("threads-list")


def test_bylines_split_into_names_with_roles_kept() -> None:
    from warta.extract.bylines import author_line, split_names

    assert split_names("By Jane Doe and John Smith") == ["Jane Doe", "John Smith"]
    assert split_names("Oleh Rina Sari dan Budi Santoso") == ["Rina Sari", "Budi Santoso"]
    found = author_line("Reporter: Rina Sari dan Budi | Editor: Dewi Kartika")
    assert [(a.name, a.role) for a in found or []] == [
        ("Rina Sari", "reporter"),
        ("Budi", "reporter"),
        ("Dewi Kartika", "editor"),
    ]


def test_a_page_that_opens_with_a_comment_is_read() -> None:
    body = "".join(f"<p>{PARAGRAPH} ({n})</p>" for n in range(6))
    page = extract_page(f"<!-- cache 2024 --><html><body><article>{body}</article></body></html>")
    assert "(5)" in "\n".join(page.lines)


def test_a_comment_beside_an_author_label_is_skipped() -> None:
    body = "".join(f"<p>{PARAGRAPH} ({n})</p>" for n in range(6))
    page = extract_page(f"<html><body><article><span>Editor</span><!-- x -->{body}</article></body></html>")
    assert "(5)" in "\n".join(page.lines)
