"""An Azerbaijani part taken from those named by the place an earlier part was put in
("Stasionardakılardan 4-ü", of those in the inpatient ward) is some of that part, as a
participle of its act would make it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")

_LISTED = (
    "Qəzadan sonra xəstəxanaya 30 yaralı gətirilib. Onlardan:\n"
    "- stasionara yerləşdirilib: 14 nəfər;\n"
    "- evə buraxılıb: 16 nəfər.\n"
)


def test_of_those_in_the_ward_after_a_listed_part():
    text = _LISTED + "Stasionardakılardan 4-ü reanimasiya şöbəsindədir."
    found = claim_fields(text, "az", FIELDS)
    assert found[1] == ("injured", 14, 0)
    assert found[-1] == ("injured", 4, 1)


def test_near_miss_a_place_no_part_was_put_in():
    # Nobody was said to be put in the surgery ward: the 14 are not named by it.
    text = _LISTED + "Cərrahiyyədəkilərdən 4-ü reanimasiya şöbəsindədir."
    assert claim_fields(text, "az", FIELDS)[-1][2] != 1
