"""Shared by the hand-written attribution cases (test_direct_quote_cases.py, test_attribution_cases.py),
which run with the SHIPPED lexicons.

Each case is (text, [(quoted span exactly as in the text, speaker, kind)], [sentence labels]).
The expected values are what a careful reader would say is correct, not what the engine
happens to produce today; cases the engine gets wrong are kept and marked xfail (strict),
with the reason, so they turn green (and then fail loudly) once the engine is fixed.

All people, places and outlets are invented.

Conventions (as in tests/engine/test_quotes.py and docs/report-schema.md):
- a direct quote runs from its opening to its closing quotation mark, punctuation inside
  included; a paragraph that ends without a closing mark ends the quote there;
- an indirect quote is the reported clause alone: no "that", no attribution, no final stop;
- a speaker is a person's full name without the role, an organisation's name without
  "the", or an anonymous description as written;
- quotes are listed in text order.
"""

import pytest

from framing_tui import analyze

# kinds and labels, short so that the tables stay readable
DQ, IQ = "direct", "indirect"
REP, FACT, OPIN = "reported", "factual", "opinion"


def xfail(reason):
    return pytest.mark.xfail(reason=reason, strict=True)


def check(text, expected_quotes, expected_labels, lexicons):
    for span, _speaker, _kind in expected_quotes:
        assert span in text, f"typo in the expected span: {span!r}"
    r = analyze(text, lexicons=lexicons)
    assert [(text[q.start : q.end], q.speaker, q.kind) for q in r.quotes] == expected_quotes
    assert [s.label for s in r.sentences] == expected_labels
