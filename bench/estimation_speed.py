"""LCMCR Gibbs sweeps per second on the Kosovo table, against the R package and NumPy.

Run by hand: ``.venv/bin/python bench/estimation_speed.py`` (``--quick`` for a smoke run).

Baselines printed in the same run:
* R's LCMCR (compiled C++, measured on this machine and quoted in issue 6): 110,000 sweeps
  with K=10 in about 1.2 s, and 5,000,000 sweeps with K=15 in about 150 s;
* the same sweep written with NumPy only (``run_chain_numpy``), timed here.

Our sampler is compiled with Numba (``cache=True``): the first call in a fresh checkout
compiles (timed and reported separately), later processes load the cached machine code.
"""

from __future__ import annotations

import argparse
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from rightsledger.analysis.estimation import CaptureHistory
from rightsledger.analysis.estimation.lcmcr_sampler import WARMUP_SWEEPS, run_chain, run_chain_numpy

KOSOVO = Path(__file__).resolve().parent.parent / "tests/analysis/estimation/data/kosovo-1999.csv"
R_BASELINE = {10: (110_000, 1.2), 15: (5_000_000, 150.0)}  # K: (sweeps, seconds)


def timed_chain(cells, freq, k, burnin, samples, thinning, seed) -> tuple[float, float, np.ndarray]:
    """Wall-clock and CPU seconds of one chain (CPU time is steadier on a busy machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    totals, _, _ = run_chain(cells, freq, k, 0.25, 0.25, burnin, samples, thinning, seed)
    return time.perf_counter() - start, time.process_time() - cpu, totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="K=15 with 500,000 sweeps only")
    options = parser.parse_args()
    history = CaptureHistory.from_csv(KOSOVO)
    cells = np.ascontiguousarray(history.patterns, dtype=np.int64)
    freq = np.ascontiguousarray(history.counts, dtype=np.int64)

    start = time.perf_counter()
    run_chain(cells, freq, 3, 0.25, 0.25, 1, 10, 1, 1)
    print(f"compile or load from cache: {time.perf_counter() - start:.2f} s")

    print(f"\n{'run':<44}{'sweeps':>11}{'wall s':>8}{'cpu s':>8}{'sweeps/s':>11}{'vs R':>7}")
    rows = []
    # K = 10, the settings: 10,000 burn-in + 1,000 samples x 100 thinning.
    seconds, cpu, totals = timed_chain(cells, freq, 10, 10_000, 1_000, 100, 123)
    rows.append(("numba, K=10, one chain", 10, 110_000 + WARMUP_SWEEPS, seconds, cpu))
    print(f"  (K=10 posterior median {np.median(totals):,.0f})")
    with ThreadPoolExecutor(2) as pool:
        start, cpu = time.perf_counter(), time.process_time()
        list(
            pool.map(
                lambda s: run_chain(cells, freq, 10, 0.25, 0.25, 10_000, 1_000, 100, s), (1, 2)
            )
        )
        rows.append(("numba, K=10, two chains in parallel", 10, 2 * (110_000 + WARMUP_SWEEPS),
                     time.perf_counter() - start, time.process_time() - cpu))  # fmt: skip
    # K = 15, the published-work settings: 5,000,000 sweeps.
    sweeps = 500_000 if options.quick else 5_000_000
    seconds, cpu, _ = timed_chain(cells, freq, 15, 0, sweeps // 1_000, 1_000, 456)
    rows.append((f"numba, K=15, one chain{' (quick)' if options.quick else ''}", 15,
                 sweeps + WARMUP_SWEEPS, seconds, cpu))  # fmt: skip
    numpy_sweeps = 3_000
    for k in (10, 15):
        start, cpu = time.perf_counter(), time.process_time()
        run_chain_numpy(cells, freq, k, 0.25, 0.25, numpy_sweeps, 7)
        rows.append((f"numpy baseline, K={k}", k, numpy_sweeps, time.perf_counter() - start,
                     time.process_time() - cpu))  # fmt: skip
    for k, (r_sweeps, r_seconds) in R_BASELINE.items():
        rows.append((f"R LCMCR baseline (issue 6), K={k}", k, r_sweeps, r_seconds, r_seconds))

    # Rates use wall-clock time, as the R figures do; compare the CPU column when the
    # machine is busy (a single chain uses one core, so the two agree on a quiet machine).
    for label, k, count, seconds, cpu in rows:
        rate = count / seconds
        r_rate = R_BASELINE[k][0] / R_BASELINE[k][1]
        print(
            f"{label:<44}{count:>11,}{seconds:>8.2f}{cpu:>8.2f}{rate:>11,.0f}{rate / r_rate:>6.2f}x"
        )


if __name__ == "__main__":
    main()
