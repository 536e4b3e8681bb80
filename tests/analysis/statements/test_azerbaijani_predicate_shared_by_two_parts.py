"""Two Azerbaijani parts of two wholes may share one predicate, the first left without its
own ("Ölənlərdən 4-ü, yaralananlardan isə 11-i qadındır": of the dead four, and of the
wounded eleven, are women): the group the predicate names is the first part's too. A first
part with a verb of its own ("4-ü xəstəxanada ölüb") keeps its own reading. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_women_among_the_dead_and_the_wounded():
    text = (
        "Bazara endirilən zərbə nəticəsində 12 nəfər ölüb, 40 nəfər yaralanıb. Ölənlərdən "
        "4-ü, yaralananlardan isə 11-i qadındır."
    )
    assert _read(text) == [
        ("killed", "all", 12, None),
        ("injured", "all", 40, None),
        ("killed", "women", 4, 0),
        ("injured", "women", 11, 1),
    ]


def test_minors_among_the_dead_and_the_wounded_without_as_for():
    text = (
        "Mina partlayışlarında 30 nəfər həlak olub, 85 nəfər yaralanıb. Həlak olanlardan "
        "5-i, yaralananlardan 17-si azyaşlıdır."
    )
    assert _read(text)[2:] == [("killed", "children", 5, 0), ("injured", "children", 17, 1)]


def test_near_miss_a_first_part_with_its_own_verb():
    text = (
        "Bazara endirilən zərbə nəticəsində 12 nəfər ölüb, 40 nəfər yaralanıb. Yaralananlardan "
        "4-ü xəstəxanada ölüb, saxlananlardan isə 11-i qadındır."
    )
    assert _read(text)[2][:3] == ("killed", "all", 4)


def test_near_miss_a_whole_before_of_them():
    text = "Zərbə nəticəsində ölənlərin sayı 30-dur, onlardan 6-sı qadındır."
    assert _read(text) == [("killed", "all", 30, None), ("killed", "women", 6, 0)]
