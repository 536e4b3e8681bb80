"""A Russian witness tells of persons rounded up («согнали в клуб», «согнали к сельсовету»;
«нас, мужчин, …»: us, of that group), led into a cellar («увели в подвал»), let go
(«отпустили пятерых») and of those whose whereabouts she does not know («Где остальные
четверо, мы не знаем»): captured, captured, released, and — the rest of the taken —
disappeared. Where persons died is no whereabouts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "qualifier", "parent"))


def test_rounded_up_into_a_building():
    text = "Боевики согнали в сельский клуб 60 жителей."
    assert _read(text) == [("captured", 60, "exact", None)]


def test_led_into_a_cellar_given_back_and_the_rest_unknown():
    text = (
        "Ночью военные увели в подвал девятерых мужчин. Утром отпустили пятерых. "
        "Где остальные четверо, мы не знаем."
    )
    assert _read(text) == [
        ("captured", 9, "exact", None),
        ("released", 5, "exact", 0),
        ("disappeared", 4, "exact", 0),
    ]


def test_near_miss_where_they_died_is_not_their_whereabouts():
    text = "Где погибли 12 человек, мы не знаем."
    assert _read(text) == [("killed", 12, "exact", None)]


def test_rounded_up_to_a_building():
    text = "Солдаты согнали к водонапорной башне 35 жителей."
    assert _read(text) == [("captured", 35, "exact", None)]


def test_us_named_by_a_group_in_our_headcount():
    # «Нас, женщин, …»: the group set beside «нас» is the group the headcount of us counts.
    text = "Нас, мужчин, согнали к почте, нас было четырнадцать."
    fields = ("category", "subgroup", "count")
    assert claim_fields(text, "ru", fields) == [("captured", "men", 14)]


def test_near_miss_us_named_by_no_group():
    text = "Нас, жителей, согнали к почте, нас было четырнадцать."
    fields = ("category", "subgroup", "count")
    assert claim_fields(text, "ru", fields) == [("captured", "all", 14)]
