"""«Год назад в списке было 1 702 фамилии»: names a list held are the persons the list counts,
of the fate it was counted for just before. Names in a book that is no list stay no
figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_names_on_the_list_count_its_fate():
    assert claim_fields(
        "Пропавшими без вести числятся 812 человек. Полгода назад в списке было 790 фамилий.",
        "ru",
    ) == [
        ("missing", "all", 812, None, None, "exact", None),
        ("missing", "all", 790, None, None, "exact", None),
    ]


def test_names_in_a_book_are_no_figure():
    assert claim_fields(
        "Пропавшими без вести числятся 812 человек. Полгода назад в книге было 790 фамилий.",
        "ru",
    ) == [("missing", "all", 812, None, None, "exact", None)]
