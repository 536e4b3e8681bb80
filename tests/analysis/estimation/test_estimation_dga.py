"""Decomposable graphical model averaging (dga bma.cr) against reference values."""

import pytest

from rightsledger.analysis.estimation import DGA, CaptureHistory, EstimationInputError
from rightsledger.analysis.estimation.dga import decomposable_graphs


def test_it_enumerates_the_decomposable_graphs():
    assert [len(decomposable_graphs(n)) for n in (3, 4, 5)] == [8, 61, 822]
    four_cycle = {(0, 1), (1, 2), (2, 3), (0, 3)}
    assert all(set(g.edges) != four_cycle for g in decomposable_graphs(4))


def test_kosovo_matches_dga(kosovo, reference):
    ref = reference["kosovo-1999.csv"]["dga"]
    result = DGA(delta=ref["delta"]).fit(kosovo)
    assert result.estimate == pytest.approx(ref["median"], abs=ref["absolute_tolerance"])
    assert result.lower == pytest.approx(ref["lower"], abs=ref["absolute_tolerance"])
    assert result.upper == pytest.approx(ref["upper"], abs=ref["absolute_tolerance"])
    assert result.parameters["delta"] == ref["delta"]
    assert result.diagnostics["graphs"] == 61


def test_default_delta_is_two_to_the_minus_lists(kosovo):
    assert DGA(max_missing=20_000).fit(kosovo).parameters["delta"] == 1 / 16


def test_a_truncated_search_range_is_warned_about(kosovo):
    result = DGA(delta=1 / 16, max_missing=9_000).fit(kosovo)
    assert any("raise max_missing" in w for w in result.warnings)


def test_it_needs_three_to_five_lists():
    history = CaptureHistory.from_cells(["A", "B"], {(1, 0): 6, (0, 1): 4, (1, 1): 2})
    with pytest.raises(EstimationInputError, match="3 to 5 lists"):
        DGA().fit(history)
