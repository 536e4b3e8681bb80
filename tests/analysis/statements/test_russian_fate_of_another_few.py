"""Russian: after a part of persons taken, the fate («судьба») of "another" few said unknown, set after
a comma or a semicolon («отпущены 40 пленных; судьба ещё троих не установлена»), is
said of more of those taken: they disappeared from that whole. «Ещё N» with no word of fate
(«…; ещё 5 жителей числятся пропавшими») is no part of it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "parent"))


@pytest.mark.parametrize(
    "text",
    [
        "Отряд захватил 45 пленных. Отпущены 40 пленных; судьба ещё троих до сих пор не "
        "установлена.",
        "Отряд захватил 45 пленных. Отпущены 40 пленных, судьба ещё троих неизвестна.",
    ],
)
def test_the_fate_of_another_few_is_of_the_same_whole(text):
    assert figures(text) == [("captured", 45, None), ("released", 40, 0), ("disappeared", 3, 0)]


def test_another_few_with_no_word_of_fate_are_no_part():
    text = (
        "Прокуратура установила гибель 20 человек, тела восьми из них найдены в лесу; "
        "ещё 5 жителей числятся пропавшими без вести."
    )
    assert ("missing", 5, None) in figures(text)
