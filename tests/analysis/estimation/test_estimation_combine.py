"""Rubin's rules and stratified estimation."""

import math

import numpy as np
import pandas as pd
import pytest

from rightsledger.analysis.estimation import (
    DGA,
    CaptureHistory,
    EstimationInputError,
    EstimationResult,
    LogLinear,
    combine_rubin,
    combine_strata,
    fit_stratified,
    rubin_pool,
)


def test_rubin_pool_matches_a_hand_computed_example():
    # m = 3: Q = 11, W = (4 + 9 + 5) / 3 = 6, B = ((10-11)^2 + (12-11)^2 + 0) / 2 = 1,
    # T = 6 + (4/3) * 1 = 22/3, df = 2 * (1 + 6 / (4/3))^2 = 2 * 5.5^2 = 60.5
    pooled = rubin_pool([10.0, 12.0, 11.0], [4.0, 9.0, 5.0])
    assert pooled.estimate == pytest.approx(11.0)
    assert pooled.within == pytest.approx(6.0)
    assert pooled.between == pytest.approx(1.0)
    assert pooled.total_variance == pytest.approx(22 / 3)
    assert pooled.degrees_of_freedom == pytest.approx(60.5)
    half = 1.9996 * math.sqrt(22 / 3)  # t quantile 0.975 with 60.5 degrees of freedom
    assert pooled.lower == pytest.approx(11.0 - half, abs=1e-3)
    assert pooled.upper == pytest.approx(11.0 + half, abs=1e-3)


def result(estimate: float, lower: float, upper: float, observed: int = 1000) -> EstimationResult:
    return EstimationResult(
        method="loglinear", estimate=estimate, lower=lower, upper=upper,
        observed=observed, fingerprint=f"{estimate}",
    )  # fmt: skip


def test_combine_rubin_pools_on_the_log_dark_figure():
    z = 1.959963984540054
    pooled = combine_rubin(
        [result(2000, 1000 + 1000 * math.exp(-z * 0.1), 1000 + 1000 * math.exp(z * 0.1))] * 2
    )
    assert pooled.estimate == pytest.approx(2000)
    # identical alternatives: no between variance, the interval is the common one
    assert pooled.lower == pytest.approx(1000 + 1000 * math.exp(-z * 0.1), rel=1e-6)
    assert pooled.diagnostics["between_variance"] == pytest.approx(0.0)
    spread = combine_rubin([result(1800, 1500, 2300), result(2300, 1900, 2900)])
    assert 1800 < spread.estimate < 2300
    assert spread.upper - spread.lower > 2300 - 1500 - 1


def test_combining_needs_compatible_results():
    with pytest.raises(EstimationInputError, match="at least two"):
        combine_rubin([result(2000, 1800, 2300)])
    other = EstimationResult("dga", 2000.0, 1800.0, 2300.0, 1000, "x")
    with pytest.raises(EstimationInputError, match="different methods"):
        combine_rubin([result(2000, 1800, 2300), other])


def test_strata_add_up_and_the_interval_is_narrower_than_summed_bounds():
    parts = {"north": result(2000, 1700, 2500), "south": result(3000, 2500, 3800, observed=1500)}
    total = combine_strata(parts, seed=1)
    assert total.estimate == 5000
    assert total.observed == 2500
    assert 1700 + 2500 < total.lower < total.estimate < total.upper < 2500 + 3800
    assert set(total.strata) == {"north", "south"}


def test_fit_stratified_uses_each_stratum(kosovo):
    frame = kosovo.to_frame()
    halves = pd.concat([frame.assign(period="early"), frame.assign(period="late")])
    history = CaptureHistory.from_table(
        halves, stratum_column="period", lists=list(kosovo.list_names)
    )
    combined = fit_stratified(LogLinear(model="[123,14,34]"), history)
    single = LogLinear(model="[123,14,34]").fit(kosovo)
    assert combined.estimate == pytest.approx(2 * single.estimate)
    assert combined.observed == 2 * kosovo.observed
    assert combined.fingerprint == history.fingerprint()
    bayes = fit_stratified(DGA(delta=1 / 16, max_missing=30_000), history)
    assert bayes.samples is not None
    assert np.median(bayes.samples) == pytest.approx(2 * 12595, rel=0.02)


def test_small_strata_are_warned_about():
    cells = {(1, 0, 0): 10, (0, 1, 0): 8, (0, 0, 1): 9, (1, 1, 0): 3, (0, 1, 1): 2, (1, 0, 1): 2}
    small = CaptureHistory.from_cells(["A", "B", "C"], cells)
    frame = small.to_frame()
    history = CaptureHistory.from_table(
        pd.concat([frame.assign(s="a"), frame.assign(s="b")]),
        stratum_column="s",
        lists=["A", "B", "C"],
    )
    combined = fit_stratified(LogLinear(max_order=1), history)
    assert any("fewer than 50 people observed" in w for w in combined.warnings)


def test_a_stratum_without_an_estimate_is_named_in_the_error():
    missing = EstimationResult("loglinear", float("nan"), float("nan"), float("nan"), 300, "x")
    with pytest.raises(EstimationInputError, match="stratum south"):
        combine_strata({"north": result(2000, 1700, 2500), "south": missing})
