"""A Russian label of time before a colon («За прошедшие сутки:», «В течение недели:») says
when the figures after it fell, and counts nothing; and a line of a list ends the sentence
of the line before it, so a group named there does not reach the next line."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, str, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["subgroup"], c["count"]) for c in claims]


def test_the_counts_after_a_period_label_are_figures():
    text = "За прошедшие сутки: 12 погибших, 31 раненый."
    assert _figures(text) == [("killed", "all", 12), ("injured", "all", 31)]


def test_a_label_that_names_the_act_still_counts_it():
    # Near miss: the period comes after the label's act, which the count then suffers.
    assert _figures("Погибших за сутки: 12.") == [("killed", "all", 12)]


def test_aid_workers_of_one_line_are_not_the_next_lines_dead():
    text = (
        "Красный Крест. Главное за месяц:\n"
        "— 2 сотрудника гуманитарной миссии погибли\n\n"
        "За последние сутки: 9 погибших."
    )
    assert _figures(text) == [("killed", "aid workers", 2), ("killed", "all", 9)]
