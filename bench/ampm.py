"""Benchmark: the ranking of candidates for remains (ante-mortem/post-mortem) on simulated
missing persons and remains whose truth is known.

The population comes from ``ampmgen`` (which imports nothing from Rightsledger).  For every
remains case whose person is in the missing list, the ranking orders all the missing; we
report how often the true person is first and in the top 10 — where the data of both the
remains (sex, age range and stature estimated) and the true person (sex, age, height,
where and when last seen) are complete, where the remains' data are, and for all — and,
in the same run, the same for a baseline that ranks by the distance from where each person
was last seen to the site alone.  The rate is also given by how many persons went missing
at the same place on the same day as the true person (co-victims the ranking cannot tell
apart but by sex, age and stature).

    .venv/bin/python bench/ampm.py --missing 2000 --seeds 3
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from ampmgen import Remains, World, simulate
from rightsledger.missing.ranking import (
    MissingProfile,
    Population,
    RemainsProfile,
    distance_km,
    rank,
)

TOP = 10


def missing_profiles(world: World) -> list[MissingProfile]:
    out = []
    for p in world.persons:
        if p.birth_year is not None and p.last_seen is not None:
            age: float | None = p.last_seen.year - p.birth_year
        else:
            age = p.age
        out.append(MissingProfile(p.id, p.sex, age, p.last_seen, p.last_seen_at, p.height,
                                  dental=p.dental_notes or "", clothing=p.clothing or ""))  # fmt: skip
    return out


def remains_profile(world: World, remains: Remains) -> RemainsProfile:
    site = world.sites[remains.site]
    return RemainsProfile(remains.sex_estimate, remains.age_range, remains.stature_range,
                          site.point, remains.recovered, site.event_date, site.recorded_as,
                          dental=remains.dental or "", clothing=remains.clothing or "")  # fmt: skip


def by_distance(world: World, remains: Remains, persons: list[MissingProfile]) -> list[int]:
    point = world.sites[remains.site].point
    far = float("inf")
    return [p.key for p in sorted(persons, key=lambda p: (
        distance_km(p.last_seen_point, point) if p.last_seen_point else far, p.key))]  # fmt: skip


def complete(profile: MissingProfile) -> bool:
    return None not in (profile.sex, profile.age_when_last_seen, profile.last_seen,
                        profile.last_seen_point, profile.height)  # fmt: skip


GROUPS = ("both_complete", "remains_complete", "all")


def evaluate(world: World, baseline: bool = False) -> dict[str, dict[str, float]]:
    """Top-1 and top-10 rates of the ranking (and of the baseline) for: remains and true
    person both with complete data; remains with complete data; all remains of a listed
    person."""
    persons = missing_profiles(world)
    by_key = {p.key: p for p in persons}
    population = Population.of(remains_profile(world, r) for r in world.remains)
    found = {group: [0, 0, 0, 0, 0] for group in GROUPS}  # n, top1, top10, base1, base10
    for remains in world.remains:
        if remains.person is None:
            continue
        ranked = [c.key for c in rank(remains_profile(world, remains), persons, limit=TOP,
                                      population=population)]  # fmt: skip
        base = by_distance(world, remains, persons)[:TOP] if baseline else []
        groups = ["all"]
        if remains.complete:
            groups.append("remains_complete")
            if complete(by_key[remains.person]):
                groups.append("both_complete")
        for group in groups:
            row = found[group]
            row[0] += 1
            row[1] += ranked[:1] == [remains.person]
            row[2] += remains.person in ranked
            row[3] += base[:1] == [remains.person]
            row[4] += remains.person in base
    return {group: {"remains": n, "top1": t1 / n if n else 0.0, "top10": t10 / n if n else 0.0,
                    "baseline_top1": b1 / n if n else 0.0, "baseline_top10": b10 / n if n else 0.0}
            for group, (n, t1, t10, b1, b10) in found.items()}  # fmt: skip


BANDS = ((1, 20), (21, 50), (51, 10**9))


def by_event_size(world: World) -> dict[str, tuple[int, int]]:
    """Top-10 hits and remains, where both sides' data are complete, by how many persons were
    last seen at the same place on the same day as the true person."""
    from collections import Counter

    persons = missing_profiles(world)
    by_key = {p.key: p for p in persons}
    size = Counter((p.village, p.seen_on) for p in world.persons)
    population = Population.of(remains_profile(world, r) for r in world.remains)
    found: dict[str, list[int]] = {f"{lo}-{hi}" if hi < 10**9 else f">{lo - 1}": [0, 0]
                                   for lo, hi in BANDS}  # fmt: skip
    for remains in world.remains:
        if remains.person is None or not remains.complete or not complete(by_key[remains.person]):
            continue
        truth = world.persons[remains.person]
        n = size[(truth.village, truth.seen_on)]
        label = next(k for k, (lo, hi) in zip(found, BANDS, strict=True) if lo <= n <= hi)
        ranked = [c.key for c in rank(remains_profile(world, remains), persons, limit=TOP,
                                      population=population)]  # fmt: skip
        found[label][0] += remains.person in ranked
        found[label][1] += 1
    return {k: (v[0], v[1]) for k, v in found.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missing", type=int, default=2000)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    print(f"{'seed':>4} {'group':>16} {'remains':>7} {'top1':>6} {'top10':>6} "
          f"{'dist1':>6} {'dist10':>6} {'seconds':>7}")  # fmt: skip
    for seed in range(1, args.seeds + 1):
        world = simulate(missing=args.missing, seed=seed)
        started = time.perf_counter()
        result = evaluate(world, baseline=True)
        seconds = time.perf_counter() - started
        for group, row in result.items():
            print(f"{seed:>4} {group:>16} {row['remains']:>7.0f} {row['top1']:>6.1%} "
                  f"{row['top10']:>6.1%} {row['baseline_top1']:>6.1%} "
                  f"{row['baseline_top10']:>6.1%} {seconds:>7.1f}")  # fmt: skip
        bands = by_event_size(world)
        print("     top 10 (both complete) by persons last seen at the same place and day: "
              + ", ".join(f"{k}: {h}/{n}" for k, (h, n) in bands.items()))  # fmt: skip
    print(f"({args.missing} missing per seed)")


if __name__ == "__main__":
    main()
