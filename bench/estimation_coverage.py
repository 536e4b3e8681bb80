"""Simulation study: bias and 95% interval coverage of every estimator.

Run by hand: ``.venv/bin/python bench/estimation_coverage.py --replicates 200``.

Each replicate draws a population of ``--size`` people, ``--lists`` lists (default four) and
one of these capture mechanisms, then estimates the total with every method:

* ``independent``   - homogeneous people, independent lists (every method's assumptions hold);
* ``heterogeneous`` - two latent classes of very different catchability, lists independent
                      within a class (LCMCR's model; log-linear models only approximate it);
* ``dependent``     - homogeneous people, but being on list A makes list B far more likely
                      (a log-linear interaction, or two classes for LCMCR);
* ``both``          - heterogeneous classes and the A-B dependence within each class.

LCMCR runs one chain with K=10, 2,000 burn-in and 1,000 samples thinned by 10 (lighter
than the defaults so that 200 replicates finish in minutes); DGA uses its default prior;
with five lists the log-linear search is limited to two-list interactions.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor

import numpy as np

from rightsledger.analysis.estimation import (
    DGA,
    LCMCR,
    CaptureHistory,
    EstimationInputError,
    LogLinear,
    Stepwise,
)

SCENARIOS = ("independent", "heterogeneous", "dependent", "both")
METHODS = ("loglinear", "stepwise", "lcmcr", "dga")


def simulate(
    scenario: str, size: int, rng: np.random.Generator, n_lists: int = 4
) -> CaptureHistory:
    if scenario in ("heterogeneous", "both"):
        easy = rng.random(size) < 0.3
        probability = np.where(
            easy[:, None],
            [0.55, 0.5, 0.6, 0.45, 0.5][:n_lists],
            [0.2, 0.15, 0.25, 0.12, 0.18][:n_lists],
        )
    else:
        probability = np.tile([0.3, 0.25, 0.35, 0.2, 0.3][:n_lists], (size, 1))
    seen = rng.random((size, n_lists)) < probability
    if scenario in ("dependent", "both"):
        # Being on A triples the chance of B; off A, B is three times rarer.
        boost = np.where(seen[:, 0], np.minimum(3 * probability[:, 1], 0.95), probability[:, 1] / 3)
        seen[:, 1] = rng.random(size) < boost
    seen = seen[seen.any(axis=1)]
    patterns, counts = np.unique(seen.astype(np.int8), axis=0, return_counts=True)
    cells = {tuple(int(v) for v in p): int(c) for p, c in zip(patterns, counts, strict=True)}
    return CaptureHistory.from_cells(list("ABCDE")[:n_lists], cells)


def estimators(seed: int, n_lists: int) -> dict[str, object]:
    return {
        # all 6,893 hierarchical models of 5 lists take seconds per replicate: pairwise only
        "loglinear": LogLinear(max_order=2 if n_lists == 5 else None),
        "stepwise": Stepwise(),
        "lcmcr": LCMCR(K=10, burnin=2_000, samples=1_000, thinning=10, chains=1, seed=seed),
        "dga": DGA(max_missing=None),
    }


def replicate(task: tuple[str, int, int, int]) -> list[tuple[str, str, float, float, float]]:
    scenario, size, seed, n_lists = task
    history = simulate(scenario, size, np.random.default_rng(seed), n_lists)
    rows = []
    for name, estimator in estimators(seed, n_lists).items():
        try:
            result = estimator.fit(history)  # type: ignore[attr-defined]
            rows.append((scenario, name, result.estimate, result.lower, result.upper))
        except (EstimationInputError, ValueError, FloatingPointError):
            rows.append((scenario, name, np.nan, np.nan, np.nan))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicates", type=int, default=200)
    parser.add_argument("--size", type=int, default=2000, help="true population size")
    parser.add_argument("--lists", type=int, choices=(3, 4, 5), default=4)
    parser.add_argument("--scenarios", nargs="+", choices=SCENARIOS, default=list(SCENARIOS))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2026)
    options = parser.parse_args()

    tasks = [
        (scenario, options.size, options.seed + 10_000 * s + r, options.lists)
        for s, scenario in enumerate(options.scenarios)
        for r in range(options.replicates)
    ]
    start = time.perf_counter()
    with ProcessPoolExecutor(options.workers) as pool:
        results = [row for rows in pool.map(replicate, tasks, chunksize=4) for row in rows]
    elapsed = time.perf_counter() - start

    grouped: dict[tuple[str, str], list[tuple[float, float, float]]] = defaultdict(list)
    for scenario, method, estimate, lower, upper in results:
        grouped[(scenario, method)].append((estimate, lower, upper))
    truth = options.size
    print(
        f"N = {truth:,}, {options.lists} lists, {options.replicates} replicates per scenario, "
        f"{elapsed:.0f} s\n"
    )
    header = f"{'scenario':<14}{'method':<11}{'mean':>8}{'bias %':>8}{'RMSE %':>8}"
    print(header + f"{'coverage':>10}{'median width':>14}{'failed':>8}")
    for scenario in options.scenarios:
        for method in METHODS:
            values = np.array(grouped[(scenario, method)], dtype=float)
            ok = np.all(np.isfinite(values), axis=1)
            est, low, up = values[ok].T
            covered = np.mean((low <= truth) & (truth <= up)) if ok.any() else np.nan
            print(
                f"{scenario:<14}{method:<11}{est.mean():>8,.0f}"
                f"{100 * (est.mean() - truth) / truth:>8.1f}"
                f"{100 * np.sqrt(np.mean((est - truth) ** 2)) / truth:>8.1f}"
                f"{100 * covered:>9.1f}%{np.median(up - low):>14,.0f}{int((~ok).sum()):>8}"
            )
        print()


if __name__ == "__main__":
    main()
