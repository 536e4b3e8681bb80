"""An Azerbaijani correction may put the wrong count between "səhvən" (by mistake) and its
verb ("yaralıların sayı səhvən 14 göstərilib", the number of wounded was given as 14 by
mistake): that count is no claim, nor is the earlier figure of the act the right figure after
it names with that count. A figure of another act with the same count stands. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_the_wounded_given_by_mistake_and_corrected():
    text = (
        "Mərmi zərbəsi nəticəsində 2 nəfər həlak olub, 14 nəfər yaralanıb. Əvvəlki "
        "məlumatda yaralıların sayı səhvən 14 göstərilib. Xəstəxananın məlumatına görə, "
        "yaralananların sayı 19-dur."
    )
    assert _read(text) == [("killed", 2, None), ("injured", 19, None)]


def test_near_miss_another_act_with_the_wrong_count():
    text = (
        "Zərbə nəticəsində 14 ev dağılıb, 11 nəfər yaralanıb. Əvvəlki məlumatda yaralıların "
        "sayı səhvən 14 bildirilib, yaralananların sayı 11-dir."
    )
    assert _read(text)[0] == ("property_destroyed", 14, None)
    assert ("injured", 14, None) not in _read(text)
