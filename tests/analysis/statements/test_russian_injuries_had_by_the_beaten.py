"""«у троих были сломаны рёбра», «у пятерых из них — черепно-мозговые травмы»: Russian names
injuries that persons have by the bone broken or by a doctor's word for a head injury, and
sets the injury off by a dash after the whole the persons are taken from. The injured are of
the beaten counted just before them, even where their count leaves «из них» unsaid and
both counts are parts of the same detained. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

_DETAINED = ("detained", "all", 48, None, None, "exact", None)
_BEATEN = ("tortured", "all", 9, None, None, "at_least", 0)


@pytest.mark.parametrize(
    "injury",
    [
        "у четверых были сломаны рёбра",
        "у четверых сломаны пальцы",
        "у четверых, по словам адвоката, были сломаны руки",
        "у четверых из них — переломы",
        "у четверых из них — черепно-мозговые травмы",
        "у четверых из них сотрясения мозга",
        "у четверых — травмы",
        "у четверых из них травмы головы",
    ],
)
def test_injuries_had_after_the_beaten_are_theirs(injury):
    text = (
        "После шествия в отдел полиции доставили 48 человек. "
        f"Не менее девяти из них избивали в коридоре; {injury}."
    )
    assert claim_fields(text, "ru") == [
        _DETAINED,
        _BEATEN,
        ("injured", "all", 4, None, None, "exact", 1),
    ]


def test_injuries_had_by_some_of_the_beaten_named_by_their_participle_stay_theirs():
    assert claim_fields(
        "В ИВС поместили 48 человек. Не менее девяти из них избивали, в том числе двоих "
        "несовершеннолетних; у четверых из избитых выявлены переломы.",
        "ru",
    ) == [
        ("detained", "all", 48, None, None, "exact", None),
        _BEATEN,
        ("tortured", "children", 2, None, None, "exact", 1),
        ("injured", "all", 4, None, None, "exact", 1),
    ]


def test_a_single_head_injury_is_a_cause_of_death_not_a_count():
    assert claim_fields(
        "Трое задержанных скончались в изоляторе; причиной смерти одного из них стала "
        "черепно-мозговая травма.",
        "ru",
    ) == [("killed", "all", 3, None, None, "exact", None)]
