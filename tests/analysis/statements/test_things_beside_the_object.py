"""A count of things set after a dash or comma beside the object of a destruction says how
many things it destroyed ("burned Varrow to the ground — all 160 houses", «сожгли Варров
дотла — все 160 дворов»); a count with a verb of its own after the comma keeps its own
verb. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("In one night the raiders burned Varrow to the ground — all 160 houses.", "en", "exact"),
        ("За одну ночь налётчики сожгли Варров дотла — все 160 дворов.", "ru", "exact"),
        ("Сгорела вся нижняя слобода Варрова — не меньше 160 домов.", "ru", "at_least"),
        ("In one night the raiders burned Varrow, 160 houses in all.", "en", "exact"),
    ],
)
def test_things_counted_beside_the_object_were_destroyed(text, language, qualifier):
    assert figures(text, language) == [("property_destroyed", "homes", 160, qualifier)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Varrovda 6 ev tamamilə dağıdılıb, 160-dan çox ev isə zədələnib.", "az"),
        ("В Варрове разрушены 6 домов, ещё 160 домов повреждены.", "ru"),
    ],
)
def test_a_count_with_a_verb_of_its_own_is_not_the_object(text, language):
    assert figures(text, language) == [("property_destroyed", "homes", 6, "exact")]
