"""«В 142 из этих случаев …»: cases counted and named again with a demonstrative after a
part are its whole, as «из них» says. A count with a noun of its own stays apart. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_a_part_of_the_cases_named_again():
    assert claim_fields(
        "Группа зафиксировала 318 случаев произвольного задержания. В 142 из этих случаев "
        "задержание проводила полиция.",
        "ru",
    ) == [
        ("detained", "all", 318, None, None, "exact", None),
        ("detained", "all", 142, None, None, "exact", 0),
    ]


def test_a_count_of_another_noun_is_no_part():
    claims = claim_fields(
        "Группа зафиксировала 318 случаев произвольного задержания. Задержания прошли в 42 "
        "населённых пунктах.",
        "ru",
    )
    assert claims == [("detained", "all", 318, None, None, "exact", None)]
