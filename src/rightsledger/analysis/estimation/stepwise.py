"""Stepwise log-linear models with existence and identifiability checks (as SparseMSE).

Chan, Silverman & Vincent (2021), "Multiple systems estimation for sparse capture data":
starting from main effects, two-list interactions are added one at a time, each time the
one whose observed overlap is least likely under the current model (two-sided Poisson
tail, the smaller of P(X <= n) and P(X >= n)), while that p-value is below ``pthresh``
(default 0.02) and the enlarged model passes two checks: the maximum likelihood estimate
must exist (Fienberg & Rinaldo's linear program) and be identifiable (full-rank design).
Pairs of lists with no one in common are handled by dropping the cells that would need
them. The interval is normal on the log of the dark figure, as ``estimatepopulation.0``;
``interval="bca"`` or ``"normal"`` uses a multinomial bootstrap as ``estimatepopulation``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy.optimize import linprog
from scipy.stats import norm, poisson

from .errors import EstimationInputError
from .history import CaptureHistory
from .poisson import PoissonFit, fit_poisson
from .results import EstimationResult

Pair = tuple[int, int]


@dataclass(frozen=True)
class StepwiseFit:
    pairs: tuple[Pair, ...]
    empty_pairs: tuple[Pair, ...]
    fit: PoissonFit
    patterns: np.ndarray
    estimate: float
    log_dark_sd: float


def _cells(history: CaptureHistory, pairs: tuple[Pair, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Observable patterns and counts, minus cells needing a pair that never overlaps."""
    patterns = history.all_patterns()[1:]
    counts = history.cell_counts()[1:]
    keep = np.ones(len(patterns), dtype=bool)
    for i, j in pairs:
        both = (patterns[:, i] == 1) & (patterns[:, j] == 1)
        if counts[both].sum() == 0:
            keep &= ~both
    return patterns[keep], counts[keep]


def _design(history: CaptureHistory, pairs: tuple[Pair, ...]) -> tuple[np.ndarray, np.ndarray]:
    patterns, counts = _cells(history, pairs)
    columns = [np.ones(len(patterns)), *patterns.T.astype(float)]
    for i, j in pairs:
        column = (patterns[:, i] * patterns[:, j]).astype(float)
        if (column * counts).sum() > 0:  # a never-overlapping pair is handled by dropping cells
            columns.append(column)
    return np.column_stack(columns), counts


def check_model(history: CaptureHistory, pairs: tuple[Pair, ...]) -> tuple[bool, bool]:
    """(estimate exists, model identifiable) for main effects plus ``pairs``.

    Existence: the sufficient statistics t = A'y must lie in the relative interior of the
    marginal cone, i.e. some strictly positive table has the same margins. The linear
    program maximises the smallest cell of such a table; zero means no MLE.
    """
    design, counts = _design(history, pairs)
    identifiable = int(np.linalg.matrix_rank(design)) == design.shape[1]
    if np.all(counts > 0):
        return True, identifiable
    n_cells, n_params = design.shape
    objective = np.zeros(n_cells + 1)
    objective[-1] = -1.0
    equality = np.hstack([design.T, np.zeros((n_params, 1))])
    at_least = np.hstack([-np.eye(n_cells), np.ones((n_cells, 1))])
    solution = linprog(
        objective,
        A_ub=at_least,
        b_ub=np.zeros(n_cells),
        A_eq=equality,
        b_eq=design.T @ counts,
        bounds=(0, None),
        method="highs",
    )
    exists = bool(solution.status == 0 and -solution.fun > 1e-9)
    return exists, identifiable


def fit_pairs(history: CaptureHistory, pairs: tuple[Pair, ...]) -> StepwiseFit:
    design, counts = _design(history, pairs)
    patterns, _ = _cells(history, pairs)
    fit = fit_poisson(design, counts)
    empty = tuple(p for p in pairs if not _overlap(history, p))
    return StepwiseFit(
        pairs=pairs,
        empty_pairs=empty,
        fit=fit,
        patterns=patterns,
        estimate=history.observed + float(np.exp(fit.coefficients[0])),
        log_dark_sd=float(np.sqrt(max(fit.covariance[0, 0], 0.0))),
    )


def _overlap(history: CaptureHistory, pair: Pair) -> int:
    i, j = pair
    both = (history.patterns[:, i] == 1) & (history.patterns[:, j] == 1)
    return int(history.counts[both].sum())


def stepwise_select(history: CaptureHistory, pthresh: float = 0.02) -> StepwiseFit:
    """Forward selection of two-list interactions, as SparseMSE's ``stepwisefit``."""
    candidates = list(itertools.combinations(range(history.n_lists), 2))
    observed_overlap = {p: _overlap(history, p) for p in candidates}
    current = fit_pairs(history, ())
    if pthresh <= 0:
        return current
    for _ in candidates:
        expected = current.fit.fitted
        p_values = []
        for index, pair in enumerate(candidates):
            if pair in current.pairs:
                continue
            i, j = pair
            both = (current.patterns[:, i] == 1) & (current.patterns[:, j] == 1)
            mean = float(expected[both].sum())
            n_star = observed_overlap[pair]
            p_value = min(poisson.cdf(n_star, mean), poisson.sf(n_star - 1, mean))
            p_values.append((float(p_value), index, pair))
        # SparseMSE checks every candidate and takes the smallest p-value among those that
        # pass (ties to the first pair); checking in p-value order until one passes picks
        # the same pair with far fewer linear programs.
        chosen = None
        for p_value, _, pair in sorted(p_values):
            if p_value >= pthresh:
                break
            exists, identifiable = check_model(history, (*current.pairs, pair))
            if exists and identifiable:
                chosen = pair
                break
        if chosen is None:
            break
        current = fit_pairs(history, (*current.pairs, chosen))
    return current


def _bootstrap_estimate(history: CaptureHistory, counts: np.ndarray, pthresh: float) -> float:
    keep = counts > 0
    if not keep.any():
        return float("nan")
    trimmed = CaptureHistory(
        history.list_names, history.patterns[keep], counts[keep].astype(np.int64)
    )
    return stepwise_select(trimmed, pthresh).estimate


class Stepwise:
    """SparseMSE-style stepwise estimator.

    ``interval``: ``"wald"`` (normal on the log dark figure, SparseMSE's
    ``estimatepopulation.0``), ``"bca"`` (bias-corrected and accelerated bootstrap with a
    jackknife acceleration, ``estimatepopulation``) or ``"normal"`` (estimate plus or minus
    z times the bootstrap standard deviation).
    """

    method = "stepwise"

    def __init__(
        self,
        *,
        pthresh: float = 0.02,
        interval: Literal["wald", "bca", "normal"] = "wald",
        n_bootstrap: int = 1000,
        seed: int | None = 1234,
        level: float = 0.95,
    ) -> None:
        if not 0 <= pthresh <= 1:
            raise EstimationInputError(f"pthresh must be between 0 and 1, not {pthresh}")
        if interval not in ("wald", "bca", "normal"):
            raise EstimationInputError(f"interval must be wald, bca or normal, not {interval!r}")
        if n_bootstrap < 20:
            raise EstimationInputError("n_bootstrap must be at least 20")
        if not 0 < level < 1:
            raise EstimationInputError(f"interval level must be between 0 and 1, not {level}")
        self.pthresh = pthresh
        self.interval = interval
        self.n_bootstrap = n_bootstrap
        self.seed = seed
        self.level = level

    def fit(self, history: CaptureHistory) -> EstimationResult:
        warnings = history.data_warnings()
        chosen = stepwise_select(history, self.pthresh)
        exists, identifiable = check_model(history, chosen.pairs)
        if not exists:
            warnings.append("the maximum likelihood estimate does not exist for the chosen model")
        if not identifiable:
            warnings.append("the chosen model is not identifiable from this table")
        if not chosen.fit.converged:
            warnings.append("the model fit did not converge")
        z = norm.ppf(0.5 + self.level / 2)
        log_dark = float(chosen.fit.coefficients[0])
        diagnostics: dict[str, object] = {
            "terms": [f"{history.list_names[i]}:{history.list_names[j]}" for i, j in chosen.pairs],
            "empty_overlaps": [
                f"{history.list_names[i]}:{history.list_names[j]}" for i, j in chosen.empty_pairs
            ],
            "log_dark_sd": chosen.log_dark_sd,
            "deviance": chosen.fit.deviance,
        }
        samples = None
        if self.interval == "wald":
            lower = history.observed + float(np.exp(log_dark - z * chosen.log_dark_sd))
            upper = history.observed + float(np.exp(log_dark + z * chosen.log_dark_sd))
            kind = "normal on log dark figure"
        else:
            lower, upper, samples, extra = self._bootstrap(history, chosen.estimate, z)
            diagnostics.update(extra)
            kind = "BCa bootstrap" if self.interval == "bca" else "normal bootstrap"
        return EstimationResult(
            method=self.method,
            estimate=chosen.estimate,
            lower=lower,
            upper=upper,
            observed=history.observed,
            fingerprint=history.fingerprint(),
            parameters={
                "pthresh": self.pthresh,
                "interval": self.interval,
                "n_bootstrap": self.n_bootstrap if self.interval != "wald" else None,
                "seed": self.seed if self.interval != "wald" else None,
            },
            interval_level=self.level,
            interval_kind=kind,
            diagnostics=diagnostics,
            warnings=tuple(warnings),
            samples=samples,
        )

    def _bootstrap(
        self, history: CaptureHistory, estimate: float, z: float
    ) -> tuple[float, float, np.ndarray, dict[str, object]]:
        rng = np.random.default_rng(self.seed)
        probabilities = history.counts / history.observed
        replicates = np.array(
            [
                _bootstrap_estimate(
                    history, rng.multinomial(history.observed, probabilities), self.pthresh
                )
                for _ in range(self.n_bootstrap)
            ]
        )
        replicates = replicates[np.isfinite(replicates)]
        extra: dict[str, object] = {"bootstrap_sd": float(replicates.std(ddof=1))}
        if self.interval == "normal":
            sd = float(replicates.std(ddof=1))
            return max(estimate - z * sd, history.observed), estimate + z * sd, replicates, extra
        # Jackknife over people: removing one person of pattern m, weighted by its count.
        cell = np.arange(len(history.counts))
        jack = np.array(
            [_bootstrap_estimate(history, history.counts - (cell == m), self.pthresh) for m in cell]
        )
        weights = history.counts.astype(float)
        residual = (weights @ jack) / weights.sum() - jack
        acceleration = float(
            (weights @ residual**3) / (6.0 * (weights @ residual**2) ** 1.5)
            if np.any(residual)
            else 0.0
        )
        bias = norm.ppf(np.mean(replicates < estimate))
        tails = norm.ppf([(1 - self.level) / 2, (1 + self.level) / 2])
        adjusted = norm.cdf(bias + (bias + tails) / (1 - acceleration * (bias + tails)))
        lower, upper = np.quantile(replicates, adjusted, method="median_unbiased")
        extra.update({"acceleration": acceleration, "bias_correction": float(bias)})
        return float(lower), float(upper), replicates, extra
