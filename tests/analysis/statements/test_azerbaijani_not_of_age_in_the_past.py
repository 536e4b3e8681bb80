"""Azerbaijani parts said not to have come of age in the past in "-mış" ("6-sı yetkinlik
yaşına çatmamışdı") are children, as with the participle in "-an"; the bare "-mış" before a
count is the count's attribute, no noun of a part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_not_of_age_in_the_pluperfect():
    text = "Polis 23 nəfəri saxlayıb. Saxlananlardan 4-ü yetkinlik yaşına çatmamışdı."
    assert claim_fields(text, "az", FIELDS)[1] == ("detained", "children", 4, 0)


def test_not_of_age_with_the_copula():
    text = "Mitinqdə 40 nəfər saxlanılıb, onlardan 9-u yetkinlik yaşına çatmamışdır."
    assert claim_fields(text, "az", FIELDS)[1] == ("detained", "children", 9, 0)


def test_the_bare_participle_before_a_count_makes_no_extra_figure():
    # Near miss: "çatmamış" before the count qualifies it; no figure of one child appears.
    text = "Saxlanılanlar 30 nəfərdir, onların arasında yetkinlik yaşına çatmamış 4 şagird də var."
    counts = [claim[2] for claim in claim_fields(text, "az", FIELDS)]
    assert 1 not in counts
