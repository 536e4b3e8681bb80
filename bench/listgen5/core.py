"""Population, list membership and record rendering."""

import bisect
import datetime
import random
from itertools import accumulate

import numpy as np
import pandas as pd

from . import names as N
from . import render as R
from .places import ORIGIN_AZ, ORIGIN_ARM, PLACES, CITIES
from .spec import SCENARIOS, TRAJECTORIES, LISTS, DEFAULT

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

K_PROBS = (0.34, 0.26, 0.17, 0.11, 0.07, 0.05)  # persons on 1..6 lists (before eligibility caps)


class Dataset:
    def __init__(self, records, truth, conventions, population, abbreviated, lists=None):
        self.records = records
        self.truth = truth
        self.conventions = conventions
        self.population = population
        self.abbreviated = abbreviated
        self.lists = lists or {}

    def __repr__(self):
        return "Dataset(records=%d, persons=%d, lists=%d)" % (
            len(self.records),
            len(self.population),
            len(self.conventions),
        )


class Sampler:
    """Weighted choice with a Zipf-like skew over the order of `items`."""

    def __init__(self, items, s=1.0, offset=2.0, weights=None):
        self.items = list(items)
        if weights is None:
            weights = [1.0 / (i + offset) ** s for i in range(len(self.items))]
        self.cum = list(accumulate(weights))
        self.tot = self.cum[-1]
        self.n = len(self.items)

    def __call__(self, r):
        i = bisect.bisect_right(self.cum, r.random() * self.tot)
        return self.items[min(i, self.n - 1)]


def weighted(d):
    return Sampler(list(d), weights=list(d.values()))


# given name ids: one global table
GIVEN_TABLE = (
    [("az", "M", g) for g in N.AZ_MALE]
    + [("az", "F", g) for g in N.AZ_FEMALE]
    + [("arm", "M", g) for g in N.HY_MALE]
    + [("arm", "F", g) for g in N.HY_FEMALE]
)
GIVEN_ID = {(s, x, g): i for i, (s, x, g) in enumerate(GIVEN_TABLE)}


class Person:
    __slots__ = (
        "pid",
        "hh",
        "side",
        "sex",
        "given",
        "surname",
        "maiden",
        "father_given",
        "father_id",
        "by",
        "bm",
        "bd",
        "origin",
        "scen",
        "ev",
        "ev2",
        "place",
        "traj",
    )


def _ord(s):
    y, m, d = (int(x) for x in s.split("-"))
    return datetime.date(y, m, d).toordinal()


LAST_DAY = datetime.date(2024, 6, 30).toordinal()


class World:
    def __init__(self, r, scale=1.0):
        self.r = r
        self.scale = scale  # larger worlds: larger surname pools per village
        self.next_id = 1
        self.next_hh = 1
        self.male = {"az": Sampler(N.AZ_MALE, 1.05, 3), "arm": Sampler(N.HY_MALE, 1.05, 3)}
        self.female = {"az": Sampler(N.AZ_FEMALE, 1.0, 3), "arm": Sampler(N.HY_FEMALE, 1.0, 3)}
        self.surn = {"az": Sampler(N.AZ_SURNAMES, 0.95, 3), "arm": Sampler(N.HY_SURNAMES, 0.95, 3)}
        self.origin = {"az": weighted(ORIGIN_AZ), "arm": weighted(ORIGIN_ARM)}
        self.clans = {}
        self.persons = []
        self.scen_samplers = {
            k: (weighted(v["places"]), weighted(v["status"]), _ord(v["start"]), _ord(v["end"]))
            for k, v in SCENARIOS.items()
        }
        self.traj = {
            k: (Sampler([t for _, t in v], weights=[w for w, _ in v]))
            for k, v in TRAJECTORIES.items()
        }

    def new_id(self):
        i = self.next_id
        self.next_id += 1
        return i

    def clan(self, side, village):
        """Each village has a small pool of family names (clans), so namesakes occur."""
        key = (side, village)
        smp = self.clans.get(key)
        if smp is None:
            r = self.r
            size = CITIES.get(village, 0)
            if size >= 3:
                n = r.randint(200, 320)
            elif size == 2:
                n = r.randint(80, 140)
            elif size == 1:
                n = r.randint(30, 70)
            else:
                n = r.randint(6, 30)
            n = min(int(n * self.scale), len(self.surn[side].items))
            pool = []
            for _ in range(n * 4):
                s = self.surn[side](r)
                if s not in pool:
                    pool.append(s)
                if len(pool) >= n:
                    break
            smp = Sampler(pool, 0.6, 2.0)
            self.clans[key] = smp
        return smp(self.r)

    # -------------------------------------------------------------- people
    def _mk(self, side, sex, given, surname, father_given, father_id, by, hh, village):
        r = self.r
        p = Person()
        p.pid = self.new_id()
        p.hh = hh
        p.side = side
        p.sex = sex
        p.given = given
        p.surname = surname
        p.maiden = None
        p.father_given = father_given
        p.father_id = father_id
        p.by = by
        p.bm = r.randint(1, 12)
        p.bd = r.randint(1, 28)
        p.origin = village
        p.scen = None
        p.ev = p.ev2 = None
        p.place = None
        p.traj = None
        return p

    def cluster(self, side, village, ev_year, kind, ages):
        """A grandfather's sons' households in one village.  Returns a list of
        households, each a list of Person (victim candidates not yet chosen)."""
        r = self.r
        clan = self.clan(side, village)
        gf_name = self.male[side](r)
        gf_id = self.new_id()
        n_br = 1 + (r.random() < 0.35) + (r.random() < 0.15)
        out = []
        for b in range(n_br):
            hh = self.next_hh
            self.next_hh += 1
            forced = None
            if kind == "mil" and b == 0:
                lo, hi = ages
                a = int(lo + (hi - lo) * (r.random() ** 1.8))
                forced = ev_year - a
                fby = forced - r.randint(20, 40)
            elif kind == "mil":
                fby = ev_year - r.randint(38, 70)
            else:
                fby = ev_year - r.randint(22, 75)
            fg = self.male[side](r)
            father = self._mk(side, "M", fg, clan, gf_name, gf_id, fby, hh, village)
            mother = self._mk(
                side,
                "F",
                self.female[side](r),
                clan,
                self.male[side](r),
                self.new_id(),
                fby + r.randint(-2, 9),
                hh,
                village,
            )
            m = self.clan(side, village)
            if m == clan:
                m = self.surn[side](r)
            mother.maiden = m
            members = [father, mother]
            nk = r.choice((0, 1, 2, 2, 3, 3, 3, 4, 4, 5, 6))
            kbys = sorted(fby + r.randint(20, 44) for _ in range(nk))
            sexes = ["M" if r.random() < 0.51 else "F" for _ in kbys]
            if forced is not None:
                kbys.append(forced)
                sexes.append("M")
            first_son = True
            for kby, sx in zip(kbys, sexes):
                if sx == "M":
                    if first_son and r.random() < 0.3 and fg != gf_name:
                        g = gf_name
                    else:
                        g = self.male[side](r)
                        for _ in range(3):  # a son is rarely named after his living father
                            if g != fg:
                                break
                            g = self.male[side](r)
                    first_son = False
                else:
                    g = self.female[side](r)
                kid = self._mk(side, sx, g, clan, fg, father.pid, kby, hh, village)
                if sx == "F" and ev_year - kby > 21 and r.random() < 0.55:
                    kid.maiden = clan
                    kid.surname = self.clan(side, village)
                    if kid.surname == clan:
                        kid.surname = self.surn[side](r)
                members.append(kid)
            out.append((members, forced))
        return out

    def status(self, scen):
        _, st, _, _ = self.scen_samplers[scen]
        return st(self.r)

    def set_victim(self, p, scen, first_status, ev, place):
        r = self.r
        traj = list(self.traj[first_status](r))
        p.scen = scen
        p.traj = traj
        p.ev = ev
        p.place = place
        p.ev2 = None
        if len(traj) > 1:
            nxt = traj[1]
            if nxt in ("released", "died_in_captivity"):
                p.ev2 = ev + r.randint(15, 700)
            elif nxt == "found_dead":
                p.ev2 = ev + r.randint(20, 4000)
            elif nxt == "missing":
                p.ev2 = ev + r.randint(30, 400)
            else:
                p.ev2 = ev + r.randint(0, 60)
            p.ev2 = min(p.ev2, LAST_DAY)
        self.persons.append(p)

    def run_scenario(self, scen, target):
        r = self.r
        sc = SCENARIOS[scen]
        side, kind = sc["side"], sc["kind"]
        places, _, d0, d1 = self.scen_samplers[scen]
        got = 0
        while got < target:
            ev = r.randint(d0, d1)
            ev_year = datetime.date.fromordinal(ev).year
            if kind == "civ":
                village = places(r)
                hhs = self.cluster(side, village, ev_year, kind, None)
                hst = self.status(scen)
                for i, (members, _) in enumerate(hhs):
                    if i > 0 and r.random() > 0.35:
                        continue
                    cands = [m for m in members if m.by <= ev_year]
                    chosen = [m for m in cands if r.random() < 0.5]
                    if not chosen and i == 0 and cands:
                        chosen = [cands[r.randrange(len(cands))]]
                    for m in chosen:
                        st = hst if r.random() < 0.7 else self.status(scen)
                        e = ev + (r.randint(0, 2) if r.random() < 0.2 else 0)
                        self.set_victim(m, scen, st, e, village if r.random() < 0.9 else places(r))
                        got += 1
            else:
                village = self.origin[side](r)
                lo, hi = sc["ages"]
                hhs = self.cluster(side, village, ev_year, kind, sc["ages"])
                for i, (members, forced) in enumerate(hhs):
                    for m in members:
                        if m.sex != "M":
                            continue
                        age = ev_year - m.by
                        if not (lo <= age <= hi + 5):
                            continue
                        if (
                            i == 0
                            and forced is not None
                            and m.by == forced
                            and m.scen is None
                            and forced is not False
                        ):
                            pr = 1.0
                            forced = False
                        elif m is members[0]:
                            pr = 0.04
                        else:
                            pr = 0.1 if i == 0 else 0.08
                        if r.random() < pr:
                            e = ev if r.random() < 0.5 else r.randint(d0, d1)
                            self.set_victim(m, scen, self.status(scen), e, places(r))
                            got += 1
        return got


def _pick(forms, rate, r):
    if len(forms) == 1 or r.random() >= rate:
        return forms[0]
    return forms[r.randrange(1, len(forms))]


def _spec(key):
    s = dict(DEFAULT)
    s.update(LISTS[key])
    s["key"] = key
    s["order_s"] = Sampler(list(s["orders"]), weights=list(s["orders"].values()))
    s["birth_s"] = Sampler(list(s["birth"]), weights=list(s["birth"].values()))
    s["prec_s"] = Sampler(list(s["event_prec"]), weights=list(s["event_prec"].values()))
    return s


AZ_SUFFIX_MODES = ("li", "none", "zade", "li", "none")
ARM_SUFFIX_MODES = ("ov", "none", "yants", "ov")


def render_record(p, L, r):
    """Render one entry of person p on list L.  Returns (row dict, abbreviated)."""
    conv = L["convention"]
    style = L["ru_style"]
    if conv == "en_from_ru" and r.random() < 0.08:
        style = R.RU_EN_STYLES_ALT[r.randrange(3)]
    side = p.side
    female = p.sex == "F"
    statuses = L["statuses"]
    acc = [s for s in p.traj if s in statuses]
    if L["stage"] == "early":
        st = acc[0]
    elif L["stage"] == "late":
        st = acc[-1]
    else:
        st = acc[r.randrange(len(acc))]
    ev = p.ev if p.traj.index(st) == 0 else p.ev2

    # ---------------- names
    g = _pick(R.given_forms(side, p.given, conv, style), L["variant"], r)
    sur = p.surname
    if p.maiden and r.random() < L["maiden"]:
        sur = p.maiden
    mode = "own"
    if r.random() < L["suffix_var"]:
        modes = AZ_SUFFIX_MODES if side == "az" else ARM_SUFFIX_MODES
        mode = modes[r.randrange(len(modes))]
    elif side == "arm" and conv == "ru_cyrillic" and r.random() < 0.03:
        mode = "ov"  # Russified Armenian surname (Петросов)
    fem = female and not (r.random() < L["fem_error"])
    if conv == "en_from_az" and r.random() < L["old_passport"]:
        # Soviet-era passport spelling kept in a modern English list (Mamedov, Guseinov)
        s = _pick(R.surname_forms(side, sur, mode, fem, "en_from_ru", "bgn"), L["variant"], r)
    else:
        s = _pick(R.surname_forms(side, sur, mode, fem, conv, style), L["variant"], r)
    pa = ""
    if r.random() < L["patro_rate"]:
        patro = L["patro"]
        if patro == "native":
            patro = "gen" if conv == "hy_armenian" else ("oglu" if side == "az" else "ovich")
        elif patro == "mixed":
            patro = "oglu" if (side == "az" and r.random() < 0.6) else "ovich"
        pa = _pick(
            R.patronymic_forms(side, p.father_given, not female, conv, style, patro),
            L["variant"],
            r,
        )
    if conv == "az_latin" and r.random() < L["ascii"]:
        g, s, pa = T_ascii(g), T_ascii(s), T_ascii(pa)
    # errors
    tr, oc = L["typo"], L["ocr"]
    if r.random() < tr:
        s = R.typo(s, conv, r)
    if r.random() < tr:
        g = R.typo(g, conv, r)
    if pa and r.random() < tr:
        pa = R.typo(pa, conv, r)
    if oc:
        if r.random() < oc:
            s = R.ocr(s, conv, r)
        if r.random() < oc:
            g = R.ocr(g, conv, r)
        if pa and r.random() < oc:
            pa = R.ocr(pa, conv, r)
    abbr_g = r.random() < L["abbr_given"]
    abbr_p = bool(pa) and r.random() < (0.7 if abbr_g else L["abbr_patr"])
    if abbr_g:
        g = R.initial(g)
    if abbr_p:
        if " " in pa and r.random() < 0.5:
            first, rest = pa.split(" ", 1)
            pa = R.initial(first) + " " + rest
        else:
            pa = R.initial(pa)
    if L["upper_surname"]:
        s = s.upper()
    row = {"_sort": (s + " " + g).lower()}
    if L["name_mode"] == "split" and r.random() < L["swap"]:
        g, s = s, g  # given name and surname written in each other's field
    if L["name_mode"] == "full":
        order = L["order_s"](r)
        if order in ("SG", "GS"):
            pa_ = ""
        else:
            pa_ = pa
        if abbr_g and pa_ and pa_.endswith(".") and order == "SGP" and r.random() < 0.5:
            full = s + " " + g + pa_
        elif order in ("SGP", "SG"):
            full = " ".join(x for x in (s, g, pa_) if x)
        else:
            full = " ".join(x for x in (g, pa_, s) if x)
        row["full_name"] = full
        row["given_name"] = row["surname"] = row["patronymic"] = ""
    else:
        row["full_name"] = ""
        row["given_name"] = g
        row["surname"] = s
        row["patronymic"] = pa

    miss = L["miss"]
    # ---------------- sex
    sl = L["sex_letters"]
    row["sex"] = "" if (sl is None or r.random() < miss["sex"]) else sl[1 if female else 0]

    # ---------------- birth
    ed = datetime.date.fromordinal(ev)
    by, bm, bd = p.by, p.bm, p.bd
    if r.random() < L["by_off"]:
        by += (-1, 1, -1, 1, -2, 2)[r.randrange(6)]
    mode_b = L["birth_s"](r)
    bdate = byear = age = ""
    if mode_b == "date":
        if bd <= 12 and r.random() < 0.02:
            bm, bd = bd, bm
        bdate = R.fmt_date(by, bm, bd, L["date_fmt"])
        if L["year_with_date"]:
            byear = str(by)
    elif mode_b == "year":
        byear = str(by)
    elif mode_b == "age":
        a = ed.year - p.by - (1 if (p.bm, p.bd) > (ed.month, ed.day) else 0)
        if r.random() < L["by_off"]:
            a += (-1, 1)[r.randrange(2)]
        age = str(max(a, 0))
    row["birth_date"], row["birth_year"], row["age"] = bdate, byear, age

    # ---------------- origin, event
    yr = ed.year
    if r.random() < miss["origin"]:
        row["place_of_origin"] = ""
    else:
        row["place_of_origin"] = R.place_name(
            p.origin, conv, style, "village" if r.random() < 0.15 else "place", yr
        )
    if r.random() < miss["event_date"]:
        row["event_date"] = ""
    else:
        e = ev
        if r.random() < L["date_noise"]:
            e += r.randint(-5, 5)
        d = datetime.date.fromordinal(e)
        row["event_date"] = R.fmt_date(d.year, d.month, d.day, L["date_fmt"], L["prec_s"](r))
    if r.random() < miss["event_place"]:
        row["event_place"] = ""
    else:
        pk = p.place
        if r.random() < L["neigh"]:
            pk = R.neighbour_place(pk, r)
        u = r.random()
        form = (
            "district"
            if u < L["place_district"]
            else ("village" if u < L["place_district"] + 0.1 else "place")
        )
        ep = R.place_variant(pk, conv, style, form, yr, r, 0.25)
        if r.random() < tr:
            ep = R.typo(ep, conv, r)
        row["event_place"] = ep
    row["status"] = "" if r.random() < miss["status"] else L["words"][st]
    return row, abbr_g


def T_ascii(s):
    from .translit import az2ascii

    return az2ascii(s)


R.RU_EN_STYLES_ALT = ("bgn", "icao", "loose")


def generate(records=100_000, seed=1):
    r = random.Random(seed)
    records = int(records)
    # ---------------- choose the lists of this world
    keys = list(LISTS)
    core = [k for k in keys if LISTS[k].get("core")]
    opt = [k for k in keys if not LISTS[k].get("core")]
    n_lists = r.randint(10, 16)
    extra = r.sample(opt, max(0, min(len(opt), n_lists - len(core))))
    chosen = [k for k in keys if k in core or k in extra]
    specs = {k: _spec(k) for k in chosen}

    world = World(r, max(1.0, (records / 100_000) ** 0.5))
    wsum = sum(v["weight"] for v in SCENARIOS.values())
    elig_cache = {}
    entries = []  # (person index, list key)
    total = 0
    target_persons = int(records / 1.85) + 20
    done_persons = 0
    while total < records:
        start = len(world.persons)
        for sk, sc in SCENARIOS.items():
            world.run_scenario(sk, max(1, int(round(target_persons * sc["weight"] / wsum))))
        new = world.persons[start:]
        for idx in range(start, len(world.persons)):
            p = world.persons[idx]
            ck = (p.side, p.scen, tuple(p.traj))
            el = elig_cache.get(ck)
            if el is None:
                el = []
                for k in chosen:
                    L = specs[k]
                    if p.side not in L["sides"]:
                        continue
                    if L["scen"] is not None and p.scen not in L["scen"]:
                        continue
                    if not any(s in L["statuses"] for s in p.traj):
                        continue
                    el.append(
                        (
                            k,
                            L["weight"]
                            * (
                                2.0 if (L["family"] and SCENARIOS[p.scen]["kind"] == "civ") else 1.0
                            ),
                        )
                    )
                elig_cache[ck] = el
            if not el:
                continue
            u = r.random()
            k = 1
            c = K_PROBS[0]
            while u > c and k < 6:
                c += K_PROBS[k]
                k += 1
            k = min(k, len(el))
            pool = list(el)
            mine = []
            for _ in range(k):
                tw = sum(w for _, w in pool)
                x = r.random() * tw
                j = 0
                while j < len(pool) - 1 and x > pool[j][1]:
                    x -= pool[j][1]
                    j += 1
                mine.append(pool.pop(j)[0])
            for lk in mine:
                entries.append((idx, lk))
                if r.random() < specs[lk]["dup"]:
                    entries.append((idx, lk))
        total = len(entries)
        target_persons = max(50, int((records - total) / 1.85 * 1.1) + 20)
        done_persons = len(world.persons)

    # ---------------- trim to exactly `records`, by whole persons in random order
    by_person = {}
    for idx, lk in entries:
        by_person.setdefault(idx, []).append(lk)
    order = list(by_person)
    r.shuffle(order)
    kept = []
    n = 0
    for idx in order:
        lks = by_person[idx]
        room = records - n
        if room <= 0:
            break
        if len(lks) > room:
            lks = lks[:room]
        kept.extend((idx, lk) for lk in lks)
        n += len(lks)
    persons = world.persons

    # ---------------- family ids on lists that group families
    fam = {}
    for k in chosen:
        if specs[k]["family"]:
            hh_members = {}
            for idx, lk in kept:
                if lk == k:
                    hh_members.setdefault(persons[idx].hh, set()).add(idx)
            c = 0
            ids = {}
            for hh in sorted(hh_members):
                if len(hh_members[hh]) >= 2:
                    c += 1
                    ids[hh] = "F%05d" % c
            fam[k] = ids

    # ---------------- render
    per_list = {k: [] for k in chosen}
    for idx, lk in kept:
        per_list[lk].append(idx)
    cols = {c: [] for c in COLUMNS}
    truth_keys, truth_vals, abbr = [], [], []
    for k in chosen:
        L = specs[k]
        idxs = per_list[k]
        r.shuffle(idxs)
        fids = fam.get(k, {})
        rendered = [(idx,) + render_record(persons[idx], L, r) for idx in idxs]
        if L["sorted"]:
            # printed books: alphabetical by the name as written
            rendered.sort(key=lambda t: t[1]["_sort"])
        for n_, (idx, row, ab) in enumerate(rendered, 1):
            p = persons[idx]
            rid = L["rid"].format(n=n_)
            key = k + ":" + rid
            cols["record_key"].append(key)
            cols["source"].append(k)
            cols["record_id"].append(rid)
            for c in COLUMNS[3:15]:
                cols[c].append(row[c])
            fid = fids.get(p.hh, "")
            if fid and r.random() < 0.1:
                fid = ""
            cols["family_id"].append(fid)
            truth_keys.append(key)
            truth_vals.append(p.pid)
            abbr.append(ab)
    df = pd.DataFrame(cols, columns=COLUMNS).astype(str)
    truth = pd.Series(
        np.array(truth_vals, dtype=np.int64),
        index=pd.Index(truth_keys, name="record_key"),
        name="person_id",
    )
    abbreviated = pd.Series(
        np.array(abbr, dtype=bool),
        index=pd.Index(truth_keys, name="record_key"),
        name="abbreviated",
    )
    seen = []
    seen_set = {}
    for idx, _ in kept:
        if idx not in seen_set:
            seen_set[idx] = None
            seen.append(idx)
    seen.sort(key=lambda i: persons[i].pid)
    population = pd.DataFrame(
        {
            "person_id": np.array([persons[i].pid for i in seen], dtype=np.int64),
            "household": np.array([persons[i].hh for i in seen], dtype=np.int64),
            "given_id": np.array(
                [GIVEN_ID[(persons[i].side, persons[i].sex, persons[i].given)] for i in seen],
                dtype=np.int64,
            ),
            "father_id": np.array([persons[i].father_id for i in seen], dtype=np.int64),
        }
    )
    conventions = {k: specs[k]["convention"] for k in chosen}
    details = pd.DataFrame(
        {
            "person_id": population["person_id"].values,
            "side": [persons[i].side for i in seen],
            "sex": [persons[i].sex for i in seen],
            "given": [persons[i].given for i in seen],
            "surname": [persons[i].surname for i in seen],
            "maiden": [persons[i].maiden or "" for i in seen],
            "father_given": [persons[i].father_given for i in seen],
            "birth": [
                "%04d-%02d-%02d" % (persons[i].by, persons[i].bm, persons[i].bd) for i in seen
            ],
            "origin": [persons[i].origin for i in seen],
            "episode": [persons[i].scen for i in seen],
            "event_place": [persons[i].place for i in seen],
            "statuses": [">".join(persons[i].traj) for i in seen],
        }
    )
    ds = Dataset(
        df, truth, conventions, population, abbreviated, lists={k: LISTS[k] for k in chosen}
    )
    ds.details = details
    return ds
