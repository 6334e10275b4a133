"""Negative cases: sentences with no attribution, and what they must not be taken for
(conventions in attribution_cases.py)."""

import pytest

from .attribution_cases import DQ, FACT, IQ, OPIN, REP, check

CASES = [
    # ------------------------------------------------------------------
    # Negative cases: no attribution
    # ------------------------------------------------------------------
    pytest.param(
        "The company reported a loss of $4 million for the quarter.",
        [],
        [FACT],
        id="negative-reported-plain-object",
    ),
    pytest.param(
        "Police reported a crash that was caused by black ice.",
        [],
        [FACT],
        id="negative-reported-object-with-relative-clause",
    ),
    pytest.param(
        "Mayor Lina Sorensen told the Northfield Herald the vote would be close.",
        [("the vote would be close", "Lina Sorensen", IQ)],
        [REP],
        id="reported-told-outlet-no-that",
    ),
    pytest.param(
        "The bridge will stay shut, the Valley Times reported late on Friday.",
        [("The bridge will stay shut", "Valley Times", IQ)],
        [REP],
        id="outlet-end-with-late-day",
    ),
    pytest.param(
        "The state budget grew by 4 percent this year.",
        [],
        [FACT],
        id="negative-state-budget",
    ),
    pytest.param(
        "Talk shows covered the storm all week.",
        [],
        [FACT],
        id="negative-talk-shows",
    ),
    pytest.param(
        "A report released Monday found that bus ridership fell 12 percent.",
        [],
        [FACT],
        id="negative-report-noun-found",
    ),
    pytest.param(
        "The talks on the state budget resumed on Monday.",
        [],
        [FACT],
        id="negative-talks-noun",
    ),
    pytest.param(
        "Reporters waited outside the courthouse for three hours.",
        [],
        [FACT],
        id="negative-reporters-noun",
    ),
    pytest.param(
        "The council voted 7-2 on Tuesday to approve the new library.",
        [],
        [FACT],
        id="negative-factual-vote",
    ),
    pytest.param(
        "The plan is a reckless waste of money and should be scrapped.",
        [],
        [OPIN],
        id="negative-opinion-prescription",
    ),
    pytest.param(
        "Who will pay for this absurd stadium?",
        [],
        [OPIN],
        id="negative-opinion-rhetorical-question",
    ),
    pytest.param(
        '"Thank You Very Much," Mayor Lina Sorensen said.',
        [('"Thank You Very Much,"', "Lina Sorensen", DQ)],
        [REP],
        id="title-case-quote-with-a-speaker-is-a-quote",
    ),
    pytest.param(
        "Police Chief Ana Ruiz said the plan, and the budget behind it, would be reviewed.",
        [("the plan, and the budget behind it, would be reviewed", "Ana Ruiz", IQ)],
        [REP],
        id="reported-and-without-a-second-speaker-is-not-split",
    ),
    pytest.param(
        'The bill, the so-called "Clean Future Act," passed on Tuesday.',
        [],
        [FACT],
        id="negative-so-called-names-no-speaker",
    ),
    pytest.param(
        "The governor's allies claim the new rules will create jobs.",
        [("the new rules will create jobs", "The governor's allies", IQ)],
        [REP],
        id="reported-present-claim-before-a-clause",
    ),
    pytest.param(
        "“We meant no harm,” the 22-year-old said.",
        [("“We meant no harm,”", "the 22-year-old", DQ)],
        [REP],
        id="anon-age-as-description-after",
    ),
    pytest.param(
        "Defence lawyer Teresa Vance spoke after the hearing. “We will appeal,” she said.",
        [("“We will appeal,”", "Teresa Vance", DQ)],
        [FACT, REP],
        id="pronoun-after-lowercase-role-mention",
    ),
    pytest.param(
        'Transit Director Maria Okafor said the vote was close. "We counted twice."',
        [("the vote was close", "Maria Okafor", IQ), ('"We counted twice."', "Maria Okafor", DQ)],
        [REP, REP],
        id="quote-after-reported-speech-keeps-its-speaker",
    ),
    pytest.param(
        'Transit Director Maria Okafor said the vote was close. The council met on Tuesday. "We counted twice."',
        [("the vote was close", "Maria Okafor", IQ), ('"We counted twice."', None, DQ)],
        [REP, FACT, REP],
        id="quote-after-an-unrelated-sentence-has-no-speaker",
    ),
    pytest.param(
        'The chamber said in a statement that the line would "widen the hiring area."',
        [('"widen the hiring area."', "The chamber", DQ)],
        [REP],
        id="partial-quote-inside-reported-clause",
    ),
    pytest.param(
        "According to the report, which was released Tuesday, crime fell 5 percent.",
        [("crime fell 5 percent", None, IQ)],
        [REP],
        id="according-to-past-a-relative-clause",
    ),
    pytest.param(
        "Police Chief Ana Ruiz spoke first. Ruiz, who spoke at a news conference, said the city would appeal.",
        [("the city would appeal", "Ana Ruiz", IQ)],
        [FACT, REP],
        id="appositive-with-a-verb-of-its-own",
    ),
    pytest.param(
        "The mayor, Lina Sorensen, said the plan was sound.",
        [("the plan was sound", "Lina Sorensen", IQ)],
        [REP],
        id="role-then-name-between-commas",
    ),
    pytest.param(
        "The bridge will reopen in May, said Sen. Mara Dean, the committee chair.",
        [("The bridge will reopen in May", "Mara Dean", IQ)],
        [REP],
        id="inverted-with-trailing-appositive",
    ),
    pytest.param(
        "“It was a mistake,” Ana Ruiz, the police chief, said in an interview.",
        [("“It was a mistake,”", "Ana Ruiz", DQ)],
        [REP],
        id="direct-after-name-with-appositive",
    ),
    pytest.param(
        "Ruiz’s office said the plan was under review.",
        [("the plan was under review", "Ruiz’s office", IQ)],
        [REP],
        id="possessive-office",
    ),
    pytest.param(
        "Dean's lawyers said she would appeal.",
        [("she would appeal", "Dean's lawyers", IQ)],
        [REP],
        id="possessive-lawyers",
    ),
    pytest.param(
        "The claim was rejected by the court.",
        [],
        [FACT],
        id="negative-claim-as-a-noun",
    ),
    pytest.param(
        "The bus depot opened in 1998. The city's shameful neglect of it is a disgrace.",
        [],
        [FACT, OPIN],
        id="negative-factual-then-opinion",
    ),
    pytest.param(
        'The band played "Harbor Lights" to close the show.',
        [],
        [FACT],
        id="negative-song-title-in-quotes",
    ),
    pytest.param(
        "The council met on Tuesday. Officials said the vote would be delayed. "
        "The delay is an embarrassment for the city.",
        [("the vote would be delayed", "Officials", IQ)],
        [FACT, REP, OPIN],
        id="mixed-factual-reported-opinion",
    ),
]


@pytest.mark.parametrize("text, expected_quotes, expected_labels", CASES)
def test_negative_case(text, expected_quotes, expected_labels, shipped):
    check(text, expected_quotes, expected_labels, shipped)
