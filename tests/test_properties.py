"""Properties that hold for any input: analyze() never raises, spans are sane, JSON round-trips.

Run with a fixed seed and a bounded number of examples, so CI is repeatable and quick.
"""

import json

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing_tui import analyze
from framing_tui.cli import app
from framing_tui.safety import dumps

# Text built from pieces that exercise the stages: quotes, line breaks, abbreviations,
# control characters, brackets, non-Latin letters, loaded words.
PIECES = st.sampled_from(
    [
        " ",
        "\n",
        "\n\n",
        "\r",
        "\r\n",
        '"',
        "“",
        "”",
        "'",
        "’",
        ".",
        "?",
        "!",
        "...",
        ",",
        ":",
        "Mr.",
        "U.S.",
        "said",
        "according to",
        "officials",
        "slammed",
        "disaster",
        "Police Chief Ann Lee",
        "\x1b[2J",
        "\x00",
        "\u200b",
        "\u00a0",
        "[bold]",
        "(",
        ")",
        "—",
        "é",
        "😀",
        "日本",
        "AFP PHOTO",
        "By Jo Roe",
        "About the Author",
        "critics say",
        "so-called",
        "the",
        "plan",
        "tax",
        "court",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@seed(20261129)
@SETTINGS
@given(TEXTS)
def test_analyze_never_raises_and_spans_are_sane(text):
    r = analyze(text)
    n = len(text)
    prev = 0
    for s in r.sentences:
        assert prev <= s.start < s.end <= n
        prev = s.end
    for f in r.findings:
        assert 0 <= f.start < f.end <= n
        assert text[f.start : f.end] == f.term
    for q in r.quotes:
        assert 0 <= q.start < q.end <= n
    for fr in r.frames:
        assert 0.0 <= fr.score <= 1.0
        assert all(0 <= a < b <= n for a, b in fr.evidence)


@seed(20261129)
@SETTINGS
@given(TEXTS)
def test_the_json_report_round_trips_exactly(text):
    d = analyze(text).to_dict()
    back = json.loads(dumps(d))
    assert back == d
    assert back["text"] == text


@seed(20261129)
@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_the_cli_on_random_bytes_exits_0_or_2_without_a_traceback(data):
    r = CliRunner().invoke(app, ["analyze", "-", "--format", "json"], input=data)
    assert r.exit_code in (0, 2), r.output
    assert "Traceback" not in r.output
    if r.exit_code == 2:
        assert len(r.stderr.strip().splitlines()) == 1
