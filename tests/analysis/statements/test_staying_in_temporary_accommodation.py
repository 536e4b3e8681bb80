"""Russian: persons staying in a temporary accommodation centre («находятся в пунктах
временного размещения») are displaced; others there (staff, volunteers) are not."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"]) for c in claims]


def test_those_staying_in_the_centres_are_displaced():
    text = "В пунктах временного размещения в Заречье находятся 1 480 человек."
    assert _figures(text) == [("displaced", 1480)]
    assert _figures("Ещё 95 жителей проживают в пункте временного размещения.") == [
        ("displaced", 95)
    ]


def test_those_who_work_there_are_not():
    # Near miss: the centre is named, but the verb is of work, not of staying.
    assert _figures("В пункте временного размещения дежурят 14 волонтёров.") == []
