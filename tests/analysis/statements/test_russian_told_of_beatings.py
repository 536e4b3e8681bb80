"""Russian: persons who tell someone of beatings, of whatever kind, were tortured, as those
who tell of torture were («12 узников рассказали членам комиссии о регулярных избиениях»);
persons who tell of anything else (searches) were not. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "В ходе визита в колонию 12 узников рассказали членам комиссии о регулярных избиениях.",
        "12 жителей села сообщили журналистам о жестоких побоях со стороны военных.",
        "12 освобождённых заявили адвокатам о побоях.",
    ],
)
def test_those_who_tell_of_beatings_were_tortured(text):
    assert [category for category, _count in figures(text)] == ["tortured"]
    assert figures(text)[0][1] == 12


def test_those_who_tell_of_searches_were_not():
    text = "12 жителей села рассказали журналистам о регулярных обысках."
    assert figures(text) == []
