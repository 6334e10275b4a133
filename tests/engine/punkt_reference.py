"""nltk's Punkt configured as sentences.py ran it before engine/punkt.py replaced it: the
reference our splitter must agree with, offset for offset.

Parameters from our lexicons (abbreviations, sentence starters, and an orthographic context
that says each starter is seen lowercase at a sentence start and inside one); nltk's own
patterns compiled by the standard `re` instead of nltk's `redos` wrapper (the third-party
`regex` engine, whose Unicode classes can differ at the edges).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

ORTHO_BEG_LC = 1 << 4
ORTHO_MID_LC = 1 << 5


class StdlibLanguageVars(PunktLanguageVars):
    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    def _word_tokenizer_re(self):
        try:
            return self._re_word_tokenizer
        except AttributeError:
            self._re_word_tokenizer = re.compile(
                self._word_tokenize_fmt
                % {
                    "NonWord": self._re_non_word_chars,
                    "MultiChar": self._re_multi_char_punct,
                    "WordStart": self._re_word_start,
                },
                re.UNICODE | re.VERBOSE,
            )
            return self._re_word_tokenizer

    def period_context_re(self):
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = re.compile(
                self._period_context_fmt
                % {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars},
                re.UNICODE | re.VERBOSE,
            )
            return self._re_period_context


_NON_PUNCT = re.compile(r"[^\W\d]", re.UNICODE)


class StdlibToken(PunktToken):
    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
    _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern, re.UNICODE)
    _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern, re.UNICODE)

    @property
    def is_non_punct(self):
        return _NON_PUNCT.search(self.type)


@lru_cache(maxsize=8)
def nltk_punkt(abbreviations: frozenset[str], starters: frozenset[str]) -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    params.sent_starters = set(starters)
    for word in starters:
        params.add_ortho_context(word, ORTHO_BEG_LC | ORTHO_MID_LC)
    return PunktSentenceTokenizer(params, lang_vars=StdlibLanguageVars(), token_cls=StdlibToken)


def nltk_spans(text: str, abbreviations: frozenset[str], starters: frozenset[str]) -> list[tuple[int, int]]:
    return list(nltk_punkt(abbreviations, starters).span_tokenize(text))
