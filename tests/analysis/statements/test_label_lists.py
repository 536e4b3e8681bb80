"""A table written on one line: a heading that names the act, then "label — number" items
(«Сожжены: частных домов — 40, школ — 2»). Each item counts what its label names; a total item
is the whole of the groups' items. A lone dash in running text is no list. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Damage in Kelso, final count. Burned down: houses — 40, schools — 2, mosques — 1.", "en"),
        ("Ущерб в Кельсо, итог. Сожжены: частных домов — 40, школ — 2, мечетей — 1.", "ru"),
        ("Kelsoda ziyan, yekun. Yandırılıb: fərdi ev — 40, məktəb — 2, məscid — 1.", "az"),
    ],
)
def test_each_item_counts_what_its_label_names(text, language):
    assert _read(text, language) == [
        ("property_destroyed", "homes", 40, None),
        ("property_destroyed", "schools", 2, None),
        ("property_destroyed", "places of worship", 1, None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Casualty sheet, week 12. Wounded: total — 31, women — 9, children — 6.", "en"),
        ("Сводка за 12-ю неделю. Ранены: всего — 31, женщин — 9, детей — 6.", "ru"),
        ("12-ci həftənin xülasəsi. Yaralanıb: cəmi — 31, qadın — 9, uşaq — 6.", "az"),
    ],
)
def test_a_total_item_holds_the_groups(text, language):
    assert _read(text, language) == [
        ("injured", "all", 31, None),
        ("injured", "women", 9, 0),
        ("injured", "children", 6, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Destroyed: the old mill — 1887, a landmark of the valley.", "en"),
        ("Разрушена: старая мельница — 1887 года постройки.", "ru"),
    ],
)
def test_a_single_dash_is_no_list(text, language):
    assert [c for c in _read(text, language) if c[2] == 1887] == []
