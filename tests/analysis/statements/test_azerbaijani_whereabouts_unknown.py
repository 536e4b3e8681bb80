"""Whereabouts unknown in Azerbaijani ("harada saxlanıldığı məlum deyil", "harada olduqları
məlum deyil"): the persons disappeared, as the sets count it; said after a part with no verb
of its own ("onlardan üçü qayıtmayıb, harada saxlanıldıqları məlum deyil"), of that part.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_where_held_unknown_of_a_count():
    text = "Vəkillərin sözlərinə görə, 11 nəfərin harada saxlanıldığı hələ də məlum deyil."
    assert _read(text) == [("disappeared", "all", 11, None)]


def test_where_they_are_unknown_of_a_part():
    text = "Polis 40 nəfəri saxlayıb. Onlardan 9-unun harada olduğu bu günədək məlum deyil."
    assert _read(text) == [("detained", "all", 40, None), ("disappeared", "all", 9, 0)]


def test_said_after_a_part_with_no_verb():
    text = "Hərbçilər 25 nəfəri saxlayıb. Onlardan üçü hələ qayıtmayıb, harada saxlanıldıqları məlum deyil."
    assert _read(text) == [("detained", "all", 25, None), ("disappeared", "all", 3, 0)]


def test_near_miss_where_they_live_is_no_fate():
    text = "Polis 40 nəfəri saxlayıb. Onların harada yaşadığı məlum deyil."
    assert _read(text) == [("detained", "all", 40, None)]


def test_families_told_nothing_of_where_they_are_held():
    text = (
        "Polis 30 nəfəri saxlayıb. Onlardan 26-sı buraxılıb, qalan 4 nəfərin harada "
        "saxlanıldığı barədə yaxınlarına heç bir məlumat verilməyib."
    )
    assert _read(text) == [
        ("detained", "all", 30, None),
        ("released", "all", 26, 0),
        ("disappeared", "all", 4, 0),
    ]
