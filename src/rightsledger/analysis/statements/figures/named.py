"""Wholes named again: a part taken "of" persons named by their noun ("Three of the students",
«двое из заключённых», "məhbuslardan biri", "20 of the individuals") or by their act ("640 of
these deaths") is a part of the latest figure that counted them so, also in an earlier
sentence."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import (
    _DEFINITE,
    Figure,
    Trigger,
    resolve_category,
    subgroup_of,
)
from rightsledger.analysis.statements.figures.partitives import Partitives
from rightsledger.analysis.statements.lexicon import FAMILY, GRAVE, PERSON, UNIT, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS

# Words of an earlier period with a unit of time: after it («годом ранее», «год назад»),
# before it («в прошлом году», «в предыдущем месяце»); and what ends the clause looked in.
_EARLIER_AFTER = frozenset({"ранее", "раньше", "назад"})
_EARLIER_BEFORE = frozenset(
    {"прошлом", "предыдущем", "прошлый", "предыдущий", "прошлого", "предыдущего"}
)
# The verb by which a group named as its subject lists its parts: "The civilians include …".
_INCLUDE = frozenset({"include", "includes", "included"})


class NamedWholes(Partitives):
    """Finds the figure that a part's noun or act names again."""

    def _whole_named_by_noun(self, figure: Figure, figures: list[Figure]) -> Figure | None:
        """ "Three of the students …", «трое из этих студентов», "tələbələrdən üçü": a part
        of persons named by their noun, with the definite article or a demonstrative, is a
        part of the latest figure that counted persons by that noun, also in an earlier
        sentence. A part read with its group ("three of the police officers": the group is
        its noun) is so too, and then has no noun of its own."""
        quantity = figure.quantity
        sibling = self._az_part_before_of_the_same_group(figure, figures)
        if sibling is not None:
            # "Hərbi qulluqçulardan 18-i …, 5-i isə ağır yaralıdır": both are of the group
            # named once in the ablative, so the later part shares the earlier one's whole
            # (none yet while the earlier one is still unbound).
            return sibling.parent
        if quantity.group_of:
            return self._latest_counting(quantity.noun, figure, figures)
        definite = False
        if self.language == "az":
            k = quantity.first - 1
            if k < self.begin or not self._az_whole_before_a_part(k, quantity):
                return None
            phrase = self.lex.noun_set.match(self.tokens, k)
            definite = k > self.begin and self.tokens[k - 1].lower in _DEFINITE
            # "əsirlikdən 8 nəfər": from captivity, no part of the captives ("əsirlərdən 8-i").
            named_group = phrase is None or names_group(phrase.value)
            if not named_group and not self._az_possessive_number(quantity):
                return None
        else:
            j = quantity.end_token + 1
            if j + 1 >= self.end or self.tokens[j].lower != {"en": "of", "ru": "из"}[self.language]:
                return None
            definite = self.tokens[j + 1].lower in _DEFINITE
            if self.language == "en" and not definite:
                return None  # "three of 40 students" is read as a partitive of a number
            phrase = self.lex.noun_set.match(self.tokens, j + 1 + definite)
            act = self.trigger_at.get(j + 1 + definite)
            if definite and phrase is None and act is not None:
                return self._whole_named_by_act(figure, figures, act)
        if phrase is None:
            return None
        if phrase.value.startswith("implied:"):
            return self._latest_counting(phrase.value, figure, figures) or self._latest_of(
                phrase.value.split(":", 1)[1], figure, figures
            )
        if phrase.value == PERSON and definite:
            return self._latest_of("", figure, figures)
        if not names_group(phrase.value):
            return None
        return self._latest_counting(phrase.value, figure, figures)

    def _whole_that_includes(
        self, marker: tuple[int, int], part: Figure, figures: list[Figure]
    ) -> Figure | None:
        """ "143 servicemen and 14 civilians … The civilians include 3 women": the group named
        with the definite article as the subject of "include" is the latest figure that
        counted it, a part of another figure or not (English)."""
        if self.language != "en" or self.tokens[marker[0]].lower not in _INCLUDE:
            return None
        for start in range(max(self.begin, marker[0] - 4), marker[0] - 1):
            if self.tokens[start].lower not in _DEFINITE:
                continue
            found = self.lex.noun_set.match_span(self.tokens, start + 1)
            if found is None or start + 1 + found[1] != marker[0]:
                continue
            group = found[0].value
            if names_group(group):
                return self._latest_counting(group, part, figures)
            # "the civilians", "the residents": persons the lexicon counts as everyone, named
            # again by the very word their count took.
            word = self.tokens[marker[0] - 1].lower
            earlier = [
                f for f in [*self.previous, *figures] if f.quantity.end_token < start and f.category
            ]
            said = [f for f in earlier if self.tokens[f.quantity.end_token].lower == word]
            return said[-1] if said else None
        return None

    def _az_part_before_of_the_same_group(
        self, figure: Figure, figures: list[Figure]
    ) -> Figure | None:
        """The Azerbaijani part before ``figure`` in its sentence that was taken of the same
        group, when ``figure`` follows a comma with no group named for it: it was lent that
        part's group (``_az_group_of_the_part_before``), so it is that part's sibling, never
        its part."""
        quantity = figure.quantity
        k = quantity.first - 1
        if self.language != "az" or not quantity.group_of or k < self.begin:
            return None
        if self.tokens[k].text != ",":
            return None
        before = [
            f for f in figures
            if f is not figure and self.begin <= f.quantity.first and f.last < k
            and f.quantity.group_of and f.quantity.noun == quantity.noun
        ]  # fmt: skip
        return before[-1] if before else None

    def _az_whole_before_a_part(self, k: int, quantity: Quantity) -> bool:
        """Does the word at ``k``, right before the count, name the persons the count is a
        part of: in the ablative ("mülki şəxslərdən 94-ü"), or in the plural genitive before
        a number with the possessive ("mülki şəxslərin 94-ü", 94 of the civilians)? A
        genitive before a bare count owns it ("kəndin 70 sakini": the village's residents);
        before a part with a verb of its own ("fəalların beşi aclıq edir") it counts no
        part of a fate."""
        word = self.tokens[k].lower
        if word.endswith(("dan", "dən")):
            return True
        return (
            word.endswith(("ların", "lərin"))
            and self._az_possessive_number(quantity)
            and not self._az_own_predicate(quantity)
        )

    def _for_comparison(self, figure: Figure) -> bool:
        """Is the figure another period's, given after ", against" or "compared with" ("19
        killed in 2026, against 24 killed in 2025"), or as "this figure" again ("31
        jurnalist həbs edilib, 2025-ci ildə isə bu rəqəm 22 olub")? A later "of the dead"
        speaks of the statement's own figure, not of the one it was compared with."""
        first = figure.quantity.first
        if self.language == "az":
            words = [t.lower for t in self.tokens[max(0, first - 2) : first]]
            return words[:1] in (["bu"], ["həmin"]) and words[1:] in (
                ["rəqəm"],
                ["göstərici"],
                ["say"],
            )
        if self.language == "ru":
            return self._ru_of_an_earlier_period(first)
        if self.language != "en":
            return False
        words = [t.lower for t in self.tokens[max(0, first - 2) : first]]
        return bool(words) and (
            words[-1] in {"against", "versus"}
            or words in (["compared", "with"], ["compared", "to"])
        )

    def _ru_of_an_earlier_period(self, first: int) -> bool:
        """«Годом ранее на минах подорвались 15 человек», «в прошлом году — 15», «за тот же
        месяц прошлого года — 15»: a Russian figure with an earlier period in its clause before
        it (a unit of time before «ранее», «раньше», «назад», or after «прошлом», «предыдущем»,
        «прошлого») is that period's, given to compare."""
        k = first - 1
        while k > max(0, first - 7) and self.tokens[k].text not in CLAUSE_STOPS:
            if self._unit_at(k) and self.tokens[k + 1].lower in _EARLIER_AFTER:
                return True
            if self.tokens[k].lower in _EARLIER_BEFORE and self._unit_at(k + 1):
                return True
            k -= 1
        return False

    def _unit_at(self, k: int) -> bool:
        phrase = self.lex.noun_set.match(self.tokens, k)
        return phrase is not None and phrase.value == UNIT

    def _latest_of(self, category: str, figure: Figure, figures: list[Figure]) -> Figure | None:
        """ "12 of the individuals", "two of the hostages", "məhbuslardan biri": the persons
        counted last (of that category, if the noun names one), if they are no fewer."""
        earlier = [
            f
            for f in [*self.previous, *(f for f in figures if f.last < figure.quantity.first)]
            if not self._for_comparison(f)
        ]
        wholes = [
            f for f in earlier
            if f.parent is None and f.category and f is not figure
            and (f.category == category if category else _persons(f.quantity))
        ]  # fmt: skip
        if not wholes:
            return None
        whole, count = wholes[-1], figure.quantity.count
        most = whole.quantity.most
        return whole if most is not None and count is not None and count <= most else None

    def _latest_counting(self, noun: str, figure: Figure, figures: list[Figure]) -> Figure | None:
        earlier = [
            f
            for f in [*self.previous, *(f for f in figures if f.last < figure.quantity.first)]
            if not self._for_comparison(f)
        ]
        wholes = [
            f for f in earlier
            if f.parent is None and f.category and f is not figure and f.quantity.noun == noun
        ]  # fmt: skip
        if not wholes and self.language == "en" and noun.startswith(("subgroup:", "label:")):
            # "ten of them children. Two of the wounded children later died": a group counted
            # only as a part of another figure is that part; so is a group of a calling
            # ("among them 5 journalists … 2 of the journalists have been released").
            wholes = [f for f in earlier if f.category and f is not figure and _counts(f, noun)]
        return wholes[-1] if wholes else None

    def _part_named_by_its_group(
        self, k: int, category: str, figure: Figure, figures: list[Figure]
    ) -> Figure | None:
        """ "ten of them children. Two of the wounded children later died": a group named at
        ``k``, after the words that name the act ("of the wounded"), names the latest figure
        of that act and group, a part as well as a whole (English)."""
        if self.language != "en" or k >= self.end:
            return None
        act = self.trigger_at.get(k)
        if act is not None:
            k = act.last + 1  # "of the | wounded children"
        phrase = self.lex.noun_set.match(self.tokens, k) if k < self.end else None
        if phrase is None or not phrase.value.startswith("subgroup:"):
            return None
        earlier = [*self.previous, *(f for f in figures if f.last < figure.quantity.first)]
        named = [
            f for f in earlier
            if f.category == category and f is not figure and _counts(f, phrase.value)
        ]  # fmt: skip
        return named[-1] if named else None

    def _whole_named_by_act(
        self, figure: Figure, figures: list[Figure], act: Trigger
    ) -> Figure | None:
        """ "The UN has verified 640 of these deaths", «23 из этих убийств»: a part of the
        acts named with a demonstrative is a part of the latest figure of that act."""
        category = resolve_category(act.value, "")
        earlier = [
            f
            for f in [*self.previous, *(f for f in figures if f.last < figure.quantity.first)]
            if not self._for_comparison(f)
        ]
        wholes = [f for f in earlier if f.parent is None and f.category == category]
        if not wholes:
            return None
        if not figure.category:
            figure.category, figure.trigger, figure.bound = category, act, "nested"
        return wholes[-1]

    def _counted_by_marker_noun(
        self, marker: tuple[int, int], figures: list[Figure]
    ) -> Figure | None:
        """ "məhbuslardan biri", «двое из заложников»: a marker that is the noun the persons
        were counted by ("22 məhbusa işgəncə veriblər") takes the latest figure counted by
        it, whatever befell them, before the latest figure of what the noun implies."""
        k = marker[1]
        if self.tokens[k].lower in {"из", "of", "among", "среди"} and k + 1 < self.end:
            k += 1
        phrase = self.lex.noun_set.match_span(self.tokens, k)
        if phrase is None or not phrase[0].value.startswith("implied:"):
            return None
        noun = phrase[0].value
        earlier = [*self.previous, *(f for f in figures if f.last < marker[0])]
        named = [f for f in earlier if f.parent is None and f.category and f.quantity.noun == noun]
        return named[-1] if named else None

    def _group_of_the_fate(
        self, marker: tuple[int, int], figures: list[Figure], wanted: str
    ) -> Figure | None:
        """ "Həlak olan uşaqlardan 12-si", "Azad edilən hərbçilərdən 17-si", «Семнадцать из
        вернувшихся военнослужащих»: a part taken of a group named after the participle of its
        fate is a part of the latest figure of that fate that counted that group ("onlardan
        51-i uşaq", "145-i hərbçi"), a part itself or not, also in an earlier sentence; with
        none, of the latest whole of the fate. A figure of none ("heç bir qadın həbs
        edilməyib") is no whole. A part of the same sentence named by its predicate ("60-ı
        hərbçidir; azad edilən hərbçilərdən …") has no noun yet here. Azerbaijani ends the
        marker with the group's noun; Russian names the group right after the marker."""
        if self.language not in {"az", "ru"} or not wanted:
            return None
        at = marker[1] if self.language == "az" else marker[1] + 1
        if self.language == "az" and marker[1] == marker[0]:
            return None
        phrase = self.lex.noun_set.match_span(self.tokens, at) if at < self.end else None
        if phrase is None or not names_group(phrase[0].value):
            return None
        noun = phrase[0].value
        earlier = [*self.previous, *(f for f in figures if f.last < marker[0])]
        named = [
            f for f in earlier
            if f.category == wanted and f.quantity.noun == noun and not f.quantity.zero
            and not self._for_comparison(f)
        ]  # fmt: skip
        return named[-1] if named else None


def _persons(quantity: Quantity) -> bool:
    """Does the quantity count persons (not graves, families, houses or units)?"""
    noun = quantity.noun
    return noun not in {GRAVE, FAMILY, UNIT} and not noun.startswith("property:")


def _counts(figure: Figure, noun: str) -> bool:
    """Does the figure count the group ``noun`` names, by its own noun or its subgroup?"""
    group = subgroup_of(noun)
    return figure.quantity.noun == noun or figure.subgroup == group
