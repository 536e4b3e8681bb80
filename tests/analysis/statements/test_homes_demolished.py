"""Homes destroyed or demolished, counted with an adjective before their noun ("five private
homes", «пять частных домов», "beş fərdi yaşayış evi"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Five private homes were completely destroyed.", "en"),
        ("Пять частных домов полностью уничтожены.", "ru"),
        ("Beş fərdi yaşayış evi tamamilə dağıdılıb.", "az"),
        ("Beş fərdi ev tamamilə dağılıb.", "az"),
    ],
)
def test_private_homes_destroyed(text, language):
    assert figures(text, language) == [("property_destroyed", "homes", 5)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bulldozers demolished 40 homes and 2 mosques.", "en"),
        ("Бульдозерами снесены 40 домов и 2 мечети.", "ru"),
        ("Məhəllədə 40 yaşayış evi və 2 məscid sökülüb.", "az"),
    ],
)
def test_homes_demolished(text, language):
    assert figures(text, language) == [
        ("property_destroyed", "homes", 40),
        ("property_destroyed", "places of worship", 2),
    ]
