"""Convergence diagnostics for Markov chains: split R-hat and effective sample size.

Both follow Gelman et al., Bayesian Data Analysis (3rd ed., ch. 11): chains are split in
half so that a chain drifting within itself is caught as well as chains that disagree.
"""

from __future__ import annotations

import numpy as np

#: Above this R-hat the chains are reported as not converged.
RHAT_LIMIT = 1.05
#: Below this effective sample size the interval's Monte Carlo error is reported as large.
ESS_LIMIT = 200


def _split(chains: np.ndarray) -> np.ndarray:
    draws = chains.shape[1] // 2
    return np.concatenate([chains[:, :draws], chains[:, draws : 2 * draws]], axis=0)


def split_rhat(chains: np.ndarray) -> float:
    """Potential scale reduction factor of ``chains`` (shape: chains x draws)."""
    halves = _split(np.asarray(chains, dtype=float))
    n = halves.shape[1]
    if n < 2:
        return float("nan")
    within = halves.var(axis=1, ddof=1).mean()
    between = n * halves.mean(axis=1).var(ddof=1)
    if within == 0:
        return 1.0 if between == 0 else float("inf")
    pooled = (n - 1) / n * within + between / n
    return float(np.sqrt(pooled / within))


def effective_sample_size(chains: np.ndarray) -> float:
    """Effective number of independent draws, from the pooled autocorrelations of the split
    chains truncated by Geyer's initial positive sequence."""
    halves = _split(np.asarray(chains, dtype=float))
    m, n = halves.shape
    if n < 4:
        return float(m * n)
    centred = halves - halves.mean(axis=1, keepdims=True)
    size = 1 << (2 * n - 1).bit_length()
    spectrum = np.fft.rfft(centred, n=size, axis=1)
    autocov = np.fft.irfft(spectrum * np.conj(spectrum), n=size, axis=1)[:, :n] / n
    within = halves.var(axis=1, ddof=1).mean()
    between = n * halves.mean(axis=1).var(ddof=1) if m > 1 else 0.0
    pooled = (n - 1) / n * within + between / n
    if pooled == 0:
        return float(m * n)
    rho = 1.0 - (within - autocov.mean(axis=0)) / pooled
    rho[0] = 1.0
    total = 0.0
    for t in range(0, n - 1, 2):
        pair = rho[t] + rho[t + 1]
        if pair < 0:
            break
        total += pair
    tau = max(-1.0 + 2.0 * total, 1.0 / np.log10(m * n))
    return float(m * n / tau)
