"""A birth year one off (an age against a date, a birthday between the two) is never
learnt as "never one person": EM, trained on a small sample, may push its m to nothing,
and a list of ages would then fall apart from a list of dates."""

from __future__ import annotations

from typing import Any

from rightsledger.analysis.linkage import LinkageResult
from rightsledger.analysis.linkage.birth_comparison import YEAR_OFF_BY_ONE
from rightsledger.analysis.linkage.model import CONTEXT_M_FLOOR, M_FLOORS, _floor_trained_m


def test_the_levels_of_a_year_one_off_are_held_to_the_floor(
    small_result: LinkageResult,
) -> None:
    birth = next(c for c in small_result.model["comparisons"] if c["output_column_name"] == "birth")
    levels = {level.get("label_for_charts"): level for level in birth["comparison_levels"]}
    for label in YEAR_OFF_BY_ONE:
        assert levels[label]["m_probability"] >= CONTEXT_M_FLOOR, label


class _Level:
    def __init__(self, label: str, m: float, *, fixed: bool = False) -> None:
        self.label_for_charts, self.m_probability = label, m
        self.is_null_level, self._fix_m_probability = False, fixed


class _Linker:
    def __init__(self, comparisons: list[Any]) -> None:
        self._settings_obj = type("Settings", (), {"comparisons": comparisons})()


def _comparison(name: str, levels: list[_Level]) -> Any:
    return type("Comparison", (), {"output_column_name": name, "comparison_levels": levels})()


def test_a_collapsed_year_one_off_is_raised_and_the_rest_of_birth_is_left_alone() -> None:
    off_by_one = _Level(YEAR_OFF_BY_ONE[1], 5e-10)
    differ = _Level("All other comparisons", 1e-50)  # two births far apart: never one person
    fixed = _Level(YEAR_OFF_BY_ONE[0], 1e-9, fixed=True)
    _floor_trained_m(_Linker([_comparison("birth", [off_by_one, differ, fixed])]))
    assert off_by_one.m_probability == CONTEXT_M_FLOOR
    assert differ.m_probability == 1e-50
    assert fixed.m_probability == 1e-9
    assert M_FLOORS["birth"] == YEAR_OFF_BY_ONE
