"""Combining estimates: over strata, and over imputations or linkage alternatives.

Strata (place, period, sex, age group) are estimated separately and the totals added up;
people in different strata are different people, so their estimates are independent.
The interval of the sum is the quantile interval of the sum of independent draws per
stratum: posterior draws for the Bayesian methods (exactly the posterior of the total);
for the likelihood methods, draws of the dark figure from a log-normal fitted to the
stratum's interval (log N0 has mean log of the estimate's dark figure and the standard
deviation implied by the interval's width on the log scale). Summing interval bounds would
be too wide; adding variances on the raw scale would ignore the skew of MSE intervals.

Linkage alternatives or multiple imputations of a list (who is the same person, whose
status is uncertain) give several complete tables; :func:`combine_rubin` pools the
estimates from each with Rubin's rules on the log of the dark figure, where MSE estimates
are close to normal, and transforms back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np
from scipy.stats import norm, t

from .errors import EstimationInputError
from .history import SMALL_STRATUM, CaptureHistory
from .results import EstimationResult

#: Draws per stratum when a method has no posterior draws of its own.
STRATUM_DRAWS = 20_000


@dataclass(frozen=True)
class RubinPooled:
    """Rubin's rules on scalar estimates with within-imputation variances."""

    estimate: float
    within: float
    between: float
    total_variance: float
    degrees_of_freedom: float
    lower: float
    upper: float


def rubin_pool(
    estimates: Sequence[float], variances: Sequence[float], level: float = 0.95
) -> RubinPooled:
    """Pool m estimates and their variances (Rubin 1987; Barnard-Rubin not applied).

    Q = mean(q_i); W = mean(u_i); B = var(q_i); T = W + (1 + 1/m) B; the interval is
    Q +- t_nu sqrt(T) with nu = (m - 1) (1 + W / ((1 + 1/m) B))^2.
    """
    q = np.asarray(estimates, dtype=float)
    u = np.asarray(variances, dtype=float)
    if q.size < 2 or q.size != u.size:
        raise EstimationInputError(
            "Rubin's rules need at least two estimates, each with a variance"
        )
    if np.any(u < 0) or not np.all(np.isfinite(q)) or not np.all(np.isfinite(u)):
        raise EstimationInputError("estimates must be finite and variances non-negative")
    m = q.size
    pooled = float(q.mean())
    within = float(u.mean())
    between = float(q.var(ddof=1))
    inflated = (1 + 1 / m) * between
    total = within + inflated
    df = float("inf") if inflated == 0 else (m - 1) * (1 + within / inflated) ** 2
    critical = norm.ppf(0.5 + level / 2) if np.isinf(df) else t.ppf(0.5 + level / 2, df)
    half = critical * np.sqrt(total)
    return RubinPooled(pooled, within, between, total, df, pooled - half, pooled + half)


def _log_dark_figure(result: EstimationResult, z: float) -> tuple[float, float]:
    """Mean and standard deviation of log(N - n) implied by a result and its interval."""
    dark = result.estimate - result.observed
    low = max(result.lower - result.observed, 1e-9)
    high = result.upper - result.observed
    if not (dark > 0 and np.isfinite(high)):  # also catches a missing (NaN) estimate
        raise EstimationInputError(
            f"the {result.method} result has no finite positive dark figure to combine"
        )
    sd = (np.log(high) - np.log(low)) / (2 * z)
    return float(np.log(dark)), float(sd)


def combine_rubin(results: Sequence[EstimationResult], level: float = 0.95) -> EstimationResult:
    """Pool results from alternative linkages or imputations of the same population."""
    if len(results) < 2:
        raise EstimationInputError("combining needs at least two results")
    methods = {r.method for r in results}
    if len(methods) != 1:
        raise EstimationInputError(f"cannot pool results of different methods: {sorted(methods)}")
    z = norm.ppf(0.5 + results[0].interval_level / 2)
    logs = [_log_dark_figure(r, z) for r in results]
    pooled = rubin_pool([m for m, _ in logs], [s**2 for _, s in logs], level)
    observed = float(np.mean([r.observed for r in results]))
    warnings = sorted({w for r in results for w in r.warnings})
    if len({r.observed for r in results}) > 1:
        warnings.append(
            "the alternatives observe different numbers of people; the pooled total adds the "
            "mean observed count to the pooled dark figure"
        )
    return EstimationResult(
        method=f"{results[0].method} (Rubin's rules over {len(results)} alternatives)",
        estimate=observed + float(np.exp(pooled.estimate)),
        lower=observed + float(np.exp(pooled.lower)),
        upper=observed + float(np.exp(pooled.upper)),
        observed=round(observed),
        fingerprint=_combined_fingerprint(results),
        parameters=dict(results[0].parameters),
        interval_level=level,
        interval_kind="Rubin's rules on log dark figure",
        diagnostics={
            "alternatives": len(results),
            "within_variance": pooled.within,
            "between_variance": pooled.between,
            "degrees_of_freedom": pooled.degrees_of_freedom,
            "alternative_estimates": [r.estimate for r in results],
        },
        warnings=tuple(warnings),
    )


def _combined_fingerprint(results: Sequence[EstimationResult]) -> str:
    joined = ",".join(sorted(r.fingerprint for r in results))
    return hashlib.sha256(joined.encode("ascii")).hexdigest()


def _draws(result: EstimationResult, rng: np.random.Generator, size: int) -> np.ndarray:
    if result.samples is not None and len(result.samples) > 0:
        return rng.choice(np.asarray(result.samples, dtype=float), size=size, replace=True)
    z = norm.ppf(0.5 + result.interval_level / 2)
    mean, sd = _log_dark_figure(result, z)
    return result.observed + np.exp(rng.normal(mean, sd, size))


def combine_strata(
    results: Mapping[str, EstimationResult], *, seed: int = 0, level: float = 0.95
) -> EstimationResult:
    """Add up independent per-stratum estimates into a total with an interval."""
    if not results:
        raise EstimationInputError("no strata to combine")
    rng = np.random.default_rng(seed)
    totals = np.zeros(STRATUM_DRAWS)
    for label, result in results.items():
        try:
            totals += _draws(result, rng, STRATUM_DRAWS)
        except EstimationInputError as exc:
            raise EstimationInputError(f"stratum {label}: {exc}") from exc
    tail = (1 - level) / 2
    lower, upper = np.quantile(totals, [tail, 1 - tail])
    first = next(iter(results.values()))
    warnings = [f"stratum {label}: {w}" for label, r in results.items() for w in r.warnings]
    small = [label for label, r in results.items() if r.observed < SMALL_STRATUM]
    if small:
        warnings.append(
            f"strata with fewer than {SMALL_STRATUM} people observed: {', '.join(small)}; "
            "their estimates are unstable: merge them with neighbouring strata"
        )
    return EstimationResult(
        method=f"{first.method} (stratified, {len(results)} strata)",
        estimate=float(sum(r.estimate for r in results.values())),
        lower=float(lower),
        upper=float(upper),
        observed=sum(r.observed for r in results.values()),
        fingerprint=_combined_fingerprint(list(results.values())),
        parameters=dict(first.parameters),
        interval_level=level,
        interval_kind="sum of independent per-stratum draws",
        diagnostics={"strata": len(results)},
        warnings=tuple(warnings),
        samples=totals,
        strata=dict(results),
    )


class Estimator(Protocol):
    """What every estimator offers: a name and ``fit``."""

    method: str

    def fit(self, history: CaptureHistory) -> EstimationResult: ...


def fit_stratified(
    estimator: Estimator, history: CaptureHistory, *, seed: int = 0
) -> EstimationResult:
    """Fit ``estimator`` to every stratum of ``history`` and add the strata up.

    A history without strata is fitted as it is.
    """
    if not history.is_stratified:
        return estimator.fit(history)
    per_stratum = {}
    for label, stratum in history.strata.items():
        try:
            per_stratum[label] = estimator.fit(stratum)
        except EstimationInputError as exc:
            raise EstimationInputError(f"stratum {label}: {exc}") from exc
    combined = combine_strata(per_stratum, seed=seed)
    # The stratified total names the whole stratified table, not only its parts.
    return replace(combined, fingerprint=history.fingerprint())
