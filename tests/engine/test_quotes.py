"""Quotes and attribution, hand-written cases: (text, [(quote text, speaker, kind)])."""

import pytest

from framing_tui import analyze


def quotes(text, lex):
    r = analyze(text, lexicons=lex)
    return [(text[q.start : q.end], q.speaker, q.kind) for q in r.quotes]


CASES = [
    pytest.param(
        '"The plan is sound," said spokesman Doug Schepman.',
        [('"The plan is sound,"', "Doug Schepman", "direct")],
        id="inverted-said-with-role",
    ),
    pytest.param(
        "“We will be transparent,” Beck said.",
        [("“We will be transparent,”", "Beck", "direct")],
        id="curly-quotes-surname-first-mention",
    ),
    pytest.param(
        'Sen. Jane Doe said: "We must act."',
        [('"We must act."', "Jane Doe", "direct")],
        id="colon-intro-abbreviated-title",
    ),
    pytest.param(
        'Police Chief Charlie Beck spoke first. "We will be transparent," Beck said. "Nothing will be hidden."',
        [
            ('"We will be transparent,"', "Charlie Beck", "direct"),
            ('"Nothing will be hidden."', "Charlie Beck", "direct"),
        ],
        id="surname-resolves-to-full-name-and-the-next-quote-keeps-it",
    ),
    pytest.param(
        'Mayor Ann Lee arrived late. "We are ready," she said.',
        [('"We are ready,"', "Ann Lee", "direct")],
        id="pronoun-resolves",
    ),
    pytest.param(
        '"This quote runs on. It has a second sentence. And a third one," Director Maria Okafor said.',
        [('"This quote runs on. It has a second sentence. And a third one,"', "Maria Okafor", "direct")],
        id="three-sentence-quote-attributed-at-the-end",
    ),
    pytest.param(
        'Director Maria Okafor said, "This quote runs on. It has a second sentence. And a third one."',
        [('"This quote runs on. It has a second sentence. And a third one."', "Maria Okafor", "direct")],
        id="three-sentence-quote-attributed-at-the-start",
    ),
    pytest.param(
        'Mayor Ann Lee spoke. "The first paragraph of the quote.\n\n"The second paragraph goes on," she said.',
        [
            ('"The first paragraph of the quote.', "Ann Lee", "direct"),
            ('"The second paragraph goes on,"', "Ann Lee", "direct"),
        ],
        id="quote-across-paragraphs",
    ),
    pytest.param(
        "According to officials, the bridge will close in Jan. for repairs.",
        [("the bridge will close in Jan. for repairs", "officials", "indirect")],
        id="according-to-anonymous",
    ),
    pytest.param(
        "The bridge will close for repairs, the Los Angeles Times reported.",
        [("The bridge will close for repairs", "Los Angeles Times", "indirect")],
        id="outlet-at-the-end",
    ),
    pytest.param(
        "A person familiar with the matter said the deal was near.",
        [("the deal was near", "A person familiar with the matter", "indirect")],
        id="anonymous-person-familiar",
    ),
    pytest.param(
        "Police Chief Charlie Beck said that the department would review the case.",
        [("the department would review the case", "Charlie Beck", "indirect")],
        id="reported-speech-that",
    ),
    pytest.param(
        'Mayor Ann Lee defended the budget. The mayor told reporters that "jobs come first."',
        [('"jobs come first."', "Ann Lee", "direct")],
        id="role-reference-resolves-to-earlier-name",
    ),
    pytest.param(
        'The company rejected what it called "deeply flawed" findings.',
        [('"deeply flawed"', None, "direct")],
        id="partial-quote-without-report-verb",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quotes_and_speakers(text, expected, lex):
    assert quotes(text, lex) == expected


def test_sources_aggregate_quotes_and_words(lex):
    text = (
        'Police Chief Charlie Beck said the review would be open. "We will be transparent," Beck said. '
        '"Nothing will be hidden." Officials said the files would be released.'
    )
    r = analyze(text, lexicons=lex)
    by_name = {s.name: s for s in r.sources}
    assert by_name["Charlie Beck"].kind == "named"
    assert by_name["Charlie Beck"].role == "Police Chief"
    assert by_name["Charlie Beck"].quotes == 3
    assert by_name["Charlie Beck"].words_quoted == 5 + 4 + 4
    assert by_name["Officials"].kind == "anonymous"


def test_findings_inside_quotes_have_quoted_voice(lex):
    text = '"The senator slammed us," Mayor Ann Lee said. The senator slammed the plan.'
    r = analyze(text, lexicons=lex)
    voices = [f.voice for f in r.findings if f.rule == "loaded.slam"]
    assert voices == ["quoted", "author"]


def test_author_only_entries_are_not_flagged_in_quotes(lex):
    r = analyze('"The council should act," Mayor Ann Lee said.', lexicons=lex)
    assert not [f for f in r.findings if f.rule == "editorial.should"]
    r = analyze("The council should act.", lexicons=lex)
    assert [f.rule for f in r.findings if f.rule == "editorial.should"] == ["editorial.should"]


def test_weasel_phrase_is_dropped_when_a_named_source_is_given(lex):
    vague = analyze("Critics say the plan fails.", lexicons=lex)
    named = analyze("Critics say the plan fails, Mayor Ann Lee said.", lexicons=lex)
    assert "weasel.critics_say" in {f.rule for f in vague.findings}
    assert "weasel.critics_say" not in {f.rule for f in named.findings}


def test_report_verbs_are_findings_only_where_they_attribute(lex):
    r = analyze("The reporters left. Officials said the road was closed.", lexicons=lex)
    attributions = [(f.term, f.stance) for f in r.findings if f.category == "attribution"]
    assert attributions == [("said", "neutral")]
