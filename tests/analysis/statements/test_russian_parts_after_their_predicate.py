"""«Из них освобождены без составления протокола 140 человек, к административному аресту на
срок до 15 суток приговорены 38»: Russian sets a part's predicate, with what it governs (a
prepositional adjunct, the object of a sentence), before the part's number; each item of the
list after «из них» may be written so. And a number that counts persons after a word that
numbers things («протокола», «камере») is a count, not a reference. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_prepositional_adjunct_between_the_predicate_and_the_number():
    text = (
        "За неделю полиция задержала 250 человек. "
        "Из них отпущены без предъявления обвинений 190 человек."
    )
    assert claim_fields(text, "ru", FIELDS) == [("detained", 250, None), ("released", 190, 0)]


def test_the_next_item_with_its_predicate_before_its_number():
    text = (
        "В ходе акций задержаны 640 граждан. Из них освобождены 500, к административному "
        "аресту на срок от 3 до 10 суток приговорены 120."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", 640, None),
        ("released", 500, 0),
        ("detained", 120, 0),
    ]


def test_after_a_protocol_a_count_of_persons():
    text = "Освобождены без составления протокола 75 человек."
    assert claim_fields(text, "ru", FIELDS) == [("released", 75, None)]


def test_in_a_cell_a_count_of_persons():
    text = "В камере 14 человек были избиты охраной."
    assert claim_fields(text, "ru", FIELDS) == [("tortured", 14, None)]


def test_more_persons_after_the_list_are_no_part():
    # Near miss: «ещё» adds others to those counted; they are not among the whole.
    text = "Задержаны 90 человек. Из них отпущены 60, позднее задержаны ещё 25."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", 90, None),
        ("released", 60, 0),
        ("detained", 25, None),
    ]


def test_a_numbered_cell_stays_a_reference():
    # Near miss: the number of a cell counts no one.
    text = "В камере 14 содержались задержанные; двое из них были избиты."
    assert all(count != 14 for _category, count, _parent in claim_fields(text, "ru", FIELDS))
