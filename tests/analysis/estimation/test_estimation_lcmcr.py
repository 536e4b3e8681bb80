"""Bayesian latent-class estimation (LCMCR) against reference values, and its behaviour."""

import numpy as np
import pytest

from rightsledger.analysis.estimation import LCMCR, CaptureHistory, EstimationInputError
from rightsledger.analysis.estimation.mcmc import effective_sample_size, split_rhat

QUICK = {"K": 5, "burnin": 200, "samples": 200, "thinning": 5, "chains": 2}


def test_kosovo_matches_lcmcr_within_monte_carlo_error(kosovo, reference):
    ref = reference["kosovo-1999.csv"]["lcmcr"]
    result = LCMCR(**ref["settings"], chains=2, seed=2024).fit(kosovo)
    tolerance = ref["relative_tolerance"]
    for field, ours in (
        ("median", result.estimate),
        ("lower", result.lower),
        ("upper", result.upper),
    ):
        expected = np.mean([run[field] for run in ref["runs"]])
        assert ours == pytest.approx(expected, rel=tolerance[field]), field
    assert result.diagnostics["rhat"] < 1.05
    assert result.interval_kind == "posterior quantiles"
    assert result.samples is not None
    assert result.samples.size == 2000


def test_the_same_seed_gives_the_same_draws(kosovo):
    first = LCMCR(**QUICK, seed=11).fit(kosovo)
    again = LCMCR(**QUICK, seed=11).fit(kosovo)
    other = LCMCR(**QUICK, seed=12).fit(kosovo)
    assert np.array_equal(first.samples, again.samples)
    assert first.to_dict() == again.to_dict()
    assert not np.array_equal(first.samples, other.samples)


def test_an_unseeded_run_records_its_seed_so_it_can_be_repeated(kosovo):
    first = LCMCR(**QUICK).fit(kosovo)
    seed = first.parameters["seed"]
    assert isinstance(seed, int)
    assert np.array_equal(first.samples, LCMCR(**QUICK, seed=seed).fit(kosovo).samples)


def test_a_too_short_run_is_warned_about(kosovo):
    result = LCMCR(K=10, burnin=0, samples=20, thinning=1, chains=2, seed=3).fit(kosovo)
    assert any("effective sample size" in w or "not converged" in w for w in result.warnings)


def test_heterogeneous_population_is_recovered():
    # Two latent classes with very different catchability, 5 independent lists given class:
    # a log-linear independence model would badly underestimate this population.
    rng = np.random.default_rng(5)
    size = 3000
    easy = rng.random(size) < 0.4
    probability = np.where(easy[:, None], [0.5, 0.4, 0.6, 0.5, 0.45], [0.1, 0.15, 0.1, 0.2, 0.12])
    seen = rng.random((size, 5)) < probability
    seen = seen[seen.any(axis=1)]
    cells: dict[tuple[int, ...], int] = {}
    for row in seen.astype(int):
        cells[tuple(row)] = cells.get(tuple(row), 0) + 1
    history = CaptureHistory.from_cells(list("ABCDE"), cells)
    result = LCMCR(K=5, burnin=2000, samples=500, thinning=10, seed=1).fit(history)
    assert result.lower < size < result.upper


def test_diagnostics_detect_disagreeing_chains():
    rng = np.random.default_rng(0)
    agree = rng.normal(size=(2, 1000))
    assert split_rhat(agree) < 1.01
    assert effective_sample_size(agree) > 1500
    disagree = agree + np.array([[0.0], [3.0]])
    assert split_rhat(disagree) > 1.5
    sticky = np.cumsum(rng.normal(size=(2, 1000)), axis=1)
    assert effective_sample_size(sticky) < 100


@pytest.mark.parametrize(
    "options",
    [{"K": 1}, {"samples": 5}, {"thinning": 0}, {"chains": 0}, {"seed": -1}, {"a_alpha": 0}],
)
def test_bad_options_are_errors(options):
    with pytest.raises(EstimationInputError):
        LCMCR(**options)
