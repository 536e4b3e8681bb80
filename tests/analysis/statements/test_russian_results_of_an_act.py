"""«…, в результате чего трое скончались»: the counts of a clause of result are of the persons
the act before it befell, parts of its count whatever fate each names. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_two_fates_of_the_beaten():
    text = (
        "Конвоиры избили 29 задержанных, в результате чего двое из пострадавших скончались, "
        "а у 11 пострадавших диагностированы переломы."
    )
    assert _read(text) == [
        ("tortured", "all", 29, None),
        ("killed", "all", 2, 0),
        ("injured", "all", 11, 0),
    ]


def test_with_the_other_opener():
    text = "Надзиратели избили 18 заключённых, вследствие чего трое скончались."
    assert _read(text) == [("tortured", "all", 18, None), ("killed", "all", 3, 0)]


def test_a_larger_count_is_no_part():
    text = "Солдаты избили 6 мужчин, в результате чего без крова остались 200 человек."
    assert all(f[3] is None for f in _read(text))
