"""A part in a later sentence ("Five of the dead were women") is of the statement's own
figure, not of another period's figure it was compared with ("…, against 30 in 2024"), nor
of one a Russian clause gives for an earlier period («за ту же зиму прошлого года»).
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_part_is_of_the_figure_not_of_the_one_compared():
    text = (
        "The monitors recorded 21 people killed in 2025, against 30 killed in 2024. "
        "Five of the dead were women."
    )
    assert claim_fields(text, "en", FIELDS)[2] == ("killed", "women", 5, 0)


def test_with_no_comparison_the_latest_figure_is_the_whole():
    # Near miss: two figures of the statement's own; the part is of the latest.
    text = (
        "The monitors recorded 21 people killed in March and 30 killed in April. "
        "Five of the dead were women."
    )
    assert claim_fields(text, "en", FIELDS)[2] == ("killed", "women", 5, 1)


def test_a_russian_group_said_of_the_dead_is_of_this_period():
    text = (
        "За зиму на минах подорвались и погибли 11 человек. За ту же зиму прошлого года "
        "погибли 17 человек.\n\nШестеро погибших — сапёры районного отряда."
    )
    assert claim_fields(text, "ru", FIELDS)[2] == ("killed", "deminers", 6, 0)


def test_near_miss_a_russian_group_said_of_the_dead_of_two_own_figures():
    text = (
        "В январе на минах погибли 11 человек. В феврале погибли 17 человек.\n\n"
        "Шестеро погибших — сапёры."
    )
    assert claim_fields(text, "ru", FIELDS)[2] == ("killed", "deminers", 6, 1)
