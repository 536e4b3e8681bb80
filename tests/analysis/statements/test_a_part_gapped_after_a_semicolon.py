"""After a semicolon, a bare number under the preposition that put the part before it says
that part's structure again with its words left out: "In 70 of these cases the victim was last
seen in the custody of the army; in 30, in the hands of a militia" — another part of the same
whole, of the same fate, if both fit in it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")
WHOLE = "The group recorded 120 cases of enforced disappearance. "


def test_the_gapped_part_is_another_part_of_the_whole():
    text = WHOLE + (
        "In 70 of these cases the victim was last seen in the custody of the army; in 30, in "
        "the hands of a local militia."
    )
    assert ("disappeared", 30, 0) in claim_fields(text, "en", FIELDS)


def test_near_miss_parts_too_large_for_the_whole():
    text = WHOLE + (
        "In 70 of these cases the victim was last seen in the custody of the army; in 80, in "
        "the hands of a local militia."
    )
    assert [f for f in claim_fields(text, "en", FIELDS) if f[1] == 80] == []


# After "and", a bare number followed by the preposition that followed the verb of the part
# before it ("97 are attributed to the army and 31 to the police") is that part said again.
def _parts(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_a_part_gapped_before_to():
    text = (
        "We documented 143 cases of enforced disappearance, of which 60 are attributed to "
        "the army and 45 to unknown gunmen."
    )
    assert _parts(text) == [
        ("disappeared", 143, None),
        ("disappeared", 60, 0),
        ("disappeared", 45, 0),
    ]


def test_near_miss_a_count_between_takes_the_preposition():
    text = "Of the 60 detainees, 41 were transferred to Brenn prison and 12 to the military base."
    assert _parts(text) == [("detained", 60, None)]
