"""«Среди погибших — водитель автобуса и три полицейских»: a single person named first with
no numeral is no count, and the counted items after it are parts all the same. A group named
in the plural first is left as it was. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_the_counted_items_after_a_single_person_are_parts():
    assert claim_fields(
        "При обстреле рынка погибли 15 человек. Среди погибших — продавщица овощного ларька "
        "и четверо детей.",
        "ru",
    ) == [
        ("killed", "all", 15, None, None, "exact", None),
        ("killed", "children", 4, None, None, "exact", 0),
    ]


def test_including_a_single_person_first():
    assert claim_fields("Ранены 30 человек, в том числе медсестра и пятеро детей.", "ru") == [
        ("injured", "all", 30, None, None, "exact", None),
        ("injured", "children", 5, None, None, "exact", 0),
    ]


def test_a_plural_group_first_is_left_as_it_was():
    assert claim_fields(
        "Погибли 20 человек. Среди погибших — водители и три полицейских.", "ru"
    ) == [("killed", "all", 20, None, None, "exact", None)]
