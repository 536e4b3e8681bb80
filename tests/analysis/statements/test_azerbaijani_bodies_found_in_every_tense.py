"""Azerbaijani bodies found, told in the active voice of others in every tense ("beş nəfərin
meyitini tapıblar", "cəsədlərini tapmışlar"), as testimony tells it in the first person
("meyitini tapdıq"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_bodies_they_found_in_the_perfect():
    text = "Sonra eşitdik ki, yolun kənarında dörd nəfərin meyitini tapıblar."
    assert claim_fields(text, "az", FIELDS) == [("found_dead", 4)]


def test_bodies_they_found_in_the_pluperfect():
    text = "Çobanlar dərədə 7 nəfərin cəsədini tapmışlar."
    assert claim_fields(text, "az", FIELDS) == [("found_dead", 7)]


def test_persons_found_alive_are_no_figure():
    # Near miss: found alive.
    text = "Xilasedicilər meşədə azmış 3 nəfəri sağ tapıblar."
    assert claim_fields(text, "az", FIELDS) == []


def test_things_found_are_no_bodies():
    # Near miss: what was found is no body.
    text = "Axtarış zamanı 12 silah tapıblar."
    assert claim_fields(text, "az", FIELDS) == []
