"""Log-linear models (Rcapture closedpMS.t / closedpCI.t) against reference values."""

import math

import pytest

from rightsledger.analysis.estimation import CaptureHistory, EstimationInputError, LogLinear
from rightsledger.analysis.estimation.loglinear import hierarchical_models, model_name


def test_it_enumerates_every_hierarchical_model():
    # the counts Rcapture's closedpMS.t fits for 3 and 4 lists (interactions up to t - 1)
    assert len(hierarchical_models(3, 2)) == 8
    assert len(hierarchical_models(4, 3)) == 113
    assert model_name(((0, 1, 2), (0, 3), (2, 3)), 4) == "[123,14,34]"
    assert model_name((), 3) == "[1,2,3]"


def test_kosovo_best_bic_model_matches_rcapture(kosovo, reference):
    ref = reference["kosovo-1999.csv"]["loglinear"]
    result = LogLinear().fit(kosovo)
    assert result.diagnostics["model"] == ref["best_bic_model"]
    for field in ("estimate", "lower", "upper"):
        assert getattr(result, field) == pytest.approx(ref[field], rel=ref["relative_tolerance"])
    assert result.observed == 4400
    assert result.interval_kind == "profile likelihood"
    assert result.warnings == ()


def test_a_named_model_is_fitted_without_search(kosovo):
    result = LogLinear(model="[123,14,34]").fit(kosovo)
    assert result.estimate == pytest.approx(10356.5, rel=1e-4)
    assert result.diagnostics["models_fitted"] == 1


def test_aic_ranking_is_available(kosovo):
    result = LogLinear(criterion="aic").fit(kosovo)
    ranking = result.diagnostics["ranking"]
    assert ranking == sorted(ranking, key=lambda row: row["aic"])


def test_two_lists_give_lincoln_petersen_with_a_warning():
    history = CaptureHistory.from_cells(["A", "B"], {(1, 0): 60, (0, 1): 40, (1, 1): 20})
    result = LogLinear().fit(history)
    assert result.estimate == pytest.approx(80 * 60 / 20)  # (n_A * n_B) / n_AB
    assert any("only 2 lists" in w for w in result.warnings)


def test_bad_options_are_errors(kosovo):
    with pytest.raises(EstimationInputError, match="criterion"):
        LogLinear(criterion="hqic")  # type: ignore[arg-type]
    with pytest.raises(EstimationInputError, match="max_order"):
        LogLinear(max_order=4).fit(kosovo)
    with pytest.raises(EstimationInputError, match="does not exist"):
        LogLinear(model="[15]").fit(kosovo)


NO_AB_OVERLAP = {(1, 0, 0): 30, (0, 1, 0): 25, (0, 0, 1): 40, (1, 0, 1): 5, (0, 1, 1): 6}


def test_a_model_without_an_estimate_gives_no_number_and_says_why():
    history = CaptureHistory.from_cells(["A", "B", "C"], NO_AB_OVERLAP)
    result = LogLinear(model="[12,13,23]").fit(history)
    assert math.isnan(result.estimate)
    assert any("does not exist" in w for w in result.warnings)
    assert result.to_dict()["estimate"] is None


def test_the_search_skips_models_without_an_estimate():
    history = CaptureHistory.from_cells(["A", "B", "C"], NO_AB_OVERLAP)
    result = LogLinear().fit(history)
    assert result.diagnostics["model"] == "[1,2,3]"
    assert result.diagnostics["models_without_estimate"] > 0
    assert result.lower < result.estimate < result.upper
    assert any("A and B have no one in common" in w for w in result.warnings)


def test_the_profile_curve_is_there_to_plot(kosovo):
    profile = LogLinear(model="[123,14,34]").fit(kosovo).diagnostics["profile"]
    assert len(profile["total"]) == len(profile["log_likelihood"]) == 41
    assert max(profile["log_likelihood"]) == 0.0
    assert min(profile["log_likelihood"]) < -1.92  # beyond the 95% cut-off on both sides
