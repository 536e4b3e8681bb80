"""The prior of a match, estimated on the scored pairs rather than assumed.

Splink's prior (the chance that two records drawn at random are one person) comes from
a deterministic rule with an assumed recall; how much of the truth that rule finds
depends on the lists' slips and gaps, so the prior can be off by an order of magnitude,
which moves every pair's probability.  With the trained Bayes factors held fixed, the
prior is re-estimated by expectation maximisation over the blocked pairs (the pairs
that blocking never proposes count as different people), and every score is moved by
the same shift of log-odds.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

__all__ = ["estimate_prior", "shift_prior"]


def _log2_odds(probability: float) -> float:
    return float(np.log2(probability / (1 - probability)))


def estimate_prior(
    match_weight: npt.NDArray[np.float64],
    prior: float,
    records: int,
    *,
    iterations: int = 200,
    tolerance: float = 1e-4,
) -> float:
    """The prior that makes the expected number of matches among the scored pairs
    agree with the pairs' own probabilities.

    ``match_weight`` are the scored pairs' log2 posterior odds under ``prior``.
    """
    total_pairs = records * (records - 1) / 2
    if total_pairs <= 0 or len(match_weight) == 0:
        return prior
    bayes = match_weight - _log2_odds(prior)
    estimate = prior
    for _ in range(iterations):
        odds = np.exp2(np.clip(bayes + _log2_odds(estimate), -60, 60))
        expected = float((odds / (1 + odds)).sum())
        updated = min(max(expected / total_pairs, 1e-12), 0.5)
        if abs(updated - estimate) <= tolerance * estimate:
            return updated
        estimate = updated
    return estimate


def shift_prior(scored: pd.DataFrame, old: float, new: float) -> pd.DataFrame:
    """The scored pairs with their weights and probabilities under the ``new`` prior."""
    if old == new or scored.empty:
        return scored
    weight = scored["match_weight"].to_numpy(dtype=np.float64) + (_log2_odds(new) - _log2_odds(old))
    odds = np.exp2(np.clip(weight, -60, 60))
    return scored.assign(match_weight=weight, match_probability=odds / (1 + odds))
