"""Tables laid out with spaces and fact sheets with leader dots read as their pipes and colons
would: each number is its own column's and row's, never the next line's; and the marks put in
their place leave every offset as written."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement
from rightsledger.analysis.statements.plain_columns import mark_layout
from rightsledger.analysis.statements.tokens import tokenize


def _figures(text: str, language: str) -> list[tuple[str, str, int | None, int | None]]:
    claims = read_statement(text, language).to_dict()["claims"]
    return [(c["category"], c["subgroup"], c["count"], c["parent"]) for c in claims]


LEADERS = {
    "en": "Summary, 3 to 9 June:\nDead ..................... 61\nof whom women ............ 17\n"
    "Wounded .................. 204\n",
    "ru": "Сводка за 3–9 июня:\nПогибли ................. 61\nиз них женщины .......... 17\n"
    "Ранены .................. 204\n",
    "az": "3–9 iyun üzrə:\nHəlak olanlar ........... 61\nonlardan qadınlar ....... 17\n"
    "Yaralananlar ............ 204\n",
}
ALIGNED = {
    "en": "Week      Dead    Wounded\nFirst       11         35\nSecond       8         52\n",
    "ru": "Неделя      Погибли    Ранены\nПервая           11        35\nВторая            8        52\n",
    "az": "Həftə      Həlak olub    Yaralanıb\nBirinci             11           35\n"
    "İkinci               8           52\n",
}


@pytest.mark.parametrize("language", sorted(LEADERS))
def test_a_leader_of_dots_binds_a_label_to_its_figure(language: str) -> None:
    assert _figures(LEADERS[language], language) == [
        ("killed", "all", 61, None),
        ("killed", "women", 17, 0),
        ("injured", "all", 204, None),
    ]


@pytest.mark.parametrize("language", sorted(ALIGNED))
def test_columns_aligned_with_spaces_are_read_as_a_table(language: str) -> None:
    assert _figures(ALIGNED[language], language) == [
        ("killed", "all", 11, None),
        ("injured", "all", 35, None),
        ("killed", "all", 8, None),
        ("injured", "all", 52, None),
    ]


def test_a_figure_with_its_qualifier_after_a_leader() -> None:
    text = "Displaced ............ about 1,900\nMissing ........... at least 40\n"
    figures = read_statement(text, "en").to_dict()["claims"]
    assert [(c["category"], c["count"], c["qualifier"]) for c in figures] == [
        ("displaced", 1900, "about"),
        ("missing", 40, "at_least"),
    ]


def test_a_table_cell_keeps_to_its_cell() -> None:
    # The last number of a row once took the next row's label for its noun ("52\nTotal").
    text = "Week | Dead | Wounded\nFirst | 11 | 35\nSecond | 8 | 52\nTotal | 19 | 87\n"
    claims = read_statement(text, "en").to_dict()["claims"]
    assert [c["as_stated"] for c in claims] == ["11", "35", "8", "52", "19", "87"]


def test_the_marks_span_the_layout_and_keep_the_offsets() -> None:
    text = "Dead ...... 61\nWeek    Dead\nFirst     11\nSecond     8\n"
    marked = mark_layout(text, tokenize(text))
    colon = next(t for t in marked if t.text == ":")
    assert text[colon.start : colon.end] == "......"
    pipes = [t for t in marked if t.text == "|"]
    assert len(pipes) == 3
    assert all(text[p.start : p.end].strip() == "" for p in pipes)
    assert all(text[t.start : t.end] == t.text for t in marked if t.text not in {":", "|"})


def test_an_ellipsis_in_running_text_is_no_leader() -> None:
    # Near miss: three dots and a sentence after them are prose, not a label and its figure.
    text = "They waited... 45 people were killed when the shelling resumed."
    assert _figures(text, "en") == [("killed", "all", 45, None)]
    assert not any(t.text == ":" for t in mark_layout(text, tokenize(text)))


def test_two_spaces_after_a_full_stop_make_no_column() -> None:
    # Near miss: a typist's two spaces between sentences, on lines in a row.
    text = "The strike killed 14 people.  Another 30 were wounded.\nRescuers found 5 bodies.  Two more died.\n"
    assert not any(t.text == "|" for t in mark_layout(text, tokenize(text)))
    assert [f[:3] for f in _figures(text, "en")][:3] == [
        ("killed", "all", 14),
        ("injured", "all", 30),
        ("found_dead", "all", 5),
    ]


def test_one_line_with_a_wide_gap_is_no_table() -> None:
    # Near miss: a single line laid out in two cells is a heading, not a table.
    text = "Report No. 4      Kelmar\nThe attack killed 9 children."
    assert not any(t.text == "|" for t in mark_layout(text, tokenize(text)))
    assert _figures(text, "en") == [("killed", "children", 9, None)]
