"""The shortcuts in quote attribution give what the plain forms they replace give."""

import re

from framing_tui.engine import attribution, quotes
from framing_tui.engine.gate import folds
from framing_tui.engine.tokens import CASE_FOLDS
from framing_tui.engine.tokens import normalise as tokens_normalise

SAMPLES = [
    "", "Smith", "and Smith", "AND Smith", "And then Smith", "ſo Smith", "So, Smith", "so,Smith", "and",
    "on Monday the mayor", "On Tuesday, Ruiz", "last week officials", "this month the agency", "in a statement Ruiz",
    "In a statement, the agency", "inland officials", "once again Dean", "meanwhile\tDean", "even\u00a0so Dean",
    "\u00a0", "\u2003 \u00a0",
    "Mayor Ann Lee’s office", "O’Brien", "ÉLISE Dubois", "the İstanbul office", "Kelvin K", "“Quoted” words",
]  # fmt: skip


def test_leading_junk_is_looked_for_only_where_it_can_be():
    for text in [*SAMPLES, *(w + " Smith" for w in attribution.JUNK_OPENERS)]:
        s = text.strip(" \t\n,;:—–-\"“”'’‘()")
        words = s.split(None, 1)
        first = words[0] if words else ""
        gated = first.lower() in attribution.JUNK_OPENERS or bool(CASE_FOLDS.search(first))
        assert gated or attribution.LEADING_JUNK.sub("", s) == s, text


def test_normalise_is_the_tokens_one():
    for text in [*SAMPLES, "Don’t", "donʼt", "‘Twas", "ÀÉÎ", "İ", "ſ", "Straße"]:
        assert attribution.normalise(text) == tokens_normalise(text)


def test_quotation_marks_are_found_as_the_pattern_finds_them():
    mark = re.compile(r"[\"“”„«»]")
    text = 'He said "yes" and „ja“ and «oui» and “no” — "' + "".join(SAMPLES)
    for lo in range(0, len(text), 7):
        for hi in (lo, lo + 1, lo + 30, len(text)):
            assert quotes._marks(text, lo, hi) == [m.start() for m in mark.finditer(text, lo, hi)]


def test_an_anonymous_source_is_found_at_either_end_as_before():
    anonymous = frozenset({"officials", "a person familiar with the matter", "aides"})
    ctx = attribution.Context(frozenset({"chief"}), anonymous)
    for text in [
        "officials", "two officials", "officials in the city", "a person familiar with the matter",
        "said a person familiar with the matter", "a person familiar with the matter and aides", "the city", "",
    ]:  # fmt: skip
        ws = text.split()
        before = [" ".join(ws[:k]) for k in range(len(ws), 0, -1)] + [" ".join(ws[k:]) for k in range(1, len(ws))]
        assert attribution._anonymous_edge(ws, ctx) == any(p in ctx.anonymous for p in before), text


def test_folds_is_case_folds():
    for text in [*SAMPLES, "İ", "ı", "ſ", "\u212a", "K", "i", "s", "k", "x\u0130y"]:
        assert folds(text) == bool(CASE_FOLDS.search(text)), text


def test_letter_runs_are_the_runs_of_a_to_z_in_the_lowercased_text():
    from framing_tui.engine.gate import letter_runs

    for text in [*SAMPLES, "İstanbul", "\u212aelvin", "ſaid", "Straße", "naïve café", "x_y2z", "\ud800a", "ǅemal"]:
        assert letter_runs(text) == re.findall("[a-z]+", text.lower()), text


def test_an_appositive_always_ends_in_a_comma():
    from framing_tui.engine.reported import APPOSITIVE, _comma_before

    text = "Ana Ruiz, the police chief, said; Joel Marsh, 54, a tenant,\n said. Ruiz , x , said Ruiz,said"
    for s in range(len(text)):
        for v in range(s, len(text) + 1):
            assert not APPOSITIVE.match(text, s, v) or _comma_before(text, s, v), (s, v)


def test_a_possessive_source_holds_an_apostrophe():
    for text in [*SAMPLES, "Ruiz's office", "the mayor’s spokesman", "Dean's lawyers", "Deans lawyers", "Dean`s"]:
        match = attribution.POSSESSIVE_SOURCE.fullmatch(text)
        assert not match or "'" in text or "’" in text, text
    assert attribution.POSSESSIVE_SOURCE.fullmatch("Ruiz's office")
