"""Synthetic victim lists with known ground truth (listgen2)."""

import random
from bisect import bisect
from dataclasses import dataclass
from itertools import accumulate

import pandas as pd

from .names import FEMALE_NAMES, MALE_NAMES, SURNAME_LIST
from .noise import typo
from .places import DISTRICTS
from .translit import az_lower, az_strip, az_to_en, az_to_hy, az_upper, ru_to_en, ru_to_hy

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


@dataclass
class ListData:
    records: pd.DataFrame
    truth: pd.Series
    conventions: dict
    population: pd.DataFrame
    abbreviated: pd.Series


# ----------------------------------------------------------------------------- tables
GIVEN = MALE_NAMES + FEMALE_NAMES  # (az, [ru...], weight)
N_MALE = len(MALE_NAMES)
SURN = SURNAME_LIST


def _cum(ws):
    return list(accumulate(ws))


MALE_CUM = _cum([w for _, _, w in MALE_NAMES])
FEMALE_CUM = _cum([w for _, _, w in FEMALE_NAMES])
SURN_CUM = _cum([w for _, _, w in SURN])


def _pick(rng, cum):
    return bisect(cum, rng.random() * cum[-1])


# places: (az, ru, hy or None, district index, is_centre)
PLACES = []
DISTRICT_CENTRE = []
DISTRICT_VILLAGES = []
for _d, (_az, _ru, _adj, _hy, _vills) in enumerate(DISTRICTS):
    DISTRICT_CENTRE.append(len(PLACES))
    PLACES.append((_az, _ru, _hy, _d, True))
    vs = []
    for _vaz, _vru, _vhy in _vills:
        vs.append(len(PLACES))
        PLACES.append((_vaz, _vru, _vhy, _d, False))
    DISTRICT_VILLAGES.append(vs)
ORIGIN_PLACES = list(range(len(PLACES)))
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_AZ = [
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avqust",
    "sentyabr",
    "oktyabr",
    "noyabr",
    "dekabr",
]
MONTHS_RU = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]

# (initial status, final status, weight)
FATES = [
    ("killed", "killed", 40),
    ("missing", "killed", 5),
    ("missing", "found_dead", 7),
    ("injured", "injured", 12),
    ("captured", "released", 14),
    ("captured", "killed", 3),
    ("captured", "missing", 2),
    ("missing", "released", 3),
    ("captured", "captured", 3),
    ("missing", "missing", 11),
]
FATE_CUM = _cum([f[2] for f in FATES])
K_CUM = _cum([0.22, 0.32, 0.25, 0.13, 0.06, 0.02])  # lists per person: 1..6

# ----------------------------------------------------------------------------- sources
# kinds: general (everyone), memorial (dead), pow (captured / missing / released)
SOURCES = [
    dict(
        name="az_dvk",
        conv="az_latin",
        layout="split",
        kind="pow",
        cover=1.3,
        late=0.7,
        patr=[("suffix", 0.8), ("bare", 0.2)],
        abbrev=0.0,
        strip=0.03,
        upper=0.0,
        sex=("kişi", "qadın", 0.1),
        birth=[("date", 0.7), ("year", 0.2), ("age", 0), ("none", 0.1)],
        bfmt=["%d.%m.%Y"],
        efmt=[("dmy", 0.8), ("month", 0.1), ("none", 0.1)],
        fam="AİL-",
        typo=0.03,
        dup=0.03,
        miss_origin=0.05,
        place_style=[("plain", 0.5), ("village", 0.3), ("full", 0.2)],
        rid="DVK-{:06d}",
    ),
    dict(
        name="az_shehid",
        conv="az_latin",
        layout="full",
        kind="memorial",
        cover=1.2,
        late=0.9,
        orders=[("S G P", 0.55), ("G P S", 0.2), ("S G", 0.15), ("G S", 0.1)],
        patr=[("suffix", 0.9), ("bare", 0.1)],
        abbrev=0.0,
        strip=0.25,
        upper=0.0,
        sex=("kişi", "qadın", 0.5),
        birth=[("date", 0.3), ("year", 0.5), ("age", 0.05), ("none", 0.15)],
        bfmt=["%d.%m.%Y", "%d.%m.%Y", "%Y-%m-%d"],
        efmt=[("dmy", 0.6), ("az", 0.25), ("none", 0.15)],
        fam=None,
        typo=0.06,
        dup=0.04,
        miss_origin=0.15,
        place_style=[("plain", 0.4), ("village", 0.4), ("full", 0.2)],
        rid="{:d}",
    ),
    dict(
        name="ru_mvd",
        conv="ru_cyrillic",
        layout="split",
        kind="general",
        cover=1.2,
        late=0.3,
        patr=[("ovich", 0.55), ("ogly", 0.45)],
        abbrev=0.04,
        strip=0,
        upper=0.0,
        sex=("м", "ж", 0.05),
        birth=[("date", 0.75), ("year", 0.15), ("age", 0.0), ("none", 0.1)],
        bfmt=["%d.%m.%Y"],
        efmt=[("dmy", 0.85), ("month", 0.05), ("none", 0.1)],
        fam=None,
        typo=0.04,
        dup=0.03,
        miss_origin=0.1,
        place_style=[("plain", 0.3), ("village", 0.4), ("full", 0.3)],
        rid="{:05d}/МВД",
    ),
    dict(
        name="ru_memo",
        conv="ru_cyrillic",
        layout="full",
        kind="general",
        cover=0.9,
        late=0.5,
        orders=[("S G P", 0.45), ("S gp", 0.25), ("G S", 0.15), ("G P S", 0.05), ("S G", 0.1)],
        patr=[("ovich", 0.35), ("ogly", 0.65)],
        abbrev=0.0,
        strip=0,
        upper=0.0,
        sex=("м", "ж", 0.6),
        birth=[("date", 0.1), ("year", 0.3), ("age", 0.45), ("none", 0.15)],
        bfmt=["%d.%m.%Y"],
        efmt=[("dmy", 0.5), ("ru", 0.3), ("month", 0.1), ("none", 0.1)],
        fam=None,
        typo=0.09,
        dup=0.05,
        miss_origin=0.3,
        place_style=[("plain", 0.5), ("village", 0.3), ("full", 0.2)],
        rid="М-{:d}",
    ),
    dict(
        name="ru_exch",
        conv="ru_cyrillic",
        layout="full",
        kind="pow",
        cover=1.0,
        late=0.6,
        orders=[("S G P", 0.8), ("S gp", 0.2)],
        patr=[("ovich", 0.3), ("ogly", 0.7)],
        abbrev=0.0,
        strip=0,
        upper=0.7,
        sex=("муж.", "жен.", 0.3),
        birth=[("date", 0.2), ("year", 0.6), ("age", 0.1), ("none", 0.1)],
        bfmt=["%d.%m.%Y"],
        efmt=[("dmy", 0.7), ("none", 0.3)],
        fam="С-",
        typo=0.05,
        dup=0.02,
        miss_origin=0.2,
        place_style=[("plain", 0.4), ("village", 0.5), ("full", 0.1)],
        rid="{:04d}",
    ),
    dict(
        name="icrc_en",
        conv="en_from_ru",
        layout="split",
        kind="pow",
        cover=1.1,
        late=0.5,
        patr=[("ovich", 0.4), ("ogly", 0.4), ("bare", 0.2)],
        abbrev=0.0,
        strip=0,
        upper=0.6,
        sex=("M", "F", 0.02),
        birth=[("date", 0.6), ("year", 0.3), ("age", 0), ("none", 0.1)],
        bfmt=["%Y-%m-%d"],
        efmt=[("iso", 0.9), ("none", 0.1)],
        fam="FAM",
        typo=0.03,
        dup=0.02,
        miss_origin=0.1,
        place_style=[("plain", 0.6), ("village", 0.2), ("full", 0.2)],
        rid="AZ-{:07d}",
    ),
    dict(
        name="hrw_en",
        conv="en_from_az",
        layout="full",
        kind="general",
        cover=0.8,
        late=0.6,
        orders=[("G P S", 0.35), ("G S", 0.3), ("S G", 0.2), ("g S", 0.1), ("S G P", 0.05)],
        patr=[("suffix", 0.6), ("bare", 0.4)],
        abbrev=0.0,
        strip=0,
        upper=0.0,
        qg=0.7,
        xkh=0.75,
        sex=("male", "female", 0.3),
        birth=[("date", 0.25), ("year", 0.2), ("age", 0.4), ("none", 0.15)],
        bfmt=["%m/%d/%Y", "%B %d, %Y"],
        efmt=[("en", 0.5), ("mdy", 0.3), ("none", 0.2)],
        fam=None,
        typo=0.05,
        dup=0.03,
        miss_origin=0.2,
        place_style=[("plain", 0.6), ("village", 0.2), ("full", 0.2)],
        rid="HRW{:05d}",
    ),
    dict(
        name="media_en",
        conv="en_from_az",
        layout="full",
        kind="memorial",
        cover=0.7,
        late=0.7,
        orders=[("gp S", 0.3), ("g S", 0.25), ("G S", 0.3), ("G P S", 0.15)],
        patr=[("suffix", 0.5), ("bare", 0.5)],
        abbrev=0.0,
        strip=0,
        upper=0.0,
        qg=0.4,
        xkh=0.5,
        sex=("", "", 1.0),
        birth=[("date", 0), ("year", 0.15), ("age", 0.6), ("none", 0.25)],
        bfmt=["%Y-%m-%d"],
        efmt=[("en", 0.5), ("iso", 0.3), ("none", 0.2)],
        fam=None,
        typo=0.08,
        dup=0.06,
        miss_origin=0.35,
        place_style=[("plain", 0.7), ("full", 0.3)],
        rid="{:d}",
    ),
    dict(
        name="hy_list",
        conv="hy_armenian",
        layout="full",
        kind="pow",
        cover=0.9,
        late=0.4,
        orders=[("S G P", 0.7), ("G S", 0.15), ("S G", 0.15)],
        patr=[("gen", 0.7), ("ogly", 0.3)],
        abbrev=0.0,
        strip=0,
        upper=0.0,
        hy_ru=0.65,
        sex=("արական", "իգական", 0.4),
        birth=[("date", 0.2), ("year", 0.4), ("age", 0.3), ("none", 0.1)],
        bfmt=["%d.%m.%Y"],
        efmt=[("dmy", 0.8), ("none", 0.2)],
        fam=None,
        typo=0.06,
        dup=0.03,
        miss_origin=0.25,
        place_style=[("plain", 0.5), ("village", 0.3), ("full", 0.2)],
        rid="{:05d}",
    ),
]
KIND_W = {  # weight of a list kind for a person whose statuses include ...
    "general": lambda st: 1.0,
    "memorial": lambda st: (
        1.0 if ("killed" in st or "found_dead" in st) else (0.25 if "missing" in st else 0.02)
    ),
    "pow": lambda st: (
        1.0 if ("captured" in st or "released" in st) else (0.6 if "missing" in st else 0.05)
    ),
}
_SCRIPT = {
    "az_latin": "az",
    "ru_cyrillic": "cyr",
    "en_from_ru": "latin",
    "en_from_az": "latin",
    "hy_armenian": "hy",
}


def _wchoice(rng, pairs):
    r = rng.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


# ----------------------------------------------------------------------------- population
def _alt_surname(az):
    for suf in ("yev", "ev", "ov"):
        if az.endswith(suf):
            root = az[: -len(suf)]
            break
    else:
        return None
    vowels = [c for c in az_lower(root) if c in "aıoueəiöü"]
    back = vowels and vowels[-1] in "aıou"
    return root + ("lı" if back else "li"), root + "zadə", root


class _Person:
    __slots__ = (
        "alt",
        "bd",
        "bm",
        "by",
        "edate",
        "eplace",
        "fate",
        "father",
        "female",
        "given",
        "hh",
        "origin",
        "pid",
        "sur",
        "yonly",
    )


def _events(rng):
    ev = []
    for _d in range(len(DISTRICTS)):
        lst = []
        for _ in range(rng.randint(3, 7)):
            y = rng.choice([1991, 1992, 1992, 1992, 1993, 1993, 1994])
            m = rng.randint(1, 12) if y != 1994 else rng.randint(1, 5)
            lst.append((y, m, rng.randint(1, 28)))
        ev.append(lst)
    return ev


def _population(rng, n_target):
    events = _events(rng)
    persons = []
    hh_n = 0
    households = []  # (hh id, village, surname, father name, members list)

    def new_person(hh, female, given, father, sur, alt, by, origin, ev):
        p = _Person()
        p.pid = "P%07d" % len(persons)
        p.hh, p.female, p.given, p.father, p.sur, p.alt = hh, female, given, father, sur, alt
        p.by = min(by, ev[0][0] - rng.randint(1, 3))
        p.bm, p.bd = rng.randint(1, 12), rng.randint(1, 28)
        p.yonly = rng.random() < 0.15
        p.origin = origin
        (p.edate, p.eplace) = ev
        p.fate = FATES[_pick(rng, FATE_CUM)][:2]
        persons.append(p)
        return p

    def pick_given(female, avoid):
        for _ in range(20):
            g = N_MALE + _pick(rng, FEMALE_CUM) if female else _pick(rng, MALE_CUM)
            if g not in avoid:
                return g
        return g

    def event_for(village):
        d = PLACES[village][3]
        if rng.random() < 0.12:
            d = rng.randrange(len(DISTRICTS))
        date = rng.choice(events[d])
        r = rng.random()
        if r < 0.6:
            place = village if PLACES[village][3] == d else DISTRICT_CENTRE[d]
        elif r < 0.85:
            place = rng.choice(DISTRICT_VILLAGES[d])
        else:
            place = DISTRICT_CENTRE[d]
        return date, place

    while len(persons) < n_target:
        hh = "H%06d" % hh_n
        hh_n += 1
        village = rng.choice(ORIGIN_PLACES)
        sur = _pick(rng, SURN_CUM)
        alt = None
        if rng.random() < 0.05:
            alts = _alt_surname(SURN[sur][0])
            if alts:
                alt = rng.choice(alts)
        father = _pick(rng, MALE_CUM)
        grand = _pick(rng, MALE_CUM)
        fby = rng.randint(1905, 1952)
        shared_ev = event_for(village)
        members = []
        r = rng.random()
        if r < 0.58:
            kind = "single"
        elif r < 0.75:
            kind = "siblings"
        elif r < 0.9:
            kind = "parents"
        else:
            kind = "motherdaughter"

        def ev():
            return shared_ev if (kind != "single" and rng.random() < 0.85) else event_for(village)

        def child(female, avoid):
            g = pick_given(female, avoid)
            if not female and rng.random() < 0.05:
                g = grand  # named after the grandfather
            if kind == "single":
                by = rng.randint(1950, 1974) if rng.random() < 0.7 else rng.randint(1912, 1986)
            else:
                by = min(1989, fby + rng.randint(18, 40))
            return new_person(hh, female, g, father, sur, alt, by, village, ev())

        used = set()
        if kind == "single":
            female = rng.random() < 0.15
            p = child(female, used)
            members.append(p)
        elif kind == "siblings":
            for _ in range(rng.choice([2, 2, 2, 3, 3, 4])):
                p = child(rng.random() < 0.25, used)
                used.add(p.given)
                members.append(p)
        else:
            if kind == "parents" and rng.random() < 0.7:
                members.append(new_person(hh, False, father, grand, sur, alt, fby, village, ev()))
            if kind == "motherdaughter" or rng.random() < 0.5:
                msur = sur if rng.random() < 0.75 else _pick(rng, SURN_CUM)
                mfather = _pick(rng, MALE_CUM)
                members.append(
                    new_person(
                        hh,
                        True,
                        pick_given(True, ()),
                        mfather,
                        msur,
                        alt if msur == sur else None,
                        fby + rng.randint(-2, 9),
                        village,
                        ev(),
                    )
                )
            nkids = rng.choice([1, 1, 2, 3])
            for i in range(nkids):
                female = (kind == "motherdaughter" and i == 0) or rng.random() < 0.3
                p = child(female, used)
                used.add(p.given)
                members.append(p)
        households.append(members)

        # namesakes in the same village
        if rng.random() < 0.05 and len(persons) < n_target:
            src = rng.choice(members)
            hh2 = "H%06d" % hh_n
            hh_n += 1
            if rng.random() < 0.7:
                f2 = father
                while f2 == src.father:
                    f2 = _pick(rng, MALE_CUM)
                by2 = src.by + rng.choice([-1, 0, 0, 1, 2, -3])
            else:
                f2 = src.father
                by2 = src.by + rng.choice([-1, 1]) * rng.randint(3, 15)
            new_person(
                hh2,
                src.female,
                src.given,
                f2,
                src.sur,
                None,
                min(by2, 1992),
                village,
                event_for(village),
            )
    return persons


# ----------------------------------------------------------------------------- rendering
def _ru_patronymic(fr, female, style):
    if style == "ogly":
        return fr + (" кызы" if female else " оглы")
    suf = "евна" if female else "евич"
    osuf = "овна" if female else "ович"
    last = fr[-1]
    if last in "ьй":
        return fr[:-1] + suf
    if last in "аяиуоеыю":
        return fr + suf
    if last in "жшчщц":
        return fr + suf
    return fr + osuf


def _fem_ru(s):
    return s + "а" if s.endswith(("ов", "ев", "ин")) else s


def _fem_az(s):
    return s + "a" if s.endswith(("ov", "ev")) else s


class _Src:
    def __init__(self, spec, rng):
        self.__dict__.update(spec)
        self.script = _SCRIPT[self.conv]
        self.rng = random.Random(rng.random())
        self.pref = {}
        self.fam_codes = {}

    def variant(self, key, variants):
        if len(variants) == 1:
            return variants[0]
        p = self.pref.get(key)
        if p is None:
            p = 0 if self.rng.random() < 0.7 else self.rng.randrange(len(variants))
            self.pref[key] = p
        if self.rng.random() < 0.12:
            return self.rng.choice(variants)
        return variants[p]


def _render_place(src, rng, idx, style):
    az, ru, hy, d, centre = PLACES[idx]
    daz, dru, dadj, dhy, _ = DISTRICTS[d]
    conv = src.conv
    if style == "district":
        if conv == "az_latin":
            return daz + rng.choice([" rayonu", " r-nu", " r."])
        if conv == "ru_cyrillic":
            return dadj + rng.choice([" район", " р-н"])
        if conv == "en_from_ru":
            return ru_to_en(dru) + " district"
        if conv == "en_from_az":
            return az_to_en(daz) + rng.choice([" district", " region", " rayon"])
        return (dhy or ru_to_hy(dru)) + "ի շրջան"
    if conv == "az_latin":
        if centre:
            return az if style != "full" else az + " şəhəri"
        if style == "village":
            return az + " kəndi"
        if style == "full":
            return daz + " r., " + az + " k."
        return az
    if conv == "ru_cyrillic":
        if centre:
            return ru if style == "plain" else "г. " + ru
        if style == "village":
            return "с. " + ru
        if style == "full":
            return dadj + " р-н, с. " + ru
        return ru
    if conv == "en_from_ru":
        e = ru_to_en(ru)
        if style == "full" and not centre:
            return e + ", " + ru_to_en(dru) + " district"
        if style == "village" and not centre:
            return e + " village"
        return e
    if conv == "en_from_az":
        e = az_to_en(az, q=rng.choice("gq"), x=rng.choice(["kh", "x"]))
        if style == "full" and not centre:
            return e + ", " + az_to_en(daz) + " district"
        if style == "village" and not centre:
            return e + " village"
        return e
    h = hy or ru_to_hy(ru)
    if style == "full" and not centre:
        return (dhy or ru_to_hy(dru)) + "ի շրջան, գ. " + h
    if style == "village" and not centre:
        return "գ. " + h
    return h


def _fmt_date(y, m, d, fmt):
    if fmt == "%d.%m.%Y":
        return "%02d.%02d.%d" % (d, m, y)
    if fmt == "%Y-%m-%d":
        return "%d-%02d-%02d" % (y, m, d)
    if fmt == "%m/%d/%Y":
        return "%02d/%02d/%d" % (m, d, y)
    if fmt == "%d/%m/%Y":
        return "%02d/%02d/%d" % (d, m, y)
    if fmt == "%B %d, %Y":
        return "%s %d, %d" % (MONTHS_EN[m - 1], d, y)
    raise ValueError(fmt)


def _event_date(src, rng, y, m, d):
    f = _wchoice(rng, src.efmt)
    if f == "none":
        return ""
    if rng.random() < 0.06:
        d = max(1, min(28, d + rng.choice([-2, -1, 1, 1, 2])))
    if f == "dmy":
        return "%02d.%02d.%d" % (d, m, y)
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if f == "mdy":
        return "%02d/%02d/%d" % (m, d, y)
    if f == "month":
        return "%02d.%d" % (m, y)
    if f == "en":
        return "%d %s %d" % (d, MONTHS_EN[m - 1], y)
    if f == "az":
        return "%d %s %d" % (d, MONTHS_AZ[m - 1], y)
    if f == "ru":
        return "%d %s %d г." % (d, MONTHS_RU[m - 1], y)
    raise ValueError(f)


_DIGRAPHS = ("Dzh", "Kh", "Sh", "Ch", "Zh", "Gh", "Ya", "Yu")


def _initial(name, conv, rng):
    if conv in ("en_from_ru", "en_from_az") and rng.random() < 0.4:
        for dg in _DIGRAPHS:
            if name.startswith(dg):
                return dg + "."
    return name[:1] + "."


def _render(src, rng, p):
    """Return (full_name, given, surname, patronymic, sex, abbreviated) for one entry."""
    conv = src.conv
    gaz, gru, _ = GIVEN[p.given]
    faz, fru, _ = GIVEN[p.father]
    saz, sru, _ = SURN[p.sur]
    fem = p.female
    pstyle = _wchoice(rng, src.patr)
    if conv == "az_latin" or conv == "en_from_az":
        s_az = saz
        if p.alt and rng.random() < 0.6:
            s_az = p.alt
        if fem and rng.random() > 0.03:
            s_az = _fem_az(s_az)
        if conv == "az_latin":
            strip = rng.random() < src.strip
            schwa = "e" if rng.random() < 0.6 else "a"
            g, s, f = gaz, s_az, faz
            suf = " qızı" if fem else " oğlu"
            if strip:
                g, s, f, suf = (
                    az_strip(g, schwa),
                    az_strip(s, schwa),
                    az_strip(f, schwa),
                    az_strip(suf, schwa),
                )
            patr = f + suf if pstyle == "suffix" else f
        else:
            st = dict(
                q="g" if rng.random() < src.qg else "q",
                x="kh" if rng.random() < src.xkh else "x",
                schwa="a" if rng.random() < 0.9 else "e",
                gh="gh" if rng.random() < 0.6 else "g",
            )
            g, s, f = az_to_en(gaz, **st), az_to_en(s_az, **st), az_to_en(faz, **st)
            if pstyle == "suffix":
                suf = (
                    rng.choice([" gizi", " qizi", " kizi"])
                    if fem
                    else rng.choice([" oglu", " oglu", " oghlu", " ogly"])
                )
                patr = f + suf
            else:
                patr = f
    else:
        g_ru = src.variant(("g", p.given), gru)
        f_ru = src.variant(("g", p.father), fru)
        s_ru = src.variant(("s", p.sur), sru)
        if fem and rng.random() > 0.03:
            s_ru = _fem_ru(s_ru)
        if conv == "ru_cyrillic":
            g, s = g_ru, s_ru
            patr = (
                _ru_patronymic(f_ru, fem, "ogly" if pstyle == "ogly" else "ovich")
                if pstyle != "bare"
                else f_ru
            )
        elif conv == "en_from_ru":
            st = dict(
                ye_after_vowel=rng.random() < 0.5,
                short_i="y" if rng.random() < 0.7 else "i",
                kh="kh" if rng.random() < 0.92 else "h",
            )
            g, s = ru_to_en(g_ru, **st), ru_to_en(s_ru, **st)
            if pstyle == "bare":
                patr = ru_to_en(f_ru, **st)
            else:
                patr = (
                    ru_to_en(_ru_patronymic(f_ru, fem, pstyle), **st)
                    .replace(" Ogly", " ogly")
                    .replace(" Kyzy", " kyzy")
                )
        else:  # Armenian
            if rng.random() < src.hy_ru:
                g, s, f = ru_to_hy(g_ru), ru_to_hy(s_ru), ru_to_hy(f_ru)
            else:
                s_az = _fem_az(saz) if fem else saz
                g, s, f = az_to_hy(gaz), az_to_hy(s_az), az_to_hy(faz)
            if pstyle == "gen":
                patr = f + ("յի" if f[-1] in "աոու" else "ի")
            else:
                patr = f + (" ղըզը" if fem else " օղլի")

    # typos
    script = src.script
    if conv == "az_latin" and src.strip and (g.isascii() and s.isascii()):
        script = "latin"
    tr = src.typo
    if rng.random() < tr:
        g = typo(g, script, rng)
    if rng.random() < tr:
        s = typo(s, script, rng)
    if rng.random() < tr * 0.7:
        patr = typo(patr, script, rng)

    if src.upper and rng.random() < src.upper:
        s = az_upper(s) if conv == "az_latin" else s.upper()

    if pstyle == "none" or (rng.random() < 0.04):
        patr = ""
    abbreviated = False
    if src.layout == "split":
        if src.abbrev and rng.random() < src.abbrev:
            g = _initial(g, conv, rng)
            abbreviated = True
            if patr:
                patr = _initial(patr, conv, rng)
        full = ""
        gs, ss, ps = g, s, patr
        if rng.random() < 0.02:
            gs = ""
    else:
        order = _wchoice(rng, src.orders)
        if not patr and "P" in order:
            order = order.replace(" P", "")
        gi = _initial(g, conv, rng)
        pi = _initial(patr, conv, rng) if patr else ""
        if "g" in order:
            abbreviated = True
        parts = []
        for tok in order.split(" "):
            if tok == "S":
                parts.append(s)
            elif tok == "G":
                parts.append(g)
            elif tok == "P":
                parts.append(patr)
            elif tok == "g":
                parts.append(gi)
            elif tok == "gp":
                parts.append(gi + pi)
        full = " ".join(x for x in parts if x)
        gs = ss = ps = ""
    sx_m, sx_f, sx_miss = src.sex
    sex = "" if rng.random() < sx_miss else (sx_f if fem else sx_m)
    return full, gs, ss, ps, sex, abbreviated


def _render_birth(src, rng, p, ey, em, ed):
    mode = _wchoice(rng, src.birth)
    if mode == "date" and p.yonly:
        mode = "year"
    by = p.by
    if mode == "none":
        return "", "", ""
    if mode == "age":
        age = ey - by - (1 if (em, ed) < (p.bm, p.bd) else 0)
        r = rng.random()
        if r < 0.08:
            age += rng.choice([-1, 1])
        elif r < 0.10:
            age += rng.choice([-2, 2])
        return "", "", str(max(age, 0))
    r = rng.random()
    if r < 0.04:
        by += rng.choice([-1, 1])
    elif r < 0.055:
        by += rng.choice([-2, 2])
    if mode == "year":
        return "", str(by), ""
    m, d = p.bm, p.bd
    if rng.random() < 0.02 and d <= 12:
        m, d = d, m
    return _fmt_date(by, m, d, rng.choice(src.bfmt)), "", ""


def _statuses(src, rng, p):
    ini, fin = p.fate
    st = fin if rng.random() < src.late else ini
    if rng.random() < 0.02:
        st = {
            "killed": "found_dead",
            "found_dead": "killed",
            "missing": "captured",
            "captured": "missing",
            "released": "captured",
            "injured": "killed",
        }[st]
    return st


# ----------------------------------------------------------------------------- main
def _lists_for(rng, srcs, fate):
    """Pick the lists that carry a person (weighted, without replacement)."""
    st = set(fate)
    ws = []
    for s in srcs:
        w = s.cover * KIND_W[s.kind](st)
        if w < 0.5 and rng.random() > w:  # lists that rarely carry such a person
            w = 0.0
        ws.append(w)
    k = bisect(K_CUM, rng.random() * K_CUM[-1]) + 1
    chosen = []
    for _ in range(k):
        tot = sum(ws)
        if tot <= 0:
            break
        r = rng.random() * tot
        for j, w in enumerate(ws):
            r -= w
            if r < 0 and w > 0:
                break
        chosen.append(j)
        ws[j] = 0.0
    return chosen


def generate(records=100_000, seed=1):
    rng = random.Random(seed)
    srcs = [_Src(s, rng) for s in SOURCES]
    # calibrate the number of persons with a small simulation on its own stream
    sim = random.Random(seed * 7919 + 17)
    tot = 0
    for _ in range(4000):
        fate = FATES[_pick(sim, FATE_CUM)][:2]
        for j in _lists_for(sim, srcs, fate):
            tot += 1 + srcs[j].dup
    n_persons = max(1, round(records / (tot / 4000)))
    persons = _population(rng, n_persons)

    # which lists carry which person
    entries = []  # (person index, source index)
    for i, p in enumerate(persons):
        for j in _lists_for(rng, srcs, p.fate):
            entries.append((i, j))
            if rng.random() < srcs[j].dup:
                entries.append((i, j))
    rng.shuffle(entries)

    cols = {c: [] for c in COLUMNS}
    truth = []
    abbr = []
    counters = [0] * len(srcs)
    rid_perm = []
    for s in srcs:
        rid_perm.append(rng.randrange(1, 9000))
    for i, j in entries:
        p = persons[i]
        src = srcs[j]
        r = src.rng
        counters[j] += 1
        n = counters[j]
        key = "%s:%d" % (src.name, n)
        full, g, s, patr, sex, ab = _render(src, r, p)
        ey, em, ed = p.edate
        bd, byr, age = _render_birth(src, r, p, ey, em, ed)
        # places
        if r.random() < src.miss_origin:
            origin = ""
        else:
            o = p.origin
            if r.random() < 0.05:
                o = DISTRICT_CENTRE[PLACES[o][3]]
            origin = _render_place(src, r, o, _wchoice(r, src.place_style))
        x = r.random()
        if x < 0.08:
            eplace = ""
        else:
            ep = p.eplace
            style = _wchoice(r, src.place_style)
            if x < 0.16:
                style = "district"
            elif x < 0.21:
                ep = r.choice(DISTRICT_VILLAGES[PLACES[ep][3]])
            eplace = _render_place(src, r, ep, style)
        if src.typo and r.random() < src.typo * 0.5 and eplace:
            eplace = typo(eplace, "latin" if src.script in ("latin",) else src.script, r)
        edate = _event_date(src, r, ey, em, ed)
        status = _statuses(src, r, p)
        fam = ""
        if src.fam and r.random() < 0.75:
            code = src.fam_codes.get(p.hh)
            if code is None:
                code = src.fam + "%05d" % (len(src.fam_codes) + 1)
                src.fam_codes[p.hh] = code
            fam = code
        cols["record_key"].append(key)
        cols["source"].append(src.name)
        cols["record_id"].append(src.rid.format(n + rid_perm[j]))
        cols["full_name"].append(full)
        cols["given_name"].append(g)
        cols["surname"].append(s)
        cols["patronymic"].append(patr)
        cols["sex"].append(sex)
        cols["birth_date"].append(bd)
        cols["birth_year"].append(byr)
        cols["age"].append(age)
        cols["place_of_origin"].append(origin)
        cols["event_date"].append(edate)
        cols["event_place"].append(eplace)
        cols["status"].append(status)
        cols["family_id"].append(fam)
        truth.append(p.pid)
        abbr.append(ab)

    df = pd.DataFrame(cols, columns=COLUMNS)
    order = {s.name: k for k, s in enumerate(srcs)}
    srt = sorted(range(len(df)), key=lambda t: (order[cols["source"][t]], t))
    df = df.iloc[srt].reset_index(drop=True)
    keys = df["record_key"]
    truth_s = pd.Series([truth[t] for t in srt], index=keys.values, name="person_id")
    abbr_s = pd.Series([abbr[t] for t in srt], index=keys.values, name="abbreviated", dtype=bool)
    pop = pd.DataFrame(
        {
            "person_id": [p.pid for p in persons],
            "household": [p.hh for p in persons],
            "given_id": ["GN%03d" % p.given for p in persons],
            "father_id": ["GN%03d" % p.father for p in persons],
        }
    )
    conventions = {s.name: s.conv for s in srcs}
    return ListData(df, truth_s, conventions, pop, abbr_s)
