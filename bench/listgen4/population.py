"""The underlying population: households, clans, events and fates.

Why this shape: the hard negatives of real victim lists come from family
structure. Siblings share surname, patronymic, village and event; mothers
and daughters share surname and village; brothers' households in one
village form a clan whose sons are often named after the common
grandfather (cousins with the same given name and surname); village
surname pools are small so unrelated namesakes occur naturally.
"""

import random
from bisect import bisect
from itertools import accumulate

from .places import AZ_HOME, EVENTS, HY_HOME, NEIGHBOURS, PLACE_INDEX, PLACE_T

FATES = [
    "killed",
    "missing",
    "cap_released",
    "cap_died",
    "cap_missing",
    "injured",
    "displaced",
    "missing_found",
]
F = {f: i for i, f in enumerate(FATES)}
FATE_BY_KIND = {
    "massacre": [0.45, 0.07, 0.17, 0.04, 0.04, 0.13, 0.05, 0.05],
    "occupation": [0.18, 0.10, 0.07, 0.02, 0.03, 0.10, 0.45, 0.05],
    "military": [0.50, 0.14, 0.07, 0.03, 0.04, 0.14, 0.00, 0.08],
    "shelling": [0.45, 0.00, 0.00, 0.00, 0.00, 0.45, 0.10, 0.00],
    "mine": [0.60, 0.00, 0.00, 0.00, 0.00, 0.40, 0.00, 0.00],
}
FATE_CW = {k: list(accumulate(v)) for k, v in FATE_BY_KIND.items()}
KINDS = ["massacre", "occupation", "military", "shelling", "mine"]

# places where soldiers fell (front line of 1991-94)
FRONT = [
    PLACE_INDEX[p]
    for p in (
        "Ağdam",
        "Füzuli",
        "Tərtər",
        "Kəlbəcər",
        "Laçın",
        "Şuşa",
        "Ağdərə",
        "Xocalı",
        "Əsgəran",
        "Cəbrayıl",
        "Qubadlı",
        "Zəngilan",
        "Horadiz",
        "Quzanlı",
        "Şıxarx",
        "Talış",
        "Hadrut",
        "Xocavənd",
        "Goranboy",
        "Papravənd",
        "Qazax",
        "Bağanıs Ayrım",
    )
]
AZ_HOME_IDX = [PLACE_INDEX[p["az"]] for p in AZ_HOME]
HY_HOME_IDX = [PLACE_INDEX[p] for p in HY_HOME]
_N_VICT_CW = list(accumulate([0.46, 0.22, 0.14, 0.09, 0.05, 0.04]))  # victims/household


def _pick(rnd, cw):
    return min(bisect(cw, rnd.random() * cw[-1]), len(cw) - 1)


def _rand_date(rnd, y0, m0, y1, m1):
    a, b = y0 * 12 + m0 - 1, y1 * 12 + m1 - 1
    k = rnd.randint(a, b)
    return k // 12, k % 12 + 1, rnd.randint(1, 28)


class Population:
    """Column lists, one entry per person (index = person_id)."""

    COLS = (
        "hh",
        "eth",
        "sex",
        "gid",
        "sid",
        "fgid",
        "fid",
        "by",
        "bm",
        "bd",
        "origin",
        "ey",
        "em",
        "ed",
        "eplace",
        "fate",
        "mil",
        "kind",
        "role",
    )

    def __init__(self):
        for c in self.COLS:
            setattr(self, c, [])
        self.n = 0
        self.hh_event = []  # per household: kind index

    def add(self, **kw):
        for c in self.COLS:
            getattr(self, c).append(kw[c])
        self.n += 1


def build(seed, n_target, given, surnames):
    """Create households until at least n_target persons exist."""
    rnd = random.Random(seed * 7919 + 17)
    P = Population()
    ev_az = [e for e in EVENTS if e[4] == "az"]
    ev_hy = [e for e in EVENTS if e[4] == "hy"]
    cw_az = list(accumulate(e[5] for e in ev_az))
    cw_hy = list(accumulate(e[5] for e in ev_hy))
    village_pool = {}  # place -> (surname ids, cum weights)
    clans = {}  # (place, surname) -> [(grandfather fid, gf gid, [head gids])]
    next_fid = [0]

    def new_fid():
        next_fid[0] += 1
        return next_fid[0]

    def village_surname(place):
        vp = village_pool.get(place)
        if vp is None:
            ids = [surnames.draw(rnd, "az") for _ in range(14)]
            vp = (ids, list(accumulate(1.0 / (r + 1) ** 0.8 for r in range(14))))
            village_pool[place] = vp
        return vp[0][_pick(rnd, vp[1])]

    hh = 0
    while P.n < n_target:
        hh += 1
        eth = "hy" if rnd.random() < 0.075 else "az"
        soldier = rnd.random() < (0.30 if eth == "az" else 0.38)
        # ---- event --------------------------------------------------------
        if soldier:
            kind = "military"
            ey, em, ed = _rand_date(rnd, 1991, 9, 1994, 5)
            eplace = FRONT[rnd.randrange(len(FRONT))]
        else:
            r = rnd.random()
            if r < 0.05 and eth == "az":
                kind = "mine"
                ey, em, ed = _rand_date(rnd, 1994, 6, 2020, 12)
                eplace = None
            elif r < 0.25:
                kind = ("massacre", "occupation", "shelling")[_pick(rnd, [0.2, 0.6, 1.0])]
                ey, em, ed = _rand_date(rnd, 1991, 6, 1994, 5)
                eplace = None
            else:
                evs, cw = (ev_az, cw_az) if eth == "az" else (ev_hy, cw_hy)
                e = evs[_pick(rnd, cw)]
                kind = e[3]
                ey, em, ed = e[1]
                eplace = PLACE_INDEX[e[2]]
        # ---- origin village -----------------------------------------------
        homes = AZ_HOME_IDX if eth == "az" else HY_HOME_IDX
        if eplace is not None and not soldier and rnd.random() < 0.75:
            origin = eplace
            if NEIGHBOURS[eplace] and rnd.random() < 0.25:
                nb = NEIGHBOURS[eplace]
                origin = nb[rnd.randrange(len(nb))]
        else:
            origin = homes[rnd.randrange(len(homes))]
        if eplace is None:
            nb = NEIGHBOURS[origin]
            eplace = origin if (not nb or rnd.random() < 0.6) else nb[rnd.randrange(len(nb))]
        # ---- surname and clan ---------------------------------------------
        city = PLACE_T[origin]["district"] in ("Bakı", "Sumqayıt", "Gəncə")
        sid = village_surname(origin) if eth == "az" and not city else surnames.draw(rnd, eth)
        ck = (origin, sid)
        clan = clans.get(ck)
        soldier_age = [rnd.randint(18, 34), rnd.randint(18, 34)]
        hage = rnd.randint(24, 72) if not soldier else soldier_age[0] + rnd.randint(20, 34)
        hby = ey - hage
        if clan and rnd.random() < 0.35:
            gf = clan[rnd.randrange(len(clan))]  # brother's household
        else:
            gf = [new_fid(), given.draw(rnd, eth, "M", by=hby - 28), []]
            clans.setdefault(ck, []).append(gf)
        head_g = given.draw(rnd, eth, "M", avoid=set(gf[2]) | {gf[1]}, by=hby)
        gf[2].append(head_g)
        head_fid = new_fid()
        # ---- family members (role, sex, gid, sid, fgid, fid, age) ----------
        members = []
        if soldier:
            n_sons = 2 if rnd.random() < 0.07 else 1
            used = []
            for k in range(n_sons):
                age = soldier_age[k]
                if k == 0 and rnd.random() < 0.3:
                    g = gf[1]  # named after grandfather
                else:
                    g = given.draw(rnd, eth, "M", avoid=used, by=ey - age)
                used.append(g)
                members.append(("son", 0, g, sid, head_g, head_fid, age))
        else:
            members.append(("head", 0, head_g, sid, gf[1], gf[0], hage))
            wage = max(17, hage - rnd.randint(-2, 10))
            wsid = sid if (eth == "hy" or rnd.random() < 0.75) else surnames.draw(rnd, eth)
            members.append(
                (
                    "wife",
                    1,
                    given.draw(rnd, eth, "F", by=ey - wage),
                    wsid,
                    given.draw(rnd, eth, "M", by=ey - wage - 28),
                    new_fid(),
                    wage,
                )
            )
            nch = min(7, int(rnd.expovariate(1 / 2.6)))
            used_m, used_f = [], []
            for k in range(nch):
                age = rnd.randint(0, max(0, min(wage - 18, 40)))
                cby = ey - age
                if rnd.random() < 0.52:
                    if not used_m and rnd.random() < 0.35:
                        g = gf[1]  # named after grandfather
                    else:
                        g = given.draw(rnd, eth, "M", avoid=[*used_m, head_g], by=cby)
                    used_m.append(g)
                    members.append(("son", 0, g, sid, head_g, head_fid, age))
                else:
                    g = given.draw(rnd, eth, "F", avoid=used_f, by=cby)
                    used_f.append(g)
                    members.append(("daughter", 1, g, sid, head_g, head_fid, age))
            if rnd.random() < 0.15 and hage < 60:
                gage = hage + rnd.randint(18, 34)
                members.append(
                    (
                        "grandmother",
                        1,
                        given.draw(rnd, eth, "F", by=ey - gage),
                        sid,
                        given.draw(rnd, eth, "M", by=ey - gage - 28),
                        new_fid(),
                        gage,
                    )
                )
        # ---- who became a victim ------------------------------------------
        nv = min(len(members), _pick(rnd, _N_VICT_CW) + 1)
        idx = list(range(len(members)))
        rnd.shuffle(idx)
        victims = sorted(idx[:nv]) if not soldier else idx
        base_fate = _pick(rnd, FATE_CW[kind])
        for i in victims:
            role, sx, g, s, fg, fi, age = members[i]
            fate = base_fate if rnd.random() < 0.6 else _pick(rnd, FATE_CW[kind])
            if age < 1 and fate == F["cap_released"]:
                fate = F["killed"]
            by = ey - age
            P.add(
                hh=hh,
                eth=0 if eth == "az" else 1,
                sex=sx,
                gid=g,
                sid=s,
                fgid=fg,
                fid=fi,
                by=by,
                bm=rnd.randint(1, 12),
                bd=rnd.randint(1, 28),
                origin=origin,
                ey=ey,
                em=em,
                ed=ed,
                eplace=eplace,
                fate=fate,
                mil=1 if soldier else 0,
                kind=KINDS.index(kind),
                role=role,
            )
    return P
