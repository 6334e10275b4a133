"""Roles, appositives, references, capitalised words, and more cases per pattern: hand-written
attribution cases (conventions in attribution_cases.py)."""

import pytest

from framing_tui import analyze

from .attribution_cases import DQ, FACT, IQ, OPIN, REP, check

CASES = [
    # ------------------------------------------------------------------
    # Roles before names, and appositives
    # ------------------------------------------------------------------
    pytest.param(
        '"The trains will run," spokesman Tom Heller said.',
        [('"The trains will run,"', "Tom Heller", DQ)],
        [REP],
        id="role-spokesman-direct",
    ),
    pytest.param(
        '"The farm bill is dead," Sen. Mara Dean said.',
        [('"The farm bill is dead,"', "Mara Dean", DQ)],
        [REP],
        id="role-sen-direct",
    ),
    pytest.param(
        '"Service resumes at noon," Transit Director Maria Okafor said.',
        [('"Service resumes at noon,"', "Maria Okafor", DQ)],
        [REP],
        id="role-transit-director-direct",
    ),
    pytest.param(
        "Police Chief Ana Ruiz said the arrests followed a tip.",
        [("the arrests followed a tip", "Ana Ruiz", IQ)],
        [REP],
        id="role-police-chief-reported",
    ),
    pytest.param(
        "Deputy Mayor Carl Whitby said the budget was on track.",
        [("the budget was on track", "Carl Whitby", IQ)],
        [REP],
        id="role-deputy-mayor-reported",
    ),
    pytest.param(
        "Ana Ruiz, the police chief, said the road was closed.",
        [("the road was closed", "Ana Ruiz", IQ)],
        [REP],
        id="appositive-before-said",
    ),
    pytest.param(
        '"We found nothing," said Ana Ruiz, the police chief.',
        [('"We found nothing,"', "Ana Ruiz", DQ)],
        [REP],
        id="appositive-after-inverted-said",
    ),
    pytest.param(
        'Maria Okafor, the transit director, said: "The buses are late."',
        [('"The buses are late."', "Maria Okafor", DQ)],
        [REP],
        id="appositive-colon-intro",
    ),
    pytest.param(
        "Joel Marsh, 54, a tenant on the third floor, said the heat had been off for a week.",
        [("the heat had been off for a week", "Joel Marsh", IQ)],
        [REP],
        id="appositive-age-and-description",
    ),
    pytest.param(
        "Tom Heller, a spokesman for the transit agency, said the trains were full.",
        [("the trains were full", "Tom Heller", IQ)],
        [REP],
        id="appositive-spokesman-for-agency",
    ),
    pytest.param(
        '"The tunnel is behind schedule," said Maria Okafor, the transit director.',
        [('"The tunnel is behind schedule,"', "Maria Okafor", DQ)],
        [REP],
        id="appositive-after-inverted-transit-director",
    ),
    # ------------------------------------------------------------------
    # References resolved to the earlier full name
    # ------------------------------------------------------------------
    pytest.param(
        'Police Chief Ana Ruiz opened the briefing. "We have two suspects," Ruiz said.',
        [('"We have two suspects,"', "Ana Ruiz", DQ)],
        [FACT, REP],
        id="resolve-surname-direct",
    ),
    pytest.param(
        "Sen. Mara Dean spoke after the vote. Dean said the bill would pass the House.",
        [("the bill would pass the House", "Mara Dean", IQ)],
        [FACT, REP],
        id="resolve-surname-reported",
    ),
    pytest.param(
        "Transit Director Maria Okafor toured the depot. She said the new buses would arrive in May.",
        [("the new buses would arrive in May", "Maria Okafor", IQ)],
        [FACT, REP],
        id="resolve-pronoun-reported",
    ),
    pytest.param(
        'Sen. Mara Dean left early. "I have said enough," she told reporters.',
        [('"I have said enough,"', "Mara Dean", DQ)],
        [FACT, REP],
        id="resolve-pronoun-direct",
    ),
    pytest.param(
        "Police Chief Ana Ruiz arrived at noon. The chief said the suspect was in custody.",
        [("the suspect was in custody", "Ana Ruiz", IQ)],
        [FACT, REP],
        id="resolve-role-reference-reported",
    ),
    pytest.param(
        'Transit Director Maria Okafor rode the first train. "It was smooth," the director said.',
        [('"It was smooth,"', "Maria Okafor", DQ)],
        [FACT, REP],
        id="resolve-role-reference-direct",
    ),
    pytest.param(
        "Ana Ruiz, the police chief, spoke first. The chief said three cars were damaged.",
        [("three cars were damaged", "Ana Ruiz", IQ)],
        [FACT, REP],
        id="resolve-role-from-appositive",
    ),
    pytest.param(
        '"We will appeal," said attorney Grace Lindqvist. Lindqvist said the ruling ignored the evidence.',
        [
            ('"We will appeal,"', "Grace Lindqvist", DQ),
            ("the ruling ignored the evidence", "Grace Lindqvist", IQ),
        ],
        [REP, REP],
        id="resolve-surname-after-inverted-quote",
    ),
    pytest.param(
        '"The levee held," said county engineer Paul Brandt. He said crews would inspect it again Friday.',
        [
            ('"The levee held,"', "Paul Brandt", DQ),
            ("crews would inspect it again Friday", "Paul Brandt", IQ),
        ],
        [REP, REP],
        id="resolve-pronoun-after-quote",
    ),
    pytest.param(
        "Mayor Lina Sorensen met Police Chief Ana Ruiz on Monday. Ruiz said patrols would double.",
        [("patrols would double", "Ana Ruiz", IQ)],
        [FACT, REP],
        id="resolve-surname-second-of-two-people",
    ),
    pytest.param(
        'Mayor Lina Sorensen visited the flooded school. "The damage is severe," Sorensen said. '
        "The mayor said repairs would cost $2 million.",
        [
            ('"The damage is severe,"', "Lina Sorensen", DQ),
            ("repairs would cost $2 million", "Lina Sorensen", IQ),
        ],
        [FACT, REP, REP],
        id="resolve-surname-then-role",
    ),
    # ------------------------------------------------------------------
    # Capitalised sentence-initial words that are not the speaker
    # ------------------------------------------------------------------
    pytest.param(
        "Meanwhile, Police Chief Ana Ruiz said the roads were clear.",
        [("the roads were clear", "Ana Ruiz", IQ)],
        [REP],
        id="initial-adverb-comma-not-speaker",
    ),
    pytest.param(
        "Separately, Okafor said the depot would be sold.",
        [("the depot would be sold", "Okafor", IQ)],
        [REP],
        id="initial-separately-not-speaker",
    ),
    pytest.param(
        "Yesterday Sen. Mara Dean said the bill would pass.",
        [("the bill would pass", "Mara Dean", IQ)],
        [REP],
        id="initial-yesterday-not-speaker",
    ),
    pytest.param(
        "Said Bakr opened a bakery on Elm Street in 2019.",
        [],
        [FACT],
        id="negative-initial-name-said-is-not-a-verb",
    ),
    pytest.param(
        "Flooding closed three roads in Dunmore on Tuesday.",
        [],
        [FACT],
        id="negative-initial-capital-no-speaker",
    ),
    # ------------------------------------------------------------------
    # More cases per pattern
    # ------------------------------------------------------------------
    pytest.param(
        '"The pier will close on Monday," Mayor Lina Sorensen said. '
        '"Repairs will take six weeks. Boats can use the north dock until then."',
        [
            ('"The pier will close on Monday,"', "Lina Sorensen", DQ),
            (
                '"Repairs will take six weeks. Boats can use the north dock until then."',
                "Lina Sorensen",
                DQ,
            ),
        ],
        [REP, REP, REP],
        id="three-sentences-attribution-after-first-known-role",
    ),
    pytest.param(
        '"We will rebuild," Mayor Lina Sorensen said. "The town has done it before. It will do it again."',
        [
            ('"We will rebuild,"', "Lina Sorensen", DQ),
            ('"The town has done it before. It will do it again."', "Lina Sorensen", DQ),
        ],
        [REP, REP, REP],
        id="three-sentences-continuation-two-sentences",
    ),
    pytest.param(
        'Mayor Lina Sorensen said: "The budget is balanced. Taxes will not rise. We owe nothing."',
        [('"The budget is balanced. Taxes will not rise. We owe nothing."', "Lina Sorensen", DQ)],
        [REP, REP, REP],
        id="three-sentences-attribution-before-first-straight",
    ),
    pytest.param(
        'Police Chief Ana Ruiz said: "The search went on all night.\n\n"We found the boy at dawn, cold but unhurt."',
        [
            ('"The search went on all night.', "Ana Ruiz", DQ),
            ('"We found the boy at dawn, cold but unhurt."', "Ana Ruiz", DQ),
        ],
        [REP, REP],
        id="paragraphs-attribution-in-first-known-role",
    ),
    pytest.param(
        "Sen. Mara Dean said: “The farm bill is dead.\n\n“We will write a new one in the spring.”",
        [
            ("“The farm bill is dead.", "Mara Dean", DQ),
            ("“We will write a new one in the spring.”", "Mara Dean", DQ),
        ],
        [REP, REP],
        id="paragraphs-curly-attribution-in-first",
    ),
    pytest.param(
        "“I was there,” Police Chief Ana Ruiz said, “and I saw the crowd.”",
        [("“I was there,”", "Ana Ruiz", DQ), ("“and I saw the crowd.”", "Ana Ruiz", DQ)],
        [REP],
        id="direct-middle-curly-role-said",
    ),
    pytest.param(
        '"The lake is rising," says Mayor Lina Sorensen.',
        [('"The lake is rising,"', "Lina Sorensen", DQ)],
        [REP],
        id="direct-after-inverted-says-present",
    ),
    pytest.param(
        "Police Chief Ana Ruiz said: \"The caller said 'help us' and hung up.\"",
        [("\"The caller said 'help us' and hung up.\"", "Ana Ruiz", DQ)],
        [REP],
        id="nested-single-colon-intro",
    ),
    pytest.param(
        '"The files are sealed," officials said.',
        [('"The files are sealed,"', "officials", DQ)],
        [REP],
        id="anon-officials-direct",
    ),
    pytest.param(
        "According to a spokesperson for the agency, the permits were valid.",
        [("the permits were valid", "a spokesperson for the agency", IQ)],
        [REP],
        id="according-to-start-spokesperson",
    ),
    pytest.param(
        "The fishing ban will be lifted, the Valley Times reported.",
        [("The fishing ban will be lifted", "Valley Times", IQ)],
        [REP],
        id="outlet-end-times",
    ),
    pytest.param(
        "The Valley Times reported the dam inspection was delayed.",
        [("the dam inspection was delayed", "Valley Times", IQ)],
        [REP],
        id="outlet-start-reported-no-that",
    ),
    pytest.param(
        "Police Chief Ana Ruiz said the line would open in June, and Mayor Lina Sorensen said the "
        "police were prepared.",
        [
            ("the line would open in June", "Ana Ruiz", IQ),
            ("the police were prepared", "Lina Sorensen", IQ),
        ],
        [REP],
        id="reported-two-named-speakers",
    ),
    pytest.param(
        "Police Chief Ana Ruiz toured the depot. She said the new buses would arrive in May.",
        [("the new buses would arrive in May", "Ana Ruiz", IQ)],
        [FACT, REP],
        id="resolve-pronoun-reported-known-role",
    ),
    pytest.param(
        'Police Chief Ana Ruiz toured the depot. "It was smooth," the chief said.',
        [('"It was smooth,"', "Ana Ruiz", DQ)],
        [FACT, REP],
        id="resolve-role-reference-direct-known-role",
    ),
    pytest.param(
        "The Senate passed the farm bill on a 52-48 vote.",
        [],
        [FACT],
        id="negative-senate-vote",
    ),
    pytest.param(
        "Statements from both campaigns arrived after midnight.",
        [],
        [FACT],
        id="negative-statements-noun",
    ),
    pytest.param(
        "Officers arrested two men near the harbor.",
        [],
        [FACT],
        id="negative-officers-initial-capital",
    ),
    pytest.param(
        "The council met on Tuesday. Officials said the vote would be delayed. "
        "The council's reckless, shameful delay should end now.",
        [("the vote would be delayed", "Officials", IQ)],
        [FACT, REP, OPIN],
        id="mixed-factual-reported-strong-opinion",
    ),
]


@pytest.mark.parametrize("text, expected_quotes, expected_labels", CASES)
def test_attribution_case(text, expected_quotes, expected_labels, shipped):
    check(text, expected_quotes, expected_labels, shipped)


def test_a_group_named_by_what_it_is_is_an_anonymous_source(shipped):
    r = analyze("Supporters said the plan would cut waiting times.", lexicons=shipped)
    assert [(s.name, s.kind) for s in r.sources] == [("Supporters", "anonymous")]
