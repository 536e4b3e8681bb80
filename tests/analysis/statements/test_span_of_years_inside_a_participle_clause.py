"""A span of years written with a close-up dash («в 2021–2024 годах») is one phrase of time:
the participle clause it stands in («заключённых, подвергавшихся избиениям … в 2021–2024
годах») goes on past it and still names what befell the counted persons. A dash set off by
spaces still ends the clause. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "qualifier", "parent"))


def test_participle_clause_with_a_span_of_years():
    text = (
        "Правозащитники записали рассказы 64 осуждённых, подвергавшихся избиениям "
        "в следственных изоляторах в 2021–2024 годах."
    )
    assert _read(text) == [("tortured", 64, "exact", None)]


def test_span_of_years_after_a_count_word_in_the_genitive():
    text = (
        "Доклад рассказывает о девяноста шести заключённых, подвергшихся пыткам "
        "в колониях края в 2019–2022 годах, в том числе о восьми женщинах."
    )
    assert _read(text) == [("tortured", 96, "exact", None), ("tortured", 8, "exact", 0)]


def test_near_miss_a_spaced_dash_still_ends_the_clause():
    text = "Сообщается о 64 осуждённых, переведённых в другие колонии – избиениям никто не подвергался."
    assert [c[0] for c in _read(text)] != ["tortured"]
