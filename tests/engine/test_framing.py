"""The framing verdicts: headline against body, partisan counts, tone toward actors, intensity."""

import pytest

from framing_tui import analyze

from ..conftest import EXAMPLES

ATTRIBUTED = (
    "Mayor Lee took bribes from developers\n\n"
    "Mayor Ann Lee took bribes from developers for years, a former aide claimed on Tuesday.\n\n"
    'The aide, who asked not to be named, said the payments were made in cash. "I saw the envelopes," the aide said.'
)
ASSERTED = (
    "Mayor Lee took bribes from developers\n\n"
    "Mayor Ann Lee took bribes from developers for years, court records show.\n\n"
    "The payments were made in cash between 2019 and 2023."
)


def notes(text, shipped):
    return [n["kind"] for n in analyze(text, lexicons=shipped).summary["headline"]["notes"]]


def test_a_headline_that_asserts_what_the_body_attributes_is_flagged(shipped):
    assert "asserts_attributed" in notes(ATTRIBUTED, shipped)
    assert "asserts_attributed" not in notes(ASSERTED, shipped)


def test_a_hedged_headline_is_not_flagged(shipped):
    hedged = ATTRIBUTED.replace("Mayor Lee took bribes", "Mayor Lee may have taken bribes", 1)
    assert "asserts_attributed" not in notes(hedged, shipped)


def test_a_loaded_headline_word_missing_from_the_body_is_noted(shipped):
    text = "Council's disastrous budget passes\n\nThe council passed the budget 7-2 on Tuesday."
    r = analyze(text, lexicons=shipped)
    kinds = [n for n in r.summary["headline"]["notes"] if n["kind"] == "loaded_not_in_body"]
    assert kinds and kinds[0]["term"].lower() == "disastrous"


def test_partisan_counts_come_with_their_terms_and_counterparts(shipped):
    text = "The death tax hurts farmers. Critics of the death tax want repeal, and the radical left disagrees."
    p = analyze(text, lexicons=shipped).summary["partisan"]
    assert p["right"] >= 3 and "US-centred" in p["caveat"]
    terms = {t["term"]: t for t in p["terms"]}
    assert terms["death tax"]["count"] == 2 and terms["death tax"]["lean"] == "right"
    assert "estate tax" in terms["death tax"]["counterparts"]


@pytest.mark.parametrize(
    "wording, sign",
    [
        ("Governor Tom Hale delivered a brilliant, inspiring speech that won wide praise.", 1),
        ("Governor Tom Hale delivered a disastrous, dishonest speech that won wide scorn.", -1),
    ],
)
def test_tone_toward_a_named_actor_follows_the_authors_wording(wording, sign, shipped):
    text = wording + " Hale then left for the capital."
    tone = {t["name"]: t for t in analyze(text, lexicons=shipped).summary["tone"]}
    assert tone["Tom Hale"]["tone"] * sign > 0.2


def test_every_present_frame_has_evidence_inside_the_text(shipped):
    for path in sorted(EXAMPLES.glob("*.txt")):
        r = analyze(path.read_text(encoding="utf-8"), lexicons=shipped)
        for f in r.frames:
            if f.present:
                assert f.evidence, (path.name, f.id)
                assert all(0 <= a < b <= len(r.text) and r.text[a:b].strip() for a, b in f.evidence)


def test_intensity_shows_its_formula_and_rises_with_slant(shipped):
    calm = analyze((EXAMPLES / "wire-report.txt").read_text(encoding="utf-8"), lexicons=shipped)
    slanted = analyze((EXAMPLES / "partisan-piece.txt").read_text(encoding="utf-8"), lexicons=shipped)
    a, b = calm.summary["intensity"], slanted.summary["intensity"]
    assert 0 <= a["score"] < b["score"] <= 100
    assert "opinion_share" in a["formula"] and set(a["parts"]) == set(a["explained"])
