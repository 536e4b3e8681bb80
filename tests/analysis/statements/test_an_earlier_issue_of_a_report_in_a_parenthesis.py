"""A parenthesis after a figure that names an issue of the report by its number ("(№ 5
bülletendə — 7.214 nəfər)", in bulletin No. 5) gives the figure at that earlier issue: a
claim of the same act, with no parent. A place named by its number ("№ 3 otaqda", in room
No. 3) is no report. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_figure_of_an_earlier_bulletin_is_its_own_claim():
    text = "Ay ərzində 4.380 nəfər qaçqın kimi qeydiyyata alınıb (№ 7 bülletendə — 3.912 nəfər)."
    claims = claim_fields(text, "az", FIELDS)
    assert ("displaced", "all", 3912, None) in claims


def test_a_room_by_its_number_is_no_report():
    text = "Həftə ərzində 57 nəfər yaralanıb (№ 4 palatada — 12 nəfər)."
    claims = claim_fields(text, "az", FIELDS)
    assert ("injured", "all", 12, None) not in claims
