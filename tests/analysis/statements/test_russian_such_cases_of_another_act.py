"""«— Были ли случаи насилия? — Мы зарегистрировали 14 таких случаев»: «таких случаев» are
cases of what the cases named last before were cases of; where that is a word of no act of
ours (violence, looting), the count is not a figure of the latest toll. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_such_cases_of_violence_in_a_camp_are_not_residents():
    text = (
        "— Сколько человек живёт в лагере?\n— Около 3 500 человек.\n\n"
        "— Были ли случаи насилия?\n— За месяц мы зарегистрировали 9 таких случаев."
    )
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 3500)]


def test_such_cases_of_looting_are_not_the_detained():
    text = (
        "Жители сообщали о случаях мародёрства. Полиция задержала 40 человек. "
        "Правозащитники подтвердили 12 подобных случаев."
    )
    assert claim_fields(text, "ru", FIELDS) == [("detained", 40)]


def test_such_cases_after_a_toll_are_of_the_toll():
    # Near miss: no cases of another act were named; the cases are of the detained.
    text = "Полиция задержала 40 человек. Правозащитники подтвердили 12 таких случаев."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 40), ("detained", 12)]
