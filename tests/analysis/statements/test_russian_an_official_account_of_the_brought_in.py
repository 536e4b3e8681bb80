"""Russian official accounts of persons brought to the police: «в районные отделы были
доставлены» (departments described, passive auxiliary) is detained; «из указанного числа»
(of the said number) opens parts as «из них» does; an item «в отношении N граждан …» (with
regard to N citizens) after a comma goes on the list of parts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_brought_to_described_departments_is_detained():
    text = "После митинга в районные отделы были доставлены 140 человек."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 140, None)]


def test_near_miss_brought_to_a_hospital_department_is_no_detention():
    text = "В приёмное отделение были доставлены 12 человек."
    assert ("detained", "all", 12, None) not in claim_fields(text, "ru", FIELDS)


def test_of_the_said_number_and_an_item_with_regard_to():
    text = (
        "Полицией задержаны 90 человек. Из указанного числа 60 человек отпущены, "
        "в отношении 20 граждан назначен административный арест."
    )
    claims = claim_fields(text, "ru", FIELDS)
    assert ("released", "all", 60, 0) in claims
    assert ("detained", "all", 20, 0) in claims


def test_near_miss_with_regard_to_in_a_sentence_of_its_own_is_no_part():
    text = (
        "Полицией задержаны 90 человек. Из них 60 человек отпущены. "
        "В отношении 20 граждан возбуждены уголовные дела."
    )
    claims = claim_fields(text, "ru", FIELDS)
    assert ("released", "all", 60, 0) in claims
    assert not any(c[2] == 20 and c[3] == 0 for c in claims)
