"""Azerbaijani says a person's whereabouts are not known in one word as well as in two:
"harada olduğu naməlumdur" (and "naməlum olaraq qalır") as "harada olduğu məlum deyil", and
"bəlli deyil" for "məlum deyil". Persons held whose whereabouts are unknown are disappeared,
not only detained. A name unknown is not a whereabouts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_held_persons_whose_whereabouts_are_unknown_in_one_word():
    text = (
        "Təhlükəsizlik orqanları tərəfindən saxlanılmış 25 nəfərin harada olduğu "
        "hələ də naməlumdur; onlardan 4-ü qadındır."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("disappeared", "all", 25, None),
        ("disappeared", "women", 4, 0),
    ]


def test_whereabouts_that_remain_unknown():
    text = "Daha 3 nəfərin harada saxlanıldığı naməlum olaraq qalır."
    assert claim_fields(text, "az", FIELDS) == [("disappeared", "all", 3, None)]


def test_whereabouts_not_clear_in_the_other_register():
    text = "Kənddən aparılan 12 kişinin harada olduqları bəlli deyil."
    assert claim_fields(text, "az", FIELDS)[0][0] == "disappeared"


def test_names_unknown_are_no_whereabouts():
    # Near miss: "naməlum" of their names, not of where they are.
    text = "Polis tərəfindən saxlanılmış 25 nəfərin adları naməlumdur."
    assert claim_fields(text, "az", FIELDS) == [("detained", "all", 25, None)]
