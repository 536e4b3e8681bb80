"""«Трое из вернувшихся военнослужащих», «пятеро из освобождённых журналистов»: a part taken
of a group named after the participle of its fate is a part of the latest figure of that fate
that counted that group — not of a later figure of the same fate that counted others — as
Azerbaijani says it ("Azad edilən hərbçilərdən 17-si"). Reflexive participles («из
вернувшихся») name the fate too. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_part_of_the_returned_group():
    text = (
        "После обмена домой вернулись 60 военнослужащих и 7 моряков. Девять из вернувшихся "
        "военнослужащих имеют ранения."
    )
    assert claim_fields(text, "ru", FIELDS)[2] == ("injured", "servicemen", 9, 0)


def test_part_of_the_returned_without_a_group():
    text = "После обмена из плена вернулись 60 человек. Девять из вернувшихся ранены."
    assert claim_fields(text, "ru", FIELDS)[1] == ("injured", "all", 9, 0)


def test_near_miss_returning_says_when():
    """«вернувшись» is when something happened, no release of anyone."""
    text = "Вернувшись в село, жители обнаружили тела 4 человек."
    assert [c[0] for c in claim_fields(text, "ru", FIELDS)] == ["found_dead"]
