"""generate(): build the population, put people on lists, write the entries."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import lists as L
from .names import Tables
from .places import Places
from .population import Builder, Population


@dataclass
class Dataset:
    records: pd.DataFrame
    truth: pd.Series
    conventions: dict
    population: pd.DataFrame
    abbreviated: pd.Series
    persons: pd.DataFrame  # extra truth per person (path, sex, birth, ...)


class _Slice:
    """Population columns from `start` on, as arrays (for inclusion draws)."""

    def __init__(self, pop: Population, start: int) -> None:
        for c in Population.COLS:
            setattr(self, c, np.asarray(getattr(pop, c)[start:]))
        self.n = len(self.path)

    def __len__(self) -> int:
        return self.n


def generate(records: int = 100_000, seed: int = 1) -> Dataset:
    rng = np.random.default_rng(seed)
    tables = Tables()
    n_vill = int(min(1500, max(60, records // 150)))
    places = Places(n_vill, rng)
    b = Builder(rng, tables, places)
    pop = b.pop
    origins = np.concatenate([places.villages, np.array(places.district_centre)])
    order = rng.permutation(origins)
    k = 0
    dup_rate = np.array([s.dup for s in L.LISTS])
    inc_parts, dup_parts = [], []
    rows = 0
    ratio = 1.9
    while rows < records:
        need = int((records - rows) / ratio * 1.05) + 20
        start = len(pop)
        while len(pop) - start < need:
            v = int(order[k % len(order)])
            k += 1
            b.village(v)
            if k % 45 == 5:  # an Armenian village or town now and then
                hp = places.hy_places[(k // 45) % len(places.hy_places)]
                b.village(hp, armenian=True)
        sub = _Slice(pop, start)
        inc = L.inclusion(sub, rng)
        dup = inc & (rng.random(inc.shape) < dup_rate)
        got = int(inc.sum() + dup.sum())
        ratio = max(0.5, got / max(1, len(sub)))
        rows += got
        inc_parts.append(inc)
        dup_parts.append(dup)
    pop.freeze()
    inc = np.concatenate(inc_parts)
    dup = np.concatenate(dup_parts)
    # entries: (person, list), duplicates appended as a second entry
    pi, li = np.nonzero(inc)
    di, dl = np.nonzero(dup)
    e_p = np.concatenate([pi, di])
    e_l = np.concatenate([li, dl])
    if len(e_p) > records:
        keep = np.sort(rng.choice(len(e_p), size=records, replace=False))
        e_p, e_l = e_p[keep], e_l[keep]
    # order: by list, shuffled within a list
    perm = rng.permutation(len(e_p))
    e_p, e_l = e_p[perm], e_l[perm]
    o = np.argsort(e_l, kind="stable")
    e_p, e_l = e_p[o], e_l[o]

    R = L.Renderer(pop, tables, places, seed)
    n = len(e_p)
    cols = [[None] * n for _ in range(13)]
    abbrev = np.zeros(n, dtype=bool)
    src = [None] * n
    rid = [None] * n
    keys = [None] * n
    counters = [0] * len(L.LISTS)
    id_fmt = (
        "SH-{:05d}",
        "{:d}",
        "{:d}/93",
        "AZE{:07d}",
        "{:d}",
        "{:d}",
        "N{:06d}",
        "{:d}",
        "{:d}",
    )
    renderers = L._RENDERERS
    for j in range(n):
        p = int(e_p[j])
        li = int(e_l[j])
        vals, ab = renderers[li](R, li, p)
        for c in range(13):
            cols[c][j] = vals[c]
        abbrev[j] = ab
        counters[li] += 1
        name = L.LISTS[li].name
        r_id = id_fmt[li].format(counters[li])
        src[j] = name
        rid[j] = r_id
        keys[j] = f"{name}:{r_id}"

    # persons: only those with at least one entry; ids shuffled
    used = np.unique(e_p)
    pid_of = np.full(len(pop), -1, dtype=np.int64)
    pid_of[used] = rng.permutation(len(used)) + 1
    data = {"record_key": keys, "source": src, "record_id": rid}
    names = L.COLUMNS[3:]
    for c, nm in enumerate(names):
        data[nm] = cols[c]
    df = pd.DataFrame(data)
    truth = pd.Series(pid_of[e_p], index=pd.Index(keys, name="record_key"), name="person_id")
    abbreviated = pd.Series(abbrev, index=truth.index, name="abbreviated")
    order_p = used[np.argsort(pid_of[used])]
    population = pd.DataFrame(
        {
            "person_id": pid_of[order_p],
            "household": pop.household[order_p],
            "given_id": pop.given[order_p],
            "father_id": pop.father[order_p],
        }
    )
    from .population import PATH_NAMES

    persons = pd.DataFrame(
        {
            "person_id": pid_of[order_p],
            "sex": pop.sex[order_p],
            "armenian": pop.armenian[order_p],
            "birth_year": [
                __import__("datetime").date.fromordinal(int(x)).year for x in pop.birth[order_p]
            ],
            "path": [PATH_NAMES[x] for x in pop.path[order_p]],
            "clan": pop.clan[order_p],
            "surname_root": pop.sroot[order_p],
            "origin": [places.az[x] for x in pop.origin[order_p]],
        }
    )
    conventions = {s.name: s.conv for s in L.LISTS}
    return Dataset(df, truth, conventions, population, abbreviated, persons)
