"""Russian medical reports' words for the dead and the lightly hurt: persons brought in
«без признаков жизни» are dead, not merely brought to hospital; patients «отпущены на
амбулаторное лечение» are hurt and sent home, not released from custody. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_brought_in_without_signs_of_life_are_dead():
    text = "Трое пострадавших доставлены в районную больницу уже без признаков жизни."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 3)]


def test_brought_in_in_a_grave_state_are_hurt():
    # Near miss: alive, in a grave state.
    text = "Трое пострадавших доставлены в районную больницу в тяжёлом состоянии."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 3)]


def test_sent_home_to_outpatient_care_are_hurt():
    text = "После перевязки 14 пациентов отпущены на амбулаторное лечение."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 14)]


def test_released_from_custody_stay_released():
    # Near miss: let go by the police, not by doctors.
    text = "После допроса 14 задержанных отпущены домой."
    assert claim_fields(text, "ru", FIELDS) == [("released", 14)]
