"""Tables as Markdown writes them, with pipes that open and close each line and a rule under
the header ("|---|---|"), read as the same tables without them; a table with no header row,
each row an act and its number, reads row by row. Tables written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

MARKDOWN = {
    "en": "| Group | Killed | Injured |\n|---|:---:|---:|\n| Women | 12 | 30 |\n"
    "| Total | 41 | 97 |\n",
    "ru": "| Группа | Погибли | Ранены |\n| --- | --- | --- |\n| Женщины | 12 | 30 |\n"
    "| Всего | 41 | 97 |\n",
    "az": "| Qrup | Həlak olub | Yaralanıb |\n|---|---|---|\n| Qadınlar | 12 | 30 |\n"
    "| Cəmi | 41 | 97 |\n",
}


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize("language", sorted(MARKDOWN))
def test_a_markdown_table_reads_as_the_same_table_without_its_rules(language):
    expected = [
        ("killed", "women", 12, 2),
        ("injured", "women", 30, 3),
        ("killed", "all", 41, None),
        ("injured", "all", 97, None),
    ]
    assert _read(MARKDOWN[language], language) == expected
    plain = "\n".join(
        line.strip("|").strip()
        for line in MARKDOWN[language].splitlines()
        if not set(line) <= set("|-: ")
    )
    assert _read(plain, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Killed | 112\nInjured | 340\nMissing | 27\n", "en"),
        ("| Погибли | 112 |\n| Ранены | 340 |\n| Пропали без вести | 27 |\n", "ru"),
    ],
)
def test_a_table_with_no_header_reads_row_by_row(text, language):
    assert _read(text, language) == [
        ("killed", "all", 112, None),
        ("injured", "all", 340, None),
        ("missing", "all", 27, None),
    ]
