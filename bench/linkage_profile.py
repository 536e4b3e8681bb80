"""Where the registry's linkage spends its seconds and memory, step by step.

    .venv/bin/python bench/linkage_profile.py --records 300000 [--generator independent]

Runs the linkage once with its default settings on lists of the chosen generator and
prints, per step (name features, training, scoring the blocked pairs, rescoring candidate
persons, clustering), its wall time and the peak memory of the process tree while it ran
(DuckDB works inside this process; the name parser's workers are children): the sum of
the processes' proportional set sizes (PSS, each page once) and of their resident sets
(RSS, shared pages counted in every process that maps them; see ``linkage_memory``);
then the functions with the most cumulative time (cProfile; DuckDB's own threads are
inside the calls that wait for it).  Printing only.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import os
import pstats
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from linkage import DATA_MAKERS, DUCKDB_MEMORY_LIMIT
from linkage_memory import tree_memory_kb
from rightsledger.analysis.linkage import LinkageConfig, link, model, pipeline


class _Steps:
    """Peak tree PSS and RSS per named step, sampled twice a second."""

    def __init__(self) -> None:
        self.current = "setup"
        self.peak_kb: dict[str, int] = {}
        self.peak_rss_kb: dict[str, int] = {}
        self.seconds: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            rss, pss = tree_memory_kb(os.getpid())
            step = self.current
            self.peak_kb[step] = max(self.peak_kb.get(step, 0), pss)
            self.peak_rss_kb[step] = max(self.peak_rss_kb.get(step, 0), rss)

    def wrap(self, owner: Any, name: str, step: str) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            outer, self.current = self.current, step
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[step] = self.seconds.get(step, 0.0) + time.perf_counter() - started
                self.current = outer

        setattr(owner, name, timed)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--records", type=int, default=300_000)
    parser.add_argument("--generator", default="independent", choices=list(DATA_MAKERS))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    records = DATA_MAKERS[args.generator](args.records, 1)[0]
    print(f"{args.generator}: {len(records):,} records", flush=True)
    steps = _Steps()
    steps.wrap(pipeline, "prepare_features", "name features")
    steps.wrap(model, "train", "training (u sampling, EM)")
    steps.wrap(model, "predict", "scoring blocked pairs")
    steps.wrap(model, "scored_frame", "pairs into pandas")
    steps.wrap(pipeline, "_rescore_candidates", "rescoring candidate persons")
    steps.wrap(pipeline, "cluster_with_constraints", "clustering")
    steps._thread.start()
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    result = link(
        records,
        LinkageConfig(duckdb_threads=args.threads, duckdb_memory_limit=DUCKDB_MEMORY_LIMIT),
    )
    profile.disable()
    total = time.perf_counter() - started
    steps._stop.set()
    print(f"total {total:.1f} s, scored pairs {result.scored_pairs:,}")
    print(f"{'step':<32} {'seconds':>8} {'peak tree PSS MB':>17} {'peak tree RSS MB':>17}")
    for step, seconds in steps.seconds.items():
        pss, rss = steps.peak_kb.get(step, 0) / 1024, steps.peak_rss_kb.get(step, 0) / 1024
        print(f"{step:<32} {seconds:>8.1f} {pss:>17,.0f} {rss:>17,.0f}")
    pss, rss = max(steps.peak_kb.values()) / 1024, max(steps.peak_rss_kb.values()) / 1024
    print(f"{'(whole run)':<32} {total:>8.1f} {pss:>17,.0f} {rss:>17,.0f}")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
