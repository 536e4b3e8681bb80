"""Azerbaijani parts: "digər ikisi" (the other two) are of the whole, not the two just
counted; the fate unknown of some of the forcibly disappeared is their disappearance still.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_other_two_are_of_the_whole():
    text = (
        "Ötən ay 6 fəal saxlanılmışdı. Onlardan üçü dünən azad edilib, digər üçü isə hələ də "
        "həbsdədir."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("detained", "all", 3, 0)


def test_both_of_them_are_those_again():
    # Near miss: "hər ikisi" (both) are the two just counted.
    text = "Polis 9 nəfəri saxlayıb. Onlardan ikisini buraxdılar. Hər ikisinin bədəni göyərmişdi."
    assert claim_fields(text, "az", FIELDS)[2] == ("tortured", "all", 2, 1)


def test_fate_unknown_of_the_disappeared_is_disappeared():
    text = "Azı 40 nəfər zorla yoxa çıxarılıb, onlardan 15-inin taleyi hələ də məlum deyil."
    assert claim_fields(text, "az", FIELDS)[1] == ("disappeared", "all", 15, 0)


def test_fate_unknown_after_another_fate_is_missing():
    # Near miss: the whole is no disappearance.
    text = "Daşqından sonra 12 nəfərin taleyi məlum deyil."
    assert claim_fields(text, "az", FIELDS)[0][0] == "missing"
