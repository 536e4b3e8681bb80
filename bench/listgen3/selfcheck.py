"""Print sample rows per convention and summary statistics.

Run from /work/main/bench:  python -m listgen3.selfcheck [records] [seed]
"""

from __future__ import annotations

import resource
import sys
import time

import numpy as np
import pandas as pd

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.dirname(__file__)))
    from listgen3 import generate
else:
    from . import generate


def main(records: int = 100_000, seed: int = 1) -> None:
    t0 = time.time()
    d = generate(records=records, seed=seed)
    dt = time.time() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    df = d.records
    pd.set_option("display.width", 250)
    pd.set_option("display.max_columns", 20)
    pd.set_option("display.max_colwidth", 40)
    show = [c for c in df.columns if c not in ("record_key", "record_id")]
    rs = np.random.default_rng(seed + 99)
    for conv in sorted(set(d.conventions.values())):
        srcs = [s for s, c in d.conventions.items() if c == conv]
        sub = df[df.source.isin(srcs)]
        idx = rs.choice(len(sub), size=min(20, len(sub)), replace=False)
        print(f"\n=== {conv}: {', '.join(srcs)} ({len(sub)} rows)")
        s = sub.iloc[np.sort(idx)][show].copy()
        s.insert(0, "pid", d.truth.loc[sub.iloc[np.sort(idx)].record_key].to_numpy())
        s = s.loc[:, (s != "").any(axis=0)]
        print(s.to_string(index=False))

    print(f"\n=== summary ({len(df)} records, {dt:.1f} s, max RSS {rss:.0f} MB)")
    truth = d.truth
    per_person = truth.groupby(truth).size()
    lists_per_person = (
        pd.DataFrame({"p": truth.to_numpy(), "s": df.source.to_numpy()})
        .drop_duplicates()
        .groupby("p")
        .size()
    )
    print(f"persons: {len(per_person)}; entries per person: mean {per_person.mean():.2f}")
    print("lists per person:", lists_per_person.value_counts().sort_index().to_dict())
    print(f"share of entries with the given name reduced to an initial: {d.abbreviated.mean():.3f}")
    key = pd.DataFrame({"p": truth.to_numpy(), "s": df.source.to_numpy()})
    dup = key.duplicated(keep="first")
    print(f"share of entries that repeat a person already on the same list: {dup.mean():.4f}")
    g = pd.DataFrame({"s": df.source, "dup": dup.to_numpy(), "ab": d.abbreviated.to_numpy()})
    by = g.groupby("s").agg(rows=("dup", "size"), dup=("dup", "mean"), initials=("ab", "mean"))
    by["conv"] = [d.conventions[s] for s in by.index]
    print(by.round(3).to_string())
    print("\nstatus by list:")
    print(pd.crosstab(df.source, df.status).to_string())
    pop = d.population
    sib = pop.merge(pop, on=["household", "father_id"])
    sib = sib[(sib.person_id_x < sib.person_id_y) & (sib.given_id_x != sib.given_id_y)]
    print(f"\nsibling pairs (same household & father, different given name): {len(sib)}")
    same = pop.merge(pop, on=["household", "father_id", "given_id"])
    same = same[same.person_id_x < same.person_id_y]
    print(f"pairs same household, father and given name (different persons): {len(same)}")
    pe = d.persons
    print("paths:", pe.path.value_counts().to_dict())
    print(f"Armenian persons: {pe.armenian.mean():.3f}")
    # namesakes: same surname root, origin and given name, different persons
    m = pe.merge(pop, on="person_id")
    ns = m.groupby(["origin", "surname_root", "given_id"]).size()
    print(
        f"namesake groups in one village (same surname root & given name): {(ns > 1).sum()}"
        f" covering {ns[ns > 1].sum()} persons"
    )
    st = df.groupby(truth.to_numpy()).status.nunique()
    print(f"persons with more than one status across entries: {(st > 1).mean():.3f}")


if __name__ == "__main__":
    a = sys.argv[1:]
    main(int(a[0]) if a else 100_000, int(a[1]) if len(a) > 1 else 1)
