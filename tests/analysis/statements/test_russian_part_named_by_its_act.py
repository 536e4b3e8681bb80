"""Russian «Из госпитализированных …» after a count of the admitted and a part of it
hospitalised: the marker names the part by its own verb, so its count is a part of that part,
not of the admitted. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_of_the_hospitalised_is_a_part_of_the_hospitalised():
    text = (
        "В больницу поступили 40 человек. Из поступивших госпитализированы 25. "
        "Из госпитализированных 6 находятся в реанимации."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("injured", 40, None),
        ("injured", 25, 0),
        ("injured", 6, 1),
    ]


def test_of_the_hurt_stays_a_part_of_all_the_hurt():
    """Near miss: a marker of the broader act («Из пострадавших») is of the whole."""
    text = (
        "В больницу поступили 40 человек. Из поступивших госпитализированы 25. "
        "Из пострадавших 6 — дети."
    )
    assert claim_fields(text, "ru", FIELDS)[2] == ("injured", 6, 0)


def test_persons_named_by_the_participle_are_no_act():
    """Near miss: «бывших задержанных» interviewed names persons, not a part detained."""
    text = (
        "Задержаны 300 человек. Центр опросил 90 бывших задержанных. "
        "Среди задержанных — 12 несовершеннолетних."
    )
    assert claim_fields(text, "ru", FIELDS)[-1] == ("detained", 12, 0)
