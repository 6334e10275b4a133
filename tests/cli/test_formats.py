"""Real-world input: Markdown, format sniffing, encodings and awkward text.

Every input is a real file written by the test: nothing here touches the network. HTML
pages and URLs have their own files (test_html_input.py, test_url_input.py).
"""

from __future__ import annotations

import pytest

from framing_tui.readers import detect
from framing_tui.readers.html import extract
from framing_tui.readers.markdown import to_text

from .input_tools import invoke, report_of

# --- Markdown --------------------------------------------------------------------------

MARKDOWN = """---
title: "Council approves tram plan"
tags: [transport]
---

# Council approves tram plan

*By Maria Lopez*

The **Harbor City** council voted on Tuesday to build a [tram line](https://example.org/tram "The line")
from the docks to the university.

![A tram on the harbour line](tram.jpg)

<!-- editor: check the vote count before publishing -->

> "We have waited long enough," said Mayor Ann Lee.

## Costs

- Critics called the plan _reckless_.
- The auditor called the figures `wishful`.

```python
print("not prose")
```

    indented_code = "not prose either"

See [the report][1] for details, \\*really\\*.

[1]: https://example.org/report
"""
MARKDOWN_PROSE = """Council approves tram plan

By Maria Lopez

The Harbor City council voted on Tuesday to build a tram line from the docks to the university.

"We have waited long enough," said Mayor Ann Lee.

Costs

Critics called the plan reckless.

The auditor called the figures wishful.

See the report for details, *really*."""


def test_markdown_is_analysed_as_prose_without_its_markup(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    report, _ = report_of("analyze", str(path))
    assert report["text"] == MARKDOWN_PROSE
    assert report["summary"]["headline"]["text"] == "Council approves tram plan"
    for markup in ("#", "**", "](", "![", "<!--", "```", "not prose", "tags:", "example.org"):
        assert markup not in report["text"], markup
    # offsets refer to the stripped text
    for s in report["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(report["text"])


def test_markdown_is_recognised_on_stdin_and_plain_text_is_left_exactly_as_given():
    report, _ = report_of("analyze", "-", input=MARKDOWN.encode())
    assert report["text"] == MARKDOWN_PROSE
    plain = "Prices rose 5 * 3 times, the *minister* said.\n\nThe plan [draft] is #1 on the list.\n"
    report, _ = report_of("analyze", "-", input=plain.encode())
    assert report["text"] == plain


def test_markdown_details():
    assert to_text("Title\n=====\n\nBody text here.") == "Title\n\nBody text here."
    assert to_text("A line  \nbroken ~~here~~ and __there__.") == "A line broken here and there."
    assert to_text("| a | b |\n|---|---|\n| one | two |") == "a b\n\none two"
    assert to_text("Unclosed **bold and [link") == "Unclosed **bold and [link"
    assert to_text("- [x] done\n- [ ] to do") == "done\n\nto do"


def test_format_sniffing():
    assert detect.sniff("a.html", "plain words") == "html"
    assert detect.sniff("a.MD", "plain words") == "markdown"
    assert detect.sniff(None, "  \n<!DOCTYPE html><html><body><p>x</p>") == "html"
    assert detect.sniff(None, "<div><article><p>x</p></article></div>") == "html"
    assert detect.sniff(None, "Use <html> tags, the teacher said.") == "text"
    assert detect.sniff(None, "# Heading\n\nText.") == "markdown"
    assert detect.sniff(None, "Text with a [link](http://x.org) and **bold**.") == "markdown"
    assert detect.sniff(None, "Text with **bold** only.") == "text"
    assert detect.sniff("https://example.org/story.html?id=1", "x") == "html"


# --- encodings and awkward text --------------------------------------------------------

STORY = (
    "Mayor’s café plan passes\n\n"
    "The council approved the mayor’s café plan on Tuesday — a “bold” move, critics said. "
    "José Muñoz, who runs a bakery, called it naïve.\n"
)


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
    ],
    ids=["utf-8", "utf-8 with BOM", "utf-16-le BOM", "utf-16-be BOM", "utf-32 BOM"],
)
def test_unicode_files_decode_exactly_without_warnings(tmp_path, encoding, prefix):
    path = tmp_path / "story.txt"
    path.write_bytes(prefix + STORY.encode(encoding))
    report, stderr = report_of("analyze", str(path))
    assert report["text"] == STORY
    assert "warning" not in stderr


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_single_byte_files_decode_with_a_warning(tmp_path, encoding):
    text = "Le café de José était naïve, he said. The council’s “bold” plan."
    if encoding == "latin-1":
        text = "The café owner, José Muñoz, said the piñata was naïve. Prices rose 5°."
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    report, stderr = report_of("analyze", str(path))
    assert report["text"] == text
    assert "framing: warning:" in stderr and "decoded as Windows-1252" in stderr


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["CRLF", "lone CR"])
def test_crlf_and_lone_cr_keep_the_text_and_the_sentences(tmp_path, newline):
    lf = tmp_path / "lf.txt"
    lf.write_bytes(STORY.encode())
    other = tmp_path / "other.txt"
    other.write_bytes(STORY.replace("\n", newline).encode())
    report_lf, _ = report_of("analyze", str(lf))
    report, _ = report_of("analyze", str(other))
    assert report["text"] == STORY.replace("\n", newline)
    assert len(report["sentences"]) == len(report_lf["sentences"])
    assert [b["kind"] for b in report["blocks"]] == [b["kind"] for b in report_lf["blocks"]]


def test_non_breaking_and_zero_width_spaces(tmp_path):
    text = "Critics\u00a0slammed the plan.\u00a0The mayor defended it.\n\nIt was a dis\u200baster, one said.\n"
    path = tmp_path / "spaces.txt"
    path.write_bytes(text.encode())
    report, stderr = report_of("analyze", str(path))
    assert report["text"] == text  # plain text is never changed: offsets point into the input
    assert len(report["sentences"]) == 3
    assert "zero-width characters inside words" in stderr
    # in HTML the extracted text drops them
    page = extract("<p>It was a dis\u200baster,&nbsp;one&#8203; said.</p>")
    assert page.paragraphs == ("It was a disaster, one said.",)


def test_a_very_long_line_and_text_without_sentence_punctuation(tmp_path):
    line = " ".join(f"The council met on day {i} and critics slammed the plan." for i in range(3000))
    path = tmp_path / "long.txt"
    path.write_text(line, encoding="utf-8")
    report, _ = report_of("analyze", str(path))
    assert report["text"] == line and len(report["sentences"]) >= 1
    assert all(0 <= s["start"] < s["end"] <= len(line) for s in report["sentences"])

    bare = "critics slammed the plan\nthe mayor said it would work\nvoters will decide in may\n"
    path = tmp_path / "bare.txt"
    path.write_text(bare, encoding="utf-8")
    report, _ = report_of("analyze", str(path))
    assert report["text"] == bare and report["sentences"]
    assert all(0 <= s["start"] < s["end"] <= len(bare) for s in report["sentences"])


def test_text_in_capitals_is_warned_about(tmp_path):
    caps = tmp_path / "caps.txt"
    caps.write_text(STORY.upper(), encoding="utf-8")
    _, stderr = report_of("analyze", str(caps))
    assert (
        "framing: warning: " in stderr
        and "text is in capitals; loaded-word matching is case-blind but names and sentence splitting suffer" in stderr
    )
    normal = tmp_path / "normal.txt"
    normal.write_text("CITY HALL SHOCK\n\n" + STORY, encoding="utf-8")  # a shouted headline only
    _, stderr = report_of("analyze", str(normal))
    assert "capitals" not in stderr


FRENCH = (
    "Le conseil municipal a approuvé mardi un nouveau plan de transport qui prévoit trois "
    "lignes de tramway d'ici à 2030. Selon le maire, le projet coûtera près de deux milliards "
    "d'euros, mais les critiques estiment que le budget est largement sous-estimé. « Nous avons "
    "besoin d'une ville qui respire », a déclaré l'adjointe chargée de la mobilité, tandis que "
    "l'opposition dénonce une décision prise sans consultation des habitants.\n"
)


def test_a_non_english_article_is_warned_about(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    report, stderr = report_of("analyze", str(path))
    assert report["text"] == FRENCH
    assert "the text does not look like English; the lexicons are English" in stderr
    russian = tmp_path / "ru.txt"
    russian.write_text("Городской совет во вторник одобрил новый транспортный план. " * 5, "utf-8")
    _, stderr = report_of("analyze", str(russian))
    assert "does not look like English" in stderr


def test_english_articles_are_not_warned_about(tmp_path):
    from ..conftest import EXAMPLES

    for example in sorted(EXAMPLES.glob("*.txt")):
        r = invoke("analyze", str(example), "--format", "json")
        assert r.exit_code == 0 and "warning" not in r.stderr, (example, r.stderr)
