"""The headless engine: text in, a typed Report out. No UI imports here, ever."""

from .compiled import choose

choose()  # the compiled engine, or its source (see compiled.py); before any module of it loads

from .analyze import analyze
from .lexicon_cache import load_lexicon
from .lexicon_types import LexiconError
from .matcher import Lexicon
from .report import SCHEMA_VERSION, Report

__all__ = ["SCHEMA_VERSION", "Lexicon", "LexiconError", "Report", "analyze", "load_lexicon"]
