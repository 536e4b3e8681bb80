"""A part on a line of its own whose label, before a colon or leader dots, names civilians
("onlardan mülki şəxslər ....... 9") counts civilians when a part beside it counts
servicemen, as a part whose noun names them does. A count after a comma is no label's.
Bulletins written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_civilians_on_a_line_with_leader_dots():
    text = (
        "Mübadilə (3 may):\n"
        "  Əsirlikdən azad edilənlər .......... 40\n"
        "    onlardan hərbçilər ............... 31\n"
        "    onlardan mülki şəxslər ........... 9\n"
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("released", "servicemen", 31, 0) in claims
    assert ("released", "civilians", 9, 0) in claims


def test_civilians_after_a_colon():
    text = "Freed in the exchange: 40\n  of whom servicemen: 31\n  of whom civilians: 9\n"
    claims = claim_fields(text, "en", FIELDS)
    assert ("released", "civilians", 9, 0) in claims


def test_near_miss_a_count_after_a_comma_names_no_label():
    # The part is of the civilians its whole counted, not of a label of a line.
    text = "Əsgərlər 20 sakini girov götürüb, 3-ü sonra buraxılıb."
    assert ("released", "all", 3, 0) in claim_fields(text, "az", FIELDS)
