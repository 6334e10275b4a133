"""engine/punkt.py finds exactly the sentence spans nltk's Punkt finds with the same parameters.

nltk stays the reference (tests/engine/punkt_reference.py): every test here compares offsets,
so any divergence, even one that would look like an improvement, fails.
"""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, seed, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktToken

from framing_tui.engine import punkt
from framing_tui.engine.punkt import Punkt

from .punkt_reference import StdlibLanguageVars, nltk_spans

EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.txt"))

# Small parameter sets that make every rule reachable: "no" and "a" are both abbreviations
# and starters, "a" is also an initial, "u.s" and "e.g" have inner periods.
ABBREVIATIONS = frozenset({"mr", "mrs", "dr", "u.s", "e.g", "i.e", "jan", "gov", "sen", "st", "p.m", "no", "a", "5"})
STARTERS = frozenset({"the", "he", "she", "it", "they", "but", "in", "no", "a", "this", "that's"})


def ours(text: str) -> list[tuple[int, int]]:
    return Punkt(ABBREVIATIONS, STARTERS).spans(text)


def reference(text: str) -> list[tuple[int, int]]:
    return nltk_spans(text, ABBREVIATIONS, STARTERS)


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in ours(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He lived in the U.S. The next day he left.", ["He lived in the U.S.", "The next day he left."]),
        ("They flew to the U.S. last week.", ["They flew to the U.S. last week."]),
        ("He met Dr. Smith. She agreed.", ["He met Dr. Smith.", "She agreed."]),
        ("Use a tool, e.g. this one. Then stop.", ["Use a tool, e.g. this one.", "Then stop."]),
        ("It cost 3.5 million. Then 4. More came.", ["It cost 3.5 million.", "Then 4.", "More came."]),
        ("He paused... and went on. Then... The end.", ["He paused... and went on.", "Then...", "The end."]),
        ('"Go!" he said. She left.', ['"Go!"', "he said.", "She left."]),  # sentences.py rejoins these
        ("Mr. A. B. Jones spoke. He left.", ["Mr. A. B. Jones spoke.", "He left."]),
        ("Item no. 5 is sold. No. The rest.", ["Item no. 5 is sold.", "No.", "The rest."]),
        ("(He won.) The rest followed.", ["(He won.)", "The rest followed."]),
        ("She said 'It is done.' Then left.", ["She said 'It is done.'", "Then left."]),
        ("Really?! Yes.  ", ["Really?!", "Yes."]),
        ("He won.” “Then we lost.”", ["He won.”", "“Then we lost.”"]),
        ("ex-Gov. Lee spoke.", ["ex-Gov. Lee spoke."]),
        ("It was a. B. C. d.", ["It was a. B. C. d."]),
        # Each dot of ". . ." followed by a space and another dot is its own candidate.
        ("Wait . . . The end.", ["Wait .", ".", ".", "The end."]),
        # Closing punctuation goes back on its sentence before "--" too.
        ('He won."-- And more.', ['He won."', "-- And more."]),
        # A context is tokenized line by line: across the line break ". . ." would be one token.
        ("Wait.\xa0.\n. Then go.", ["Wait.\xa0.", ".", "Then go."]),
        ("", []),
        ("   ", []),
    ],
)
def test_hand_written_cases_match_nltk(text, expected):
    assert ours(text) == reference(text)
    assert sentences(text) == expected


def test_the_shipped_lexicons_on_the_examples_match_nltk(shipped):
    assert EXAMPLES
    splitter = Punkt(shipped.abbreviations, shipped.sentence_starters)
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        for chunk in [text, *text.split("\n\n")]:
            assert splitter.spans(chunk) == nltk_spans(chunk, shipped.abbreviations, shipped.sentence_starters)


def test_the_patterns_we_reproduce_are_the_installed_nltk_ones():
    """If nltk changes Punkt's patterns, say so here rather than only as mismatched spans."""
    lang = PunktLanguageVars()
    probe = "".join(chr(c) for c in range(0x20, 0x7F)) + "\u2018\u2019\u201c\u201d\xab\xbb\u2014"
    non_word = re.compile(lang._re_non_word_chars)
    assert {c for c in probe if non_word.fullmatch(c)} == {c for c in probe if re.fullmatch(punkt._NON_WORD, c)}
    boundary = re.compile(lang.re_boundary_realignment.pattern)
    assert {c for c in probe if boundary.match(c)} == set(punkt._CLOSERS)
    for tok in WORDS:
        assert bool(re.match(PunktToken._RE_NUMERIC.pattern, tok)) == bool(punkt._NUMBER.match(tok)), tok
    assert PunktSentenceTokenizer.PUNCTUATION == punkt._PUNCTUATION


def test_the_character_class_shortcuts_hold_for_every_character():
    """_is_initial replaces the pattern `[^\\W\\d]\\.$`, and _type skips the number pattern
    for a token that starts with a letter: both hold for every Unicode character."""
    initial = re.compile(PunktToken._RE_INITIAL.pattern)
    number = re.compile(PunktToken._RE_NUMERIC.pattern)
    for code in range(0x110000):
        c = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        assert punkt._is_initial(c + ".") == bool(initial.match(c + ".")), hex(code)
        low = c.lower()
        if low[0].isalpha():
            assert not number.match(low[0] + "5"), hex(code)  # a number's first character is not a letter
            assert punkt._type(c + "5") == (c + "5").lower()


# Pieces of news-like text: starters in both cases, plain and capitalised words,
# abbreviations (known and unknown, hyphenated), initials, numbers, ellipses, punctuation,
# quotes and brackets, and words with punctuation attached.
WORDS = [
    "the", "he", "she", "it", "they", "but", "in", "no", "a", "this", "that's",
    "The", "He", "She", "It", "They", "But", "In", "No", "A", "This", "That's",
    "said", "plan", "vote", "court", "Smith", "Jones", "London", "Bach", "later", "today",
    "Mr.", "Mrs.", "Dr.", "U.S.", "u.s.", "e.g.", "i.e.", "Jan.", "Gov.", "ex-Gov.", "Sen.", "St.", "p.m.",
    "No.", "no.", "A.", "a.", "5.", "J.", "K.", "B.", "x.", "É.", "_.", "U.K.", "Inc.", "etc.", "vs.",
    "3.5", "12.", "1,000", "-4", "4.5.", "2024.", "##number##.", ".5", "3-4.",
    "...", "..", ". . .", "....", "…", ".", "!", "?", ",", ";", ":", "--", "-", "—", "?!", "!!",
    '"', "'", "(", ")", "[", "]", "{", "}", "“", "”", "‘", "’", "«", "»", "*",
    "said.", "ended!", "why?", "(Reuters)", '"Go!"', "(U.S.)", "Smith.)", "done.”", 'won."--', "it.)--",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "", "  ", "\n", "\n\n", "\t", "\r\n", "\xa0", "\u2009", " \n "]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)
RAW = st.text(alphabet="aAbZé1 .!?,;:\"'()[]-–…“”’\n\t\xa0_#", max_size=80)
SETTINGS = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@seed(20261129)
@SETTINGS
@given(TEXTS)
@example("Mr. A. B. Jones spoke. He left.")
def test_generated_news_like_text_splits_as_nltk_splits_it(text):
    assert ours(text) == reference(text)


@seed(20261129)
@SETTINGS
@given(RAW)
def test_random_characters_split_as_nltk_splits_them(text):
    assert ours(text) == reference(text)


@seed(20261129)
@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXTS, RAW))
def test_word_tokens_are_nltk_word_tokens(text):
    for line in text.split("\n"):
        assert punkt._WORD.findall(line) == StdlibLanguageVars().word_tokenize(line)
