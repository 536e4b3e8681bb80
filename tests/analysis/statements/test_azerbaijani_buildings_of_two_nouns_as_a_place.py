"""Buildings counted by two Azerbaijani nouns, the second in the locative ("7 məktəb binasında
yerləşdirilib", put up in seven school buildings), are where the persons were, as "7 məktəbdə"
is: no count of persons. The same buildings as the subject ("3 məktəb binası dağıdılıb") are
still counted as destroyed. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_evacuees_housed_in_school_buildings():
    text = (
        "Sərhəd kəndlərindən 540 nəfər təxliyə edilib. Onlar şəhərdəki 7 məktəb binasında "
        "müvəqqəti yerləşdirilib."
    )
    assert _read(text) == [("displaced", "all", 540, None)]


def test_near_miss_school_buildings_destroyed():
    text = "Gecə zərbəsi nəticəsində 3 məktəb binası tamamilə dağıdılıb."
    assert _read(text) == [("property_destroyed", "buildings", 3, None)]
