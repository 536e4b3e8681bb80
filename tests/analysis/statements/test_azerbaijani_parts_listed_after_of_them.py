"""A sentence that is only a marker of parts and a colon ("Onlardan:", of them:) heads a
list of parts set out one a line, each a part of the count of the sentence before, in its
act; an Azerbaijani item may carry its count's possessive ending ("– 6-sı qadın"). "Sağlamlıq
imkanları məhdud şəxs" is Azerbaijani law's term for a person with disabilities. Lists
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_parts_on_lines_after_of_them():
    text = (
        "Ötən ay 52 nəfər saxlanılıb. Onlardan:\n"
        "– 6-sı qadın,\n"
        "– 4-ü sağlamlıq imkanları məhdud şəxs,\n"
        "– 9-u jurnalistdir.\n"
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("detained", "all", 52, None),
        ("detained", "women", 6, 0),
        ("detained", "persons with disabilities", 4, 0),
        ("detained", "journalists", 9, 0),
    ]


def test_near_miss_lines_of_their_own_acts_are_read_as_they_stand():
    text = (
        "Ötən ay 52 nəfər saxlanılıb. Onlardan:\n– 6-sı sərbəst buraxılıb,\n– 2-si həbsdə qalır.\n"
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("released", "all", 6, 0) in claims
    assert not any(c[1] == "women" for c in claims)
