"""«из числа подвергавшихся избиениям», «среди подвергшихся пыткам» (of those subjected to
beatings, to torture) after or before a count names its whole, those beaten: the count's own
act comes from its predicate. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_fractures_among_those_subjected_to_beatings():
    text = (
        "Не менее 30 человек подвергались избиениям. У восьми человек из числа "
        "подвергавшихся избиениям установлены переломы."
    )
    assert ("injured", "all", 8, 0) in claim_fields(text, "ru", FIELDS)


def test_near_miss_subjected_to_beatings_as_the_counts_own_predicate():
    text = "Задержаны 40 человек. 12 из них подвергались избиениям."
    assert ("tortured", "all", 12, 0) in claim_fields(text, "ru", FIELDS)
