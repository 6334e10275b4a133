"""The JSON report honours the public contract (schema version 1, ../shared/eval/README.md)."""

import json

import pytest

from framing_tui import analyze
from framing_tui.engine.report import CATEGORIES, FRAME_IDS
from framing_tui.safety import dumps

from .conftest import EXAMPLES

LABELS = {"opinion", "reported", "factual", "boilerplate"}
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture(scope="module", params=EXAMPLE_FILES, ids=[p.name for p in EXAMPLE_FILES])
def report(request):
    text = request.param.read_text(encoding="utf-8")
    return json.loads(dumps(analyze(text).to_dict(id="doc-1")))


def test_there_are_bundled_examples():
    assert len(EXAMPLE_FILES) >= 3


def test_top_level_fields(report):
    for key in ("schema_version", "id", "text", "sentences", "findings", "quotes", "sources", "frames", "summary"):
        assert key in report
    assert report["schema_version"] == 1
    assert report["id"] == "doc-1"


def test_text_is_the_input_unchanged(report):
    name = next(p for p in EXAMPLE_FILES if p.read_text(encoding="utf-8") == report["text"])
    assert name


def test_sentences_are_ordered_disjoint_labelled_and_inside_text(report):
    n = len(report["text"])
    prev_end = 0
    for s in report["sentences"]:
        assert prev_end <= s["start"] < s["end"] <= n
        prev_end = s["end"]
        assert s["label"] in LABELS
        assert 0.0 <= s["opinion_score"] <= 1.0
        assert all(isinstance(r, str) for r in s["reasons"])


def test_findings_use_the_vocabularies_and_lie_inside_text(report):
    assert report["findings"], "an example article with no findings tests nothing"
    n = len(report["text"])
    for f in report["findings"]:
        assert 0 <= f["start"] < f["end"] <= n
        assert f["category"] in CATEGORIES
        assert f["voice"] in ("author", "quoted")
        # a rule is named for its lexicon category; a sceptical or emotive report verb in
        # the author's voice is reported as editorial commentary
        assert f["rule"].startswith(f["category"] + ".") or (
            f["category"] == "editorial"
            and f["rule"].startswith("attribution.")
            and f["stance"] in ("sceptical", "emotive")
        )
        assert isinstance(f["message"], str) and f["message"]
        assert isinstance(f["alternatives"], list)


def test_quotes_sources_and_frames(report):
    n = len(report["text"])
    for q in report["quotes"]:
        assert 0 <= q["start"] < q["end"] <= n
        assert q["kind"] in ("direct", "indirect")
        assert q["speaker"] is None or isinstance(q["speaker"], str)
    for s in report["sources"]:
        assert s["kind"] in ("named", "anonymous", "organization") and s["name"]
    assert [f["id"] for f in report["frames"]] == list(FRAME_IDS)
    for f in report["frames"]:
        assert isinstance(f["present"], bool) and 0.0 <= f["score"] <= 1.0
        for a, b in f["evidence"]:
            assert 0 <= a < b <= n


def test_offsets_are_code_point_offsets():
    text = "Émigré café 😀 owners slammed the plan."
    r = analyze(text)
    for f in r.findings:
        assert text[f.start : f.end] == f.term
