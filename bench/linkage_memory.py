"""What a linkage run holds in memory: its process tree sampled from /proc.

Two sums over the process and all its descendants (the name parser's forked workers,
Spark's JVM), sampled twice a second by :class:`TreeSampler`:

* *RSS*, resident pages per process.  A page that several processes share — a forked
  worker shares every page of its parent until one of them writes to it — is counted in
  each of them, so the sum over a tree that forks is an upper bound;
* *PSS*, proportional set size (``Pss`` of ``/proc/<pid>/smaps_rollup``): a page shared
  by *n* processes counts 1/*n* in each, so the sum over the tree is the memory the run
  holds at that moment, each page once.  This is the figure set against a memory budget.

A sample every half second can miss a peak shorter than that: the sampled peak is a
lower bound of the true one, the per-process ``ru_maxrss`` figures are exact but per
process.  Reading ``smaps_rollup`` walks the process's page tables (a few milliseconds
for a few gigabytes).
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time

__all__ = ["MemorySample", "TreeSampler", "tree_memory_kb"]

_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclasses.dataclass(frozen=True)
class MemorySample:
    """Seconds since sampling began and the tree's RSS and PSS then, in kB."""

    seconds: float
    rss_kb: int
    pss_kb: int


def _descendants(root: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
    tree = {root}
    grown = True
    while grown:
        grown = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grown = True
    return tree


def _process_memory_kb(pid: int) -> tuple[int, int]:
    """RSS and PSS of one process in kB; (0, 0) if it is gone."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
                    break
    except FileNotFoundError:
        return 0, 0
    except OSError:  # no smaps_rollup (kernels before 4.14): RSS alone, PSS unknown
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
                return int(statm.read().split()[1]) * _PAGE_KB, 0
        except (OSError, IndexError, ValueError):
            return 0, 0
    return rss, pss


def tree_memory_kb(root: int) -> tuple[int, int]:
    """RSS and PSS of ``root`` and all its descendants now, summed, in kB."""
    rss = pss = 0
    for pid in _descendants(root):
        process_rss, process_pss = _process_memory_kb(pid)
        rss += process_rss
        pss += process_pss
    return rss, pss


class TreeSampler:
    """Samples this process's tree twice a second while in its ``with`` block; keeps
    every sample, so that a peak can be placed in a step of the run."""

    def __init__(self, interval: float = 0.5) -> None:
        self.samples: list[MemorySample] = []
        self._interval = interval
        self._started = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        rss, pss = tree_memory_kb(os.getpid())
        self.samples.append(MemorySample(time.perf_counter() - self._started, rss, pss))

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self._sample()

    @property
    def peak_rss_kb(self) -> int:
        return max((s.rss_kb for s in self.samples), default=0)

    @property
    def peak_pss_kb(self) -> int:
        return max((s.pss_kb for s in self.samples), default=0)

    def peak_pss_by_step(self, timings: dict[str, float], before: float) -> dict[str, int]:
        """Peak tree PSS in kB within each step of ``timings`` (consecutive durations in
        seconds) that began ``before`` seconds after sampling did; "other" the rest."""
        bounds = []
        end = before
        for step, seconds in timings.items():
            bounds.append((step, end, end + seconds))
            end += seconds
        peaks: dict[str, int] = {}
        for sample in self.samples:
            step = next((s for s, a, b in bounds if a <= sample.seconds < b), "other")
            peaks[step] = max(peaks.get(step, 0), sample.pss_kb)
        return peaks

    def __enter__(self) -> TreeSampler:
        self._started = time.perf_counter()
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()
