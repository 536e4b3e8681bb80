"""Poisson log-linear regression by iteratively reweighted least squares.

The log-linear estimators fit hundreds of tiny models (at most 2^J - 1 cells), so a plain
IRLS loop in NumPy is both faster and more transparent than a general GLM library. It
follows R's ``glm(family = poisson)``: the same starting values, deviance, convergence
rule and (unscaled) covariance, so coefficients match Rcapture and SparseMSE.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import gammaln

#: Fitted values below this mean the maximum likelihood estimate is on the boundary
#: (some cell is predicted to be empty): the estimate does not exist in the usual sense.
BOUNDARY = 1e-8
#: The linear predictor is clipped here so exp() stays finite (e^700 is near float's top).
ETA_LIMIT = 700.0


@dataclass(frozen=True)
class PoissonFit:
    coefficients: np.ndarray
    fitted: np.ndarray
    covariance: np.ndarray
    deviance: float
    loglik: float
    rank: int
    converged: bool
    on_boundary: bool
    # Coefficients or fitted values ran off to infinity (or NaN): nothing read from this fit
    # means anything.  Such a fit is never marked converged.
    diverged: bool = False

    @property
    def aic(self) -> float:
        return -2.0 * self.loglik + 2.0 * self.rank

    def bic(self, sample_size: int) -> float:
        # Rcapture's BIC uses the number of captured people as the sample size.
        return -2.0 * self.loglik + np.log(sample_size) * self.rank


def poisson_deviance(y: np.ndarray, mu: np.ndarray) -> float:
    positive = y > 0
    terms = -(y - mu)
    terms[positive] += y[positive] * np.log(y[positive] / mu[positive])
    return float(2.0 * terms.sum())


def fit_poisson(
    design: np.ndarray, y: np.ndarray, *, max_iter: int = 100, tol: float = 1e-10
) -> PoissonFit:
    """Fit log E[y] = design @ beta by maximum likelihood.

    A sparse table can drive a model's coefficients to infinity; the arithmetic then
    overflows.  That is an answer about the model (it diverges, see ``diverged``), not an
    error, so NumPy's floating-point warnings are silenced here and the outcome is checked.
    """
    with np.errstate(all="ignore"):
        return _fit_poisson(design, np.asarray(y, dtype=float), max_iter, tol)


def _fit_poisson(design: np.ndarray, y: np.ndarray, max_iter: int, tol: float) -> PoissonFit:
    mu = y + 0.1  # R's starting values for the Poisson family
    eta = np.log(mu)
    deviance = poisson_deviance(y, mu)
    beta = np.zeros(design.shape[1])
    rank = int(np.linalg.matrix_rank(design))
    full_rank = rank == design.shape[1]
    converged = broke_down = False
    for _ in range(max_iter):
        root_w = np.sqrt(mu)
        # The weighted working response sqrt(w) * z, formed without z itself, which
        # overflows when a fitted cell heads for zero.
        weighted_z = eta * root_w + (y - mu) / root_w
        if not np.all(np.isfinite(weighted_z)):
            broke_down = True
            break
        solved = False
        if full_rank and mu.min() > 1e-6:
            # Normal equations: several times faster than an SVD for these tiny designs, and
            # safe while no fitted cell heads for zero (which would make them ill-conditioned).
            weighted = design.T * mu
            try:
                beta = np.linalg.solve(weighted @ design, weighted @ (eta + (y - mu) / mu))
                solved = bool(np.all(np.isfinite(beta)))
            except np.linalg.LinAlgError:
                solved = False
        if not solved:
            try:
                beta, *_ = np.linalg.lstsq(design * root_w[:, None], weighted_z, rcond=None)
            except np.linalg.LinAlgError:
                broke_down = True
                break
        eta = np.clip(design @ beta, -ETA_LIMIT, ETA_LIMIT)
        mu = np.exp(eta)
        new_deviance = poisson_deviance(y, mu)
        if abs(new_deviance - deviance) / (abs(new_deviance) + 0.1) < tol:
            deviance = new_deviance
            converged = True
            break
        deviance = new_deviance
    information = design.T @ (design * mu[:, None])
    finite = bool(np.all(np.isfinite(beta)) and np.all(np.isfinite(information)))
    covariance = np.full(information.shape, np.nan)
    if finite:
        try:
            covariance = np.linalg.pinv(information)
        except np.linalg.LinAlgError:
            finite = False
    loglik = float(np.sum(y * eta - mu - gammaln(y + 1.0)))
    # A linear predictor at the clipping bound is a coefficient on its way to infinity.
    diverged = (
        broke_down
        or not (finite and np.isfinite(deviance) and np.isfinite(loglik))
        or bool(np.any(np.abs(eta) >= ETA_LIMIT))
    )
    return PoissonFit(
        coefficients=beta,
        fitted=mu,
        covariance=covariance,
        deviance=deviance,
        loglik=loglik,
        rank=rank,
        converged=converged and not diverged,
        on_boundary=bool(np.any(mu < BOUNDARY)),
        diverged=diverged,
    )
