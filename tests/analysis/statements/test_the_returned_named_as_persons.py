"""After "Among those returned:" the participle names the released counted before, and each
item on the list is a part of them: an item may say whose its persons are ("of the Navy") or
that they were held until then ("held since 2027"), which is no fate of their own. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "parent"))


def test_items_after_those_returned_are_parts_of_the_released():
    text = "On Monday 64 prisoners came home from captivity. Among those returned: 58 servicemen, 6 civilians."
    assert _read(text) == [
        ("released", "all", 64, None),
        ("released", "servicemen", 58, 0),
        ("released", "civilians", 6, 0),
    ]


def test_items_on_lines_with_whose_they_are_and_held_since():
    text = (
        "On Monday 64 prisoners came home from captivity. Among those returned:\n"
        "– 58 servicemen of the Navy;\n"
        "– 6 civilians held since the siege of Orla, including 2 women.\n"
    )
    assert _read(text) == [
        ("released", "all", 64, None),
        ("released", "servicemen", 58, 0),
        ("released", "civilians", 6, 0),
        ("released", "women", 2, 2),
    ]


def test_held_since_outside_such_a_list_stays_held():
    text = "On Monday 64 prisoners came home. 6 civilians held since the siege of Orla remain in captivity."
    fields = _read(text)
    assert fields[0] == ("released", "all", 64, None)
    assert fields[1][0] in {"captured", "detained"}
    assert fields[1][3] is None
