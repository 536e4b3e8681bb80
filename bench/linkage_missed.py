"""Diagnostic: why the registry's linkage misses true pairs, by cause and by phenomenon.

    .venv/bin/python bench/linkage_missed.py --records 100000 --generators independent,project
    .venv/bin/python bench/linkage_missed.py --records 100000 --generators independent2

Runs the linkage with its default settings once per generator, keeps the pairs it scored
(as handed to clustering), and puts every true pair that ends in two persons into one cause:

* ``never blocked``: no blocking rule proposed the pair;
* ``blocked, below evidence floor``: proposed, but scored under the floor and dropped;
* ``scored below merge``: kept as evidence, but under the merge threshold;
* ``vetoed as conflict``: above the threshold but a conflict (given names, fathers or birth
  years differ outright; two entries of one list);
* ``lost in clustering``: a link, refused by average linkage or a cannot-link.

The same is done per split fragment (a true person's records outside its largest
predicted person: each fragment is one person too many), by the best evidence between the
fragment and the rest of the person.  The phenomena are read off the two records' linkage
keys and the generator's flags (given name as an initial); a pair may show several.
First, the ceiling of the comparisons: how well an oracle that knows the truth could
separate the scored pairs by their comparison levels alone (see ``_print_ceiling``).
Printing only: nothing here is tuned or fed back.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from linkage import DATA_MAKERS, DUCKDB_MEMORY_LIMIT
from rightsledger.analysis.linkage import LinkageConfig, link, model, pipeline
from rightsledger.analysis.linkage.features import prepare_features

CAUSES = (
    "never blocked",
    "blocked, below evidence floor",
    "scored below merge",
    "vetoed as conflict",
    "lost in clustering",
)


def _capture_scored() -> dict[str, Any]:
    """Wrap the clustering step to keep the pairs and conflicts it is handed."""
    seen: dict[str, Any] = {}
    original = pipeline.cluster_with_constraints

    def spy(size: int, scored: Any, threshold: float, **kwargs: Any) -> Any:
        seen["scored"] = scored
        seen["conflicts"] = kwargs.get("conflicts")
        seen["threshold"] = threshold
        return original(size, scored, threshold, **kwargs)

    pipeline.cluster_with_constraints = spy  # type: ignore[assignment]
    original_conflicting = pipeline.conflicting

    def conflicting_spy(scored: pd.DataFrame, else_weights: dict[str, float], *args: Any) -> Any:
        # The last call is on the pairs handed to clustering: keep why each conflicts.
        out = original_conflicting(scored, else_weights, *args)
        reasons = np.full(len(scored), "two entries of one list", dtype=object)
        family = args[2]  # per record: names a family only (conflicts.family_entries)
        pairs = scored["left"].to_numpy(dtype=np.int64), scored["right"].to_numpy(dtype=np.int64)
        reasons[family[pairs[0]] | family[pairs[1]]] = "an entry names a family only"
        for name, weight in else_weights.items():
            column = f"mw_{name}"
            if column in scored.columns:
                hit = np.isclose(scored[column].to_numpy(dtype=np.float64), weight, atol=1e-6)
                reasons[hit] = f"{name} differs"
        seen["conflict_reason"] = reasons
        seen["frame"] = scored
        return out

    pipeline.conflicting = conflicting_spy  # type: ignore[assignment]
    return seen


def _print_ceiling(scored: pd.DataFrame, true_label: np.ndarray) -> None:
    """The most that any rule on the model's own comparisons could make of the pairs it
    scored: pairs alike in every comparison's weight are one pattern, and an oracle that
    knows the truth keeps a pattern where most of its pairs are one person.  Pairwise,
    without the pairs clustering adds through a third record; an upper bound, since a
    pattern of one pair is always right.  Where the linkage's own F1 is near it, better
    weights or thresholds cannot help: only new blocks (pairs never scored) or evidence
    the comparisons do not read can."""
    counts = np.bincount(true_label)
    true_pairs = int((counts * (counts - 1) // 2).sum())
    left, right = scored["left"].to_numpy(np.int64), scored["right"].to_numpy(np.int64)
    same = true_label[left] == true_label[right]
    weights = [c for c in scored.columns if c.startswith("mw_")]
    pattern = pd.util.hash_pandas_object(scored[weights].round(3), index=False).to_numpy()
    tally = pd.DataFrame({"pattern": pattern, "same": same}).groupby("pattern")["same"]
    true_in, all_in = tally.sum(), tally.count()
    kept = true_in * 2 > all_in
    found, wrong = int(true_in[kept].sum()), int((all_in - true_in)[kept].sum())
    precision, recall = found / max(1, found + wrong), found / max(1, true_pairs)
    f1 = 2 * precision * recall / max(1e-12, precision + recall)
    print(f"\n-- ceiling of the comparisons ({len(all_in):,} patterns of {len(scored):,} "
          f"scored pairs): P {precision:.4f} R {recall:.4f} F1 {f1:.4f}; true pairs never "
          f"scored {true_pairs - int(same.sum()):,} of {true_pairs:,}")  # fmt: skip


def _blocked(features: pd.DataFrame, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Whether each pair (row numbers) is proposed by the model's blocking: the query the
    linkage runs (``model.blocked_pairs_sql``)."""
    found = model.blocked_pairs(features.assign(unique_id=np.arange(len(features))))
    width = np.int64(len(features))
    proposed = found["join_key_l"].to_numpy(np.int64) * width + found["join_key_r"].to_numpy(
        np.int64
    )
    low, high = np.minimum(left, right).astype(np.int64), np.maximum(left, right).astype(np.int64)
    return np.isin(low * width + high, proposed)


def _eq(a: Any, b: Any) -> bool:
    return bool(pd.notna(a) and pd.notna(b) and a == b)


def _same(a: Any, b: Any) -> bool | None:
    if pd.isna(a) or pd.isna(b):
        return None
    return bool(a == b)


def _phenomena(la: pd.Series, lb: pd.Series, abbr_a: bool, abbr_b: bool) -> list[str]:
    out = []
    if abbr_a or abbr_b:
        out.append("given name as initial")
    swapped = _eq(la.surname_canon, lb.given_canon) or _eq(la.given_canon, lb.surname_canon)
    if swapped:
        out.append("name order (surname/given swapped)")
    sur = _same(la.surname_root, lb.surname_root)
    if sur is None:
        out.append("surname key missing")
    elif not sur:
        out.append(
            "surname key differs, skeleton same"
            if _same(la.surname_skel, lb.surname_skel)
            else "surname key and skeleton differ"
        )
    if not (abbr_a or abbr_b):
        given = _same(la.given_canon, lb.given_canon)
        if given is None:
            out.append("given key missing (not an initial)")
        elif not given:
            out.append(
                "given key differs, skeleton same"
                if _same(la.given_skel, lb.given_skel)
                else "given key and skeleton differ"
            )
    father = _same(la.father_canon, lb.father_canon)
    if father is None:
        out.append("father missing on one side")
    elif not father:
        out.append("father key differs")
    year = (la.birth_year, lb.birth_year)
    if pd.isna(year[0]) or pd.isna(year[1]):
        out.append("birth year missing on one side")
    elif year[0] != year[1]:
        out.append(f"birth year off by {min(abs(int(year[0]) - int(year[1])), 3)}"
                   + ("+" if abs(int(year[0]) - int(year[1])) >= 3 else ""))  # fmt: skip
    event = _same(la.event_date, lb.event_date)
    if event is None:
        out.append("event date missing on one side")
    elif not event:
        out.append("event date differs")
    if la.source == lb.source:
        out.append("same list")
    if not out:
        out.append("(keys all agree)")
    return out


def diagnose(generator: str, records_wanted: int, seed: int, threads: int, examples: int) -> None:
    records, truth, conventions, _persons, abbreviated = DATA_MAKERS[generator](
        records_wanted, seed
    )
    print(f"\n##### {generator}: {len(records):,} records of {truth.nunique():,} persons")
    seen = _capture_scored()
    started = time.perf_counter()
    config = LinkageConfig(duckdb_threads=threads, duckdb_memory_limit=DUCKDB_MEMORY_LIMIT)
    result = link(records, config)
    print(f"linkage {time.perf_counter() - started:.1f} s, scored pairs {result.scored_pairs:,}")
    features = prepare_features(records, config.key_column, config.source_column)
    keys = features["unique_id"].to_numpy()
    true_label = pd.factorize(truth.reindex(keys))[0]
    pred_label = pd.factorize(result.person_of().reindex(keys))[0]
    abbr = (
        abbreviated.reindex(keys).fillna(False).to_numpy(dtype=bool)
        if abbreviated is not None
        else np.zeros(len(keys), dtype=bool)
    )
    convention = features["source"].map(conventions).to_numpy()
    _print_ceiling(seen["frame"], true_label)

    # Missed true pairs: same true person, different predicted persons.
    order = np.argsort(true_label, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(true_label[order]) != 0])
    ends = np.r_[starts[1:], len(order)]
    miss_left, miss_right = [], []
    total_true = 0
    for s, e in zip(starts, ends, strict=True):
        members = order[s:e]
        n = len(members)
        total_true += n * (n - 1) // 2
        if n < 2 or len(set(pred_label[members])) == 1:
            continue
        for i in range(n):
            for j in range(i + 1, n):
                a, b = members[i], members[j]
                if pred_label[a] != pred_label[b]:
                    miss_left.append(min(a, b))
                    miss_right.append(max(a, b))
    ml, mr = np.array(miss_left, dtype=np.int64), np.array(miss_right, dtype=np.int64)
    print(f"true pairs {total_true:,}, missed {len(ml):,} ({len(ml) / total_true:.2%})")

    left, right, probability = seen["scored"]
    conflicts = seen["conflicts"]
    threshold = seen["threshold"]
    size = len(keys)
    code = np.minimum(left, right) * size + np.maximum(left, right)
    lookup = pd.Series(np.arange(len(code)), index=code)
    lookup = lookup[~lookup.index.duplicated()]
    position = lookup.reindex(ml * size + mr).to_numpy()
    blocked = _blocked(features, ml, mr)
    cause = np.empty(len(ml), dtype=object)
    for i in range(len(ml)):
        p = position[i]
        if np.isnan(p):
            cause[i] = CAUSES[1] if blocked[i] else CAUSES[0]
        elif probability[int(p)] < threshold:
            cause[i] = CAUSES[2]
        elif conflicts is not None and conflicts[int(p)]:
            cause[i] = CAUSES[3]
        else:
            cause[i] = CAUSES[4]

    print("\n-- missed true pairs by cause")
    counts = collections.Counter(cause)
    for name in CAUSES:
        print(f"   {name:<32} {counts[name]:>8,} {counts[name] / max(1, len(ml)):>7.1%}")

    print("\n-- missed true pairs: phenomena per cause (a pair may show several)")
    table: dict[str, collections.Counter[str]] = {name: collections.Counter() for name in CAUSES}
    shown: dict[str, list[str]] = collections.defaultdict(list)
    raw = records.set_index("record_key")
    name_cols = ["full_name", "given_name", "surname", "patronymic", "birth_date",
                 "birth_year", "age", "event_date"]  # fmt: skip
    for i in range(len(ml)):
        a, b = int(ml[i]), int(mr[i])
        tags = _phenomena(features.iloc[a], features.iloc[b], bool(abbr[a]), bool(abbr[b]))
        table[cause[i]].update(tags)
        table[cause[i]][f"conventions {'~'.join(sorted((convention[a], convention[b])))}"] += 1
        if len(shown[cause[i]]) < examples:
            texts = [
                " | ".join(str(v) for v in raw.loc[keys[x], name_cols] if str(v) not in ("", "nan"))
                for x in (a, b)
            ]
            shown[cause[i]].append(f"{'; '.join(tags)}\n        {texts[0]}\n        {texts[1]}")
    for name in CAUSES:
        if not counts[name]:
            continue
        print(f"   {name} ({counts[name]:,}):")
        for tag, n in sorted(table[name].items(), key=lambda kv: -kv[1]):
            if not tag.startswith("conventions"):
                print(f"      {tag:<40} {n:>8,} {n / counts[name]:>7.1%}")
        for tag, n in sorted(table[name].items(), key=lambda kv: -kv[1]):
            if tag.startswith("conventions"):
                print(f"      {tag:<40} {n:>8,}")
        for example in shown[name]:
            print(f"      e.g. {example}")

    # Fragments: a true person's records outside its largest predicted person.
    best_rank = {c: r for r, c in enumerate(CAUSES)}
    fragments: collections.Counter[str] = collections.Counter()
    frag_tags: collections.Counter[str] = collections.Counter()
    pair_cause = {(int(a), int(b)): c for a, b, c in zip(ml, mr, cause, strict=True)}
    # For fragments lost in clustering: what the clustering saw between the two predicted
    # persons (all their records, not only the true person's): a conflicting pair, or
    # the average over all pairs (unscored ones as 0) under the minimum.
    score_of = dict(zip(code.tolist(), probability.tolist(), strict=True))
    conflict_codes = set(code[conflicts].tolist()) if conflicts is not None else set()
    reason_of = dict(zip(code.tolist(), seen["conflict_reason"].tolist(), strict=True))
    pred_members = pd.Series(np.arange(size)).groupby(pred_label).apply(list)
    refused: collections.Counter[str] = collections.Counter()
    fragment_shown: dict[str, list[str]] = collections.defaultdict(list)

    def _describe(x: int) -> str:
        values = raw.loc[keys[x], name_cols]
        return " | ".join(str(v) for v in values if str(v) not in ("", "nan")) + (
            f"  [{convention[x]}]"
        )

    for s, e in zip(starts, ends, strict=True):
        members = order[s:e]
        groups = collections.defaultdict(list)
        for m in members:
            groups[pred_label[m]].append(int(m))
        if len(groups) < 2:
            continue
        main = max(groups.values(), key=len)
        for group in groups.values():
            if group is main:
                continue
            causes = [pair_cause[(min(x, y), max(x, y))] for x in group for y in main]
            best = max(causes, key=lambda c: best_rank[c])
            fragments[best] += 1
            if len(fragment_shown[best]) < examples:
                fragment_shown[best].append(
                    "\n        ".join(_describe(x) for x in group)
                    + "\n      the rest:\n        "
                    + "\n        ".join(_describe(x) for x in main[:4])
                )
            if best == CAUSES[4]:
                ours, theirs = pred_members[pred_label[group[0]]], pred_members[pred_label[main[0]]]
                codes = [min(x, y) * size + max(x, y) for x in ours for y in theirs]
                average = sum(score_of.get(c, 0.0) for c in codes) / len(codes)
                hits = [c for c in codes if c in conflict_codes]
                if hits:
                    within = any(true_label[c // size] == true_label[c % size] for c in hits)
                    whose = "within the true person" if within else "with another's record"
                    refused[f"conflict {whose}: {reason_of[hits[0]]}"] += 1
                elif average < config.min_average:
                    refused[f"average under {config.min_average} (unscored as 0)"] += 1
                else:
                    refused["other (order of joins)"] += 1
            frag_tags["fragment has an initial" if abbr[group].any() or abbr[main].any()
                      else "no initial on either side"] += 1  # fmt: skip
    n_frag = sum(fragments.values())
    print(f"\n-- split fragments (each a person too many): {n_frag:,}, "
          f"{n_frag / truth.nunique():.2%} of true persons; by best evidence to the rest")  # fmt: skip
    for name in CAUSES:
        print(f"   {name:<32} {fragments[name]:>8,} {fragments[name] / max(1, n_frag):>7.1%}")
    for tag, n in frag_tags.most_common():
        print(f"   {tag:<32} {n:>8,}")
    for tag, n in refused.most_common():
        print(f"   lost in clustering: {tag:<40} {n:>6,}")
    for name in CAUSES:
        for example in fragment_shown[name]:
            print(f"   e.g. fragment ({name}):\n        {example}")
    over = result.person_of().reindex(keys).nunique() - truth.nunique()
    print(f"   persons found - true persons: {over:+,}")
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--generators", default="independent,project",
                        help="comma-separated: " + ", ".join(DATA_MAKERS))  # fmt: skip
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--examples", type=int, default=4)
    args = parser.parse_args()
    for generator in args.generators.split(","):
        diagnose(generator, args.records, args.seed, args.threads, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
