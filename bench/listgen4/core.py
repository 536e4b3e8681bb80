"""generate(): population -> who is on which list -> rendered rows.

Determinism: all randomness comes from numpy Generator / random.Random
seeded with integers derived from `seed`; nothing iterates a set or dict
of strings for ordering, so PYTHONHASHSEED does not matter.
"""

import random
from bisect import bisect
from itertools import accumulate

import numpy as np
import pandas as pd

from .lists import CONVENTIONS, LISTS
from .names import Given, Patronymics, Surnames
from .population import KINDS, build
from .render import ListRenderer

COLUMNS = [
    "record_key",
    "source",
    "record_id",
    "full_name",
    "given_name",
    "surname",
    "patronymic",
    "sex",
    "birth_date",
    "birth_year",
    "age",
    "place_of_origin",
    "event_date",
    "event_place",
    "status",
    "family_id",
]
# number of lists a household is reported to (1..5)
MINE = KINDS.index("mine")
WAR_ONLY = ("pow", "tracing", "exhumation", "refugee")
_K_CW = list(accumulate([0.45, 0.29, 0.15, 0.07, 0.04]))


class Dataset:
    def __init__(self, records, truth, conventions, population, abbreviated):
        self.records = records
        self.truth = truth
        self.conventions = conventions
        self.population = population
        self.abbreviated = abbreviated


def _assign(P, n_records, rnd):
    """Entries (person, list) in household order; stops at n_records."""
    nL = len(LISTS)
    base_w = [L["w"] for L in LISTS]
    entries_p, entries_l = [], []
    i, n = 0, P.n
    while i < n and len(entries_p) < n_records:
        j = i
        h = P.hh[i]
        while j < n and P.hh[j] == h:
            j += 1
        eth, mil = P.eth[i], P.mil[i]
        mine_victim = P.kind[i] == MINE  # post-war mine victims: no POW/tracing lists
        members = range(i, j)
        hw = []
        for L in LISTS:
            w = L["w"] * L["eth"][eth] * (L["mil"] if mil else L["civ"])
            if mine_victim and L["view"] in WAR_ONLY:
                w = 0.0
            if w > 0 and not any(L["compat"][P.fate[m]] for m in members):
                w = 0.0
            hw.append(w)
        # sample k distinct primary lists for the household
        k = min(bisect(_K_CW, rnd.random()) + 1, 5)
        prim = []
        wk = list(hw)
        for _ in range(k):
            t = sum(wk)
            if t <= 0:
                break
            x, c = rnd.random() * t, 0.0
            for li in range(nL):
                c += wk[li]
                if x < c and wk[li] > 0:
                    prim.append(li)
                    wk[li] = 0.0
                    break
        for m in members:
            f = P.fate[m]
            mine = [li for li in prim if LISTS[li]["compat"][f] and rnd.random() < 0.85]
            if not mine or rnd.random() < 0.12:
                ok = [
                    (li, hw[li] if hw[li] else base_w[li] * 0.05)
                    for li in range(nL)
                    if LISTS[li]["compat"][f]
                    and li not in mine
                    and LISTS[li]["eth"][eth] > 0
                    and not (mine_victim and LISTS[li]["view"] in WAR_ONLY)
                ]
                if ok:
                    t = sum(w for _, w in ok)
                    x, c = rnd.random() * t, 0.0
                    for li, w in ok:
                        c += w
                        if x < c:
                            mine.append(li)
                            break
            for li in mine:
                reps = 1
                d = LISTS[li]["dup"]
                r = rnd.random()
                if r < d:
                    reps = 3 if r < d * 0.08 else 2
                for _ in range(reps):
                    entries_p.append(m)
                    entries_l.append(li)
        i = j
    return entries_p[:n_records], entries_l[:n_records]


def generate(records=100_000, seed=1):
    records = int(records)
    given, surnames = Given(), Surnames()
    patr = Patronymics(given)
    rnd = random.Random(seed * 1_000_003 + 5)
    target = int(records * 0.56) + 20
    while True:
        P = build(seed, target, given, surnames)
        ep, el = _assign(P, records, rnd)
        if len(ep) >= records:
            break
        target = int(target * 1.25) + 20  # rare: population too small
        rnd = random.Random(seed * 1_000_003 + 5)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(ep))
    ep = np.asarray(ep, dtype=np.int64)[order]
    el = np.asarray(el, dtype=np.int64)[order]

    renderers = [ListRenderer(L, given, surnames, patr) for L in LISTS]
    counters = [int(rng.integers(1, 900)) for _ in LISTS]
    cols = [[] for _ in COLUMNS]
    abbr_l = []
    seen = set()  # (person, list) seen once
    rr = random.Random(seed * 7 + 3)
    for p, li in zip(ep.tolist(), el.tolist(), strict=False):
        L = LISTS[li]
        key = p * 64 + li
        dup = key in seen
        seen.add(key)
        vals, abbr = renderers[li].render(rr, P, p, dup)
        counters[li] += 1 + (rr.random() < 0.03)  # gaps in numbering
        rid = L["id_fmt"].format(counters[li])
        src = L["source"]
        cols[0].append(f"{src}:{rid}")
        cols[1].append(src)
        cols[2].append(rid)
        for c, v in enumerate(vals):
            cols[3 + c].append(v)
        abbr_l.append(abbr)
    df = pd.DataFrame({c: pd.Series(v, dtype=object) for c, v in zip(COLUMNS, cols, strict=False)})
    df = df.astype(str)
    pids = ep
    truth = pd.Series(
        pids, index=pd.Index(df["record_key"].to_numpy(), name="record_key"), name="person_id"
    )
    abbreviated = pd.Series(abbr_l, index=truth.index, name="abbreviated", dtype=bool)
    used = np.unique(pids)
    population = pd.DataFrame(
        {
            "person_id": used,
            "household": np.asarray(P.hh, dtype=np.int64)[used],
            "given_id": np.asarray(P.gid, dtype=np.int64)[used],
            "father_id": np.asarray(P.fid, dtype=np.int64)[used],
        }
    )
    return Dataset(df, truth, dict(CONVENTIONS), population, abbreviated)
