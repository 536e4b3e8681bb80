"""Acts counted, of which a part concerned a group ("12 of which involved children", «из них
58 — в отношении женщин»): the part counts that group; cases of an act with the persons it
befell named after it ("18 cases of arbitrary arrest of displaced women") count that group.
The persons the cases concern ("3,890 cases of disappearance concerning 4,012 persons") are
the figure, not the cases. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The monitors documented 140 cases of torture, 35 of which involved women.", "en"),
        ("Мониторы зафиксировали 140 случаев пыток, из них 35 — в отношении женщин.", "ru"),
    ],
)
def test_a_part_of_acts_that_concerned_a_group_counts_it(text, language):
    assert claim_fields(text, language, ("category", "subgroup", "count", "parent")) == [
        ("tortured", "all", 140, None),
        ("tortured", "women", 35, 0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cluster logged 18 cases of arbitrary arrest of displaced women.",
            [("detained", "women", 18, None)],
        ),
        ("Monitors documented 40 cases of torture.", [("tortured", "all", 40, None)]),
    ],
)
def test_cases_of_an_act_count_the_persons_named_after_it(text, expected):
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The Commission registered 3,890 cases of disappearance concerning 4,012 persons.",
         "en", [("disappeared", "all", 4012, None)]),
        ("The Ombudsman documented 57 cases of torture involving 63 detainees.", "en",
         [("tortured", "all", 63, None)]),
        ("Комиссия зарегистрировала 3890 случаев исчезновения, касающихся 4012 человек.", "ru",
         [("disappeared", "all", 4012, None)]),
        ("Омбудсмен задокументировал 57 случаев пыток в отношении 63 задержанных.", "ru",
         [("tortured", "all", 63, None)]),
        ("Komissiya 4012 nəfərlə bağlı 3890 məcburi yoxa çıxma faktını qeydə alıb.", "az",
         [("disappeared", "all", 4012, None)]),
        ("Ombudsman 63 məhbusla bağlı 57 işgəncə faktını sənədləşdirib.", "az",
         [("tortured", "all", 63, None)]),
    ],
)  # fmt: skip
def test_the_persons_cases_concern_are_the_figure_not_the_cases(text, language, expected):
    assert claim_fields(text, language, ("category", "subgroup", "count", "parent")) == expected


def test_cases_and_persons_told_apart_stay_two_figures():
    text = "The Ombudsman documented 57 cases of torture; 63 detainees were released."
    assert claim_fields(text, "en", ("category", "count")) == [("tortured", 57), ("released", 63)]
