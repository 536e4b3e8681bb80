"""Name registry: one id per *name* (not per spelling) and its forms per
convention and per list house style. Forms are cached because the same
(name, convention, style) is asked for hundreds of thousands of times.
"""

from bisect import bisect
from itertools import accumulate

from . import names_az, names_hy
from .translit import az_to_en, az_to_hy, hy_upper_first, ru_to_az, ru_to_en, ru_to_hy


class Given:
    """Given names of both ethnicities; id = index."""

    def __init__(self):
        self.az, self.ru, self.en, self.hy, self.eth, self.sex = [], [], [], [], [], []
        self.era = []
        self.pools = {}
        for eth, sex, tab in (("az", "M", names_az.MALE_T), ("az", "F", names_az.FEMALE_T)):
            start = len(self.az)
            for az, ru, era in tab:
                self.az.append(az)
                self.ru.append(ru)
                self.en.append(None)
                self.hy.append(None)
                self.eth.append(eth)
                self.sex.append(sex)
                self.era.append(era)
            self._pool(eth, sex, start, len(self.az), head=1.0)
        for eth, sex, tab in (("hy", "M", names_hy.MALE_T), ("hy", "F", names_hy.FEMALE_T)):
            start = len(self.az)
            for hy, ru, en in tab:
                self.az.append(ru_to_az(ru[0]))
                self.ru.append(ru)
                self.en.append(en)
                self.hy.append(hy)
                self.eth.append(eth)
                self.sex.append(sex)
                self.era.append("")
            self._pool(eth, sex, start, len(self.az), head=1.0)
        self._cache = {}

    def _pool(self, eth, sex, a, b, head):
        w = names_az.weights(b - a, s=0.9 if eth == "az" else 0.75, head=head)
        self.pools[(eth, sex)] = (a, list(accumulate(w)))

    def draw(self, rnd, eth, sex, avoid=(), by=None):
        """Zipf draw; `by` (birth year) keeps names in their era."""
        a, cw = self.pools[(eth, sex)]
        for _ in range(30):
            g = a + bisect(cw, rnd.random() * cw[-1])
            g = min(g, a + len(cw) - 1)
            if g in avoid:
                continue
            if by is not None:
                e = self.era[g]
                if e == "new" and by < 1955 and rnd.random() < 0.95:
                    continue
                if e == "old" and by >= 1965 and rnd.random() < 0.7:
                    continue
            return g
        return g

    def forms(self, g, conv, style):
        """List of spellings, the list's usual one first."""
        key = (g, conv, style)
        f = self._cache.get(key)
        if f is not None:
            return f
        az, ru, eth = self.az[g], self.ru[g], self.eth[g]
        if conv == "az_latin":
            f = [az]
        elif conv == "ru_cyrillic":
            f = list(ru)
        elif conv == "en_from_ru":
            f = [ru_to_en(r, style) for r in ru]
        elif conv == "en_from_az":
            f = [az_to_en(az, style)] if eth == "az" else [self.en[g], az_to_en(az, style)]
        else:  # hy_armenian
            f = [self.hy[g]] if eth == "hy" else [ru_to_hy(ru[0]), az_to_hy(az)]
        out = []
        for x in f:  # de-duplicate keeping order
            if x not in out:
                out.append(x)
        self._cache[key] = out
        return out


def ru_patronymic(name, female):
    """Soviet patronymic from a Russian-form father's name: Алиевич, Гасановна."""
    n = name
    if n.endswith("ий"):
        base = n[:-2] + "ьев"
    elif n.endswith("й") or n.endswith("ь"):
        base = n[:-1] + "ев"
    elif n[-1] in "иаяоуеэ" or n[-1] in "жшчщц":
        base = n + "ев"
    else:
        base = n + "ов"
    return base + ("на" if female else "ич")


def hy_genitive(hy):
    """Armenian patronymic is the father's name in the genitive: Սուրենի."""
    if hy[-1] in "աեոէ":
        return hy + "յի"
    return hy + "ի"


class Surnames:
    def __init__(self):
        self.az, self.ru, self.en, self.hy, self.eth = [], [], [], [], []
        self.pools = {}
        a = 0
        for az, ru, _ in names_az.SURNAME_T:
            self.az.append(az)
            self.ru.append(ru)
            self.en.append(None)
            self.hy.append(None)
            self.eth.append("az")
        w = names_az.weights(len(self.az), s=0.9, head=1.0)
        self.pools["az"] = (0, list(accumulate(w)))
        a = len(self.az)
        for hy, ru, en in names_hy.SURNAME_T:
            self.az.append(ru_to_az(ru[0]))
            self.ru.append(ru)
            self.en.append(en)
            self.hy.append(hy)
            self.eth.append("hy")
        w = names_az.weights(len(self.az) - a, s=0.8)
        self.pools["hy"] = (a, list(accumulate(w)))
        self._cache = {}

    def draw(self, rnd, eth):
        a, cw = self.pools[eth]
        return min(a + bisect(cw, rnd.random() * cw[-1]), a + len(cw) - 1)

    def forms(self, s, conv, style, female):
        key = (s, conv, style, female)
        f = self._cache.get(key)
        if f is not None:
            return f
        az, ru, eth = self.az[s], self.ru[s], self.eth[s]
        if eth == "az" and female:
            az = az + "a" if az.endswith(("ov", "ev")) else az
            ru = [r + "а" if r.endswith(("ов", "ев", "ин")) else r for r in ru]
        if conv == "az_latin":
            f = [az]
        elif conv == "ru_cyrillic":
            f = list(ru)
        elif conv == "en_from_ru":
            f = [ru_to_en(r, style) for r in ru]
        elif conv == "en_from_az":
            f = [az_to_en(az, style)] if eth == "az" else [self.en[s], az_to_en(az, style)]
        else:
            f = [self.hy[s]] if eth == "hy" else [ru_to_hy(ru[0]), az_to_hy(az)]
        out = []
        for x in f:
            if x not in out:
                out.append(x)
        self._cache[key] = out
        return out


class Patronymics:
    """Patronymic forms of a father's given name, per convention/style/sex."""

    def __init__(self, given):
        self.g = given
        self._cache = {}

    def forms(self, fg, conv, style, female):
        key = (fg, conv, style, female)
        f = self._cache.get(key)
        if f is not None:
            return f
        G = self.g
        az_f = G.eth[fg] == "az"
        ru0 = G.ru[fg][0]
        rp = [ru_patronymic(r, female) for r in G.ru[fg]]
        if az_f:
            og = "qızı" if female else "oğlu"
            ru_og = "кызы" if female else "оглы"
            if conv == "az_latin":
                f = [f"{G.az[fg]} {og}"]
            elif conv == "ru_cyrillic":
                f = rp + [f"{r} {ru_og}" for r in G.ru[fg]]
                if style == "ogly":  # older registers: Али оглы
                    f = [f"{r} {ru_og}" for r in G.ru[fg]] + rp
            elif conv == "en_from_ru":
                f = [ru_to_en(x, "passport") for x in rp] + [
                    f"{ru_to_en(ru0)} {'kyzy' if female else 'ogly'}"
                ]
                if style == "ogly":
                    f = f[::-1]
            elif conv == "en_from_az":
                en = az_to_en(G.az[fg], style if style in ("std", "e", "x", "h") else "std")
                if female:
                    f = [f"{en} gizi", f"{en} qizi", f"{en} kizi"]
                else:
                    f = [f"{en} oghlu", f"{en} oglu", f"{en} ogly"]
                if style == "x":
                    f = [f"{en} {'qizi' if female else 'oglu'}", *f]
            else:
                f = [hy_genitive(ru_to_hy(ru0)), ru_to_hy(rp[0])]
        else:
            if conv == "az_latin":
                f = [ru_to_az(x) for x in rp]
            elif conv == "ru_cyrillic":
                f = rp
            elif conv in ("en_from_ru", "en_from_az"):
                f = [ru_to_en(x) for x in rp]
            else:
                f = [hy_upper_first(hy_genitive(G.hy[fg]))]
        out = []
        for x in f:
            if x not in out:
                out.append(x)
        self._cache[key] = out
        return out
