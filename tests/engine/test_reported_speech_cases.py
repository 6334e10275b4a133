"""Reported speech, outlets and anonymous sources: hand-written attribution cases
(conventions in attribution_cases.py)."""

import pytest

from .attribution_cases import DQ, FACT, IQ, REP, check

CASES = [
    # ------------------------------------------------------------------
    # Reported speech
    # ------------------------------------------------------------------
    pytest.param(
        "Mayor Lina Sorensen said the library would reopen in May.",
        [("the library would reopen in May", "Lina Sorensen", IQ)],
        [REP],
        id="reported-said-no-that",
    ),
    pytest.param(
        "Police Chief Ana Ruiz said that two officers were injured.",
        [("two officers were injured", "Ana Ruiz", IQ)],
        [REP],
        id="reported-said-that",
    ),
    pytest.param(
        "Ruiz told reporters the suspect had left the state.",
        [("the suspect had left the state", "Ruiz", IQ)],
        [REP],
        id="reported-told-reporters",
    ),
    pytest.param(
        "Sen. Mara Dean told reporters that the vote would be close.",
        [("the vote would be close", "Mara Dean", IQ)],
        [REP],
        id="reported-told-reporters-that",
    ),
    pytest.param(
        "The water main broke shortly after midnight, Public Works Director Sam Oyelaran said.",
        [("The water main broke shortly after midnight", "Sam Oyelaran", IQ)],
        [REP],
        id="reported-trailing-x-said",
    ),
    pytest.param(
        "The school will close early on Friday, said Principal Rosa Imbert.",
        [("The school will close early on Friday", "Rosa Imbert", IQ)],
        [REP],
        id="reported-trailing-said-x",
    ),
    pytest.param(
        "Fares will rise by ten cents in July, said spokesman Tom Heller.",
        [("Fares will rise by ten cents in July", "Tom Heller", IQ)],
        [REP],
        id="reported-trailing-said-lowercase-role",
    ),
    pytest.param(
        "The lake is safe for swimming again, county health officer Iris Beldon said.",
        [("The lake is safe for swimming again", "Iris Beldon", IQ)],
        [REP],
        id="reported-trailing-lowercase-role-name-said",
    ),
    pytest.param(
        "Heller said the trains were running on time.",
        [("the trains were running on time", "Heller", IQ)],
        [REP],
        id="reported-surname-only-first-mention",
    ),
    pytest.param(
        "Coach Ben Adair said his team was ready for the final.",
        [("his team was ready for the final", "Ben Adair", IQ)],
        [REP],
        id="reported-coach",
    ),
    pytest.param(
        "Okafor said the line would open in June, and Ruiz said the police were prepared.",
        [
            ("the line would open in June", "Okafor", IQ),
            ("the police were prepared", "Ruiz", IQ),
        ],
        [REP],
        id="reported-two-speakers-one-sentence",
    ),
    pytest.param(
        "The county opened two shelters on Sunday. Officials said both were nearly full.",
        [("both were nearly full", "Officials", IQ)],
        [FACT, REP],
        id="reported-after-factual",
    ),
    # ------------------------------------------------------------------
    # "according to", at the start and at the end
    # ------------------------------------------------------------------
    pytest.param(
        "According to Fire Chief Omar Haddad, the blaze started in the kitchen.",
        [("the blaze started in the kitchen", "Omar Haddad", IQ)],
        [REP],
        id="according-to-start-named",
    ),
    pytest.param(
        "The blaze started in the kitchen, according to Fire Chief Omar Haddad.",
        [("The blaze started in the kitchen", "Omar Haddad", IQ)],
        [REP],
        id="according-to-end-named",
    ),
    pytest.param(
        "According to the Harbor Gazette, the shipyard will cut 200 jobs.",
        [("the shipyard will cut 200 jobs", "Harbor Gazette", IQ)],
        [REP],
        id="according-to-start-outlet",
    ),
    pytest.param(
        "The shipyard will cut 200 jobs, according to two people briefed on the plan.",
        [("The shipyard will cut 200 jobs", "two people briefed on the plan", IQ)],
        [REP],
        id="according-to-end-anonymous",
    ),
    pytest.param(
        "According to officials, the road will stay closed until Friday.",
        [("the road will stay closed until Friday", "officials", IQ)],
        [REP],
        id="according-to-start-officials",
    ),
    pytest.param(
        "Turnout was 41 percent, according to the Marlow County Elections Office.",
        [("Turnout was 41 percent", "Marlow County Elections Office", IQ)],
        [REP],
        id="according-to-end-organization",
    ),
    pytest.param(
        "According to Ruiz, the car was stolen in Dunmore.",
        [("the car was stolen in Dunmore", "Ruiz", IQ)],
        [REP],
        id="according-to-start-surname",
    ),
    # ------------------------------------------------------------------
    # Outlet attribution
    # ------------------------------------------------------------------
    pytest.param(
        "The mill will close in March, the Harbor Gazette reported.",
        [("The mill will close in March", "Harbor Gazette", IQ)],
        [REP],
        id="outlet-end-gazette",
    ),
    pytest.param(
        "The council delayed the vote, the Northfield Herald reported on Tuesday.",
        [("The council delayed the vote", "Northfield Herald", IQ)],
        [REP],
        id="outlet-end-with-day",
    ),
    pytest.param(
        "Two ferries were cancelled on Sunday, the Coastline Daily News reported.",
        [("Two ferries were cancelled on Sunday", "Coastline Daily News", IQ)],
        [REP],
        id="outlet-end-three-word-name",
    ),
    pytest.param(
        "The Valley Times reported that the dam inspection was delayed.",
        [("the dam inspection was delayed", "Valley Times", IQ)],
        [REP],
        id="outlet-start-reported-that",
    ),
    pytest.param(
        "The Riverside Courier reported the mayor would not seek a second term.",
        [("the mayor would not seek a second term", "Riverside Courier", IQ)],
        [REP],
        id="outlet-start-unknown-masthead-word",
    ),
    pytest.param(
        "The Valley Times reported on Monday that the quarry had been sold.",
        [("the quarry had been sold", "Valley Times", IQ)],
        [REP],
        id="outlet-start-with-day",
    ),
    # ------------------------------------------------------------------
    # Anonymous sources
    # ------------------------------------------------------------------
    pytest.param(
        "Officials said the bridge would reopen next week.",
        [("the bridge would reopen next week", "Officials", IQ)],
        [REP],
        id="anon-officials-start",
    ),
    pytest.param(
        "The talks stalled over fishing rights, officials said.",
        [("The talks stalled over fishing rights", "officials", IQ)],
        [REP],
        id="anon-officials-end",
    ),
    pytest.param(
        "A person familiar with the matter said the merger would be announced Monday.",
        [("the merger would be announced Monday", "A person familiar with the matter", IQ)],
        [REP],
        id="anon-person-familiar-start",
    ),
    pytest.param(
        "The merger will be announced Monday, a person familiar with the matter said.",
        [("The merger will be announced Monday", "a person familiar with the matter", IQ)],
        [REP],
        id="anon-person-familiar-end",
    ),
    pytest.param(
        "Two people briefed on the talks said a deal was close.",
        [("a deal was close", "Two people briefed on the talks", IQ)],
        [REP],
        id="anon-two-people-briefed-start",
    ),
    pytest.param(
        "A deal is close, two people briefed on the talks said.",
        [("A deal is close", "two people briefed on the talks", IQ)],
        [REP],
        id="anon-two-people-briefed-end",
    ),
    pytest.param(
        "A spokesperson for the agency said the permits were valid.",
        [("the permits were valid", "A spokesperson for the agency", IQ)],
        [REP],
        id="anon-spokesperson-start",
    ),
    pytest.param(
        "The permits were valid, a spokesperson for the agency said.",
        [("The permits were valid", "a spokesperson for the agency", IQ)],
        [REP],
        id="anon-spokesperson-end",
    ),
    pytest.param(
        '"We are reviewing the footage," a spokesperson for the agency said.',
        [('"We are reviewing the footage,"', "a spokesperson for the agency", DQ)],
        [REP],
        id="anon-spokesperson-direct",
    ),
    pytest.param(
        '"No decision has been made," an official said.',
        [('"No decision has been made,"', "an official", DQ)],
        [REP],
        id="anon-an-official-direct",
    ),
    pytest.param(
        "Local officials told reporters the shelter was full.",
        [("the shelter was full", "Local officials", IQ)],
        [REP],
        id="anon-local-officials-told-reporters",
    ),
    pytest.param(
        "Speaking to reporters on Monday, Police Chief Ana Ruiz said the city was ready.",
        [("the city was ready", "Ana Ruiz", IQ)],
        [REP],
        id="reported-after-a-present-participle-phrase",
    ),
    pytest.param(
        "Police Chief Ana Ruiz said in an email that the city was ready.",
        [("the city was ready", "Ana Ruiz", IQ)],
        [REP],
        id="reported-with-the-medium-before-that",
    ),
]


@pytest.mark.parametrize("text, expected_quotes, expected_labels", CASES)
def test_reported_speech_case(text, expected_quotes, expected_labels, shipped):
    check(text, expected_quotes, expected_labels, shipped)
