"""Russian one-line lists of groups after a heading: a label may say an age («лиц старше 65
лет — 430»), and an aside of parts after an item in a list split by semicolons («детей — 900,
в том числе 40 сирот; женщин — 1 200») does not end the list. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_label_with_an_age_is_an_item():
    text = (
        "Эвакуировано 3 800 человек. Из числа эвакуированных: детей — 900; лиц старше 65 лет "
        "— 430; женщин — 1 200."
    )
    claims = claim_fields(text, "ru", FIELDS)
    assert ("displaced", "elderly", 430, 0) in claims
    assert ("displaced", "women", 1200, 0) in claims


def test_an_aside_of_parts_does_not_end_the_list():
    text = (
        "Эвакуировано 3 800 человек. Из числа эвакуированных: детей — 900, в том числе 40 "
        "сирот; женщин — 1 200; лиц с инвалидностью — 75."
    )
    claims = claim_fields(text, "ru", FIELDS)
    assert ("displaced", "women", 1200, 0) in claims
    assert ("displaced", "persons with disabilities", 75, 0) in claims


def test_a_comma_list_after_an_item_is_no_aside():
    # Near miss: items split by commas end where an item is not «label — number».
    text = "Разрушено: домов — 14, школ — 2, в том числе одна гимназия."
    claims = claim_fields(text, "ru", ("category", "subgroup", "count"))
    assert ("property_destroyed", "homes", 14) in claims
