"""A corrigendum is a correction notice: the figures it replaces ("for 'A' read 'B'", "is
replaced by") are no claims, the replacements are, and a part is corrected by a later part
of the same whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_a_corrigendum_replaces_a_total_and_its_part():
    text = (
        "Corrigendum to the report of the Panel on the Tessin raids\n\n"
        'Paragraph 4: for "twenty people were killed" read "seventeen people were killed".\n'
        'Paragraph 4: for "of whom six were children" read "of whom four were children".'
    )
    assert _read(text) == [("killed", "all", 17, None), ("killed", "children", 4, 0)]


def test_corrigenda_replace_a_figure_of_displacement():
    text = (
        "Corrigenda\n\nParagraph 9: the figure of 400 persons displaced is replaced by "
        '"approximately 520 persons displaced". The 31 persons detained remain unchanged.'
    )
    assert [c[:3] for c in _read(text)] == [("displaced", "all", 520), ("detained", "all", 31)]


def test_near_miss_two_tolls_outside_a_notice_both_stand():
    text = (
        "Report on the Tessin raids\n\nTwenty people were killed in the first raid, six of "
        "them children. Seventeen people were killed in the second, four of them children."
    )
    assert _read(text) == [
        ("killed", "all", 20, None),
        ("killed", "children", 6, 0),
        ("killed", "all", 17, None),
        ("killed", "children", 4, 2),
    ]
