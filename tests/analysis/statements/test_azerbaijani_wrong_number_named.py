"""A correction that names the wrong number ("yaralıların sayı 11 deyil, 9 nəfərdir", "the
number of wounded is not 11 but 9") drops the earlier figure of that act with that count, and
its parts; a figure of another act with the same count stands. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_the_figure_named_as_wrong_is_dropped():
    text = (
        "10:15 Kəndə düşən mərmi nəticəsində 7 nəfər yaralanıb, onlardan 2-si uşaqdır.\n"
        "11:30 Səhiyyə Nazirliyi bildirir ki, yaralıların sayı 7 deyil, 5 nəfərdir."
    )
    assert _read(text) == [("injured", "all", 5, None)]


def test_near_miss_another_act_with_that_count_stands():
    text = (
        "10:15 Kənddə 7 ev dağılıb, 3 nəfər yaralanıb.\n"
        "11:30 Nazirlik bildirir ki, yaralıların sayı 7 deyil, 4 nəfərdir."
    )
    assert _read(text) == [
        ("property_destroyed", "homes", 7, None),
        ("injured", "all", 3, None),
        ("injured", "all", 4, None),
    ]
