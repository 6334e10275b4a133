import pytest

from framing_tui import analyze


def labels(text, lex):
    r = analyze(text, lexicons=lex)
    return [(text[s.start : s.end], s.label) for s in r.sentences]


@pytest.mark.parametrize(
    "text, label",
    [
        ("The council voted 7-2 on Tuesday to approve the budget.", "factual"),
        ("The company reported revenue of $4.2 billion for the quarter ending in June.", "factual"),
        ("The council's disastrous, reckless plan should be scrapped.", "opinion"),
        ("We think the council has waited far too long and should act.", "opinion"),
        ("Why would anyone vote for this absurd plan?", "opinion"),
        ("This is frankly the best plan we have ever seen!", "opinion"),
        ("Officials said the bridge would close.", "reported"),
        ('"This disastrous plan should be scrapped," Mayor Ann Lee said.', "reported"),
    ],
)
def test_sentence_labels_with_the_shipped_lexicons(text, label, shipped):
    assert labels(text, shipped)[-1][1] == label


def test_every_body_sentence_in_a_quote_spanning_three_sentences_is_reported(lex):
    text = 'Director Maria Okafor said, "This runs on. It has a second sentence. And a third one." The board met later.'
    got = labels(text, lex)
    assert [lab for _, lab in got] == ["reported", "reported", "reported", "factual"]


def test_boilerplate_is_left_out_of_the_shares(lex):
    text = (
        "Council backs plan\n\nBy Dana Whitfield, Staff Writer\n\nThe council voted on Tuesday.\n\n"
        "The senator slammed the vote.\n\nAFP PHOTO / STAFF"
    )
    r = analyze(text, lexicons=lex)
    assert [s.label for s in r.sentences] == ["factual", "boilerplate", "factual", "opinion", "boilerplate"]
    assert r.summary["sentences"]["boilerplate"] == 2
    # shares are over the three non-boilerplate sentences (headline and two body sentences)
    assert r.summary["shares"] == {"opinion": round(1 / 3, 3), "reported": 0.0, "factual": round(2 / 3, 3)}


def test_labels_carry_the_reasons_that_produced_them(lex):
    r = analyze("The senator slammed the plan, and I think the council should quit.", lexicons=lex)
    s = r.sentences[0]
    assert s.label == "opinion"
    assert "loaded.slam" in s.reasons and "style.first_singular" in s.reasons
    assert 0.5 <= s.opinion_score <= 1.0


def test_opinion_words_inside_a_quote_do_not_make_the_author_opinionated(lex):
    quoted = analyze('"The senator slammed us," Mayor Ann Lee said.', lexicons=lex)
    own = analyze("The senator slammed us.", lexicons=lex)
    assert quoted.sentences[0].label == "reported"
    assert own.sentences[0].label == "opinion"
    assert quoted.summary["loaded_per_100_words"]["author"] == 0
    assert quoted.summary["loaded_per_100_words"]["quoted"] > 0


def test_a_sceptical_report_verb_is_the_authors_editorial_comment(shipped):
    r = analyze("The developer claimed the tower was safe.", lexicons=shipped)
    verbs = [f for f in r.findings if f.rule.startswith("attribution.")]
    assert verbs and verbs[0].category == "editorial" and verbs[0].stance == "sceptical"
    neutral = analyze("The developer said the tower was safe.", lexicons=shipped)
    assert all(f.category != "editorial" for f in neutral.findings)


def test_weak_entries_need_an_opinionated_sentence(shipped):
    from framing_tui.engine.findings import WEAK_WEIGHT

    plain = analyze("The committee reviewed gun rights legislation on Tuesday.", lexicons=shipped)
    assert all(f.weight >= WEAK_WEIGHT for f in plain.findings if f.category in ("loaded", "partisan", "editorial"))


def test_weak_entries_do_not_vouch_for_themselves(tmp_path):
    """Weak entries are kept only where the sentence is opinion for other reasons: on their
    own, however many, they neither make it opinion nor get reported."""
    from framing_tui.engine.lexicon import load_modules, shipped_dir
    from framing_tui.engine.matcher import Lexicon

    (tmp_path / "weak.toml").write_text(
        '[module]\nid = "weakling"\ntitle = "t"\ndescription = "d"\nsource = "s"\ncategory = "loaded"\n'
        'weight = 0.5\n\n[[entries]]\nterms = ["zorblat", "quimble", "fradge"]\nexplanation = "e"\n'
        'examples = ["a zorblat plan"]\n'
    )
    modules, errors = load_modules([shipped_dir(), tmp_path])
    lex = Lexicon(modules, errors)
    alone = analyze("The zorblat, quimble and fradge plan passed on Tuesday.", lexicons=lex)
    assert alone.sentences[0].label == "factual" and not alone.findings
    with_opinion = analyze("The zorblat plan is a disgrace and it should be scrapped.", lexicons=lex)
    assert with_opinion.sentences[0].label == "opinion"
    assert "zorblat" in [f.term for f in with_opinion.findings]
