"""Punkt's sentence breaks for the parameters framing-tui gives it, as plain typed code.

sentences.py used to call nltk's `PunktSentenceTokenizer.span_tokenize`, which builds a
token object per word of every candidate context in interpreted Python. This module makes
the same decisions, with the same character offsets, for the one configuration we use:

- known abbreviations (our lexicons' list, lowercased, without the final period);
- frequent sentence starters (our lexicons' list);
- an orthographic context that holds, for each sentence starter and nothing else, "seen
  lowercase at a sentence start" and "seen lowercase inside a sentence";
- no collocations, no training.

It follows nltk 3.10's Punkt with its patterns compiled by the standard `re` (as
sentences.py ran it). The test suite compares the two on generated text
(tests/engine/test_punkt.py). The names in [brackets] are the nltk methods whose rule a
branch reproduces.

The procedure, in four steps:

1. Candidates [_match_potential_end_contexts]: every ".", "?" or "!" followed by a
   character that cannot be inside a word, or by whitespace and a token. Each candidate's
   context runs from the start of the word before it to the end of what follows it.
2. Decision [text_contains_sentbreak]: the context is cut into word tokens and annotated
   twice (by each token's own form, then by the token after it); it holds a break if a
   token other than its last is a sentence break.
3. Slices [_slices_from_text]: a sentence ends after each candidate with a break; the next
   one starts at the following token.
4. Realignment [_realign_boundaries]: closing quotes and brackets after a break go on the
   sentence they close.
"""

from __future__ import annotations

import re
from typing import Final

# [PunktLanguageVars._re_non_word_chars]: characters that end a word even without a space.
_NON_WORD: Final = "[)\";}\\]*:@'({\\[\u2018\u2019\u201c\u201d\xab\xbb!?]"
# [PunktLanguageVars._re_multi_char_punct]: dashes, dot runs and spaced dots (". . .").
_MULTI_CHAR: Final = r"(?:-{2,}|\.{2,}|(?:\.\s){2,}\.)"
# [PunktLanguageVars._re_word_start]: characters a word token cannot begin with.
_WORD_START: Final = r"[^(\"`{\[:;&#*@)}\]\-,]"

# [PunktLanguageVars.period_context_re]: a candidate end, and after it either one
# non-word character or whitespace and the next whitespace-free run ("next").
_CANDIDATE: Final = re.compile(r"[.?!](?=(?P<after>" + _NON_WORD + r"|\s+(?P<next>\S+)))")
# [PunktLanguageVars.word_tokenize]: multi-character punctuation; or a word, which takes
# characters up to whitespace, the end, a non-word character, multi-character punctuation,
# or a comma that is itself followed by one of those; or any other single character.
_WORD: Final = re.compile(
    _MULTI_CHAR
    + "|(?="
    + _WORD_START
    + r")\S+?(?=\s|$|"
    + _NON_WORD
    + "|"
    + _MULTI_CHAR
    + r"|,(?=$|\s|"
    + _NON_WORD
    + "|"
    + _MULTI_CHAR
    + r"))|\S"
)
# [PunktToken._RE_NUMERIC]: a token of this form has the type "##number##".
_NUMBER: Final = re.compile(r"-?[.,]?\d[\d,.-]*\.?$")
_NUMBER_TYPE: Final = "##number##"
# [PunktSentenceTokenizer.PUNCTUATION]: tokens a sentence never starts with.
_PUNCTUATION: Final = (";", ":", ",", ".", "!", "?")
# [_get_last_whitespace_index] looks for these (string.whitespace), not Unicode spaces.
_ASCII_SPACE: Final = " \t\n\r\x0b\x0c"
# [PunktLanguageVars.re_boundary_realignment]: what may close a sentence after its period.
_CLOSERS: Final = "\"')]}\u2018\u2019\u201c\u201d\xab\xbb"

# First-pass annotations of a token [_first_pass_annotation].
_PLAIN: Final = 0
_BREAK: Final = 1
_ABBREVIATION: Final = 2
_ELLIPSIS: Final = 3


class Punkt:
    """Sentence spans of a text, as nltk's Punkt finds them with our parameters."""

    def __init__(self, abbreviations: frozenset[str], starters: frozenset[str]) -> None:
        self.abbreviations = abbreviations
        self.starters = starters

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence [span_tokenize with realign_boundaries=True]."""
        return _realign(text, self._slices(text))

    def _slices(self, text: str) -> list[tuple[int, int]]:
        """[_slices_from_text] over the candidates of [_match_potential_end_contexts].

        A candidate is held back until the next one is seen: when no whitespace separates
        them ("!!!", "?!"), the later one takes over the same word before it and the earlier
        one is dropped, so only the last of a run is decided."""
        out: list[tuple[int, int]] = []
        last_break = 0
        pending = False
        word_start = 0  # the pending candidate's word before it: [word_start, word_stop)
        word_stop = 0
        end = 0  # just after the pending candidate's "." / "?" / "!"
        context_end = 0  # the end of what follows it
        next_start = -1  # where the token after its whitespace starts, if one does
        for m in _CANDIDATE.finditer(text):
            at = m.start()
            space = _last_ascii_space(text, word_stop, at)
            # The word before starts after the last whitespace since the previous candidate;
            # with none (or only at that candidate's own position), it is the previous word.
            start = space + 1 if space > word_stop else word_start
            if pending and word_stop <= start and self._decide(text, word_start, end, context_end, next_start):
                out.append((last_break, end))
                last_break = next_start if next_start >= 0 else end
            pending = True
            word_start, word_stop = start, at
            end, context_end, next_start = m.end(), m.end("after"), m.start("next")
        if pending and self._decide(text, word_start, end, context_end, next_start):
            out.append((last_break, end))
            last_break = next_start if next_start >= 0 else end
        # The last sentence runs to the end of the text without its trailing whitespace.
        out.append((last_break, len(text.rstrip())))
        return out

    def _decide(self, text: str, start: int, end: int, context_end: int, next_start: int) -> bool:
        """[text_contains_sentbreak] on the context text[start:context_end] of the candidate
        that ends at `end`, with shortcuts for the commonest contexts that give the same answer
        without tokenizing it."""
        mark = text[end - 1]
        if mark != ".":
            # "?" and "!" are always tokens of their own (they end any word before them) and
            # breaks by their form, and the context always has a token after them.
            return True
        if next_start >= 0 and start < end - 1 and text[start : end - 1].isalpha():
            # "word. Next": the tokens are "word." and the next word (a final "," is a token of
            # its own and no break; a final "." stays on the last token, whose break does not count).
            following = text[next_start:context_end]
            if following[-1] == "," or following[-1] == ".":
                core = following[:-1]
                if core.isalpha():
                    return self._breaks_after(text[start:end], core if following[-1] == "," else following)
            elif following.isalpha():
                return self._breaks_after(text[start:end], following)
        return self._has_break(text[start:context_end])

    def _has_break(self, context: str) -> bool:
        """[text_contains_sentbreak]: whether a token before the context's last is a break."""
        if "\n" in context:  # [_tokenize_words] tokenizes line by line
            tokens: list[str] = []
            for line in context.split("\n"):
                tokens.extend(_WORD.findall(line))
        else:
            tokens = _WORD.findall(context)
        for i in range(len(tokens) - 1):  # noqa: SIM110 (a loop compiles to tighter C than any())
            if self._breaks_after(tokens[i], tokens[i + 1]):
                return True
        return False

    def _first_pass(self, tok: str) -> int:
        """[_first_pass_annotation]: what a token is by its own form."""
        if tok == "." or tok == "?" or tok == "!":
            return _BREAK
        if not tok.endswith("."):
            return _PLAIN
        if len(tok) >= 2 and not tok.strip("."):  # [PunktToken.is_ellipsis]: two or more dots
            return _ELLIPSIS
        if tok.endswith(".."):
            return _PLAIN
        # A known abbreviation, or a hyphenated word whose last part is one ("ex-Gov.").
        word = tok[:-1].lower()
        if word in self.abbreviations or word.rpartition("-")[2] in self.abbreviations:
            return _ABBREVIATION
        return _BREAK

    def _breaks_after(self, tok: str, following: str) -> bool:
        """[_second_pass_annotation]: whether `tok` ends a sentence, given the token after it."""
        kind = self._first_pass(tok)
        if not tok.endswith("."):  # only period-final tokens are reconsidered
            return kind == _BREAK
        initial = _is_initial(tok)
        # Collocations [4.1.2] are empty here. [4.2] An abbreviation or an ellipsis ends a
        # sentence if the next word is capitalised and a sentence starter. That is both the
        # orthographic heuristic [4.1.1] (a capitalised word seen only lowercase, with our
        # context flags: a starter) and the frequent-starter rule [4.1.3].
        if (
            kind in (_ABBREVIATION, _ELLIPSIS)
            and not initial
            and following[0].isupper()
            and self._type_no_sentperiod(following) in self.starters
        ):
            return True
        # [4.3] An initial or a number followed by what the orthographic heuristic [_ortho_heuristic]
        # says does not start a sentence is an abbreviation: punctuation, or a lowercase word
        # that is not a starter. [4.3, special] An initial followed by a capitalised word the
        # context never saw lowercase (with our flags: not a starter) is one too ("J. Bach").
        if initial or self._type_no_period(tok) == _NUMBER_TYPE:
            if following in _PUNCTUATION:
                return False
            starter = self._type_no_sentperiod(following) in self.starters
            if following[0].islower() and not starter:
                return False
            if initial and following[0].isupper() and not starter:
                return False
        return kind == _BREAK

    def _type_no_sentperiod(self, tok: str) -> str:
        """[PunktToken.type_no_sentperiod]: the type, without a final period that is a break."""
        typ = _type(tok)
        if len(typ) > 1 and typ[-1] == "." and self._first_pass(tok) == _BREAK:
            return typ[:-1]
        return typ

    def _type_no_period(self, tok: str) -> str:
        """[PunktToken.type_no_period]: the type without its final period."""
        typ = _type(tok)
        return typ[:-1] if len(typ) > 1 and typ[-1] == "." else typ


def _type(tok: str) -> str:
    """[PunktToken._get_type]: lowercased, numbers all one type."""
    low = tok.lower()
    if low[0].isalpha():  # a number starts with "-", ".", "," or a digit: no need to ask the pattern
        return low
    return _NUMBER_TYPE if _NUMBER.match(low) else low


def _is_initial(tok: str) -> bool:
    """[PunktToken.is_initial]: one letter and a period (`[^\\W\\d]\\.$`: a word character
    that is not a digit, which for `re` is alphanumeric or "_" but not decimal)."""
    if len(tok) != 2 or tok[1] != ".":
        return False
    c = tok[0]
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _last_ascii_space(text: str, lo: int, hi: int) -> int:
    """[_get_last_whitespace_index] on text[lo:hi], as an offset in text: the last ASCII
    whitespace after position lo, or lo if there is none (nltk cannot tell them apart)."""
    i = hi - 1
    while i > lo:
        if text[i] in _ASCII_SPACE:
            return i
        i -= 1
    return lo


def _realign(text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[_realign_boundaries]: a run of closing quotes or brackets at the start of a sentence,
    followed by whitespace, "--" or its end, moves to the end of the sentence before."""
    out: list[tuple[int, int]] = []
    shift = 0
    last = len(slices) - 1
    for i in range(last + 1):
        start, end = slices[i]
        start += shift
        if i == last:
            if start < end:
                out.append((start, end))
            break
        nxt, nxt_end = slices[i + 1]
        j = nxt
        while j < nxt_end and text[j] in _CLOSERS:
            j += 1
        if j > nxt and (j == nxt_end or text[j].isspace() or text.startswith("--", j, nxt_end)):
            out.append((start, j))
            stop = j
            while stop < nxt_end and text[stop].isspace():
                stop += 1
            shift = stop - nxt
        else:
            shift = 0
            if start < end:
                out.append((start, end))
    return out
