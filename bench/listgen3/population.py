"""The true population: clans, households, persons and what happened to them."""

from __future__ import annotations

import datetime as _dt
import random
from bisect import bisect_right
from itertools import accumulate

import numpy as np

from .names import Tables
from .places import Places

# what happened to a person (the "path")
KILLED_ATTACK = 0  # civilian killed when the village was attacked
KILLED_FRONT = 1  # killed at the front (soldier, volunteer)
MISSING = 2  # disappeared, never found
MISSING_FOUND_DEAD = 3  # disappeared, remains identified later
CAPT_RELEASED = 4  # captured / taken hostage, released in an exchange
CAPT_DIED = 5  # captured, died or killed in captivity
CAPT_MISSING = 6  # captured (seen in captivity), never returned
INJURED = 7
DISPLACED = 8
PATH_NAMES = (
    "killed_attack",
    "killed_front",
    "missing",
    "missing_found_dead",
    "captured_released",
    "captured_died",
    "captured_missing",
    "injured",
    "displaced",
)

_ORD = _dt.date.toordinal


def _o(y, m, d):
    return _ORD(_dt.date(y, m, d))


# dates when the districts were overrun or heavily attacked (approximate,
# general knowledge); villages fall within some weeks of them.
DISTRICT_ATTACK = {
    0: _o(1993, 7, 23),  # Ağdam
    1: _o(1993, 8, 23),  # Füzuli
    2: _o(1993, 8, 23),  # Cəbrayıl
    3: _o(1992, 5, 18),  # Laçın
    4: _o(1993, 4, 2),  # Kəlbəcər
    5: _o(1993, 8, 31),  # Qubadlı
    6: _o(1993, 10, 29),  # Zəngilan
    7: _o(1992, 5, 8),  # Şuşa
    8: _o(1992, 2, 26),  # Xocalı
    9: _o(1991, 11, 20),  # Xocavənd
    10: _o(1992, 6, 15),  # Ağdərə
    11: _o(1993, 6, 20),  # Tərtər (shelling)
    12: _o(1992, 6, 13),  # Goranboy / Şaumyan
    13: _o(1992, 3, 10),  # Qazax (border shelling)
    14: _o(1992, 4, 12),  # Tovuz
    15: _o(1991, 11, 5),  # Gədəbəy
    16: _o(1993, 9, 10),  # Ağcabədi
    17: _o(1993, 10, 25),  # Beyləqan
}
FRONT_START = _o(1991, 9, 1)
FRONT_END = _o(1994, 5, 12)
CENSUS_END = _o(1994, 5, 12)


class Population:
    """Column arrays of persons (index = person number)."""

    COLS = (
        "household", "sex", "given", "father", "sroot", "skind", "armenian",
        "birth", "birth_placeholder", "origin", "path", "d1", "p1", "d2", "p2",
        "modern_li", "clan", "vattack", "maiden",
    )  # fmt: skip

    def __init__(self) -> None:
        for c in self.COLS:
            setattr(self, c, [])

    def freeze(self) -> None:
        for c in self.COLS:
            setattr(self, c, np.asarray(getattr(self, c)))

    def __len__(self) -> int:
        return len(self.household)


class _PyRng(random.Random):
    """Scalar draws with a numpy-like surface (numpy scalar calls are slow)."""

    _cache: dict = {}

    def integers(self, a, b=None):
        if b is None:
            a, b = 0, a
        return self.randrange(int(a), int(b))

    def wchoice(self, items, p):
        key = id(p)
        c = self._cache.get(key)
        if c is None or c[0] is not p:
            c = (p, list(accumulate(float(x) for x in p)))
            self._cache[key] = c
        cum = c[1]
        i = bisect_right(cum, self.random() * cum[-1])
        return int(items[min(i, len(cum) - 1)])

    def choice(self, seq, p=None):
        if p is not None:
            return self.wchoice(seq, p)
        return seq[self.randrange(len(seq))]

    def geometric(self, q):
        import math

        return int(math.log(1.0 - self.random()) / math.log(1.0 - q)) + 1


class Builder:
    def __init__(self, rng: np.random.Generator, tables: Tables, places: Places) -> None:
        self.np_rng = rng
        self.rng = _PyRng(int(rng.integers(2**62)))
        self.t = tables
        self.pl = places
        self.pop = Population()
        self.n_house = 0
        self.n_clan = 0
        self.exchange_points = [places.district_centre[i] for i in (0, 11, 13, 16)]
        self.captivity_places = [places.district_centre[7], *places.hy_places[:1]]

    # ----------------------------------------------------------- names
    def _male(self, era=0):
        """era 0: born before ~1940 (old names), 1: 1940-60, 2: after 1960."""
        return self.rng.wchoice(self.t.az_male, self.t.p_az_male_era[era])

    def _female(self, era=0):
        return self.rng.wchoice(self.t.az_female, self.t.p_az_female_era[era])

    def _sroot(self):
        return self.rng.wchoice(range(len(self.t.p_sroot)), self.t.p_sroot)

    # ----------------------------------------------------------- village
    def village(self, v: int, armenian: bool = False) -> None:
        rng = self.rng
        d = self.pl.district[v]
        overrun = armenian or rng.random() < 0.55
        attack = DISTRICT_ATTACK[d] + int(rng.integers(-25, 26)) if overrun else None
        if armenian:
            attack = (
                _o(1991, 5, 1) + int(rng.integers(0, 40))
                if d == 12
                else _o(1992, 1, 1) + int(rng.integers(0, 300))
            )
        # the village's own surname pool: a few clans dominate a village
        if armenian:
            pool = [
                rng.wchoice(range(len(self.t.hy_surnames)), self.t.p_hy_surname) for _ in range(6)
            ]
        else:
            pool = [self._sroot() for _ in range(int(rng.integers(5, 14)))]
        pool_w = 1.0 / (np.arange(len(pool)) + 1.0)
        pool_w /= pool_w.sum()
        n_clans = int(rng.integers(8, 40)) if not armenian else int(rng.integers(3, 8))
        for _ in range(n_clans):
            if rng.random() < 0.8 or armenian:
                sroot = int(pool[rng.wchoice(range(len(pool)), pool_w)])
            else:
                sroot = self._sroot()
            self.clan(v, sroot, armenian, overrun, attack)

    def clan(self, v, sroot, armenian, overrun, attack) -> None:
        rng = self.rng
        t = self.t
        self.n_clan += 1
        clan = self.n_clan
        if armenian:
            founder = int(rng.choice(t.hy_male, p=t.p_hy_male))
            skind = 0
        else:
            founder = int(self._male())
            u = rng.random()
            skind = 0 if u < 0.89 else 1 if u < 0.93 else 2 if u < 0.96 else 3
        founder_by = int(rng.integers(1905, 1940))
        n_sons = rng.choice([1, 2, 2, 3, 3, 4])
        used_given: set[int] = {founder}
        for k in range(n_sons):
            self.n_house += 1
            hh = self.n_house
            head_by = founder_by + int(rng.integers(20, 42))
            if head_by > 1972:
                head_by = 1972 - int(rng.integers(0, 5))
            # sons are sometimes named after their grandfather; cousins then share
            # given name and surname (namesakes with different patronymics)
            members = []  # (sex, given, father, by)
            head = self._pick_given("M", armenian, used_given, head_by)
            used_given.add(head)
            members.append(("M", head, founder, head_by))
            wife = self._pick_given("F", armenian, set(), head_by)
            members.append(("F", wife, -1, head_by + int(rng.integers(-2, 8))))
            if k == 0 and founder_by > 1912 and rng.random() < 0.45:
                members.append(("M", founder, -2, founder_by))
                members.append(
                    ("F", self._pick_given("F", armenian, set(), founder_by), -1, founder_by + 3)
                )
            n_kids = rng.choice([0, 1, 2, 2, 3, 3, 4, 4, 5, 6])
            kids_given: set[int] = {head}  # no son is named after his living father
            for j in range(n_kids):
                by = head_by + int(rng.integers(19, 42))
                if by > 1993:
                    continue
                sx = "M" if rng.random() < 0.52 else "F"
                if sx == "M" and j < 2 and not armenian and rng.random() < 0.3:
                    g = founder  # named after the grandfather
                    if g in kids_given:
                        g = self._pick_given("M", armenian, kids_given, by)
                else:
                    g = self._pick_given(sx, armenian, kids_given, by)
                kids_given.add(g)
                members.append((sx, g, head, by))
            for sx, g, fa, by in members:
                if fa == -2:  # the founder himself; his father unknown
                    fa = int(self._male()) if not armenian else int(rng.choice(t.hy_male))
                if fa == -1:  # a wife: her own father (not her husband's father)
                    fa = founder
                    while fa in (founder, head):
                        fa = int(self._male()) if not armenian else int(rng.choice(t.hy_male))
                    # her father's surname: kept (40 %) or replaced by the husband's
                    maiden = rng.randrange(len(t.hy_surnames)) if armenian else self._sroot()
                    if rng.random() < 0.4:
                        own_root, own_kind, maiden = maiden, 0, -1
                    else:
                        own_root, own_kind = sroot, skind
                    self._person(
                        hh,
                        clan,
                        sx,
                        g,
                        fa,
                        own_root,
                        own_kind,
                        armenian,
                        by,
                        v,
                        overrun,
                        attack,
                        maiden,
                    )
                else:
                    self._person(
                        hh, clan, sx, g, fa, sroot, skind, armenian, by, v, overrun, attack
                    )

    def _pick_given(self, sex, armenian, avoid, by=1900) -> int:
        era = 0 if by < 1940 else 1 if by < 1960 else 2
        t = self.t
        for _ in range(20):
            if armenian:
                g = int(
                    self.rng.choice(t.hy_male, p=t.p_hy_male)
                    if sex == "M"
                    else self.rng.choice(t.hy_female, p=t.p_hy_female)
                )
            else:
                g = int(self._male(era) if sex == "M" else self._female(era))
            if g not in avoid:
                return g
        return g

    # ----------------------------------------------------------- fate
    def _person(
        self, hh, clan, sx, g, fa, sroot, skind, armenian, by, v, overrun, attack, maiden=-1
    ):
        rng = self.rng
        bd = _o(by, 1, 1) + int(rng.integers(0, 365))
        ref = attack if attack is not None else _o(1993, 1, 1)
        age = (ref - bd) / 365.25
        if age < 0:
            return
        path = -1
        d1 = p1 = d2 = p2 = -1
        soldier_age = 17.5 <= age <= 45 and sx == "M"
        if soldier_age and not armenian and rng.random() < 0.10:
            u = rng.random()
            path = (
                KILLED_FRONT if u < 0.5 else
                MISSING if u < 0.62 else
                MISSING_FOUND_DEAD if u < 0.68 else
                CAPT_RELEASED if u < 0.8 else
                CAPT_DIED if u < 0.84 else
                CAPT_MISSING if u < 0.88 else INJURED
            )  # fmt: skip
            d1 = int(rng.integers(FRONT_START, FRONT_END))
            # the front: a village of a random district, often the home district
            dd = (
                self.pl.district[v]
                if rng.random() < 0.35
                else int(rng.integers(self.pl.n_districts))
            )
            pool = self.pl.by_district[dd]
            p1 = int(pool[rng.integers(len(pool))]) if len(pool) else v
        elif overrun:
            if age < 16:
                probs = (0.03, 0.02, 0.01, 0.03)
            elif age > 60:
                probs = (0.10, 0.07, 0.05, 0.03)
            elif sx == "M":
                probs = (0.10, 0.09, 0.05, 0.06)
            else:
                probs = (0.05, 0.05, 0.03, 0.04)
            if armenian:
                probs = (0.05, 0.22, 0.03, 0.02)
            u = rng.random()
            c = list(accumulate(probs))
            if u < c[0]:
                path = KILLED_ATTACK
            elif u < c[1]:
                w = rng.random()
                rel = 0.78 if armenian else 0.65
                path = CAPT_RELEASED if w < rel else CAPT_DIED if w < rel + 0.15 else CAPT_MISSING
            elif u < c[2]:
                path = MISSING_FOUND_DEAD if rng.random() < 0.25 else MISSING
            elif u < c[3]:
                path = INJURED
            elif rng.random() < 0.15:
                path = DISPLACED
            else:
                return
            d1 = attack
            p1 = v
            if path == KILLED_ATTACK and rng.random() < 0.15:
                p1 = self.pl.neighbour(v, rng.random())  # killed while fleeing
        else:
            return
        if path in (CAPT_RELEASED, CAPT_DIED):
            lag = int(rng.geometric(1 / 150.0)) + 10
            d2 = min(d1 + lag, _o(1996, 12, 31))
            if path == CAPT_RELEASED:
                pts = self.exchange_points if not armenian else self.pl.district_centre[:1]
                p2 = int(pts[rng.integers(len(pts))])
            else:
                p2 = int(self.captivity_places[rng.integers(len(self.captivity_places))])
                if rng.random() < 0.4:
                    p2 = -1
        elif path == MISSING_FOUND_DEAD:
            d2 = d1
            p2 = p1
        P = self.pop
        P.household.append(hh)
        P.clan.append(clan)
        P.sex.append(sx)
        P.given.append(g)
        P.father.append(fa)
        P.sroot.append(sroot)
        P.skind.append(skind)
        P.armenian.append(armenian)
        P.birth.append(bd)
        P.birth_placeholder.append(rng.random() < 0.08)
        P.origin.append(v)
        P.path.append(path)
        P.d1.append(d1)
        P.p1.append(p1)
        P.d2.append(d2)
        P.p2.append(p2)
        P.modern_li.append(skind == 3)
        P.maiden.append(maiden)
        P.vattack.append(attack if (overrun and attack is not None) else -1)
