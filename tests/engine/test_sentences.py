import pytest

from framing_tui.engine.sentences import split
from framing_tui.engine.structure import classify, paragraphs


def sentences(text: str, lex) -> list[str]:
    blocks = classify(text, paragraphs(text), has_title=True)
    return [text[s:e] for s, e, _ in split(text, blocks, lex.abbreviations, lex.sentence_starters)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith went to Washington. He stayed.", ["Mr. Smith went to Washington.", "He stayed."]),
        ("He lives in the U.S. The next day he left.", ["He lives in the U.S.", "The next day he left."]),
        ("They met in L.A. on Friday at 5 p.m. and talked.", ["They met in L.A. on Friday at 5 p.m. and talked."]),
        ("J. K. Rowling wrote it. She was pleased.", ["J. K. Rowling wrote it.", "She was pleased."]),
        ("Prices rose 3.5 percent in Jan. and fell later.", ["Prices rose 3.5 percent in Jan. and fell later."]),
        ('"We will win." She smiled.', ['"We will win."', "She smiled."]),
        ('"Go home!" he shouted. They left.', ['"Go home!" he shouted.', "They left."]),
        ("Wait... The vote is in.", ["Wait...", "The vote is in."]),
        ("Sen. Jane Doe spoke. Gen. Lee replied.", ["Sen. Jane Doe spoke.", "Gen. Lee replied."]),
    ],
)
def test_punkt_with_our_abbreviations(text, expected, lex):
    assert sentences(text, lex) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Get out now!" Fire Chief Omar Haddad said.', ['"Get out now!" Fire Chief Omar Haddad said.']),
        (
            '"Who pays?" said Councillor Ben Roe. Nobody answered.',
            ['"Who pays?" said Councillor Ben Roe.', "Nobody answered."],
        ),
        ('"Stop!" The crowd scattered.', ['"Stop!"', "The crowd scattered."]),
        ('"Why now?" That question hung over the meeting.', ['"Why now?"', "That question hung over the meeting."]),
    ],
)
def test_an_attribution_after_an_exclamation_or_question_stays_with_its_quote(text, expected, lex):
    blocks = classify(text, paragraphs(text), has_title=True)
    spans = split(text, blocks, lex.abbreviations, lex.sentence_starters, lex.report_verbs)
    assert [text[s:e] for s, e, _ in spans] == expected


def test_sentences_are_in_order_disjoint_and_inside_their_blocks(lex):
    text = "Headline\n\nOne sentence. Two sentences!\n\nA new paragraph? Yes."
    blocks = classify(text, paragraphs(text))
    spans = split(text, blocks, lex.abbreviations, lex.sentence_starters)
    assert [text[s:e] for s, e, _ in spans] == [
        "Headline",
        "One sentence.",
        "Two sentences!",
        "A new paragraph?",
        "Yes.",
    ]
    for (s, e, b), nxt in zip(spans, [*spans[1:], (len(text), len(text), -1)], strict=True):
        assert blocks[b].start <= s < e <= blocks[b].end
        assert e <= nxt[0]


def test_a_run_on_text_without_punctuation_is_cut_into_bounded_pieces(lex):
    text = "word " * 2000
    got = sentences(text.strip(), lex)
    assert len(got) > 1
    assert all(len(s) <= 2000 for s in got)
    assert " ".join(got).split() == text.split()
