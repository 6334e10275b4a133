"""Every shipped lexicon entry's examples are tests: they must match, counterexamples must not."""

import pytest

from framing_tui import analyze
from framing_tui.engine.lexicon import load_modules, shipped_dir
from framing_tui.engine.lexicon_check import duplicate_items, duplicate_terms
from framing_tui.engine.matcher import Lexicon

from .conftest import ROOT

MODULES, ERRORS = load_modules([shipped_dir()])
LEX = Lexicon(MODULES)
ENTRIES = [e for m in MODULES if m.kind == "terms" for e in m.entries]


def test_the_shipped_modules_load_without_errors():
    assert not ERRORS, "\n".join(map(str, ERRORS[:20]))


def test_no_term_is_owned_by_two_rules():
    dups = duplicate_terms(MODULES)
    assert not dups, "\n".join(map(str, dups[:20]))


def test_no_list_item_is_listed_twice():
    dups = duplicate_items(MODULES)
    assert not dups, "\n".join(map(str, dups[:20]))


def test_an_item_listed_twice_is_reported_at_its_second_line(tmp_path):
    path = tmp_path / "roles.toml"
    path.write_text(
        'module.id = "my_roles"\nmodule.kind = "speaker_roles"\nmodule.title = "t"\n'
        'module.description = "d"\nmodule.source = "s"\n'
        'items = [\n  "harbor master",\n  "clerk",\n  "Harbor Master",\n]\n',
        encoding="utf-8",
    )
    modules, errors = load_modules([path])
    assert not errors
    dups = duplicate_items(modules)
    assert [(e.line, e.message) for e in dups] == [(9, "item 'harbor master' is listed twice")]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.rule for e in ENTRIES])
def test_examples_match_and_counterexamples_do_not(entry):
    assert entry.examples, f"{entry.path}:{entry.line}: {entry.rule} has no examples"
    for ex in entry.examples:
        assert entry.rule in {c.entry.rule for c in LEX.find(ex)}, f"{entry.rule} misses {ex!r}"
    for ex in entry.counterexamples:
        assert entry.rule not in {f.rule for f in analyze(ex, lexicons=LEX).findings}, f"{entry.rule} fires on {ex!r}"


def test_every_module_is_listed_with_its_provenance():
    readme = (ROOT / "lexicons" / "README.md").read_text(encoding="utf-8")
    missing = [m.id for m in MODULES if f"`{m.id}`" not in readme and not m.id.startswith("frame_")]
    assert not missing


def test_alternatives_on_most_loaded_terms():
    loaded = [e for e in ENTRIES if e.category == "loaded"]
    with_alt = [e for e in loaded if e.alternatives]
    assert len(with_alt) >= 0.8 * len(loaded)


def test_the_shipped_lexicons_meet_their_minimum_sizes():
    """The sizes issue 3 set, read the way a user reads them: `framing lexicons list --format json`."""
    import json

    from typer.testing import CliRunner

    from framing_tui.cli import app

    rows = json.loads(CliRunner().invoke(app, ["lexicons", "list", "--format", "json"]).stdout)
    by_id = {r["id"]: r["entries"] for r in rows}
    loaded = sum(n for i, n in by_id.items() if i in ("loaded_adjectives", "loaded_verbs", "loaded_nouns"))
    assert sum(by_id.values()) >= 3000
    assert loaded >= 600
    minimums = {
        "loaded_labels": 150, "partisan": 150, "loaded_puffery": 100, "editorial": 100, "hedges": 150,
        "boosters": 100, "report_verbs": 150, "presupposition": 80, "weasel": 100,
        "loaded_euphemisms": 50, "abbreviations": 200,
    }  # fmt: skip
    for module, least in minimums.items():
        assert by_id[module] >= least, module
    frames = [n for i, n in by_id.items() if i.startswith("frame_")]
    assert len(frames) == 14 and min(frames) >= 60
