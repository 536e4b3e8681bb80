"""A part in the genitive with the verbal noun of "ol-" after its noun ("onlardan 12-nin
qadın olmasından", of twelve of them being women; "7-sinin isə azyaşlı olması") says what
those persons are: the noun names the part's group. A genitive noun owning a place after a
part ("7-ni məktəbin həyətində") still says where, not whom. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_parts_said_to_be_women_and_minors():
    text = (
        "Təşkilat 250 nəfərin həbs edilməsindən, onlardan 12-nin qadın, 7-nin isə azyaşlı "
        "olmasından narahatdır."
    )
    assert _read(text) == [
        ("detained", "all", 250, None),
        ("detained", "women", 12, 0),
        ("detained", "children", 7, 0),
    ]


def test_near_miss_a_place_owned_by_a_genitive():
    text = "Polis 30 nəfəri saxlayıb, onlardan 7-ni məktəbin həyətində döyüblər."
    assert _read(text) == [("detained", "all", 30, None), ("tortured", "all", 7, 0)]
