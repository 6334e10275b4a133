from framing_tui import analyze
from framing_tui.engine.report import FRAME_IDS

CRIME = (
    "Police arrested two men\n\n"
    "Police arrested two men on Monday. A prosecutor said both face prison. "
    "The prosecutor said the men were arrested after a chase. Police said prison terms were likely."
)


def frame(report, fid):
    return next(f for f in report.frames if f.id == fid)


def test_all_fourteen_frames_are_reported_in_order(lex):
    r = analyze("Nothing much happened today.", lexicons=lex)
    assert [f.id for f in r.frames] == list(FRAME_IDS)
    assert not any(f.present for f in r.frames)


def test_a_frame_with_strong_cues_is_present_with_evidence_in_the_text(lex):
    r = analyze(CRIME, lexicons=lex)
    crime = frame(r, "crime_and_punishment")
    assert crime.present and crime.score > frame(r, "economic").score
    assert crime.evidence
    for a, b in crime.evidence:
        assert r.text[a:b].lower() in {"police", "arrested", "prosecutor", "prison"}
    assert r.summary["dominant_frames"][0] == "crime_and_punishment"


def test_headline_cues_weigh_more_than_body_cues(lex):
    body_only = analyze("Something happened\n\nThe budget grew. Nothing else changed at all today.", lexicons=lex)
    in_head = analyze("Budget grew\n\nSomething happened. Nothing else changed at all today.", lexicons=lex)
    assert frame(in_head, "economic").score > frame(body_only, "economic").score


def test_the_same_cues_weigh_less_in_a_longer_article(lex):
    short = analyze("The budget and the cost rose.", lexicons=lex)
    long = analyze("The budget and the cost rose. " + "The weather was mild and people walked. " * 60, lexicons=lex)
    assert frame(long, "economic").score < frame(short, "economic").score


def test_summary_counts_sources_and_quoted_words(lex):
    text = 'Mayor Ann Lee spoke. "We are ready to go," she said. Officials said the road would open.'
    s = analyze(text, lexicons=lex).summary
    assert s["sources"]["named"] == 1 and s["sources"]["anonymous"] == 1
    assert s["sources"]["top"][0]["name"] == "Ann Lee"
    assert s["sources"]["top"][0]["words"] == 5
    assert s["words"] == len(text.replace('"', "").replace(".", " ").replace(",", " ").split())


def test_summary_separates_author_and_quoted_loaded_language(lex):
    text = 'The senator slammed the plan. "They slammed it again," Mayor Ann Lee said.'
    s = analyze(text, lexicons=lex).summary
    assert s["findings"]["author"]["loaded"] == 1
    assert s["findings"]["quoted"]["loaded"] == 1
    top = s["top_terms"][0]
    assert (top["rule"], top["author"], top["quoted"], top["alternatives"]) == ("loaded.slam", 1, 1, ["criticize"])


def test_a_given_title_is_analysed_as_the_headline(lex):
    r = analyze("The council met.", title="Senator slams council", lexicons=lex)
    assert r.summary["headline"]["from"] == "title"
    assert "loaded.slam" in r.summary["headline"]["rules"]
    assert r.title == "Senator slams council"


def test_analyze_restores_the_callers_garbage_collector_setting(lex):
    import gc

    assert gc.isenabled()
    analyze("The budget rose.", lexicons=lex)
    assert gc.isenabled()
    gc.disable()
    try:
        analyze("The budget rose.", lexicons=lex)
        assert not gc.isenabled()
    finally:
        gc.enable()
