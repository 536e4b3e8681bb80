"""A post updated in place ("YENİLƏNİB (14:05).") gives the figures known then and, after the
marker, those known now: a figure the update gives again with another count is replaced and
no claim; figures it does not repeat stand. Without a marker two figures of one act both
stand. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_the_update_replaces_the_earlier_figures():
    text = (
        "Səhər saatlarında kəndə raket düşüb. İlkin məlumata görə, 2 nəfər həlak olub, "
        "6 nəfər yaralanıb.\n"
        "YENİLƏNİB (14:05). Həlak olanların sayı 3-ə çatıb. Yaralıların sayı isə 8 nəfərə "
        "yüksəlib, onlardan 2-si uşaqdır."
    )
    assert _read(text) == [
        ("killed", "all", 3, None),
        ("injured", "all", 8, None),
        ("injured", "children", 2, 1),
    ]


def test_a_figure_the_update_does_not_repeat_stands():
    text = (
        "Gecə atəş nəticəsində 4 ev dağılıb, 2 nəfər yaralanıb.\n"
        "Yenilənib: yaralıların sayı 5-ə çatıb."
    )
    assert _read(text) == [("property_destroyed", "homes", 4, None), ("injured", "all", 5, None)]


def test_near_miss_no_marker_both_figures_stand():
    text = "Bu gün 2 nəfər həlak olub. Ay ərzində həlak olanların sayı 9-a çatıb."
    assert [f[:3] for f in _read(text)] == [("killed", "all", 2), ("killed", "all", 9)]
