"""Bayesian latent-class estimation (LCMCR, Manrique-Vallier 2016).

Heterogeneous capture (some people are far easier to list than others) and dependence
between lists are both captured by a mixture of up to K latent classes, within each of
which lists are independent. Priors and defaults follow the R package LCMCR: lambda ~
Beta(1, 1), stick-breaking weights with alpha ~ Gamma(0.25, 0.25), p(N) ~ 1/N; the total's
point estimate is the posterior median and its interval the 2.5% and 97.5% quantiles of the
draws of all chains pooled. The sampler itself is in :mod:`.lcmcr_sampler`.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from .errors import EstimationInputError
from .history import CaptureHistory
from .lcmcr_sampler import run_chain
from .mcmc import ESS_LIMIT, RHAT_LIMIT, effective_sample_size, split_rhat
from .results import EstimationResult

#: Warn about the truncation K when more draws than this use every class.
FULL_TRUNCATION_SHARE = 0.05


def chain_seeds(seed: int, chains: int) -> list[int]:
    """Independent 32-bit seeds for each chain, derived reproducibly from one seed."""
    states = np.random.SeedSequence(seed).spawn(chains)
    return [int(s.generate_state(1, dtype=np.uint32)[0]) for s in states]


class LCMCR:
    """Configure once, then :meth:`fit` a capture history.

    ``seed`` makes the run reproducible; when it is None a seed is drawn and recorded in
    the result's parameters so the run can still be repeated. Chains run in parallel
    threads (the compiled sampler releases the GIL).
    """

    method = "lcmcr"

    def __init__(
        self,
        *,
        K: int = 10,
        burnin: int = 10_000,
        samples: int = 1_000,
        thinning: int = 100,
        chains: int = 2,
        seed: int | None = None,
        a_alpha: float = 0.25,
        b_alpha: float = 0.25,
        level: float = 0.95,
    ) -> None:
        for name, value, minimum in (
            ("K", K, 2),
            ("burnin", burnin, 0),
            ("samples", samples, 10),
            ("thinning", thinning, 1),
            ("chains", chains, 1),
        ):
            if not isinstance(value, int | np.integer) or value < minimum:
                raise EstimationInputError(f"{name} must be an integer of at least {minimum}")
        if a_alpha <= 0 or b_alpha <= 0:
            raise EstimationInputError("a_alpha and b_alpha must be positive")
        if not 0 < level < 1:
            raise EstimationInputError(f"interval level must be between 0 and 1, not {level}")
        if seed is not None and (not isinstance(seed, int | np.integer) or seed < 0):
            raise EstimationInputError("seed must be a non-negative integer")
        self.K = int(K)
        self.burnin = int(burnin)
        self.samples = int(samples)
        self.thinning = int(thinning)
        self.chains = int(chains)
        self.seed = seed
        self.a_alpha = float(a_alpha)
        self.b_alpha = float(b_alpha)
        self.level = level

    def sample(self, history: CaptureHistory, seed: int) -> dict[str, np.ndarray]:
        """Posterior draws per chain: ``total``, ``alpha``, ``occupied`` (chains x samples)."""
        cells = np.ascontiguousarray(history.patterns, dtype=np.int64)
        freq = np.ascontiguousarray(history.counts, dtype=np.int64)

        def one_chain(chain_seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            return run_chain(
                cells, freq, self.K, self.a_alpha, self.b_alpha,
                self.burnin, self.samples, self.thinning, chain_seed,
            )  # fmt: skip

        seeds = chain_seeds(seed, self.chains)
        with ThreadPoolExecutor(max_workers=min(self.chains, 4)) as pool:
            runs = list(pool.map(one_chain, seeds))
        return {
            "total": np.stack([r[0] for r in runs]),
            "alpha": np.stack([r[1] for r in runs]),
            "occupied": np.stack([r[2] for r in runs]),
        }

    def fit(self, history: CaptureHistory) -> EstimationResult:
        seed = self.seed
        if seed is None:
            seed = int(np.random.SeedSequence().generate_state(1, dtype=np.uint32)[0])
        draws = self.sample(history, seed)
        totals = draws["total"]
        pooled = totals.ravel()
        tail = (1 - self.level) / 2
        lower, median, upper = np.quantile(pooled, [tail, 0.5, 1 - tail])
        rhat = split_rhat(totals)
        ess = effective_sample_size(totals)
        occupied_max = int(draws["occupied"].max())
        all_occupied = float(np.mean(draws["occupied"] >= self.K))
        warnings = history.data_warnings()
        if not np.isfinite(rhat) or rhat > RHAT_LIMIT:
            warnings.append(
                f"chains have not converged (R-hat {rhat:.3f} > {RHAT_LIMIT}); run a longer "
                "burn-in or more samples before relying on this estimate"
            )
        if ess < ESS_LIMIT:
            warnings.append(
                f"effective sample size is only {ess:.0f}: the interval bounds carry large "
                "Monte Carlo error; draw more samples"
            )
        if all_occupied > FULL_TRUNCATION_SHARE:
            warnings.append(
                f"all K={self.K} latent classes were occupied in {all_occupied:.0%} of the "
                "draws: the truncation may be too small; refit with a larger K"
            )
        return EstimationResult(
            method=self.method,
            estimate=float(median),
            lower=float(lower),
            upper=float(upper),
            observed=history.observed,
            fingerprint=history.fingerprint(),
            parameters={
                "K": self.K,
                "burnin": self.burnin,
                "samples": self.samples,
                "thinning": self.thinning,
                "chains": self.chains,
                "seed": seed,
                "a_alpha": self.a_alpha,
                "b_alpha": self.b_alpha,
            },
            interval_level=self.level,
            interval_kind="posterior quantiles",
            diagnostics={
                "posterior_mean": float(pooled.mean()),
                "rhat": rhat,
                "ess": ess,
                "chain_medians": [float(np.median(c)) for c in totals],
                "alpha_mean": float(draws["alpha"].mean()),
                "occupied_classes_mean": float(draws["occupied"].mean()),
                "occupied_classes_max": occupied_max,
                "share_all_classes_occupied": all_occupied,
            },
            warnings=tuple(warnings),
            samples=pooled.astype(float),
        )
