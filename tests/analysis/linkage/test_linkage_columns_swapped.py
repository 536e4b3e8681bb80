"""A list that puts the surname in the given name's column and the given name in the
surname's ("Rashidli | Vugar") writes the same person as a list that keeps its columns
("Vüqar | Rəşidli"), even when it gives no birth year: the names swapped are proposed with
the same date of the event, or the same father's name, as they are with the same birth year.
Swapped names with nothing else in common are not proposed."""

from __future__ import annotations

from tests.analysis.linkage.blocking import blocked_pairs, frame
from tests.analysis.linkage.pair_level import level_of

KEPT = {
    "given_name": "Vüqar", "surname": "Rəşidli", "patronymic": "Hüseyn oğlu",
    "birth_year": "1964", "event_date": "27.04.1993",
}  # fmt: skip
SWAPPED = {"given_name": "Rashidli", "surname": "Vugar", "source": "other"}


def test_swapped_columns_with_the_same_event_date_are_proposed() -> None:
    records = frame([KEPT, {**SWAPPED, "event_date": "27.04.1993"}])
    assert ("r0", "r1") in blocked_pairs(records)


def test_swapped_columns_with_the_same_father_are_proposed() -> None:
    records = frame([KEPT, {**SWAPPED, "patronymic": "Huseyn oglu"}])
    assert ("r0", "r1") in blocked_pairs(records)


def test_swapped_columns_with_nothing_else_shared_are_not_proposed() -> None:
    records = frame([KEPT, {**SWAPPED, "event_date": "03.05.1992", "patronymic": "Ali oglu"}])
    assert ("r0", "r1") not in blocked_pairs(records)


def test_the_proposed_pair_is_scored_as_swapped_names() -> None:
    swapped = {**SWAPPED, "event_date": "27.04.1993"}
    for comparison in ("surname", "given_name"):
        level = level_of(KEPT, swapped, comparison)
        assert level.label_for_charts == "given name and surname swapped"
