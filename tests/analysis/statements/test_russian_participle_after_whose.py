"""Russian: a participle set off by a comma describes the counted persons also when nouns
and adjectives saying whose they are stand between («двое жителей посёлка Лесной,
задержанных в июне, …»: detained); a participle of no act makes no figure. In a humanitarian
statement, the staff word right after a bare count names aid workers. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count"))


def test_a_participle_past_whose_they_are_describes_them():
    text = "Двое жителей посёлка Лесной, задержанных в июне, до сих пор не освобождены."
    assert figures(text) == [("detained", "all", 2)]


def test_staff_of_a_humanitarian_society_held_are_aid_workers():
    text = "Двое сотрудников Общества Красного Креста, захваченных в заложники в июне, всё ещё в плену."
    assert figures(text) == [("captured", "aid workers", 2)]


def test_a_participle_of_no_act_after_them_makes_no_figure():
    text = "Двое сотрудников больницы, работающих в ночную смену, получили премию."
    assert figures(text) == []
