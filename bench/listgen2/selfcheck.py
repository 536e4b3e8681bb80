"""Self-check for listgen2 (run by hand: python -m listgen2.selfcheck [records])."""

import sys
import time

import pandas as pd

from . import generate
from .core import COLUMNS

CONVS = {"az_latin", "ru_cyrillic", "en_from_ru", "en_from_az", "hy_armenian"}


def main(n=100_000, show=30):
    t = time.time()
    d = generate(records=n, seed=1)
    el = time.time() - t
    r = d.records
    print(
        "generate(%d): %.1fs  records %s truth %s population %s"
        % (n, el, r.shape, d.truth.shape, d.population.shape)
    )
    assert list(r.columns) == COLUMNS
    assert r.record_key.is_unique
    assert (d.truth.index == r.record_key.values).all()
    assert (d.abbreviated.index == r.record_key.values).all()
    assert all(r[c].map(type).eq(str).all() for c in r.columns)
    assert set(d.conventions.values()) == CONVS, d.conventions
    assert set(r.source) == set(d.conventions)
    assert set(r.status) <= {"killed", "injured", "captured", "missing", "released", "found_dead"}
    assert set(d.truth) <= set(d.population.person_id)
    # every record has a name
    full = r.full_name != ""
    assert (full | (r.surname != "") | (r.given_name != "")).all()
    # determinism
    d2 = generate(records=min(n, 5000), seed=7)
    d3 = generate(records=min(n, 5000), seed=7)
    assert d2.records.equals(d3.records)
    assert d2.truth.equals(d3.truth)
    pop = d.population
    sib = pop.groupby(["household", "father_id"]).given_id.nunique()
    print(
        "households with >=2 siblings (same father, different given names):", int((sib >= 2).sum())
    )
    per = d.truth.value_counts()
    print(
        "entries per person: mean %.2f, on 1 list %.0f%%, persons listed %d"
        % (per.mean(), 100 * (d.truth.groupby(d.truth).size() == 1).mean(), len(per))
    )
    dup = d.truth.groupby([r.source.values, d.truth.values]).size()
    print("within-list duplicates:", int((dup > 1).sum()))
    print(f"abbreviated share: {d.abbreviated.mean():.3f}")
    print(r.source.value_counts().to_string())
    print(pd.Series(d.conventions).to_string())
    # namesakes: same given + surname in the same household-free village, different person
    sur_top = (
        r[r.source == "az_dvk"].surname.str.replace("a$", "", regex=True).value_counts().head(8)
    )
    print("top az_dvk surnames:\n" + sur_top.to_string())
    pd.set_option("display.width", 250)
    pd.set_option("display.max_columns", 20)
    pd.set_option("display.max_colwidth", 40)
    for conv in sorted(CONVS):
        srcs = [s for s, c in d.conventions.items() if c == conv]
        sub = r[r.source.isin(srcs)].sample(show, random_state=3)
        sub = sub.loc[:, (sub != "").any()]
        print("\n=====", conv, srcs)
        print(sub.drop(columns=["record_key"]).to_string(index=False))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)


def show_household(n=20_000):
    d = generate(records=n, seed=1)
    pop, r = d.population, d.records
    sib = pop.groupby(["household", "father_id"]).person_id.count()
    hh = sib[sib >= 3].index[0][0]
    pids = set(pop[pop.household == hh].person_id)
    keys = d.truth[d.truth.isin(pids)]
    sub = r.set_index("record_key").loc[keys.index]
    sub.insert(0, "pid", keys.values)
    pd.set_option("display.width", 250)
    pd.set_option("display.max_columns", 20)
    print(pop[pop.household == hh].to_string(index=False))
    print(sub.sort_values("pid").to_string())
