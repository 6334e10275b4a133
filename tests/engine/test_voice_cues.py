"""Voice cues: entries that mark the author's voice ("should", "I think", "of course")
count toward the sentence's label but are reported apart from the findings."""

from __future__ import annotations

import json
from pathlib import Path

from framing_tui.engine import analyze
from framing_tui.engine.lexicon import load_modules
from framing_tui.engine.matcher import Lexicon

from ..conftest import TEST_LEXICON

MODULE = """\
[module]
id = "house_voice"
title = "House voice cues"
description = "Phrases our columnists use to give their own view."
source = "Written for the test."
category = "editorial"
voice_cue = true

[[entries]]
terms = ["in our judgement"]
explanation = "The paper's own view."
examples = ["In our judgement the plan fails."]

[[entries]]
terms = ["sorry state"]
voice_cue = false
explanation = "A verdict in two words."
alternatives = ["describe the state"]
examples = ["The sorry state of the roads."]
"""


def _lex(tmp_path: Path, text: str = MODULE) -> tuple[Lexicon, list]:
    path = tmp_path / "house.toml"
    path.write_text(text, encoding="utf-8")
    modules, errors = load_modules([TEST_LEXICON, path])
    return Lexicon(modules, errors), errors


def test_a_voice_cue_labels_the_sentence_but_is_not_a_finding(tmp_path):
    lex, errors = _lex(tmp_path)
    assert not errors
    r = analyze("In our judgement the council acted too late.", lexicons=lex)
    assert [f.rule for f in r.voice_cues] == ["editorial.in_our_judgement"]
    assert r.voice_cues[0].term == "In our judgement"
    assert not [f for f in r.findings if f.rule == "editorial.in_our_judgement"]
    assert "editorial.in_our_judgement" in r.sentences[0].reasons
    out = r.to_dict()
    assert [f["rule"] for f in out["voice_cues"]] == ["editorial.in_our_judgement"]
    assert "editorial.in_our_judgement" not in json.dumps(out["findings"])


def test_an_entry_can_opt_out_of_its_modules_voice_cue(tmp_path):
    lex, _ = _lex(tmp_path)
    r = analyze("In our judgement the sorry state of the roads is a scandal.", lexicons=lex)
    assert [f.rule for f in r.findings if f.module == "house_voice"] == ["editorial.sorry_state"]
    assert [f.rule for f in r.voice_cues] == ["editorial.in_our_judgement"]


def test_voice_cue_must_be_a_boolean(tmp_path):
    _, errors = _lex(tmp_path, MODULE.replace("voice_cue = false", 'voice_cue = "no"'))
    assert [(Path(e.path).name, e.message) for e in errors] == [("house.toml", "'voice_cue' must be true or false")]
    assert errors[0].line == MODULE.splitlines().index("voice_cue = false") + 1


def test_shipped_prescriptions_and_asides_are_voice_cues_and_loaded_words_stay_findings(shipped):
    r = analyze("Of course, I think the council should scrap this disgraceful plan.", lexicons=shipped)
    assert {f.rule for f in r.voice_cues} == {"editorial.of_course", "editorial.i_think", "editorial.should"}
    assert [f.rule for f in r.findings if f.category in ("loaded", "partisan", "editorial")] == ["loaded.disgraceful"]
    assert r.sentences[0].label == "opinion"
    # a quoted prescription is the source's, and no cue of the author's voice
    q = analyze('"The council should scrap it," the mayor said.', lexicons=shipped)
    assert not q.voice_cues


def test_the_views_show_voice_cues_apart_from_findings(shipped):
    from framing_tui.render.plain import to_markdown, to_text
    from framing_tui.render.rich_view import article_text
    from framing_tui.render.styles import VOICE_CUE_STYLE
    from framing_tui.tui.model import Analysis, Lens

    r = analyze("The council should scrap this disgraceful plan.", lexicons=shipped)
    md = to_markdown(r)
    assert "## Voice cues" in md and "| should | `editorial.should` | prescription |" in md
    assert "\tvoice cue\tauthor\tshould\teditorial.should" in to_text(r)
    text = article_text(r)
    at = r.text.index("should")
    assert any(s.style == VOICE_CUE_STYLE and s.start == at for s in text.spans)
    # the TUI highlights them in the editorial layer, after the findings
    a = Analysis.build(r, "t")
    k = len(r.findings)
    assert a.marks[k].rule == "editorial.should"
    assert k in a.visible_findings(Lens())
    assert k not in a.visible_findings(Lens(layers=frozenset({"loaded"})))


def test_the_tui_explains_a_voice_cue_as_one(shipped):
    from framing_tui.tui.model import Analysis
    from framing_tui.tui.palette import palette
    from framing_tui.tui.screens.detail import FindingDetail

    r = analyze("The council should scrap this disgraceful plan.", lexicons=shipped)
    a = Analysis.build(r, "t")
    cue = a.marks[len(r.findings)]
    title = FindingDetail(cue, r.text, None, palette(True), voice_cue=True)._title().plain
    assert title.startswith("should   voice cue") and "not a word to change" in title
    finding = FindingDetail(r.findings[0], r.text, None, palette(True))._title().plain
    assert "voice cue" not in finding
