"""Azerbaijani "yaşlı" is both "aged" and "elderly": listed after a count, "71 yaşlı insan"
counts 71 elderly persons. Before a noun of children ("uşaq", "qız", "məktəbli") it can only
be the child's age. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_the_age_of_a_child_listed_after_a_count():
    text = (
        "Kəndə düşən mərmilər 6 nəfəri yaralayıb. Yaralananlar arasında iki kişi və 9 yaşlı "
        "məktəbli var."
    )
    claims = _read(text)
    assert ("injured", "men", 2, 0) in claims
    assert not any(count == 9 for _, _, count, _ in claims)


def test_near_miss_elderly_persons_listed_after_a_count():
    text = "Təxliyə edilənlər arasında 30 uşaq və 45 yaşlı insan var."
    assert _read(text) == [
        ("displaced", "children", 30, None),
        ("displaced", "elderly", 45, None),
    ]
