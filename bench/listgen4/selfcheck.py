"""python -m listgen4.selfcheck [records] [seed]

Prints sample rows per convention, one family followed across lists, and
summary statistics, so a human can read the forms and judge realism.
"""

import sys
import time

import numpy as np
import pandas as pd

from . import generate


def sibling_pairs(pop):
    """Pairs of persons with same household and father_id, different given_id."""
    n = 0
    for _, g in pop.groupby(["household", "father_id"], sort=False):
        if len(g) < 2:
            continue
        vc = g["given_id"].value_counts().to_numpy()
        k = len(g)
        n += k * (k - 1) // 2 - int((vc * (vc - 1) // 2).sum())
    return n


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 100_000
    seed = int(argv[2]) if len(argv) > 2 else 1
    t0 = time.time()
    d = generate(records=n, seed=seed)
    dt = time.time() - t0
    r = d.records
    pd.set_option("display.width", 250)
    pd.set_option("display.max_columns", 20)
    pd.set_option("display.max_colwidth", 42)
    show = [c for c in r.columns if c not in ("record_key", "source")]
    rng = np.random.default_rng(0)
    for conv in sorted(set(d.conventions.values())):
        srcs = sorted(s for s, c in d.conventions.items() if c == conv)
        sub = r[r["source"].isin(srcs)]
        idx = rng.choice(len(sub), size=min(8, len(sub)), replace=False)
        print(f"\n=== {conv}: {', '.join(srcs)}")
        print(sub.iloc[np.sort(idx)][["source", *show]].to_string(index=False))

    # one household followed across lists
    truth = d.truth
    pop = d.population
    hh_sizes = pop["household"].value_counts()
    h = hh_sizes[hh_sizes >= 3].index[0] if (hh_sizes >= 3).any() else hh_sizes.index[0]
    members = pop.loc[pop["household"] == h, "person_id"].to_numpy()
    keys = truth[truth.isin(members)]
    fam = r.set_index("record_key").loc[keys.index]
    fam.insert(0, "person", keys.to_numpy())
    print(f"\n=== household {h}: {len(members)} persons, {len(fam)} entries")
    print(
        fam.sort_values("person")[
            [
                "person",
                "source",
                "full_name",
                "given_name",
                "surname",
                "patronymic",
                "birth_year",
                "age",
                "status",
                "family_id",
            ]
        ].to_string()
    )

    # statistics
    per_src = r["source"].value_counts()
    t = truth.to_numpy()
    src = r["source"].to_numpy()
    pair = pd.Series(t.astype(str)) + "|" + pd.Series(src)
    dups = pair.duplicated(keep="first").mean()
    print("\n=== summary")
    print(f"records            {len(r):,}   (generated in {dt:.1f}s)")
    print(f"persons            {len(pop):,}   share of records {len(pop) / len(r):.3f}")
    print(f"records per person {len(r) / len(pop):.2f}")
    rp = truth.value_counts().value_counts().sort_index()
    print("entries per person ", dict(rp.head(8)))
    print(f"initials share     {d.abbreviated.mean():.3f}")
    print(f"same-list dup rows {dups:.3f}")
    print(f"households         {pop['household'].nunique():,}")
    print(f"sibling pairs      {sibling_pairs(pop):,}")
    print(f"full_name layout   {(r['full_name'] != '').mean():.3f}")
    print("status             ", dict(r["status"].value_counts()))
    print("rows per source:")
    for s, c in per_src.sort_index().items():
        print(f"  {s:28s} {d.conventions[s]:12s} {c:7,d}")
    empt = {c: round(float((r[c] == "").mean()), 2) for c in show}
    print("empty share        ", empt)
    # namesakes: same surname+given spelled identically in one source, different persons
    fn = r["full_name"].where(r["full_name"] != "", r["surname"] + " " + r["given_name"])
    g = pd.DataFrame({"k": r["source"] + "|" + fn, "p": t})
    ns = g.groupby("k")["p"].nunique()
    print(f"name strings shared by >1 person within a list: {(ns > 1).sum():,}")


if __name__ == "__main__":
    main(sys.argv)
