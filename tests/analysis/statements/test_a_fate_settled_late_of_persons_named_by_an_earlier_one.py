"""A count named by an earlier fate whose own fate is settled only late («Судьба девятерых
задержанных, содержавшихся в бараке, не выяснена»: held, then of unknown fate) is a part of
the earlier fate's figure, as when the fate is plain. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_unknown_fate_of_the_held_after_a_clause_of_where_they_were():
    text = (
        "Задержаны 60 человек. Судьба девятерых задержанных, содержавшихся в бараке, "
        "не установлена."
    )
    assert ("disappeared", "all", 9, 0) in claim_fields(text, "ru", FIELDS)


def test_near_miss_more_than_the_earlier_figure_is_no_part():
    text = (
        "Задержаны 6 человек. Судьба девятерых задержанных, содержавшихся в бараке, не установлена."
    )
    assert ("disappeared", "all", 9, None) in claim_fields(text, "ru", FIELDS)
