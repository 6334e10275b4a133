"""The Snowball English ("Porter2") stemmer, written for this engine.

It follows the published algorithm (snowballstem.org, "The English (Porter2) stemming
algorithm") and gives exactly the stems of nltk's `EnglishStemmer()` (default settings),
including where nltk departs from the description, so that lexicons written against
nltk's stems match the same words; tests/engine/test_stemmer.py checks every word we
know of, and random strings, against nltk. Importing nltk cost more than a tenth of a
second of each run's start, and its stemmer is interpreted; this module is compiled with
the rest of the engine (setup.py) and needs nothing.

Where nltk departs from the description, and so do we:
- The exceptional words (skies, news, inning, proceeded, ...) are looked up once, on the
  whole lowercased word before anything else, inflected forms included in the table.
- R1 and R2 are the stretches at the end of the word that the algorithm calls regions;
  here they are counted in letters from the end (`n1`, `n2`). When a suffix is replaced
  and the region did not cover all of it, nltk empties the region, except after the step-2
  replacements ending in "ate" and "ive", where R2 becomes just their final "e".
- After "at", "bl" or "iz" gets its "e" back in step 1b, R2 takes the "e" only if the
  word is then longer than five letters or R1 at least three.
- Step 5 keeps an "e" in R1 when the word has fewer than four letters.
Letters other than a-z (accented letters, apostrophes inside a word) count as non-vowels.
"""

from __future__ import annotations

from typing import Final

VOWELS: Final = "aeiouy"
_DOUBLES: Final = "bdfgmnprt"  # bb dd ff gg mm nn pp rr tt end a stem of step 1b
_LI_ENDINGS: Final = "cdeghkmnrt"  # letters that can stand before an "li" removed in step 2
_APOSTROPHES: Final = ("\u2019", "\u2018", "\u201b")  # read as a straight apostrophe


def _exceptions() -> dict[str, str]:
    """Words whose stems the rules would get wrong, with the stem to use: the published
    list, and the words the algorithm leaves alone after step 1a with the forms that lead
    to them (nltk looks them all up before step 0, and so do we)."""
    out = {
        "skis": "ski", "skies": "sky", "sky": "sky", "dying": "die", "lying": "lie", "tying": "tie",
        "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
        "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    }  # fmt: skip
    for base in ("inning", "outing", "canning", "herring", "earring"):
        out[base] = out[base + "s"] = base
    for base in ("proceed", "exceed", "succeed"):
        for form in ("", "s", "ed", "ing"):
            out[base + form] = base
    return out


EXCEPTIONS: Final = _exceptions()

# Beginnings after which R1 starts, instead of after the first vowel and non-vowel.
_R1_PREFIXES: Final = (("gener", 5), ("commun", 6), ("arsen", 5))


class _Rule:
    """A suffix of steps 2 to 4: when the word ends with `suffix`, lies in region `region`
    (1 or 2) far enough, and (if `before` is set) the letter before the suffix is one of
    `before`, its last `cut` letters are replaced by `add`. `fallback` is R2's length
    afterwards when R2 did not reach back as far as the cut."""

    def __init__(self, suffix: str, add: str, *, cut: int = 0, region: int = 1, before: str = "", fallback: int = 0):
        self.suffix = suffix
        self.add = add
        self.cut = cut or len(suffix)
        self.region = region
        self.before = before
        self.fallback = fallback


def _table(rules: list[_Rule]) -> dict[str, list[_Rule]]:
    """The rules by their suffix's last two letters, longest suffix first (the longest wins)."""
    out: dict[str, list[_Rule]] = {}
    for rule in sorted(rules, key=lambda r: -len(r.suffix)):
        out.setdefault(rule.suffix[-2:], []).append(rule)
    return out


def _drop(suffix: str, n: int, *, region: int = 1, before: str = "") -> _Rule:
    """A rule that removes the last `n` letters of `suffix`."""
    return _Rule(suffix, "", cut=n, region=region, before=before)


_STEP2: Final = _table(
    [
        _drop("tional", 2),
        _Rule("enci", "e", cut=1),
        _Rule("anci", "e", cut=1),
        _Rule("abli", "e", cut=1),
        _drop("entli", 2),
        _Rule("izer", "ize"),
        _Rule("ization", "ize"),
        _Rule("ational", "ate", fallback=1),
        _Rule("ation", "ate", fallback=1),
        _Rule("ator", "ate", fallback=1),
        _Rule("alism", "al"),
        _Rule("aliti", "al"),
        _Rule("alli", "al"),
        _drop("fulness", 4),
        _Rule("ousli", "ous"),
        _Rule("ousness", "ous"),
        _Rule("iveness", "ive", fallback=1),
        _Rule("iviti", "ive", fallback=1),
        _Rule("biliti", "ble"),
        _Rule("bli", "ble"),
        _drop("ogi", 1, before="l"),
        _drop("fulli", 2),
        _drop("lessli", 2),
        _drop("li", 2, before=_LI_ENDINGS),
    ]
)
_STEP3: Final = _table(
    [
        _drop("tional", 2),
        _Rule("ational", "ate"),
        _drop("alize", 3),
        _Rule("icate", "ic"),
        _Rule("iciti", "ic"),
        _Rule("ical", "ic"),
        _drop("ful", 3),
        _drop("ness", 4),
        _drop("ative", 5, region=2),
    ]
)
_STEP4: Final = _table(
    [_drop(s, len(s), region=2) for s in ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment")]
    + [_drop(s, len(s), region=2) for s in ("ent", "ism", "ate", "iti", "ous", "ive", "ize")]
    + [_drop("ion", 3, region=2, before="st")]
)


def stem(word: str) -> str:
    """The Snowball English stem of `word`, as nltk's EnglishStemmer gives it."""
    word = word.lower()
    if len(word) <= 2:
        return word
    exception = EXCEPTIONS.get(word)
    if exception is not None:
        return exception
    w = _prepare(word)
    n = len(w)
    start = _r1_start(w)
    r2_start = _after_vowel_consonant(w, start)
    n1 = n - start
    n2 = n - r2_start
    w, n1, n2 = _step0_1a(w, n1, n2)
    w, n1, n2 = _step1b(w, n1, n2)
    if len(w) > 2 and (w[-1] == "y" or w[-1] == "Y") and w[-2] not in VOWELS:
        w = w[:-1] + "i"  # step 1c: the regions keep their lengths
    w, n1, n2 = _apply(w, n1, n2, _STEP2)
    w, n1, n2 = _apply(w, n1, n2, _STEP3)
    w, n1, n2 = _apply(w, n1, n2, _STEP4)
    w = _step5(w, n1, n2)
    return w.replace("Y", "y") if "Y" in w else w


def _prepare(word: str) -> str:
    """Straight apostrophes, one leading apostrophe dropped, and consonant y's marked as Y
    (a y that begins the word or follows a vowel)."""
    for mark in _APOSTROPHES:
        if mark in word:
            word = word.replace(mark, "'")
    if word[0] == "'":
        word = word[1:]
    if "y" not in word:
        return word
    letters = list(word)
    if letters[0] == "y":
        letters[0] = "Y"
    for i in range(1, len(letters)):
        if letters[i] == "y" and letters[i - 1] in VOWELS:
            letters[i] = "Y"
    return "".join(letters)


def _after_vowel_consonant(w: str, start: int) -> int:
    """The index just past the first non-vowel that follows a vowel, both at or after
    `start`; the word's length if there is none."""
    for i in range(start + 1, len(w)):
        if w[i - 1] in VOWELS and w[i] not in VOWELS:
            return i + 1
    return len(w)


def _r1_start(w: str) -> int:
    for prefix, length in _R1_PREFIXES:
        if w.startswith(prefix):
            return length
    return _after_vowel_consonant(w, 0)


def _has_vowel(w: str, end: int) -> bool:
    """Whether w[:end] holds a vowel."""
    return any(w[i] in VOWELS for i in range(end))


def _cut(w: str, n1: int, n2: int, k: int) -> tuple[str, int, int]:
    """The word without its last `k` letters; the regions shrink with it."""
    return w[: len(w) - k], max(n1 - k, 0), max(n2 - k, 0)


def _step0_1a(w: str, n1: int, n2: int) -> tuple[str, int, int]:
    """Step 0 (a possessive 's, s' or ') and step 1a (plural s)."""
    if w.endswith("'"):
        w, n1, n2 = _cut(w, n1, n2, 3 if w.endswith("'s'") else 1)
    elif w.endswith("'s"):
        w, n1, n2 = _cut(w, n1, n2, 2)
    if w.endswith("s"):
        if w.endswith("sses"):
            return _cut(w, n1, n2, 2)
        if w.endswith("ies"):
            return _cut(w, n1, n2, 2 if len(w) > 4 else 1)
        if w.endswith("ss") or w.endswith("us"):
            return w, n1, n2
        if _has_vowel(w, len(w) - 2):
            return _cut(w, n1, n2, 1)
    elif w.endswith("ied"):
        return _cut(w, n1, n2, 2 if len(w) > 4 else 1)
    return w, n1, n2


def _step1b(w: str, n1: int, n2: int) -> tuple[str, int, int]:
    """Step 1b: eed(ly) to ee in R1; ed, edly, ing, ingly removed after a vowel, then the
    stem tidied ("hop(p)ing" -> hop, "hoping" -> hope, "rating" -> rate)."""
    if w.endswith("ed"):
        suffix = "eed" if w.endswith("eed") else "ed"
    elif w.endswith("edly"):
        suffix = "eedly" if w.endswith("eedly") else "edly"
    elif w.endswith("ing"):
        suffix = "ing"
    elif w.endswith("ingly"):
        suffix = "ingly"
    else:
        return w, n1, n2
    k = len(suffix)
    if suffix.startswith("ee"):  # eed, eedly
        if n1 < k:
            return w, n1, n2
        return w[: len(w) - k] + "ee", n1 - k + 2, (n2 - k + 2 if n2 >= k else 0)
    if not _has_vowel(w, len(w) - k):
        return w, n1, n2
    w, n1, n2 = _cut(w, n1, n2, k)
    if w.endswith("at") or w.endswith("bl") or w.endswith("iz"):
        n1 += 1
        w += "e"
        if len(w) > 5 or n1 >= 3:
            n2 += 1
    elif len(w) >= 2 and w[-1] == w[-2] and w[-1] in _DOUBLES:
        w, n1, n2 = _cut(w, n1, n2, 1)
    elif n1 == 0 and _short_end(w):
        w += "e"
    return w, n1, n2


def _short_end(w: str) -> bool:
    """Whether the word ends in a short syllable: non-vowel, vowel, non-vowel other than
    w, x or Y; or, in a two-letter word, vowel and non-vowel."""
    n = len(w)
    if n >= 3:
        last = w[-1]
        return last not in VOWELS and last not in "wxY" and w[-2] in VOWELS and w[-3] not in VOWELS
    return n == 2 and w[0] in VOWELS and w[1] not in VOWELS


def _apply(w: str, n1: int, n2: int, table: dict[str, list[_Rule]]) -> tuple[str, int, int]:
    """Steps 2 to 4: the rule for the longest suffix the word ends with, if its conditions hold."""
    if len(w) < 2:
        return w, n1, n2
    rules = table.get(w[-2:])
    if rules is None:
        return w, n1, n2
    for rule in rules:
        suffix = rule.suffix
        if not w.endswith(suffix):
            continue
        if (n1 if rule.region == 1 else n2) < len(suffix):
            return w, n1, n2
        before = rule.before
        if before and w[len(w) - len(suffix) - 1] not in before:
            return w, n1, n2
        cut = rule.cut
        grow = len(rule.add) - cut
        return (
            w[: len(w) - cut] + rule.add,
            n1 + grow if n1 >= cut else 0,
            n2 + grow if n2 >= cut else rule.fallback,
        )
    return w, n1, n2


def _step5(w: str, n1: int, n2: int) -> str:
    """Step 5: a final e in R2, or in R1 after no short syllable, and ll in R2, lose a letter."""
    if n2 > 0:
        last = w[-1]
        if last == "l" and w[-2] == "l":
            return w[:-1]
        if last == "e":
            return w[:-1]
    if n1 > 0 and len(w) >= 4 and w[-1] == "e" and not _short_end(w[:-1]):
        return w[:-1]
    return w
