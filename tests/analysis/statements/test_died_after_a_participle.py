"""A participle right after the counted persons describes them ("No person detained under the
decree", "Three men held in the raid"); a later "died" or "perished", which is never a
participle, is the verb of the clause and so what befell them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_no_person_detained_died():
    text = "Between May and July 640 people were arrested. No person detained under the decree died in custody."
    assert _read(text) == [("detained", "all", 640), ("killed", "all", 0)]


def test_men_held_in_the_raid_perished():
    text = "Four men held after the raid perished in the fire at the barracks."
    assert _read(text) == [("killed", "men", 4)]


def test_near_miss_a_participle_with_no_later_verb_stays_the_act():
    text = "Four men held after the raid, the lawyers said on Monday."
    assert _read(text) == [("detained", "men", 4)]
