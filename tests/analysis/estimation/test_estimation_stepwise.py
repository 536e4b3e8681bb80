"""Stepwise log-linear estimation (SparseMSE) against reference values."""

import numpy as np
import pytest

from rightsledger.analysis.estimation import CaptureHistory, EstimationInputError, Stepwise
from rightsledger.analysis.estimation.stepwise import check_model


def test_uk_five_lists_match_sparsemse(uk, reference):
    ref = reference["uk-modern-slavery-2013-5lists.csv"]["stepwise"]
    result = Stepwise(pthresh=ref["pthresh"]).fit(uk)
    for field in ("estimate", "lower", "upper"):
        assert getattr(result, field) == pytest.approx(ref[field], rel=ref["relative_tolerance"])
    assert result.interval_kind == "normal on log dark figure"


def test_existence_and_identifiability_checks():
    # Three lists where A and B never overlap: the A:B term cannot be estimated, and with
    # every two-list term the dark figure is not identifiable.
    history = CaptureHistory.from_cells(
        ["A", "B", "C"], {(1, 0, 0): 30, (0, 1, 0): 25, (0, 0, 1): 40, (1, 0, 1): 5, (0, 1, 1): 6}
    )
    assert check_model(history, ()) == (True, True)
    exists, identifiable = check_model(history, ((0, 1), (0, 2), (1, 2)))
    assert not identifiable
    sparse = CaptureHistory.from_cells(
        ["A", "B", "C"], {(1, 0, 0): 30, (0, 1, 0): 25, (1, 1, 0): 4}
    )
    exists, _ = check_model(sparse, ())
    assert not exists  # list C is empty: its main effect goes to minus infinity


def test_bca_bootstrap_is_reproducible_and_brackets_the_estimate(uk):
    first = Stepwise(interval="bca", n_bootstrap=20, seed=7).fit(uk)
    again = Stepwise(interval="bca", n_bootstrap=20, seed=7).fit(uk)
    assert (first.lower, first.upper) == (again.lower, again.upper)
    assert first.lower < first.estimate < first.upper
    assert np.isfinite(first.diagnostics["acceleration"])
    normal = Stepwise(interval="normal", n_bootstrap=20, seed=7).fit(uk)
    z = 1.959963984540054
    assert normal.upper - normal.estimate == pytest.approx(z * normal.diagnostics["bootstrap_sd"])
    assert normal.lower >= uk.observed


def test_bad_options_are_errors():
    with pytest.raises(EstimationInputError, match="pthresh"):
        Stepwise(pthresh=2)
    with pytest.raises(EstimationInputError, match="interval"):
        Stepwise(interval="percentile")  # type: ignore[arg-type]


def test_a_non_existent_estimate_is_warned_about():
    history = CaptureHistory.from_cells(
        ["A", "B", "C"], {(1, 0, 0): 30, (0, 1, 0): 25, (1, 1, 0): 4}
    )
    result = Stepwise().fit(history)
    assert any("does not exist" in w for w in result.warnings)
    assert any("lists with nobody on them: C" in w for w in result.warnings)
