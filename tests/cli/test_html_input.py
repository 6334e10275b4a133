"""HTML input: the article in a page, without the page around it.

Every input is a real file written by the test: nothing here touches the network.
"""

from __future__ import annotations

import pytest

from framing_tui.readers.html import extract

from .html_pages import BLOG_PAGE, MINIMAL_PAGE, NEWS_PAGE, PAGES
from .input_tools import invoke, one_error_line, report_of


@pytest.mark.parametrize("page, article, furniture", PAGES.values(), ids=PAGES.keys())
def test_an_html_page_gives_its_article_without_the_page_around_it(tmp_path, page, article, furniture):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    report, _ = report_of("analyze", str(path))
    text = " ".join(report["text"].split())
    for part in article:
        assert part in text, part
    for part in furniture:
        assert part not in text, part
    assert "<" not in report["text"] and "&ldquo;" not in report["text"]


def test_html_text_is_headline_byline_then_paragraphs(tmp_path):
    path = tmp_path / "story.htm"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    report, _ = report_of("analyze", str(path))
    paragraphs = report["text"].split("\n\n")
    assert paragraphs[0] == "Council approves tram plan despite protests"
    assert paragraphs[1] == "By Maria Lopez, City Hall reporter"
    assert paragraphs[2].startswith("The Harbor City council voted 7 to 2")
    assert report["text"].count("Council approves tram plan despite protests") == 1
    assert report["summary"]["headline"]["text"] == paragraphs[0]
    assert [b["kind"] for b in report["blocks"][:2]] == ["headline", "byline"]


def test_title_and_byline_fall_back_to_title_tag_and_meta_author():
    page = extract(BLOG_PAGE)
    assert page.title == "Why the stadium deal is a bad bet"  # without " - Granton Notes"
    assert page.byline == "By Dev Okonjo"
    bare = extract(MINIMAL_PAGE)
    assert bare.title == "Flood barrier opens" and bare.byline is None


def test_html_is_recognised_by_content_on_stdin_and_in_a_txt_file(tmp_path):
    by_stdin, _ = report_of("analyze", "-", input=NEWS_PAGE.encode())
    path = tmp_path / "saved.txt"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    by_file, _ = report_of("analyze", str(path))
    assert by_stdin["text"] == by_file["text"]
    assert by_stdin["text"].startswith("Council approves tram plan despite protests\n\nBy Maria")


def test_an_html_page_in_a_declared_legacy_charset(tmp_path):
    page = (
        '<html><head><meta charset="windows-1252"><title>Caf\u00e9 row</title></head><body>'
        "<article><h1>Caf\u00e9 owners protest</h1><p>\u201cIt is a disaster,\u201d said "
        "Jos\u00e9 Mu\u00f1oz, who runs a caf\u00e9 on the square \u2014 and has for 20 years."
        "</p></article></body></html>"
    )
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    report, stderr = report_of("analyze", str(path))
    assert "\u201cIt is a disaster,\u201d said Jos\u00e9 Mu\u00f1oz" in report["text"]
    assert "Windows-1252" not in stderr  # the page said what it is: no guess, no warning


def test_an_html_page_without_article_text_is_refused(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>x</title><script>var a = 1;</script></head>"
        "<body><nav><a href='/'>Home</a></nav></body></html>",
        encoding="utf-8",
    )
    one_error_line(invoke("analyze", str(path)), "no article text found")


def test_nested_and_broken_markup_does_not_break_extraction():
    deep = "<html><body>" + "<div>" * 5000 + "<p>Deep, but still an article paragraph here.</p>"
    deep += "</span>" * 5000 + "<![if x <!ELEMENT <![ junk <p>Unclosed <b>bold <i>and italic"
    page = extract(deep)  # the standard parser alone raises AssertionError on "<![if x"
    assert page.paragraphs[0] == "Deep, but still an article paragraph here."
    assert page.paragraphs[-1] == "Unclosed bold and italic"


def test_inline_markup_joins_without_stray_spaces():
    page = extract("<p>Critics called it <em>\u201creckless\u201d</em>, said <a href='#'>Ann</a>.</p>")
    assert page.paragraphs == ("Critics called it \u201creckless\u201d, said Ann.",)
