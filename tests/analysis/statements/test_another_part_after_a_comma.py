"""«Из числа пленных трое погибли, судьба ещё пятерых неизвестна»: a bare number after «ещё»
(another), set after a comma beside a part of a whole, is another part of that whole when the
two fit in it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_another_after_a_comma_is_another_part():
    text = (
        "Боевики удерживали не менее 12 жителей села. "
        "Трое из них погибли, судьба ещё пятерых до сих пор не установлена."
    )
    assert claim_fields(text, "ru", FIELDS)[1:] == [("killed", 3, 0), ("disappeared", 5, 0)]


def test_another_that_does_not_fit_in_the_whole_is_no_part():
    # Near miss: three and eleven are more than the twelve held.
    text = (
        "Боевики удерживали 12 жителей села. "
        "Из числа удерживаемых трое погибли, ещё 11 человек пропали без вести в горах."
    )
    assert ("missing", 11, 0) not in claim_fields(text, "ru", FIELDS)
