"""A statement may be cut anywhere: a pasted excerpt, a truncated wire, a line that stops
mid-phrase («… числятся пропавшими без», "4 of the"). Every prefix and every stretch of
words reads without error, and what it reads stands at its offsets. Sentences written here."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rightsledger.analysis.statements import read_statement

STATEMENTS = {
    "en": (
        "Shelling killed 14 civilians in Kessel on 3 May, against 9 in April; 4 of the dead "
        "were children and at least 30 were injured. Of the 12 men taken from the market, 5 were released and the fate of "
        "the remaining 7 is unknown."
    ),
    "ru": (
        "В результате обстрела погибли 14 мирных жителей, из них четверо детей; ранены не "
        "менее 30 человек. Шесть человек числятся пропавшими без вести, судьба ещё троих не "
        "установлена."
    ),
    "az": (
        "Atəş nəticəsində 14 dinc sakin həlak olub, onlardan 4-ü uşaqdır; ən azı 30 nəfər "
        "yaralanıb. Həlak olanların hamısı kişidir, onlardan biri 1958-ci il təvəllüdlüdür."
    ),
}


def _assert_read(text: str, language: str) -> None:
    claims = read_statement(text, language).to_dict()["claims"]
    for index, claim in enumerate(claims):
        assert text[claim["start"] : claim["end"]] == claim["as_stated"]
        assert claim["parent"] is None or 0 <= claim["parent"] < len(claims)
        assert claim["parent"] != index


@pytest.mark.parametrize("language", sorted(STATEMENTS))
def test_every_prefix_reads(language):
    text = STATEMENTS[language]
    cuts = [i for i, char in enumerate(text) if char == " "] + [len(text)]
    for cut in cuts:
        _assert_read(text[:cut], language)
    # the whole statement still gives its figures
    assert read_statement(text, language).to_dict()["claims"]


@pytest.mark.parametrize("language", sorted(STATEMENTS))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_stretch_of_words_reads(language, data):
    words = STATEMENTS[language].split(" ")
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words)))
    _assert_read(" ".join(words[first:last]), language)
