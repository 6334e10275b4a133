import re

import pytest

from framing_tui.engine import matcher
from framing_tui.engine.tokens import stem, term_words, tokenize


def rules(lex, text: str) -> set[str]:
    return {m.entry.rule for m in lex.find(text)}


def test_tokens_keep_spans_and_split_hyphens_but_not_apostrophes():
    text = "The far-left group’s plan didn't pass."
    toks = tokenize(text)
    assert [text[a:b] for a, b in zip(toks.starts, toks.ends, strict=True)] == [
        "The",
        "far",
        "left",
        "group’s",
        "plan",
        "didn't",
        "pass",
    ]
    assert toks.lower[3] == "group's"
    assert term_words("so-called") == ["so", "called"]
    assert stem("slammed") == stem("slams") == "slam"


@pytest.mark.parametrize(
    "text, rule",
    [
        ("The senator slams the plan.", "loaded.slam"),
        ("The senator was slamming the plan.", "loaded.slam"),
        ("an illegal alien", "loaded.illegal_alien"),
        ("illegal-aliens", "loaded.illegal_alien"),
        ("the so-called experts", "presupposition.so_called"),
        ("the so called experts", "presupposition.so_called"),
        ("The Democrat Party met.", "partisan.democrat_party"),
        ("The regime fell.", "loaded.r_e3_gime"),
    ],
)
def test_inflections_phrases_and_variants_match(lex, text, rule):
    assert rule in rules(lex, text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("She slammed the door.", "loaded.slam"),  # not_followed_by
        ("an illegal parking spot", "loaded.illegal"),  # not_followed_by
        ("The crooked path.", "loaded.crook"),  # match = word: no stemming
        ("the democrat party", "partisan.democrat_party"),  # case_sensitive
    ],
)
def test_context_conditions_block_matches(lex, text, rule):
    assert rule not in rules(lex, text)


def test_longest_match_wins_in_the_report(lex):
    from framing_tui import analyze

    r = analyze("He called him an illegal alien yesterday.", lexicons=lex)
    assert [(f.rule, f.term) for f in r.findings if f.category == "loaded"] == [
        ("loaded.illegal_alien", "illegal alien")
    ]


def test_negation_flips_polarity(lex):
    from framing_tui import analyze

    pos = analyze("The plan is good.", lexicons=lex).findings
    neg = analyze("The plan is not good.", lexicons=lex).findings
    assert [f.polarity for f in pos if f.rule == "editorial.good"] == ["positive"]
    assert [f.polarity for f in neg if f.rule == "editorial.good"] == ["negative"]


def test_curly_and_straight_apostrophes_match_alike(lex):
    toks_a, toks_b = tokenize("didn't"), tokenize("didn’t")
    assert toks_a.lower == toks_b.lower


def test_a_wildcard_stands_for_any_one_word():
    from framing_tui.engine.lexicon_types import Entry, Module
    from framing_tui.engine.matcher import Lexicon

    entry = Entry("loaded.twist_words", "t", "loaded", "", ("twist * words",), "stem", 1.0, "e")
    lex = Lexicon([Module("t", "terms", "t", "d", "s", "MIT", "t.toml", "loaded", entries=[entry])])
    assert {m.entry.rule for m in lex.find("She twisted his words again.")} == {"loaded.twist_words"}
    assert not lex.find("She twisted words.")
    assert not lex.find("She twisted all of his words.")


@pytest.mark.parametrize(
    "term, text",
    [
        ("(?:hidden|secret) agenda", "A Hidden agenda, a secret  agenda, xsecret agenda and a SECRET AGENDA."),
        ("(?:ab|abab|b)(?:ab)*", "abababab bab abba"),
        ("(?:a|aa)a", "aaaaaaa aa a"),
    ],
)
def test_a_leading_choice_finds_what_a_full_scan_finds(term, text):
    rx = re.compile(rf"(?:{term})\b", re.IGNORECASE)
    choices = matcher._literal_choices(term)
    assert choices
    low = text.translate(matcher._ASCII_LOWER)
    got = matcher._scan_from(rx, text, matcher._occurrences(low, choices))
    assert [m.span() for m in got] == [m.span() for m in rx.finditer(text)]


def test_str_lower_turns_no_letter_into_ascii_except_the_case_folds():
    # match_regexes lowercases with str.lower where CASE_FOLDS finds nothing
    changed = {chr(c) for c in range(0x80, 0x110000) if len(chr(c).lower()) != 1 or chr(c).lower().isascii()}
    assert all(matcher.CASE_FOLDS.match(c) for c in changed)
