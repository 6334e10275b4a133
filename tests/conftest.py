from __future__ import annotations

from pathlib import Path

import pytest

from framing_tui.engine.lexicon import load_modules
from framing_tui.engine.matcher import Lexicon

ROOT = Path(__file__).resolve().parent.parent
TEST_LEXICON = Path(__file__).resolve().parent / "data" / "lexicon"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def lex() -> Lexicon:
    """A small lexicon written for the tests, so engine tests do not move with the data."""
    modules, errors = load_modules([TEST_LEXICON])
    assert not errors, errors
    return Lexicon(modules)


@pytest.fixture(scope="session")
def shipped():
    from framing_tui.engine.lexicon_cache import load_lexicon

    return load_lexicon()
