"""Hierarchical log-linear models ranked by AIC/BIC, with profile-likelihood intervals.

This follows Rcapture's ``closedpMS.t`` and ``closedpCI.t`` (Baillargeon & Rivest 2007):
every hierarchical Poisson log-linear model containing all main effects and interactions up
to order ``max_order`` (default J - 1) is fitted to the 2^J - 1 observed cells; the
unobserved cell is exp(intercept), so the total is n + exp(intercept). Models are ranked by
BIC = -2 log L + log(n) * rank (n = people observed) or AIC, and the interval for the chosen
model is the multinomial profile-likelihood interval for N.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy.optimize import brentq, minimize_scalar
from scipy.special import gammaln
from scipy.stats import chi2

from .errors import EstimationInputError
from .history import CaptureHistory
from .poisson import PoissonFit, fit_poisson
from .results import EstimationResult

Term = tuple[int, ...]
Model = tuple[Term, ...]

#: Past these list counts the number of hierarchical models explodes (Rcapture refuses too).
FULL_SEARCH_MAX_LISTS = 5
PAIRWISE_SEARCH_MAX_LISTS = 6


def hierarchical_models(n_lists: int, max_order: int) -> list[Model]:
    """All hierarchical models with every main effect, as generating classes.

    A model is the tuple of its maximal interaction terms (order >= 2). Terms are decided
    from the highest order down; a term implied by an included higher term is forced in,
    every other term is branched on, so each down-closed set is produced exactly once.
    """
    candidates = [
        term
        for order in range(max_order, 1, -1)
        for term in itertools.combinations(range(n_lists), order)
    ]
    models: list[Model] = []

    def branch(position: int, included: list[Term]) -> None:
        if position == len(candidates):
            models.append(_generators(included))
            return
        term = candidates[position]
        if any(set(term) < set(other) for other in included):
            branch(position + 1, [*included, term])
            return
        branch(position + 1, [*included, term])
        branch(position + 1, included)

    branch(0, [])
    return models


def _generators(terms: list[Term]) -> Model:
    maximal = [t for t in terms if not any(set(t) < set(o) for o in terms)]
    return tuple(sorted(maximal, key=lambda t: (-len(t), t)))


def model_terms(model: Model) -> list[Term]:
    """Every interaction term (order >= 2) implied by a generating class."""
    terms: set[Term] = set()
    for generator in model:
        for order in range(2, len(generator) + 1):
            terms.update(itertools.combinations(generator, order))
    return sorted(terms, key=lambda t: (len(t), t))


def model_name(model: Model, n_lists: int) -> str:
    """Rcapture-style name, lists numbered from 1: e.g. ``[123,14,34]``."""
    covered = {i for generator in model for i in generator}
    parts = [*model, *((i,) for i in range(n_lists) if i not in covered)]
    return "[" + ",".join("".join(str(i + 1) for i in p) for p in parts) + "]"


def parse_model_name(name: str, n_lists: int) -> Model:
    """Inverse of :func:`model_name` (for a user-chosen model such as ``[12,3,4]``)."""
    body = name.strip().removeprefix("[").removesuffix("]")
    try:
        terms = [tuple(int(ch) - 1 for ch in part.strip()) for part in body.split(",") if part]
    except ValueError as exc:
        raise EstimationInputError(f"cannot read model name {name!r}") from exc
    if any(not t or min(t) < 0 or max(t) >= n_lists for t in terms):
        raise EstimationInputError(f"model {name!r} names a list that does not exist")
    return _generators([tuple(sorted(t)) for t in terms if len(t) >= 2])


def design_matrix(patterns: np.ndarray, terms: list[Term]) -> np.ndarray:
    """Intercept, main-effect and interaction columns (0/1 coding, as R's glm uses)."""
    columns = [np.ones(len(patterns)), *patterns.T.astype(float)]
    columns += [np.prod(patterns[:, list(t)], axis=1).astype(float) for t in terms]
    return np.column_stack(columns)


@dataclass(frozen=True)
class FittedModel:
    name: str
    model: Model
    fit: PoissonFit
    estimate: float
    stderr: float
    aic: float
    bic: float

    @property
    def problem(self) -> str:
        """Why this model gives no estimate to rank ("" when it gives one)."""
        fit = self.fit
        if fit.rank < fit.coefficients.size:
            return NOT_IDENTIFIABLE
        if fit.on_boundary:
            return NO_MLE
        if not fit.converged or not (np.isfinite(self.estimate) and np.isfinite(self.stderr)):
            return DIVERGENT
        return ""


NOT_IDENTIFIABLE = "not identifiable"
NO_MLE = "no maximum likelihood estimate (a cell is fitted as empty)"
DIVERGENT = "divergent (the fit does not converge, or its estimate overflows)"
#: The models left out of a search are named in the diagnostics up to this many.
LEFT_OUT_NAMED = 50


def fit_model(history: CaptureHistory, model: Model) -> FittedModel:
    patterns = history.all_patterns()[1:]
    y = history.cell_counts()[1:]
    fit = fit_poisson(design_matrix(patterns, model_terms(model)), y)
    # A diverging model's dark figure overflows to infinity: that is its problem (above),
    # not an error, so float overflow is silenced here.
    with np.errstate(over="ignore", invalid="ignore"):
        dark = np.exp(np.float64(fit.coefficients[0]))
        # Rcapture's standard error: Poisson variance of the dark figure plus the delta method.
        stderr = np.sqrt(dark + dark * dark * fit.covariance[0, 0])
    return FittedModel(
        name=model_name(model, history.n_lists),
        model=model,
        fit=fit,
        estimate=float(history.observed + dark),
        stderr=float(stderr),
        aic=fit.aic,
        bic=fit.bic(history.observed),
    )


def profile_log_likelihood(history: CaptureHistory, model: Model) -> Callable[[float], float]:
    """The multinomial profile log-likelihood of the dark figure n0 under ``model``.

    For a candidate n0 the unobserved cell is filled in, the model is refitted to the
    complete 2^J table, and the log-likelihood of N = n + n0 is (up to a constant)
    -deviance/2 + log(N! n0^n0 / (N^N n0!)), as in Rcapture's closedpCI.t.
    """
    observed = history.observed
    design = design_matrix(history.all_patterns(), model_terms(model))
    cells = history.cell_counts().astype(float)

    def profile(n0: float) -> float:
        y = cells.copy()
        y[0] = n0
        deviance = fit_poisson(design, y).deviance
        total = observed + n0
        n0_log_n0 = n0 * np.log(n0) if n0 > 0 else 0.0
        return float(
            -deviance / 2 + n0_log_n0 + gammaln(total + 1) - total * np.log(total) - gammaln(n0 + 1)
        )

    return profile


def profile_interval(
    history: CaptureHistory, model: Model, level: float = 0.95
) -> tuple[float, float, float]:
    """Profile-likelihood interval for N; returns (N at the maximum, lower, upper).

    n0 is treated as continuous (Rcapture interpolates on integers: same bounds to <1).
    """
    observed = history.observed
    profile = profile_log_likelihood(history, model)
    start = fit_model(history, model).estimate - observed
    upper_search = max(10.0 * start, 10.0 * observed, 100.0)
    best = minimize_scalar(
        lambda n0: -profile(n0),
        bounds=(0.0, upper_search),
        method="bounded",
        options={"xatol": 1e-3},
    )
    n0_hat = float(best.x)
    cutoff = -best.fun - chi2.ppf(level, 1) / 2

    def gap(n0: float) -> float:
        return profile(n0) - cutoff

    lower = float(observed) if gap(0.0) > 0 else observed + brentq(gap, 0.0, n0_hat, xtol=1e-4)
    high = max(2.0 * n0_hat, 1.0)
    while gap(high) > 0:
        high *= 2.0
        if high > 1e9:
            return observed + n0_hat, lower, float("inf")
    upper = observed + brentq(gap, n0_hat, high, xtol=1e-4)
    return observed + n0_hat, lower, upper


def profile_curve(
    history: CaptureHistory, model: Model, lower: float, upper: float, points: int = 41
) -> dict[str, list[float]]:
    """Points of the profile log-likelihood (relative to its maximum) for plotting."""
    profile = profile_log_likelihood(history, model)
    margin = 0.25 * (upper - lower)
    totals = np.linspace(max(history.observed, lower - margin), upper + margin, points)
    values = np.array([profile(t - history.observed) for t in totals])
    return {"total": totals.tolist(), "log_likelihood": (values - values.max()).tolist()}


class LogLinear:
    """Choose the best hierarchical log-linear model by BIC (or AIC) and estimate N.

    ``model`` fixes one model (an Rcapture-style name such as ``"[123,14,34]"``) instead of
    searching; ``max_order`` limits the order of interactions searched.
    """

    method = "loglinear"

    def __init__(
        self,
        *,
        criterion: Literal["bic", "aic"] = "bic",
        max_order: int | None = None,
        model: str | None = None,
        level: float = 0.95,
    ) -> None:
        if criterion not in ("bic", "aic"):
            raise EstimationInputError(f"criterion must be 'bic' or 'aic', not {criterion!r}")
        if not 0 < level < 1:
            raise EstimationInputError(f"interval level must be between 0 and 1, not {level}")
        self.criterion = criterion
        self.max_order = max_order
        self.model = model
        self.level = level

    def _search_order(self, n_lists: int) -> int:
        if self.max_order is not None:
            if not 1 <= self.max_order <= n_lists - 1:
                raise EstimationInputError(
                    f"max_order must be between 1 and {n_lists - 1} for {n_lists} lists"
                )
            order = self.max_order
        elif n_lists <= FULL_SEARCH_MAX_LISTS:
            order = n_lists - 1
        else:
            order = 2
        if n_lists > PAIRWISE_SEARCH_MAX_LISTS or (n_lists > FULL_SEARCH_MAX_LISTS and order > 2):
            raise EstimationInputError(
                f"{n_lists} lists give too many hierarchical models to search; use the "
                "stepwise method or name one model"
            )
        return order

    def fit(self, history: CaptureHistory) -> EstimationResult:
        warnings = history.data_warnings()
        if self.model is not None:
            candidates = [parse_model_name(self.model, history.n_lists)]
        else:
            candidates = hierarchical_models(history.n_lists, self._search_order(history.n_lists))
        fitted = [fit_model(history, m) for m in candidates]
        score = (lambda f: f.bic) if self.criterion == "bic" else (lambda f: f.aic)
        # A model whose estimate does not exist (a cell fitted as empty), is not identifiable
        # or diverges has a meaningless dark figure: it is named, and only the others ranked.
        ranked = sorted((f for f in fitted if not f.problem), key=score)
        left_out = [f for f in fitted if f.problem]
        if self.model is not None:
            warnings += [_single_model_warning(f) for f in left_out]
        elif left_out:
            warnings.append(_left_out_warning(left_out, len(fitted)))
        lower = upper = estimate = float("nan")
        profile: dict[str, list[float]] = {}
        best = ranked[0] if ranked else None
        if best is None:
            if self.model is None:
                warnings.append(
                    "no candidate model gives an estimate for this table: no estimate; "
                    "try another method"
                )
        else:
            estimate = best.estimate
            lower, upper, profile, interval_warning = _interval(history, best, self.level)
            warnings += interval_warning
        table = [
            {
                "model": f.name,
                "estimate": f.estimate,
                "stderr": f.stderr,
                "deviance": f.fit.deviance,
                "df": int(len(history.cell_counts()) - 1 - f.fit.rank),
                "aic": f.aic,
                "bic": f.bic,
            }
            for f in ranked[:10]
        ]
        return EstimationResult(
            method=self.method,
            estimate=estimate,
            lower=lower,
            upper=upper,
            observed=history.observed,
            fingerprint=history.fingerprint(),
            parameters={
                "criterion": self.criterion,
                "max_order": self.max_order if self.model is None else None,
                "model": self.model,
            },
            interval_level=self.level,
            interval_kind="profile likelihood",
            diagnostics={
                "model": best.name if best else None,
                "stderr": best.stderr if best else float("nan"),
                "deviance": best.fit.deviance if best else float("nan"),
                "aic": best.aic if best else float("nan"),
                "bic": best.bic if best else float("nan"),
                "models_fitted": len(fitted),
                "models_without_estimate": len(left_out),
                "left_out": {f.name: f.problem for f in left_out[:LEFT_OUT_NAMED]},
                "ranking": table,
                "profile": profile,
            },
            warnings=tuple(warnings),
        )


def _single_model_warning(fitted: FittedModel) -> str:
    name, fit = fitted.name, fitted.fit
    if fitted.problem == NOT_IDENTIFIABLE:
        return (
            f"model {name} is not identifiable from this table "
            f"(rank {fit.rank} < {fit.coefficients.size} parameters): no estimate"
        )
    if fitted.problem == NO_MLE:
        return (
            f"the maximum likelihood estimate for model {name} does not exist (a cell "
            "is fitted as empty): no estimate; try fewer interactions or another method"
        )
    return f"model {name} diverges on this table (its estimate overflows): no estimate"


def _left_out_warning(left_out: list[FittedModel], fitted: int) -> str:
    by_problem: dict[str, list[str]] = {}
    for f in left_out:
        by_problem.setdefault(f.problem, []).append(f.name)
    parts = []
    for problem, names in by_problem.items():
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        parts.append(f"{len(names)} {problem}: {shown}")
    return (
        f"{len(left_out)} of {fitted} candidate models were left out of the ranking: "
        + "; ".join(parts)
    )


def _interval(
    history: CaptureHistory, best: FittedModel, level: float
) -> tuple[float, float, dict[str, list[float]], list[str]]:
    """(lower, upper, profile curve, warnings) of the profile-likelihood interval."""
    try:
        with np.errstate(all="ignore"):
            _, lower, upper = profile_interval(history, best.model, level)
            if not np.isfinite(upper):
                return (
                    lower,
                    upper,
                    {},
                    ["the profile likelihood has no finite upper bound: the data cannot bound N"],
                )
            return lower, upper, profile_curve(history, best.model, lower, upper), []
    except (ValueError, ArithmeticError, np.linalg.LinAlgError) as exc:
        # The root finders need a profile that crosses the cut-off; a flat or broken one
        # (a barely identifiable model) has none.
        return (
            float("nan"),
            float("nan"),
            {},
            [f"the profile-likelihood interval of model {best.name} cannot be computed ({exc})"],
        )
