"""Parts taken among persons named again by the words of an earlier figure: "Among the
civilians, 61 children", "Of the civilians, 267 are women", «Из мирных жителей 267 — женщины»,
"Mülki şəxslər arasında 52 uşaq" — a part of that figure, if it counts no fewer."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.az_counts_of_a_time import of_this_time
from rightsledger.analysis.statements.figures.coordination import Coordination
from rightsledger.analysis.statements.figures.core import (
    _AZ_AMONG,
    _AZ_PLURALS,
    _DEFINITE,
    Figure,
    resolve_category,
    subgroup_of,
)
from rightsledger.analysis.statements.lexicon import PERSON
from rightsledger.analysis.statements.quantities import Quantity

# "and", "or" between acts that share one "none": "ölüm və ya xəsarət halı".
_AZ_OR = frozenset({"və", "ya", "yaxud"})
# "During", after the verbal noun of an act ("saxlanılma zamanı", "saxlanılma müddətində").
_AZ_DURING = frozenset({"zamanı", "müddətində", "ərzində"})
# Persons named only as persons ("insanlar arasında"): the words of a fate before them say who.
_AZ_PERSONS_ONLY = frozenset({"insanlar", "şəxslər", "adamlar", "nəfərlər", "vətəndaşlar"})
# The adjectives of civilians before a noun of their fate: "mülki itkinlər arasında".
_AZ_CIVILIAN = frozenset({"mülki", "dinc"})
# How far before a Russian word of none its «среди» may stand («погибших среди сапёров в этом
# году нет»).
_NONE_AMONG_REACH = 8
# The endings of the verbal noun ("saxlanılma", "döyülmə").
_AZ_VERBAL_NOUNS = ("ma", "mə")


# Adverbs of the present between the persons named and their fate ("the persons now sought",
# "those currently held"), which name neither.
_EN_ADVERBS_OF_NOW = frozenset({"now", "currently"})


def _holds(whole: Figure, part: Figure) -> bool:
    most, count = whole.quantity.most, part.quantity.count
    return most is not None and count is not None and count <= most


class AmongNamed(Coordination):
    """Finds the figure that the words before a part name again."""

    def _among_named(self, figures: list[Figure]) -> None:
        """ "Among the civilians, 61 children", «Среди гражданских 61 ребёнок», "Mülki
        şəxslər arasında 52 uşaq": a part taken among persons named by the words that named
        an earlier figure (… and 513 civilians) is a part of that figure, if it counts no
        fewer. Words of a fate in the phrase ("Of the health workers killed", «Из числа
        погибших мирных жителей») choose among such figures the one of that fate."""
        for k, figure in enumerate(figures):
            if figure.parent is not None:
                continue
            if self.language == "az" and self._among_as_predicate_az(figure, figures[:k]):
                continue
            if self._none_among_fate_az(figure, figures[:k]):
                continue
            if self._ru_none_of_an_act_among_a_group(figure.quantity):
                continue  # «погибших среди сапёров нет»: a zero of the group (``none_among_a_group``)
            named = self._among_words(figure.quantity)
            # "Of the men held at the factory, 61 …": a group named, then what befell it.
            group = "" if named else self._group_named_among(figure.quantity)
            if not named and not group:
                continue
            earlier = [*self.previous, *figures[:k]]
            # An Azerbaijani part whose fate is its whole's still to be given ("İtkin
            # düşənlərdən … 682-si mülki şəxsdir; mülki şəxslərin 94-ü …") counts those
            # persons too.
            wholes = [
                f for f in earlier
                if (f.category or (self.language == "az" and _fate_from_its_whole(f)))
                and named & self._words_after(f)
            ]  # fmt: skip
            if group:
                wholes = [
                    f for f in earlier if f.category and subgroup_of(f.quantity.noun) == group
                ]
            fate = self._fate_among(figure.quantity)
            if not wholes and fate and self._fate_named_among(figure.quantity):
                # "Of the cumulative deaths, 7,015 are children": no persons named, only the
                # fate, whose last whole figure (no part of another) is the whole.
                wholes = [f for f in earlier if f.category == fate and f.parent is None]
            if not wholes:
                continue
            if self.language == "az":
                # "Hələ də … insanlar arasında": of the count of now, not of last year's.
                wholes = of_this_time(self.tokens, wholes)
            chosen = [f for f in wholes if f.category == fate] or wholes
            # The latest that can hold the part: "the deaths of 56 persons sought … Among the
            # persons now sought are 402 children" are not of the 56.
            whole = next((f for f in reversed(chosen) if _holds(f, figure)), chosen[-1])
            if self._none_of_the_act_among_them(figure, whole):
                continue
            most = whole.quantity.most
            count = figure.quantity.count
            if most is None or count is None or count > most:
                continue
            for part in [figure, *self._coordinated_after(figure, figures[k + 1 :])]:
                part.parent = whole
                if not part.category:
                    part.category, part.bound = whole.category, "nested"

    def _none_among_fate_az(self, figure: Figure, before: list[Figure]) -> bool:
        """ "Saxlanılanlar arasında ölüm və ya xəsarət halı qeydə alınmayıb", "yaralılar
        arasında isə ölən olmayıb", "saxlanılma zamanı ölüm halı qeydə alınmayıb": none among
        persons named in the plural by their fate, or during that fate, is a part (of none) of
        the latest figure of that fate."""
        trigger = figure.trigger
        if self.language != "az" or not figure.quantity.zero_after_only or trigger is None:
            return False
        k = trigger.first - 1
        # "ölüm və ya xəsarət halı": past the acts joined before the one that took the none.
        while k > self.begin and self.tokens[k].lower in _AZ_OR:
            while k > self.begin and self.tokens[k].lower in _AZ_OR:
                k -= 1
            other = self.trigger_ending.get(k)
            if other is None:
                return False
            k = other.first - 1
        if k >= self.begin and self.tokens[k].lower in {"isə", "da", "də"}:
            k -= 1
        named = self.trigger_ending.get(k - 1) if k > self.begin else None
        if named is None:
            return False
        word, before_it = self.tokens[k].lower, self.tokens[k - 1].lower
        among = word in _AZ_AMONG and before_it.endswith(_AZ_PLURALS)
        # "Saxlanılma zamanı ölüm halı qeydə alınmayıb": none while the act named by its
        # verbal noun lasted is none among those it befell.
        during = word in _AZ_DURING and before_it.endswith(_AZ_VERBAL_NOUNS)
        if not (among or during):
            return False
        wanted = resolve_category(named.value, PERSON)
        wholes = [
            f for f in [*self.previous, *before]
            if wanted and f.category == wanted and f.parent is None and f.quantity.count
        ]  # fmt: skip
        if not wholes:
            return False
        figure.parent = wholes[-1]
        return True

    def _ru_none_of_an_act_among_a_group(self, quantity: Quantity) -> bool:
        """«Двое сапёров ранены; погибших среди сапёров в этом году нет»: a Russian none of an
        act named right before «среди» says that act befell none of the group named after it;
        it is no part of an earlier figure of that group (of another act), whatever is told
        between «среди …» and the word of none."""
        if self.language != "ru" or not quantity.zero_after_only:
            return False
        for k in range(quantity.first - 1, max(self.begin, quantity.first - _NONE_AMONG_REACH), -1):
            if self.tokens[k].kind != "word":
                return False
            if self.tokens[k].lower == "среди":
                return k - 1 in self.trigger_ending
        return False

    def _none_of_the_act_among_them(self, figure: Figure, whole: Figure) -> bool:
        """«Погибли 29 мирных жителей. … жертв среди мирного населения не было»: none of the
        whole's own act among the persons it counted is no part of it (none of the civilians
        killed were killed) but a figure that gainsays it; «среди погибших детей нет» names
        a group of its own, and is a part."""
        quantity = figure.quantity
        return (
            quantity.zero
            and not quantity.noun
            and bool(figure.category)
            and figure.category == whole.category
        )

    def _among_words(self, quantity: Quantity) -> set[str]:
        """The stems of the nouns of "among …" just before the number, if any."""
        k = quantity.first - 1
        if k >= self.begin and self.tokens[k].text in {"—", "–", ","}:
            k -= 1
        words: list[int] = []
        if self.language == "az":
            if k >= self.begin and self._az_whole_before_a_part(k, quantity):
                # "Mülki şəxslərdən 267-si qadındır": of the persons named, in the ablative
                # (or in the genitive: "mülki şəxslərin 267-si").
                if self.lex.nest_before_set.match(self.tokens, k) is not None:
                    return set()  # "onlardan", "saxlanılanlardan": a marker of its own
                k += 1
            elif k < self.begin or self.tokens[k].lower != "arasında":
                return set()
            k -= 1
            while k >= self.begin and self.tokens[k].kind == "word" and len(words) < 3:
                if self._az_civilians_of_a_fate(k):
                    # "Mülki itkinlər arasında 71 uşaq": the civilians of that fate.
                    words.append(k - 1)
                    break
                if self.starts.get(k) is not None or self.tokens[k].lower in {"və", ","}:
                    break
                words.append(k)
                k -= 1
            if k >= self.begin and self.tokens[k].kind == "num":
                return set()  # "960 nəfərdən 120-si": a partitive of a number
        else:
            # "Of the civilians, 267 are women", «Из мирных жителей 267 — женщины».
            among = {"среди", "among", "of", "из"}
            # Up to four words: "Of the health workers killed", «Из числа погибших мирных …».
            while k >= self.begin and self.tokens[k].kind == "word" and len(words) < 4:
                if self.tokens[k].lower in among:
                    break
                if self.language == "en" and self.starts.get(k) is not None:
                    # "the destruction of three schools and two hospitals": a count in
                    # words before the number is a figure of its own, and no whole named.
                    return set()
                if self.language == "en" and self.tokens[k].lower in _EN_ADVERBS_OF_NOW:
                    k -= 1  # "Among the persons now sought are 402 children": no word of theirs
                    continue
                words.append(k)
                k -= 1
            if k < self.begin or self.tokens[k].lower not in among or not words:
                return set()
            if self.language == "ru" and k - 1 >= self.begin and k - 1 in self.ends:
                # «71 из них находятся в плену, 25 погибли»: «из» is the partitive of the
                # count before it, and what follows says what befell that part.
                return set()
        return {self._stem(j) for j in words if not self._fate_word(j)}

    def _az_civilians_of_a_fate(self, k: int) -> bool:
        """Is the word at ``k`` a noun of a fate after "mülki" or "dinc" (civilian), "mülki
        itkinlər" (the civilian missing), "dinc ölənlər"?"""
        return (
            k - 1 >= self.begin
            and self.starts.get(k) is not None
            and self._fate_word(k)
            and self.tokens[k - 1].lower in _AZ_CIVILIAN
        )

    def _group_named_among(self, quantity: Quantity) -> str:
        """The subgroup named by "of the minors," or "among the women," just before an
        English part, if its noun names one; what befell the group may follow its noun ("Of
        the men held at the factory, 61 …")."""
        k = quantity.first - 1
        if self.language != "en" or k < self.begin or self.tokens[k].text != ",":
            return ""
        for _ in range(6):
            k -= 1
            if k - 2 < self.begin or self.tokens[k].kind != "word":
                return ""
            opens = self.tokens[k - 2].lower in {"of", "among"}
            if opens and self.tokens[k - 1].lower in _DEFINITE:
                phrase = self.lex.noun_set.match(self.tokens, k)
                if phrase is None or not phrase.value.startswith("subgroup:"):
                    return ""
                return phrase.value.removeprefix("subgroup:")
        return ""

    def _fate_among(self, quantity: Quantity) -> str:
        """The category of the fate named in the words just before the part, if any."""
        for trigger in self.triggers:
            if quantity.first - 7 <= trigger.first < quantity.first:
                category = resolve_category(trigger.value, PERSON)
                if category:
                    return category
        return ""

    def _fate_named_among(self, quantity: Quantity) -> bool:
        """Is a fate named between English "of" or "among" and the number ("Of the deaths,")?"""
        k = quantity.first - 1
        if self.language == "az":
            return self._az_fate_of_persons_among(quantity)
        while k >= self.begin and quantity.first - k <= 5:
            if self.tokens[k].lower in {"of", "among"}:
                return any(k < t.first < quantity.first for t in self.triggers)
            k -= 1
        return False

    def _az_fate_of_persons_among(self, quantity: Quantity) -> bool:
        """ "Hələ də itkin düşmüş insanlar arasında 512 qadın", "yolunu gözlədiyimiz şəxslər
        arasında": persons named only as persons, after the participle of their fate, are
        those of that fate, as "itkin düşənlər arasında" names them."""
        k = quantity.first - 1
        if k <= self.begin or self.tokens[k].lower != "arasında":
            return False
        if self.tokens[k - 1].lower not in _AZ_PERSONS_ONLY:
            return False
        fate = self.trigger_ending.get(k - 2)
        return fate is not None and bool(resolve_category(fate.value, PERSON))

    def _fate_word(self, j: int) -> bool:
        return any(t.first <= j <= t.last for t in self.triggers) or self.tokens[j].lower in (
            _DEFINITE | self.lex.stop_words
        )

    def _words_after(self, figure: Figure) -> set[str]:
        """The stems of the words that name what a figure counted, right after its number."""
        out: set[str] = set()
        k = figure.quantity.last + 1
        while k < len(self.tokens) and len(out) < 3:
            token = self.tokens[k]
            if token.text in {"—", "–", "-"}:
                k += 1
                continue
            if token.kind != "word" or k in self.trigger_at:
                break
            if self.lex.noun_set.match(self.tokens, k) is None and len(token.lower) <= 2:
                k += 1  # "435-i": the possessive ending of the digits
                continue
            out.add(self._stem(k))
            k += 1
        return out

    def _stem(self, j: int) -> str:
        token = self.tokens[j]
        if self.language == "ru":
            return token.key
        return token.lower[:4] if self.language == "az" else token.lower.removesuffix("s")


def _fate_from_its_whole(figure: Figure) -> bool:
    """Will the figure take its whole's fate, having none of its own yet?"""
    return figure.parent is not None and bool(figure.parent.category)
