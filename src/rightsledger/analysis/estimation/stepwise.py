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

import dataclasses
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
    # Interactions the selection wanted (small p-value) but left out, with the reason.
    left_out: tuple[tuple[Pair, str], ...] = ()

    @property
    def diverged(self) -> bool:
        return not self.fit.converged or not np.isfinite(self.estimate)


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
    with np.errstate(over="ignore", invalid="ignore"):  # a diverging fit overflows: see above
        dark = np.exp(np.float64(fit.coefficients[0]))
        log_dark_sd = np.sqrt(np.fmax(fit.covariance[0, 0], 0.0))
    return StepwiseFit(
        pairs=pairs,
        empty_pairs=empty,
        fit=fit,
        patterns=patterns,
        estimate=float(history.observed + dark),
        log_dark_sd=float(log_dark_sd),
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
    if pthresh <= 0 or current.diverged:
        return current
    left_out: dict[Pair, str] = {}
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
            if not exists:
                left_out[pair] = "no maximum likelihood estimate"
            elif not identifiable:
                left_out[pair] = "not identifiable"
            else:
                enlarged = fit_pairs(history, (*current.pairs, pair))
                if not enlarged.diverged:
                    chosen = enlarged
                    break
                left_out[pair] = "divergent"
        if chosen is None:
            break
        current = chosen
    kept = tuple((pair, why) for pair, why in left_out.items() if pair not in current.pairs)
    return dataclasses.replace(current, left_out=kept)


def _bootstrap_estimate(history: CaptureHistory, counts: np.ndarray, pthresh: float) -> float:
    keep = counts > 0
    if not keep.any():
        return float("nan")
    trimmed = CaptureHistory(
        history.list_names, history.patterns[keep], counts[keep].astype(np.int64)
    )
    selected = stepwise_select(trimmed, pthresh)
    return float("nan") if selected.diverged else selected.estimate


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
        names = history.list_names
        if chosen.left_out:
            warnings.append(
                "interactions left out of the model: "
                + ", ".join(f"{names[i]}:{names[j]} ({why})" for (i, j), why in chosen.left_out)
            )
        estimate = chosen.estimate
        if chosen.diverged:
            warnings.append(
                "the model diverges on this table (the fit does not converge, or its estimate "
                "overflows): no estimate; try another method"
            )
            estimate = float("nan")
        z = norm.ppf(0.5 + self.level / 2)
        log_dark = float(chosen.fit.coefficients[0])
        diagnostics: dict[str, object] = {
            "terms": [f"{names[i]}:{names[j]}" for i, j in chosen.pairs],
            "empty_overlaps": [f"{names[i]}:{names[j]}" for i, j in chosen.empty_pairs],
            "left_out": [f"{names[i]}:{names[j]}" for (i, j), _ in chosen.left_out],
            "log_dark_sd": chosen.log_dark_sd,
            "deviance": chosen.fit.deviance,
        }
        samples = None
        if not np.isfinite(estimate):
            lower = upper = float("nan")
            kind = ""
        elif self.interval == "wald":
            with np.errstate(over="ignore", invalid="ignore"):
                lower = history.observed + float(np.exp(log_dark - z * chosen.log_dark_sd))
                upper = history.observed + float(np.exp(log_dark + z * chosen.log_dark_sd))
            kind = "normal on log dark figure"
        else:
            lower, upper, samples, extra = self._bootstrap(history, estimate, z)
            diagnostics.update(extra)
            kind = "BCa bootstrap" if self.interval == "bca" else "normal bootstrap"
        if np.isfinite(estimate) and not (np.isfinite(lower) and np.isfinite(upper)):
            warnings.append("the interval cannot be bounded from this table")
        return EstimationResult(
            method=self.method,
            estimate=estimate,
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
        extra: dict[str, object] = {"bootstrap_replicates": int(replicates.size)}
        nan = float("nan")
        if replicates.size < 2:
            return nan, nan, replicates, extra
        sd = float(replicates.std(ddof=1))
        extra["bootstrap_sd"] = sd
        if self.interval == "normal":
            return max(estimate - z * sd, history.observed), estimate + z * sd, replicates, extra
        # Jackknife over people: removing one person of pattern m, weighted by its count.
        cell = np.arange(len(history.counts))
        jack = np.array(
            [_bootstrap_estimate(history, history.counts - (cell == m), self.pthresh) for m in cell]
        )
        weights = history.counts.astype(float)
        acceleration = 0.0
        with np.errstate(all="ignore"):
            residual = (weights @ jack) / weights.sum() - jack
            if np.all(np.isfinite(residual)) and np.any(residual):
                acceleration = float(
                    (weights @ residual**3) / (6.0 * (weights @ residual**2) ** 1.5)
                )
        if not np.isfinite(acceleration):
            acceleration = 0.0  # the jackknife cannot tell: no acceleration
        # Kept inside (0, 1): when every replicate falls on one side of the estimate the
        # correction would be infinite.
        below = np.clip(np.mean(replicates < estimate), 0.5 / replicates.size,
                        1 - 0.5 / replicates.size)  # fmt: skip
        bias = norm.ppf(below)
        tails = norm.ppf([(1 - self.level) / 2, (1 + self.level) / 2])
        with np.errstate(all="ignore"):
            adjusted = norm.cdf(bias + (bias + tails) / (1 - acceleration * (bias + tails)))
        if not np.all(np.isfinite(adjusted)):
            adjusted = norm.cdf(tails)  # the plain percentile interval
        lower, upper = np.quantile(replicates, adjusted, method="median_unbiased")
        extra.update({"acceleration": acceleration, "bias_correction": float(bias)})
        return float(lower), float(upper), replicates, extra
