"""Our Snowball English stemmer gives exactly the stems of nltk's EnglishStemmer.

Lexicons were written, and are matched, against nltk's stems; any word stemmed otherwise
would silently change what matches. nltk stays the reference here (it is still a
dependency, for Punkt), and every word we can find is compared: the lexicons' terms and
example sentences, the example articles, VADER's word list, hand-picked words the
algorithm treats specially, and random strings.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.stem.snowball import EnglishStemmer

from framing_tui.engine.lexicon import load_modules
from framing_tui.engine.stemmer import EXCEPTIONS, stem
from framing_tui.engine.tokens import WORD_RE, normalise, term_words

ROOT = Path(__file__).parents[2]
NLTK = EnglishStemmer()  # the default: ignore_stopwords=False


def differences(words) -> list[tuple[str, str, str]]:
    """(word, our stem, nltk's stem) for every word stemmed differently."""
    return [(w, stem(w), NLTK.stem(w)) for w in sorted(set(words)) if stem(w) != NLTK.stem(w)]


def text_words(text: str) -> set[str]:
    return {normalise(m.group()) for m in WORD_RE.finditer(text)}


def lexicon_words() -> set[str]:
    modules, errors = load_modules([ROOT / "lexicons"])
    assert not errors and modules
    words: set[str] = set()
    for m in modules:
        for item in m.items:
            words.update(term_words(item))
        for e in m.entries:
            for term in (*e.terms, *e.alternatives, *e.not_followed_by, *e.not_preceded_by):
                words.update(term_words(term))
            for sentence in (*e.examples, *e.counterexamples):
                words.update(text_words(sentence))
    words.discard("*")
    return words


def test_every_word_of_the_lexicons():
    words = lexicon_words()
    assert len(words) > 5000
    assert differences(words) == []


def test_every_word_of_the_example_articles():
    words: set[str] = set()
    for path in sorted((ROOT / "examples").iterdir()):
        words |= text_words(path.read_text(encoding="utf-8"))
    assert len(words) > 500
    assert differences(words) == []


def test_every_word_of_the_vader_lexicon():
    import vaderSentiment

    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    entries = [line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    words = {normalise(e) for e in entries if WORD_RE.fullmatch(e)}
    assert len(words) > 7000
    assert differences(words) == []


@pytest.mark.skipif(not os.path.exists("/usr/share/dict/words"), reason="no system word list")
def test_every_word_of_the_system_word_list():
    words = Path("/usr/share/dict/words").read_text(encoding="utf-8", errors="replace").split()
    assert differences({w.lower() for w in words}) == []


_TRICKY_WORDS = """
generously generate generic general generation generator communism community communal communicate commune
arsenal arsenic arsenals gener commun arsen news skies skis sky dying lying tying idly gently ugly early only
singly howe atlas cosmos bias andes inning innings outing outings canning cannings herring herrings earring
earrings proceed proceeds proceeded proceeding exceed exceeds exceeded exceeding succeed succeeds succeeded
succeeding inning's outings' proceeded’ yellowy yvonne yvette yolanda yaya ayyo yyy yay boyish saying
player says cry crying cried cries dies ties tied lied pies spied by bye toy toys enjoy annoyingly
agreed agreedly feed feeding bleed speedily freedly hoping hopping rating rattling filing filling
conditional rational national relational radically hopefulness goodness electricity electrical formative
demonstrative adjustment dependent replacement enablement controllable controll fall falls
caress caresses ponies ties gas gaps kiwis cats consign consigned abl ably ogi analogi geology apology
fluently blessedly gladly hopelessly luckily cheerfully nationalism liability sensibility
connection adoption emission decision vision ion lion a's it's o'brien ’tis 'twas ''s' ''' 'ab ’ab 'y y's
aing ied ies sses ss us s ing ed eed ly edly ingly eedly ational tional izer ization ator
quickly pedagogy demagogy yogi apologies analogous café naïve résumé über façade piñata smörgåsbord
"""
TRICKY = _TRICKY_WORDS.split()


def test_hand_picked_words():
    assert len(TRICKY) > 150
    assert differences(TRICKY) == []


def test_the_exceptions_are_nltks():
    assert NLTK._EnglishStemmer__special_words == EXCEPTIONS


def test_upper_case_is_lowered_first_as_nltk_does():
    assert differences(["Running", "SKIES", "Yvonne", "GENERously", "ÜBER"]) == []


LETTERS = "abcdefghijklmnopqrstuvwxyz"
ODD = "'\u2019\u2018\u201béèüñçøß"
# Pieces of the suffixes and special cases the rules look for, so that random words reach them.
_PIECES = (
    "ational tional enci anci abli entli izer ization ation ator alism aliti alli fulness ousli ousness iveness "
    "iviti biliti bli ogi fulli lessli li alize icate iciti ical ful ness ative al ance ence er ic able ible ant "
    "ement ment ent ism ate iti ous ive ize ion sion tion eed eedly ed edly ing ingly at bl iz y yy e l ll s ss "
    "sses ies ied us ' 's 's' ’ ‘ gener commun arsen"
)
PIECES = _PIECES.split() + list(LETTERS + ODD)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=LETTERS + ODD, max_size=16))
def test_random_strings(word):
    assert stem(word) == NLTK.stem(word)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join))
def test_random_strings_built_from_suffixes(word):
    assert stem(word) == NLTK.stem(word)


def test_the_engine_stems_without_importing_nltk():
    code = (
        "import sys\n"
        "from framing_tui.engine.tokens import stem, tokenize\n"
        "assert stem('generously') == 'generous' and tokenize('Slammed doors').stems == ['slam', 'door']\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'nltk'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
