"""Write one person as one entry of one list, with that list's habits.

Order of operations matters and mirrors how lists are made: choose the
spelling (convention + house style + competing Soviet forms), then a clerk
abbreviates, reorders and mistypes; birth and event data are remembered
or estimated with the usual slips (age off by one, neighbouring village).
"""

from bisect import bisect
from itertools import accumulate

from .lists import VIEWS
from .noise import fmt_date, typo
from .places import DISTRICT_FORMS, NEIGHBOURS, PLACE_T
from .translit import az_harmony_li, az_strip_diacritics, az_to_en, ru_to_en

SCRIPT = {
    "az_latin": "lat",
    "ru_cyrillic": "cyr",
    "en_from_ru": "lat",
    "en_from_az": "lat",
    "hy_armenian": "hy",
}
_DIGRAPHS = ("Dzh", "Kh", "Sh", "Ch", "Zh", "Ts", "Ya", "Yu", "Ye", "Gh")


def _cw(pairs):
    return [p[0] for p in pairs], list(accumulate(p[1] for p in pairs))


def _choose(rnd, opts):
    vals, cw = opts
    return vals[min(bisect(cw, rnd.random() * cw[-1]), len(vals) - 1)]


class ListRenderer:
    def __init__(self, L, given, surnames, patr):
        self.L = L
        self.conv = L["conv"]
        self.script = SCRIPT[self.conv]
        self.G, self.S, self.P = given, surnames, patr
        self.styles = _cw(L["styles"])
        self.orders = _cw(L["orders"]) if L["orders"] else None
        self.birth = _cw(L["birth"])
        self.dstyles = _cw(L["dstyles"])
        self.view = [(_cw(v) if v else None) for v in VIEWS[L["view"]]]
        self.family_codes = {}
        self._place_cache = {}
        pfx = {
            "ru_ispolkom_register": "сем.",
            "en_icrc_tracing": "F-",
            "en_unhcr_aid_distribution": "HH",
        }
        self.fam_prefix = pfx.get(L["source"], "")

    # ---------------------------------------------------------------- names
    def _pick_form(self, rnd, forms):
        if len(forms) == 1 or rnd.random() < 0.8:
            return forms[0]
        return forms[1 + rnd.randrange(len(forms) - 1)]

    def _initial(self, rnd, w):
        if self.conv.startswith("en") and rnd.random() < 0.5:
            for d in _DIGRAPHS:
                if w.startswith(d):
                    return d + "."
        if self.script == "hy" and w[:2] == "Ու":
            return "Ու."
        return w[0] + "."

    def _li_variant(self, s):
        """-ov/-ev surname written as -li (a 1990s change some families made)."""
        for suf in ("yeva", "yev", "ova", "ov", "eva", "ev"):
            if s.endswith(suf):
                root = s[: -len(suf)]
                li = az_harmony_li(root)
                if self.conv != "az_latin":  # English has no ı/ü
                    li = "li" if li in ("lı", "li") else "lu"
                return root + li
        return s

    def place(self, rnd, idx, style, district=False):
        key = (idx, district, rnd.random() < 0.2)
        f = self._place_cache.get(key)
        if f is not None:
            return f
        p = PLACE_T[idx]
        c = self.conv
        alt = key[2] and len(p["ru"]) > 1
        ru = p["ru"][1] if alt else p["ru"][0]
        if c == "az_latin":
            f = p["az"]
        elif c == "ru_cyrillic":
            f = ru
        elif c == "en_from_ru":
            f = ru_to_en(ru)
        elif c == "en_from_az":
            f = az_to_en(p["az"])
        else:
            f = p["hy"]
        village = p["az"] != p["district"] and p["district"] not in ("Bakı", "Sumqayıt", "Gəncə")
        if village and not district and key[2]:
            # "с. Ходжалы", "Meşəli kəndi": some clerks mark a village as such
            if c == "ru_cyrillic":
                f = "с. " + f
            elif c == "az_latin":
                f = f + " kəndi"
            elif c == "hy_armenian":
                f = f + " գյուղ"
            elif c == "en_from_az":
                f = f + " village"
        if district:
            if c == "az_latin":
                f = DISTRICT_FORMS["az"].format(f)
            elif c == "ru_cyrillic":
                f = DISTRICT_FORMS["ru"].format(f)
            elif c == "hy_armenian":
                f = DISTRICT_FORMS["hy"].format(f)
            else:
                f = f + " district"
        self._place_cache[key] = f
        return f

    # ---------------------------------------------------------------- record
    def render(self, rnd, P, i, dup):
        L, conv = self.L, self.conv
        style = _choose(rnd, self.styles)
        female = P.sex[i] == 1
        g = self._pick_form(rnd, self.G.forms(P.gid[i], conv, style))
        s = self._pick_form(rnd, self.S.forms(P.sid[i], conv, style, female))
        if P.eth[i] == 0 and conv in ("az_latin", "en_from_az") and rnd.random() < 0.03:
            s = self._li_variant(s)
        pat = ""
        if rnd.random() < L["pat"]:
            pat = self._pick_form(rnd, self.P.forms(P.fgid[i], conv, style, female))
        tr = L["typo"] * (2.5 if dup else 1.0)
        sc = self.script
        if rnd.random() < tr:
            g = typo(g, rnd, sc)
        if rnd.random() < tr * 1.3:
            s = typo(s, rnd, sc)
        if pat and rnd.random() < tr:
            pat = typo(pat, rnd, sc)
        if L["strip"] and rnd.random() < L["strip"]:
            g, s, pat = az_strip_diacritics(g), az_strip_diacritics(s), az_strip_diacritics(pat)
        abbr = rnd.random() < L["init"]
        if abbr:
            g = self._initial(rnd, g)
            if pat and rnd.random() < 0.85:
                pat = self._initial(rnd, pat)
        if L["upper"] and rnd.random() < L["upper"]:
            s = s.upper()
        full = given = sur = patf = ""
        if L["layout"] == "full":
            order = _choose(rnd, self.orders)
            if abbr:
                ini = g + (pat if pat.endswith(".") else "")
                if L["init_pref"] == "S_init" or rnd.random() < 0.2:
                    full = f"{s} {ini}"
                else:
                    full = f"{ini} {s}"
            elif order == "SGP":
                full = f"{s} {g} {pat}" if pat else f"{s} {g}"
            elif order == "GPS":
                full = f"{g} {pat} {s}" if pat else f"{g} {s}"
            elif order == "GS":
                full = f"{g} {s}"
            else:
                full = f"{s} {g}"
        else:
            given, sur, patf = g, s, pat
        # ---- sex, birth, age ----------------------------------------------
        sex = ""
        if L["sex"] and rnd.random() < L["sex"]:
            sex = "F" if female else "M"
        by = P.by[i]
        r = rnd.random()
        if r < 0.07:
            by += rnd.choice((-1, 1))
        elif r < 0.09:
            by += rnd.choice((-2, 2))
        bmode = _choose(rnd, self.birth)
        bdate = byear = age = ""
        ey = P.ey[i]
        if bmode == "date":
            pd, pm = L["bprec"]
            r = rnd.random()
            prec = "d" if r < pd else ("m" if r < pd + pm else "y")
            bd = P.bd[i]
            if r < 0.03:
                bd = min(28, bd + 1)
            bdate = fmt_date(by, P.bm[i], bd, _choose(rnd, self.dstyles), prec)
        elif bmode == "year":
            byear = str(by)
        elif bmode == "age":
            a = ey - by - (1 if (P.bm[i], P.bd[i]) > (P.em[i], P.ed[i]) else 0)
            if rnd.random() < 0.08:
                a += rnd.choice((-1, 1))
            if L["view"] == "exhumation" and a > 15 and rnd.random() < 0.5:
                a = 5 * round(a / 5)  # forensic estimate
            age = str(max(0, a))
        # ---- places -------------------------------------------------------
        origin = ""
        if rnd.random() < L["origin"]:
            oi = P.origin[i]
            if rnd.random() < 0.04 and NEIGHBOURS[oi]:
                nb = NEIGHBOURS[oi]
                oi = nb[rnd.randrange(len(nb))]
            origin = self.place(rnd, oi, style, district=rnd.random() < 0.06)
            if rnd.random() < L["typo"] * 0.5:
                origin = typo(origin, rnd, sc)
        edate = eplace = ""
        if rnd.random() < L["edate"]:
            y, m, d = ey, P.em[i], P.ed[i]
            r = rnd.random()
            if r < 0.10:  # day of death vs capture
                d = max(1, min(28, d + rnd.randint(-3, 3)))
            pd, pm = L["eprec"]
            r = rnd.random()
            prec = "d" if r < pd else ("m" if r < pd + pm else "y")
            edate = fmt_date(y, m, d, _choose(rnd, self.dstyles), prec)
        if rnd.random() < L["eplace"]:
            pi = P.eplace[i]
            r = rnd.random()
            if r < 0.08 and NEIGHBOURS[pi]:
                nb = NEIGHBOURS[pi]
                pi = nb[rnd.randrange(len(nb))]
            eplace = self.place(rnd, pi, style, district=r > 0.9)
        # ---- status and family --------------------------------------------
        v = self.view[P.fate[i]]
        status = _choose(rnd, v) if v else "missing"
        fam = ""
        if L["family"] and rnd.random() < L["family"]:
            h = P.hh[i]
            code = self.family_codes.get(h)
            if code is None:
                code = f"{self.fam_prefix}{len(self.family_codes) + 101:05d}"
                self.family_codes[h] = code
            fam = code
        return (
            full,
            given,
            sur,
            patf,
            sex,
            bdate,
            byear,
            age,
            origin,
            edate,
            eplace,
            status,
            fam,
        ), abbr
