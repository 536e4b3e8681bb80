"""The lists: who is on which list, and how each list writes an entry."""

from __future__ import annotations

import datetime as _dt
import random
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

import numpy as np

from . import population as P
from . import translit as tr
from .names import Tables
from .places import Places

COLUMNS = (
    "record_key", "source", "record_id", "full_name", "given_name", "surname",
    "patronymic", "sex", "birth_date", "birth_year", "age", "place_of_origin",
    "event_date", "event_place", "status", "family_id",
)  # fmt: skip


@dataclass(frozen=True)
class ListSpec:
    name: str
    conv: str
    org: str
    incl: tuple  # inclusion probability per path (9 paths)
    incl_hy: tuple  # the same for Armenian persons
    dup: float  # share of entries entered twice
    typo: float  # per name part
    modern: bool  # compiled after ~2000 (uses -li surnames adopted later)


#                     K_att K_fr  Miss  MFD   C_rel C_die C_mis Inj   Disp
LISTS = (
    ListSpec(
        "az_shahid_book", "az_latin",
        "state memorial book of the dead (Book of Martyrs), typed from district submissions",
        (0.80, 0.85, 0.20, 0.75, 0.00, 0.55, 0.15, 0.00, 0.00),
        (0,) * 9, 0.015, 0.02, False,
    ),
    ListSpec(
        "az_commission_1994", "ru_cyrillic",
        "state commission on POWs, hostages and missing persons, 1994 register typed in Russian",
        (0.10, 0.05, 0.80, 0.75, 0.60, 0.65, 0.85, 0.00, 0.00),
        (0.0, 0.0, 0.05, 0.05, 0.05, 0.05, 0.05, 0.0, 0.0), 0.04, 0.04, False,
    ),
    ListSpec(
        "ru_hospital_morgue", "ru_cyrillic",
        "1992-93 hospital admission and forensic (morgue) journals",
        (0.35, 0.30, 0.00, 0.15, 0.05, 0.10, 0.00, 0.70, 0.00),
        (0,) * 9, 0.03, 0.05, False,
    ),
    ListSpec(
        "intl_tracing", "en_from_ru",
        "international humanitarian tracing register of missing persons (family enquiries)",
        (0.03, 0.02, 0.65, 0.50, 0.55, 0.45, 0.70, 0.02, 0.00),
        (0.05, 0.05, 0.60, 0.50, 0.60, 0.55, 0.65, 0.00, 0.00), 0.01, 0.015, False,
    ),
    ListSpec(
        "press_1990s", "en_from_ru",
        "compilation of names from 1990s press and news-agency reports in English",
        (0.12, 0.08, 0.08, 0.08, 0.15, 0.10, 0.08, 0.10, 0.01),
        (0.10, 0.05, 0.10, 0.10, 0.15, 0.10, 0.10, 0.05, 0.0), 0.03, 0.04, False,
    ),
    ListSpec(
        "us_ngo_report", "en_from_az",
        "report of an American human-rights NGO (field interviews)",
        (0.25, 0.05, 0.10, 0.08, 0.25, 0.20, 0.15, 0.25, 0.02),
        (0.25, 0.05, 0.20, 0.20, 0.30, 0.25, 0.25, 0.10, 0.0), 0.02, 0.03, True,
    ),
    ListSpec(
        "az_ngo_db", "en_from_az",
        "Azerbaijani NGO database of victims, English edition (2000s)",
        (0.45, 0.30, 0.55, 0.50, 0.35, 0.45, 0.60, 0.15, 0.00),
        (0.0, 0.0, 0.03, 0.03, 0.03, 0.03, 0.03, 0.0, 0.0), 0.025, 0.02, True,
    ),
    ListSpec(
        "az_idp_register", "az_latin",
        "register of internally displaced families (household cards)",
        (0.0, 0.0, 0.0, 0.0, 0.45, 0.0, 0.0, 0.50, 0.90),
        (0,) * 9, 0.01, 0.02, True,
    ),
    ListSpec(
        "hy_exchange_lists", "hy_armenian",
        "lists of held and exchanged persons, Armenian-script copies",
        (0.00, 0.03, 0.05, 0.00, 0.80, 0.35, 0.45, 0.00, 0.00),
        (0.0, 0.0, 0.10, 0.0, 0.85, 0.60, 0.60, 0.0, 0.0), 0.03, 0.03, False,
    ),
)  # fmt: skip
LIST_INDEX = {s.name: i for i, s in enumerate(LISTS)}

AZ_MONTHS = [
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
RU_MONTHS_GEN = [
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
RU_MONTHS_NOM = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
HY_MONTHS_GEN = [
    "հունվարի",
    "փետրվարի",
    "մարտի",
    "ապրիլի",
    "մայիսի",
    "հունիսի",
    "հուլիսի",
    "օգոստոսի",
    "սեպտեմբերի",
    "հոկտեմբերի",
    "նոյեմբերի",
    "դեկտեմբերի",
]

_SIM_LAT = {
    "a": "e", "e": "a", "i": "y", "y": "i", "o": "u", "u": "o", "m": "n", "n": "m",
    "k": "g", "g": "k", "s": "z", "z": "s", "v": "w", "d": "t", "t": "d", "b": "p",
    "p": "b", "l": "i", "r": "n", "h": "k", "c": "s", "j": "y",
    "ə": "e", "ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u", "q": "g", "x": "h",
}  # fmt: skip
_SIM_CYR = {
    "а": "о", "о": "а", "е": "и", "и": "е", "ы": "и", "у": "ю", "ш": "щ", "щ": "ш",
    "н": "и", "п": "н", "т": "г", "г": "т", "л": "п", "м": "л", "с": "з", "з": "с",
    "к": "х", "х": "к", "в": "б", "б": "в", "д": "л", "й": "и", "я": "а", "ю": "у",
    "р": "п", "ж": "х", "ц": "ч", "ч": "ц", "ь": "ъ", "э": "е",
}  # fmt: skip
_SIM_HY = {
    "ո": "ս", "ս": "ո", "ա": "ո", "ն": "ե", "ե": "ն", "հ": "ի", "ի": "հ", "դ": "ղ",
    "ղ": "դ", "գ": "զ", "զ": "գ", "կ": "գ", "տ": "ր", "ր": "ը", "ը": "ր", "վ": "լ",
    "լ": "վ", "մ": "ն", "պ": "բ", "բ": "պ", "յ": "ջ", "չ": "ջ", "ջ": "յ", "շ": "չ",
    "ց": "ծ", "ծ": "ց", "ժ": "զ", "խ": "հ", "ք": "կ", "օ": "ո", "թ": "տ", "ռ": "ր",
}  # fmt: skip
_SIM = {
    "az_latin": _SIM_LAT,
    "en_from_ru": _SIM_LAT,
    "en_from_az": _SIM_LAT,
    "ru_cyrillic": _SIM_CYR,
    "hy_armenian": _SIM_HY,
}

_fromord = _dt.date.fromordinal


class Renderer:
    def __init__(self, pop: P.Population, tables: Tables, places: Places, seed: int) -> None:
        self.pop = pop
        self.t = tables
        self.pl = places
        self.r = random.Random(seed * 7919 + 13)
        n = len(pop)
        hr = np.random.default_rng(seed + 101)
        self.home = hr.random((n, 3)).tolist()  # per person: preferred spelling
        # unpack arrays to lists for fast scalar access
        self.sex = pop.sex.tolist()
        self.given = pop.given.tolist()
        self.father = pop.father.tolist()
        self.sroot = pop.sroot.tolist()
        self.skind = pop.skind.tolist()
        self.arm = pop.armenian.tolist()
        self.birth = pop.birth.tolist()
        self.bph = pop.birth_placeholder.tolist()
        self.origin = pop.origin.tolist()
        self.path = pop.path.tolist()
        self.d1 = pop.d1.tolist()
        self.p1 = pop.p1.tolist()
        self.d2 = pop.d2.tolist()
        self.p2 = pop.p2.tolist()
        self.mli = pop.modern_li.tolist()
        self.hh = pop.household.tolist()
        self.vattack = pop.vattack.tolist()
        self.maiden = pop.maiden.tolist()
        # lists copy from each other: the NGO database from the memorial book,
        # the press from the commission's register (errors are then shared)
        self.copy_sh: dict[int, tuple] = {}
        self.copy_co: dict[int, tuple] = {}

    # ------------------------------------------------------------ pieces
    def _pick(self, ft, u):
        forms, cum = ft
        if len(forms) == 1:
            return forms[0]
        i = bisect_right(cum, u)
        return forms[i if i < len(forms) else -1]

    def _u(self, p, slot):
        # 75 % of the time a list uses the person's own spelling (their papers)
        r = self.r.random()
        return self.home[p][slot] if r < 0.75 else self.r.random()

    def given_name(self, p, conv):
        return self._pick(self.t.given[self.given[p]].forms[conv], self._u(p, 0))

    def surname(self, p, conv, modern):
        if self.maiden[p] >= 0 and self.r.random() < 0.12:
            # a married woman entered under her maiden name
            f = self.t.surname_forms(self.maiden[p], 0, "F", self.arm[p])
            return self._pick(f[conv], self.r.random())
        kind = self.skind[p]
        if kind == 3 and not (modern and self.r.random() < 0.8):
            kind = 0
        f = self.t.surname_forms(self.sroot[p], kind, self.sex[p], self.arm[p])
        return self._pick(f[conv], self._u(p, 1))

    def patronymic(self, p, conv, style):
        f = self.t.patronymic_forms(self.father[p], self.sex[p], style)
        return self._pick(f[conv], self._u(p, 2))

    def typo(self, s, conv):
        n = len(s)
        if n < 3:
            return s
        r = self.r.random
        i = 1 + int(r() * (n - 1)) if r() < 0.9 else 0
        u = r() if i else 0.9
        if u < 0.2:
            return s[:i] + s[i + 1 :]
        if u < 0.35:
            return s[:i] + s[i] + s[i:]
        if u < 0.55 and i < n - 1:
            return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        ch = s[i]
        rep = _SIM[conv].get(ch.lower())
        if rep is None:
            return s[:i] + s[i + 1 :]
        if ch != ch.lower():
            rep = rep.upper()
        return s[:i] + rep + s[i + 1 :]

    def maybe_typo(self, s, conv, rate):
        if s and self.r.random() < rate:
            s = self.typo(s, conv)
            if self.r.random() < 0.1:
                s = self.typo(s, conv)
        return s

    def initial(self, s, conv):
        if not s:
            return ""
        if conv in ("en_from_ru", "en_from_az") and self.r.random() < 0.4:
            for dg in ("Dzh", "Sh", "Kh", "Ch", "Zh", "Gh"):
                if s.startswith(dg):
                    return dg + "."
        if conv == "hy_armenian" and s.startswith("Ու"):
            return "Ու."
        return s[0] + "."

    # ------------------------------------------------------------ dates
    def jitter(self, o, rate=0.12):
        r = self.r.random()
        if r < rate:
            d = 1 if r < rate * 0.8 else 2
            return o + d if self.r.random() < 0.5 else o - d
        return o

    def fmt_date(self, o, style, precision="d"):
        """style: iso dmy dmy2 us en_long ru_gen az_month hy; precision d/m/y."""
        dt = _fromord(o)
        y, m, d = dt.year, dt.month, dt.day
        if precision == "y":
            return str(y)
        if precision == "m":
            if style == "iso":
                return f"{y}-{m:02d}"
            if style in ("dmy", "dmy2", "hy"):
                return f"{m:02d}.{y}"
            if style == "us":
                return f"{m:02d}/{y}"
            if style == "en_long":
                return f"{EN_MONTHS[m - 1]} {y}"
            if style == "ru_gen":
                return f"{RU_MONTHS_NOM[m - 1]} {y} г."
            if style == "az_month":
                return f"{AZ_MONTHS[m - 1]} {y}"
        if style == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if style == "dmy" or style == "hy":
            return f"{d:02d}.{m:02d}.{y}"
        if style == "dmy2":
            return f"{d:02d}.{m:02d}.{y % 100:02d}"
        if style == "us":
            return f"{m:02d}/{d:02d}/{y}" if self.r.random() < 0.5 else f"{m}/{d}/{y}"
        if style == "en_long":
            if self.r.random() < 0.5:
                return f"{d} {EN_MONTHS[m - 1]} {y}"
            return f"{EN_MONTHS[m - 1]} {d}, {y}"
        if style == "ru_gen":
            return f"{d} {RU_MONTHS_GEN[m - 1]} {y} г."
        if style == "az_month":
            return f"{d} {AZ_MONTHS[m - 1]} {y}"
        if style == "hy_long":
            return f"{y} թ. {HY_MONTHS_GEN[m - 1]} {d}"
        raise ValueError(style)

    def birth_written(self, p, style, precision="d"):
        """The birth date as a list writes it, with the usual errors."""
        o = self.birth[p]
        r = self.r.random()
        dt = _fromord(o)
        y = dt.year
        if r < 0.04:
            y += 1 if self.r.random() < 0.5 else -1
        if precision == "y":
            return str(y)
        if self.bph[p]:  # documents carry the 1 January placeholder
            o = _dt.date(y, 1, 1).toordinal()
        else:
            m, d = dt.month, dt.day
            if r > 0.985 and d <= 12:  # day and month swapped
                m, d = d, m
            try:
                o = _dt.date(y, m, d).toordinal()
            except ValueError:
                o = _dt.date(y, m, 28).toordinal()
        return self.fmt_date(o, style)

    def age_written(self, p, event_o):
        b = _fromord(self.birth[p])
        e = _fromord(event_o)
        age = e.year - b.year - ((e.month, e.day) < (b.month, b.day))
        r = self.r.random()
        if r < 0.68:
            pass
        elif r < 0.88:
            age += 1 if self.r.random() < 0.6 else -1
        elif r < 0.95:
            age += 2 if self.r.random() < 0.5 else -2
        elif age >= 25:
            age = int(round(age / 5.0) * 5)  # "about 40"
        return str(max(age, 0))

    # ------------------------------------------------------------ places
    def place(self, v, conv, style="village"):
        """style: village | village_kend | village_district | district."""
        if v < 0:
            return ""
        pl = self.pl
        if style == "district":
            return pl.district_forms(pl.district[v])[conv]
        name = pl.forms(v)[conv]
        if style == "village_kend":
            if conv == "az_latin":
                return f"{name} kəndi"
            if conv == "ru_cyrillic":
                return f"с. {name}"
            if conv in ("en_from_ru", "en_from_az"):
                return f"{name} village"
            return f"{name} գյուղ"
        if style == "village_district":
            dist = pl.district_forms(pl.district[v])[conv]
            if conv == "az_latin":
                return f"{dist}, {name} kəndi"
            if conv == "ru_cyrillic":
                return f"{dist}, с. {name}"
            return f"{name}, {dist}"
        return name

    def event_place(self, v, conv, styles, cum):
        if v < 0:
            return ""
        if self.r.random() < 0.06:
            v = self.pl.neighbour(v, self.r.random())
        u = self.r.random()
        i = bisect_right(cum, u)
        return self.place(v, conv, styles[min(i, len(styles) - 1)])

    # ------------------------------------------------------------ status
    def status_event(self, li, p):
        """(status word, event date ordinal, event place) a list reports."""
        path = self.path[p]
        r = self.r.random()
        d1, p1, d2, p2 = self.d1[p], self.p1[p], self.d2[p], self.p2[p]
        name = LISTS[li].name
        e1 = (d1, p1)
        e2 = (d2, p2)
        st = None
        if name == "az_shahid_book":
            if path in (P.MISSING, P.CAPT_MISSING):
                st, e = "missing", e1
            elif path == P.CAPT_DIED:
                st, e = "killed", e2
            else:
                st, e = "killed", e1
        elif name == "az_commission_1994":
            if path in (P.CAPT_RELEASED, P.CAPT_DIED, P.CAPT_MISSING):
                if path == P.CAPT_RELEASED and d2 < P._o(1994, 6, 1) and r < 0.4:
                    st, e = "released", e2
                else:
                    st, e = ("captured" if self.r.random() < 0.7 else "missing"), e1
            else:
                st, e = "missing", e1
        elif name == "ru_hospital_morgue":
            if path == P.INJURED:
                st, e = "injured", e1
            elif path == P.CAPT_RELEASED:
                st, e = "injured", e2
            elif path == P.CAPT_DIED:
                st, e = "killed", e2
            else:
                st, e = "killed", e1
        elif name == "intl_tracing":
            if path in (P.CAPT_RELEASED, P.CAPT_DIED, P.CAPT_MISSING):
                if r < 0.55 or path == P.CAPT_MISSING:
                    st, e = "captured", e1
                elif path == P.CAPT_RELEASED:
                    st, e = "released", e2
                else:
                    st, e = "killed", e2
            elif path == P.MISSING_FOUND_DEAD:
                st, e = ("killed", e2) if r < 0.4 else ("missing", e1)
            elif path in (P.KILLED_ATTACK, P.KILLED_FRONT):
                st, e = ("killed" if r < 0.5 else "missing"), e1
            elif path == P.INJURED:
                st, e = "injured", e1
            else:
                st, e = "missing", e1
        elif name == "az_idp_register":
            st, e = "displaced", (self.vattack[p], self.origin[p])
        elif name == "hy_exchange_lists":
            if path == P.CAPT_RELEASED:
                st, e = ("captured", e1) if r < 0.4 else ("released", e2)
            elif path == P.CAPT_DIED:
                st, e = ("captured", e1) if r < 0.6 else ("killed", e2)
            elif path == P.KILLED_FRONT:
                st, e = "killed", e1
            else:
                st, e = "captured", e1
        elif name == "az_ngo_db":  # final status
            if path in (P.KILLED_ATTACK, P.KILLED_FRONT):
                st, e = "killed", e1
            elif path == P.MISSING:
                st, e = "missing", e1
            elif path == P.MISSING_FOUND_DEAD:
                st, e = ("killed", e1) if r < 0.7 else ("missing", e1)
            elif path == P.CAPT_RELEASED:
                st, e = ("released", e2) if r < 0.7 else ("captured", e1)
            elif path == P.CAPT_DIED:
                st, e = ("killed", e2) if r < 0.6 else ("captured", e1)
            elif path == P.CAPT_MISSING:
                st, e = ("missing", e1) if r < 0.5 else ("captured", e1)
            elif path == P.INJURED:
                st, e = "injured", e1
            else:
                st, e = "displaced", e1
        else:  # press, US NGO: what was known at the time
            later = 0.5 if name == "press_1990s" else 0.3
            if path in (P.KILLED_ATTACK, P.KILLED_FRONT):
                st, e = "killed", e1
            elif path in (P.MISSING, P.MISSING_FOUND_DEAD):
                st, e = "missing", e1
            elif path == P.CAPT_RELEASED:
                st, e = ("released", e2) if r < later else ("captured", e1)
            elif path == P.CAPT_DIED:
                st, e = ("killed", e2) if r < later else ("captured", e1)
            elif path == P.CAPT_MISSING:
                st, e = "captured", e1
            elif path == P.INJURED:
                st, e = "injured", e1
            else:
                st, e = "displaced", e1
        return st, e[0], e[1]

    # ------------------------------------------------------------ entry
    def render(self, li, p):
        """One entry of list li about person p -> (row dict values, abbreviated)."""
        return _RENDERERS[li](self, li, p)


@cache
def _cum(*w):
    c = np.cumsum(w)
    return tuple((c / c[-1]).tolist())


def _choice(r, cum):
    return bisect_right(cum, r)


def _az_text(s, mode):
    if mode == 1:
        return tr.az_strip_diacritics(s)
    if mode == 2:
        return tr.az_1991_alphabet(s)
    return s


# ---------------------------------------------------------------- lists
def _swap(R: Renderer, g, s):
    """Data entry puts the given name in the surname field and vice versa."""
    if R.r.random() < 0.006:
        return s, g
    return g, s


def _r_shahid(R: Renderer, li, p):
    conv = "az_latin"
    r = R.r.random
    spec = LISTS[li]
    st, eo, ep = R.status_event(li, p)
    g = R.maybe_typo(R.given_name(p, conv), conv, spec.typo)
    s = R.maybe_typo(R.surname(p, conv, False), conv, spec.typo)
    pa = R.maybe_typo(R.patronymic(p, conv, "oglu"), conv, spec.typo) if r() > 0.05 else ""
    R.copy_sh.setdefault(p, (g, s, pa))
    u = r()
    bd = by = ""
    if u < 0.65:
        bd = R.birth_written(p, "dmy")
    elif u < 0.92:
        by = R.birth_written(p, "dmy", "y")
    orig = R.place(
        R.origin[p],
        conv,
        ("village", "village_kend", "village_district")[_choice(r(), _cum(4, 3, 3))],
    )
    ed = ""
    if eo > 0:
        eo = R.jitter(eo)
        u = r()
        ed = R.fmt_date(
            eo, "dmy" if u < 0.7 else "az_month", "d" if u < 0.88 else "m" if u < 0.95 else "y"
        )
    evp = (
        R.event_place(ep, conv, ("village", "district", "village_kend"), _cum(75, 15, 10))
        if r() < 0.9
        else ""
    )
    mode = 1 if r() < 0.05 else 2 if r() < 0.02 else 0
    if mode:
        g, s, pa, orig, evp = (_az_text(x, mode) for x in (g, s, pa, orig, evp))
    g, s = _swap(R, g, s)
    return ("", g, s, pa, "", bd, by, "", orig, ed, evp, st, ""), False


def _r_commission(R: Renderer, li, p):
    conv = "ru_cyrillic"
    r = R.r.random
    spec = LISTS[li]
    st, eo, ep = R.status_event(li, p)
    g = R.maybe_typo(R.given_name(p, conv), conv, spec.typo)
    s = R.maybe_typo(R.surname(p, conv, False), conv, spec.typo)
    style = "oglu" if r() < 0.75 else "ovich"
    pa = R.maybe_typo(R.patronymic(p, conv, style), conv, spec.typo) if r() > 0.1 else ""
    R.copy_co.setdefault(p, (g, s))
    if r() < 0.8:
        s = s.upper()
    abbrev = r() < 0.02
    if abbrev:
        g = R.initial(g, conv)
        pa = R.initial(pa, conv) if pa else ""
        full = f"{s} {g}{pa}"
    else:
        full = " ".join(x for x in (s, g, pa) if x)
    by = ""
    if r() < 0.85:
        by = R.birth_written(p, "dmy", "y")
        if r() < 0.3:
            by += " г.р."
    orig = R.place(
        R.origin[p],
        conv,
        ("village_kend", "village_district", "district")[_choice(r(), _cum(5, 3, 2))],
    )
    ed = ""
    if eo > 0 and r() < 0.93:
        eo = R.jitter(eo, 0.15)
        u = r()
        if u < 0.6:
            ed = R.fmt_date(eo, "ru_gen")
        elif u < 0.85:
            ed = R.fmt_date(eo, "dmy")
        else:
            ed = R.fmt_date(eo, "ru_gen", "m")
    evp = (
        R.event_place(ep, conv, ("village_kend", "village", "district"), _cum(5, 3, 2))
        if r() < 0.8
        else ""
    )
    return (full, "", "", "", "", "", by, "", orig, ed, evp, st, ""), abbrev


def _r_morgue(R: Renderer, li, p):
    conv = "ru_cyrillic"
    r = R.r.random
    spec = LISTS[li]
    st, eo, ep = R.status_event(li, p)
    g = R.maybe_typo(R.given_name(p, conv), conv, spec.typo)
    s = R.maybe_typo(R.surname(p, conv, False), conv, spec.typo)
    pa = R.maybe_typo(R.patronymic(p, conv, "ovich" if r() < 0.7 else "oglu"), conv, spec.typo)
    u = r()
    abbrev = u < 0.6
    if abbrev:
        full = (
            f"{s} {R.initial(g, conv)}{R.initial(pa, conv)}"
            if r() < 0.8
            else f"{s} {R.initial(g, conv)}"
        )
    elif u < 0.9:
        full = f"{s} {g}"
    else:
        full = f"{s} {g} {pa}"
    age = R.age_written(p, eo) if (eo > 0 and r() < 0.8) else ""
    if age and r() < 0.2:
        age += " л."
    orig = R.place(R.origin[p], conv, "village") if r() < 0.5 else ""
    ed = R.fmt_date(R.jitter(eo, 0.1), "dmy2" if r() < 0.5 else "dmy") if eo > 0 else ""
    evp = R.event_place(ep, conv, ("village", "district"), _cum(7, 3)) if r() < 0.85 else ""
    return (full, "", "", "", "", "", "", age, orig, ed, evp, st, ""), abbrev


def _family(hh, salt, prefix, width=6):
    code = (hh * 7_368_787 + salt * 104_729) % 1_000_003
    return f"{prefix}{code:0{width}d}"


def _r_tracing(R: Renderer, li, p):
    conv = "en_from_ru"
    r = R.r.random
    spec = LISTS[li]
    st, eo, ep = R.status_event(li, p)
    g = R.maybe_typo(R.given_name(p, conv), conv, spec.typo)
    s = R.maybe_typo(R.surname(p, conv, False), conv, spec.typo)
    pa = ""
    if r() < 0.85:
        pa = R.maybe_typo(R.patronymic(p, conv, "ovich" if r() < 0.5 else "oglu"), conv, spec.typo)
    sex = R.sex[p] if r() < 0.98 else ""
    u = r()
    bd = by = ""
    if u < 0.6:
        bd = R.birth_written(p, "iso")
    elif u < 0.9:
        by = R.birth_written(p, "iso", "y")
    orig = R.place(R.origin[p], conv, "village_district" if r() < 0.6 else "village")
    ed = ""
    if eo > 0:
        eo = R.jitter(eo, 0.1)
        u = r()
        ed = R.fmt_date(eo, "iso", "d" if u < 0.78 else "m" if u < 0.96 else "y")
    evp = R.event_place(ep, conv, ("village", "district"), _cum(8, 2))
    fam = _family(R.hh[p], 1, "AZE-") if r() < 0.97 else ""
    g, s = _swap(R, g, s)
    return ("", g, s, pa, sex, bd, by, "", orig, ed, evp, st, fam), False


def _r_press(R: Renderer, li, p):
    conv = "en_from_ru"
    r = R.r.random
    spec = LISTS[li]
    st, eo, ep = R.status_event(li, p)
    g = R.maybe_typo(R.given_name(p, conv), conv, spec.typo)
    s = R.maybe_typo(R.surname(p, conv, False), conv, spec.typo)
    src = R.copy_co.get(p)
    if src is not None and r() < 0.4:
        g, s = tr.ru_to_en(src[0]), tr.ru_to_en(src[1])
    u = r()
    abbrev = u < 0.45
    if u < 0.35:
        full = f"{R.initial(g, conv)} {s}"
    elif u < 0.45:
        pa = R.patronymic(p, conv, "ovich")
        full = f"{R.initial(g, conv)}{R.initial(pa, conv)} {s}"
    elif u < 0.85:
        full = f"{g} {s}"
    else:
        full = f"{s.upper()} {g}"
    age = R.age_written(p, eo) if (eo > 0 and r() < 0.6) else ""
    ed = ""
    if eo > 0 and r() < 0.9:
        eo = R.jitter(eo, 0.2)
        ed = R.fmt_date(eo, "en_long", "d" if r() < 0.75 else "m")
    evp = R.event_place(ep, conv, ("village", "district", "village_kend"), _cum(6, 3, 1))
    if evp and r() < 0.1:
        evp = "near " + evp
    return (full, "", "", "", "", "", "", age, "", ed, evp, st, ""), abbrev


def _r_usngo(R: Renderer, li, p):
    conv = "en_from_az"
    r = R.r.random
    spec = LISTS[li]
    st, eo, ep = R.status_event(li, p)
    g = R.maybe_typo(R.given_name(p, conv), conv, spec.typo)
    s = R.maybe_typo(R.surname(p, conv, True), conv, spec.typo)
    u = r()
    abbrev = False
    if u < 0.3:
        pa = R.maybe_typo(R.patronymic(p, conv, "oglu"), conv, spec.typo)
        full = f"{g} {pa} {s}"
    elif u < 0.8:
        full = f"{g} {s}"
    elif u < 0.92:
        abbrev = True
        full = f"{R.initial(g, conv)} {s}"
    else:
        abbrev = True
        pa = R.patronymic(p, conv, "oglu")
        full = f"{s} {R.initial(g, conv)}{R.initial(pa, conv)}"
    sex = R.sex[p] if r() < 0.5 else ""
    age = R.age_written(p, eo) if (eo > 0 and r() < 0.75) else ""
    ed = ""
    if eo > 0 and r() < 0.92:
        eo = R.jitter(eo, 0.15)
        ed = R.fmt_date(eo, "us", "d" if r() < 0.85 else "m")
    orig = R.place(R.origin[p], conv, "village") if r() < 0.4 else ""
    evp = R.event_place(ep, conv, ("village", "village_kend", "district"), _cum(5, 3, 2))
    return (full, "", "", "", sex, "", "", age, orig, ed, evp, st, ""), abbrev


def _r_ngodb(R: Renderer, li, p):
    conv = "en_from_az"
    r = R.r.random
    spec = LISTS[li]
    st, eo, ep = R.status_event(li, p)
    g = R.maybe_typo(R.given_name(p, conv), conv, spec.typo)
    s = R.maybe_typo(R.surname(p, conv, True), conv, spec.typo)
    u = r()
    if u < 0.6:
        pa = R.patronymic(p, conv, "oglu")
    elif u < 0.9:  # only the father's name
        pa = R.t.given[R.father[p]].forms[conv][0][0]
    else:
        pa = ""
    pa = R.maybe_typo(pa, conv, spec.typo)
    src = R.copy_sh.get(p)
    if src is not None and r() < 0.4:  # taken over from the memorial book
        g, s = tr.az_to_en(src[0]), tr.az_to_en(src[1])
        if u < 0.6:
            pa = tr.az_to_en(src[2])
    sex = R.sex[p] if r() < 0.9 else ""
    by = R.birth_written(p, "iso", "y") if r() < 0.85 else ""
    ed = ""
    if eo > 0 and r() < 0.95:
        eo = R.jitter(eo, 0.1)
        ed = R.fmt_date(eo, "en_long", "d" if r() < 0.9 else "m")
    orig = R.place(R.origin[p], conv, "village" if r() < 0.7 else "village_district")
    evp = R.event_place(ep, conv, ("village", "district"), _cum(8, 2))
    fam = _family(R.hh[p], 2, "F", 7) if r() < 0.9 else ""
    g, s = _swap(R, g, s)
    return ("", g, s, pa, sex, "", by, "", orig, ed, evp, st, fam), False


def _r_idp(R: Renderer, li, p):
    conv = "az_latin"
    r = R.r.random
    spec = LISTS[li]
    st, eo, ep = R.status_event(li, p)
    g = R.maybe_typo(R.given_name(p, conv), conv, spec.typo)
    s = R.maybe_typo(R.surname(p, conv, True), conv, spec.typo)
    pa = R.maybe_typo(R.patronymic(p, conv, "oglu"), conv, spec.typo) if r() < 0.9 else ""
    sex = R.sex[p] if r() < 0.95 else ""
    bd = R.birth_written(p, "dmy") if r() < 0.92 else ""
    orig = R.place(R.origin[p], conv, "village_kend" if r() < 0.5 else "village_district")
    ed = ""
    if eo > 0 and r() < 0.7:
        ed = R.fmt_date(R.jitter(eo, 0.2), "dmy", "d" if r() < 0.6 else "m")
    evp = R.place(ep, conv, "village") if r() < 0.3 else ""
    fam = _family(R.hh[p], 3, "", 6)
    fam = f"{fam[:2]}-{fam[2:]}"
    mode = 1 if r() < 0.15 else 0
    if mode:
        g, s, pa, orig, evp = (_az_text(x, mode) for x in (g, s, pa, orig, evp))
    g, s = _swap(R, g, s)
    return ("", g, s, pa, sex, bd, "", "", orig, ed, evp, st, fam), False


def _r_hy(R: Renderer, li, p):
    conv = "hy_armenian"
    r = R.r.random
    spec = LISTS[li]
    st, eo, ep = R.status_event(li, p)
    g = R.maybe_typo(R.given_name(p, conv), conv, spec.typo)
    s = R.maybe_typo(R.surname(p, conv, False), conv, spec.typo)
    u = r()
    abbrev = False
    if u < 0.6:
        pa = R.maybe_typo(R.patronymic(p, conv, "ovich" if R.arm[p] else "oglu"), conv, spec.typo)
        full = f"{s} {g} {pa}"
    elif u < 0.95:
        full = f"{s} {g}"
    else:
        abbrev = True
        full = f"{s} {R.initial(g, conv)}"
    age = by = ""
    u = r()
    if u < 0.7 and eo > 0:
        age = R.age_written(p, eo)
    elif u < 0.9:
        by = R.birth_written(p, "dmy", "y")
    ed = ""
    if eo > 0 and r() < 0.9:
        ed = R.fmt_date(R.jitter(eo, 0.1), "hy" if r() < 0.8 else "hy_long")
    evp = R.event_place(ep, conv, ("village",), (1.0,)) if r() < 0.7 else ""
    orig = R.place(R.origin[p], conv, "village") if r() < 0.3 else ""
    return (full, "", "", "", "", "", by, age, orig, ed, evp, st, ""), abbrev


_RENDERERS = (
    _r_shahid, _r_commission, _r_morgue, _r_tracing, _r_press, _r_usngo, _r_ngodb, _r_idp, _r_hy,
)  # fmt: skip


def inclusion(pop: P.Population, rng: np.random.Generator) -> np.ndarray:
    """Boolean matrix persons x lists: who is on which list (1 to 6 lists)."""
    path = pop.path
    A = np.array([s.incl for s in LISTS]).T  # paths x lists
    H = np.array([s.incl_hy for s in LISTS]).T
    prob = np.where(pop.armenian[:, None], H[path], A[path])
    # the displaced register only knows people from villages that were overrun
    idp = LIST_INDEX["az_idp_register"]
    prob[:, idp] *= pop.vattack > 0
    inc = rng.random(prob.shape) < prob
    # everyone who could be on some list is on at least one; people no list
    # would record (e.g. displaced Armenians) are left out of the data
    none = ~inc.any(axis=1) & (prob.max(axis=1) > 0)
    best = prob.argmax(axis=1)
    inc[np.nonzero(none)[0], best[none]] = True
    too_many = inc.sum(axis=1) > 6
    for i in np.nonzero(too_many)[0]:
        on = np.nonzero(inc[i])[0]
        drop = rng.choice(on, size=len(on) - 6, replace=False)
        inc[i, drop] = False
    return inc
