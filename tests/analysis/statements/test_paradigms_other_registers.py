"""Acts as other registers say them: the official "bəlli" for "məlum" (fate unknown),
"azadlığa çıxıb" (came out free); the law's «телесные повреждения» (bodily harm), «превращены
в руины», «стёрты с лица земли»; "taken into detention", "locked up", "damaged beyond
repair". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Müharibədən sonra 30 nəfərin taleyi bəlli deyil.", "az", ("missing", "all", 30)),
        ("Otuz nəfərin taleyi hələ də bəlli deyil.", "az", ("missing", "all", 30)),
        ("Amnistiya ilə 5 nəfər azadlığa çıxıb.", "az", ("released", "all", 5)),
        ("В драке девять человек получили телесные повреждения.", "ru", ("injured", "all", 9)),
        ("Сорок жилых домов превращены в руины.", "ru", ("property_destroyed", "homes", 40)),
        ("За ночь 40 домов были стёрты с лица земли.", "ru", ("property_destroyed", "homes", 40)),
        ("Twenty students were taken into detention.", "en", ("detained", "students", 20)),
        ("The militia locked up 20 men in a school.", "en", ("detained", "men", 20)),
        ("Forty homes were damaged beyond repair.", "en", ("property_destroyed", "homes", 40)),
    ],
)
def test_the_act_in_another_register(text, language, expected):
    assert _read(text, language) == [(*expected, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Gecəki bombardman 14 nəfərin həyatına son qoyub.",
        "Kənddə 14 nəfərin həyatına son qoyulub.",
    ],
)
def test_lives_ended_are_the_killed(text):
    assert _read(text, "az") == [("killed", "all", 14, "exact")]
