"""A measure between a part and its verb ("30 nəfəri 10 sutkadan 20 sutkayadək inzibati həbs
cəzasına məhkum edilib": the days of an arrest) uses none of the words a list item's tail may
run to: the count after the comma ("5 nəfər barəsində isə …") is still the next part of the
same whole, as it is when one number of days stands there. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_next_part_after_a_range_of_days():
    text = (
        "Polis aksiya zamanı 90-dan çox şəxsi saxlayıb. Rəsmi bildirib ki, saxlanılanlardan "
        "30 nəfəri 10 sutkadan 20 sutkayadək inzibati həbs cəzasına məhkum edilib, "
        "5 nəfər barəsində isə həbs qətimkan tədbiri seçilib."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("detained", 5, 0)


def test_count_after_a_clause_of_its_own_is_no_part():
    # Near miss: past the item's verb its tail runs on too long; the count opens a new clause.
    text = (
        "Polis aksiya zamanı 90-dan çox şəxsi saxlayıb. Saxlanılanlardan 30 nəfəri "
        "10 sutkadan 20 sutkayadək inzibati həbs cəzasına məhkum edilib və şəhərin "
        "kənarındakı müvəqqəti saxlama yerinə aparılıb, 5 nəfər isə yaralanıb."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("injured", 5, None)
