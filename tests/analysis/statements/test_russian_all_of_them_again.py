"""«Вернулись 40 человек. Со всеми 40 побеседовали»: a bare count after «все» in any case
names those counted before again, no figure of its own; another number so said is one.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_all_of_them_again_is_no_new_figure():
    text = "Из плена вернулись 40 человек. Со всеми 40 встретились врачи."
    assert claim_fields(text, "ru", FIELDS) == [("released", 40, None)]


def test_near_miss_another_number():
    text = "Задержаны 40 человек. Всех 12 отпустили утром."
    assert ("released", 12, 0) in claim_fields(text, "ru", FIELDS)
