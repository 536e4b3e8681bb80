"""Parts after a marker ("of whom", «в том числе», "onlardan"), parts named after their
whole ("106 of them", "Three of the students"). Parts among persons named again are in
``among``, counts joined by "and" that share a verb in ``coordination``, lists that spell out
a figure after a colon or in a parenthesis in ``lists``."""

from __future__ import annotations

import itertools

from rightsledger.analysis.statements.figures.az_counts_of_a_time import (
    counted_on_the_list,
    them_of_a_count_with_no_fate,
)
from rightsledger.analysis.statements.figures.core import (
    _CASUALTIES,
    _DEFINITE,
    _EN_HEDGES,
    _LATER_FATES,
    _PRESUPPOSES,
    Figure,
    resolve_category,
)
from rightsledger.analysis.statements.figures.included_first import nest_parts_named_first
from rightsledger.analysis.statements.figures.part_sums import parts_exceed_their_whole
from rightsledger.analysis.statements.figures.parts_by_degree import part_named_by_its_degree
from rightsledger.analysis.statements.figures.persons_not_things import wholes_of_persons
from rightsledger.analysis.statements.figures.still_held import still_so_of
from rightsledger.analysis.statements.figures.them_of_the_count_before import (
    count_right_before_them,
    parts_of_the_item_before,
    ru_count_right_before_them,
    ru_them_of_a_count_with_no_fate,
)
from rightsledger.analysis.statements.figures.those_parts import nest_parts_of_those
from rightsledger.analysis.statements.figures.whole_before import (
    BACK_PRONOUNS,
    WholeBefore,
    part_said_of_in_a_predicate,
)
from rightsledger.analysis.statements.figures.wholes_of_us_and_them import (
    them_the_subject_before,
    us_among_the_dead,
)
from rightsledger.analysis.statements.figures.wholes_too_small import (
    whole_of_the_fate_that_fits,
    whole_the_part_fits,
)
from rightsledger.analysis.statements.figures.whose_whole_has_no_fate import (
    whole_of_the_relative_has_no_fate,
)
from rightsledger.analysis.statements.lexicon import Phrase
from rightsledger.analysis.statements.numerals import read_number
from rightsledger.analysis.statements.quantities import az_locative
from rightsledger.analysis.statements.quantities.years import year_after_the

# The words of an English copula hedged by a verb of belief or report ("are believed to be").
_HEDGED_COPULA = _EN_HEDGES | {"are", "were", "is", "was", "to", "be"}
# "Those of" after a copula takes up the whole's noun: "nine of the bodies were those of women".
_THOSE_OF = ("those", "of")

_AMONG = frozenset({"among", "среди"})
# Those on the list, named again: its count as a whole ("siyahıdakı şəxslərdən").
_ON_THE_LIST = frozenset({"siyahıdakı", "siyahıdakılardan"})
# The words of a Russian marker of inclusion («в том числе», «включая»), as against «из них».
_INCLUDING_RU = frozenset({"том", "включая"})
# The particle of a phrasal verb between its object and a comma ("let the old men go, …").
PHRASAL_PARTICLES = frozenset({"go", "away", "off", "out", "free", "loose"})

# Relative pronouns of a part's marker ("of whom", «из которых»).
_RELATIVE = frozenset({"whom", "которых"})
# Persons named by sex or not at all, whom an age under 18 makes children.
_PERSONS_OF_AN_AGE = frozenset(
    {"label:girls", "label:boys", "subgroup:women", "subgroup:men", "person"}
)
# What befalls only persons (or their remains): a part with one of these is no part of things.
_FATES_OF_PERSONS = frozenset(
    {"killed", "injured", "captured", "detained", "released", "missing", "disappeared",
     "tortured", "displaced", "identified", "found_dead"}
)  # fmt: skip

# The fates of a harm that persons may die of afterwards ("beaten …, and 9 died of their
# injuries").
_HARMED = frozenset({"tortured", "injured"})


def _fits_in(part: Figure, whole: Figure) -> bool:
    count, most = part.quantity.count, whole.quantity.most
    return count is None or most is None or count < most


class Nesting(WholeBefore):
    """Binds parts to their wholes after markers and by their nouns."""

    def _them_of_a_group_before(self, figure: Figure, marker: int) -> bool:
        """ "They released the women, eight of them", "let the old men go, eight or nine of
        them": a count set off by a comma after a group named with the definite article and
        no number of its own counts that group; its "of them" takes the group, not a whole
        counted before (English)."""
        quantity = figure.quantity
        if self.language != "en" or marker != quantity.end_token + 1:
            return False
        if [t.lower for t in self.tokens[marker : marker + 2]] != ["of", "them"]:
            return False
        comma = quantity.first - 1
        if comma <= self.begin or self.tokens[comma].text != ",":
            return False
        end = comma - (self.tokens[comma - 1].lower in PHRASAL_PARTICLES)
        for start in range(max(self.begin + 1, end - 3), end):
            phrase = self.lex.noun_set.match(self.tokens, start)
            if phrase is None or start + len(phrase.elements) != end:
                continue
            if any(q.end_token == end - 1 for q in self.quantities):
                return False  # "12 women, eight of them …": a count's own noun, and a part
            named = phrase.value.startswith(("subgroup:", "label:"))
            return named and self.tokens[start - 1].lower in _DEFINITE
        return False

    def _az_among_civilians_named_before(self, first: int) -> bool:
        """ "… 805-i isə mülki şəxsdir. Mülki itkinlər arasında 71 uşaq": a marker of a fate
        after "mülki" or "dinc" (civilian) takes the part among the civilians of that fate,
        whom the text has counted before it, not among all of them (``among``)."""
        if self.language != "az" or first < 1:
            return False
        civilian = {"mülki", "dinc"}
        if self.tokens[first - 1].lower not in civilian:
            return False
        return any(t.lower in civilian for t in self.tokens[: first - 1])

    def _nesting(self, figures: list[Figure]) -> None:
        opening = nest_parts_named_first(self.tokens, figures, self.begin)
        for marker in self.markers:
            if opening and marker[0] == self.begin:
                continue  # "Including two children, seven …": the part is named first
            items = self._list_after(marker[1] + 1, figures)
            if not items:
                continue
            if self.language == "en":
                of_the_one_before = parts_of_the_item_before(self.tokens, items)
                items = [item for item in items if id(item) not in of_the_one_before]
            if self.language == "az" and them_of_a_count_with_no_fate(
                self.tokens, self.quantities, figures, marker[0], items[0]
            ):
                continue  # "77 nəfərin taleyi aydınlaşıb, onlardan 69-unun …": of the 77
            if self._az_among_civilians_named_before(marker[0]):
                continue  # "Mülki itkinlər arasında": the civilians among them (``among``)
            if self._marker_of_a_count_before(marker, items[0]):
                continue  # "17 of them seriously; two of the seriously injured …"
            if self.language == "en" and whole_of_the_relative_has_no_fate(
                self.tokens, self.quantities, figures, items[0]
            ):
                continue  # "against 31 persons, 12 of whom remain in detention"
            whole = self._antecedent(marker, marker[0], items[0], figures)
            whole = whole or self._whole_that_includes(marker, items[0], figures)
            if whole is None and self.language == "ru":
                whole = ru_count_right_before_them(self.tokens, marker, items[0], figures)
            if whole is not None and whole.parent is not None and items[0].parent is whole.parent:
                # Taken as a part of the list's whole before the list was read: the item
                # right before «из них», «среди которых» is nearer.
                items[0].parent = None
            restated = self._restated_in_an_aside(marker, items)
            if restated is not None:
                # "Of the wounded, now 31, nine are …": the toll as it stands, then its parts.
                act = self._category_in(marker)
                restated.category = restated.category or resolve_category(
                    act, restated.quantity.counted
                )
                whole, items = restated, items[1:]
            whole = whole or self._the_latter(marker, items[0], figures)
            subject = self._fate_of_the_subject(marker)
            wholes = wholes_of_persons(items[0], figures)
            whole = whole or self._whole_before(
                marker,
                wholes,
                subject or None,
                # «Среди поступивших — 3 фельдшера, пострадавшие …»: a part whose own act
                # befalls only persons is of persons, whatever was counted since.
                persons=self.language == "ru" and items[0].category in _FATES_OF_PERSONS,
            )
            if self._by_pronoun(marker):
                whole = whole_the_part_fits(items[0], whole)
            if self.language == "az" and self.tokens[marker[0]].lower in _ON_THE_LIST:
                # "Siyahıdakı şəxslərdən 200-ü": the list's own count, not a part of it.
                whole = counted_on_the_list(self.tokens, [*self.previous, *figures]) or whole
            if self.language == "az":
                # "iki sapyoru yaralanıb. Yaralananlardan ən azı 9-u …": more than the latest
                # of the fate can hold, so of the one before it that can.
                whole = whole_of_the_fate_that_fits(
                    items[0], whole, [*self.previous, *figures], self._category_in(marker)
                )
            self._attach(items, whole, subject or self._category_in(marker))
            self._included_in_the_whole_of_their_act(marker, items, whole, figures)
        for figure in figures:
            after, j, past_year = None, 0, 0
            for j in (
                # "Dozens of them": the vague word took "of" in.
                figure.quantity.last if self.tokens[figure.quantity.last].lower == "of" else -1,
                figure.quantity.last + 1,
                figure.quantity.end_token + 1,
                self._past_copula(figure.quantity.end_token + 1),
            ):
                after = self.lex.nest_after_set.match(self.tokens, j) if 0 <= j < self.end else None
                if after is not None:
                    break
                after, past_year = self._marker_past_a_year(j)
                if after is not None:
                    break
            if (
                after is not None
                and j > figure.quantity.end_token + 1
                and self.tokens[j].lower not in _AMONG
            ):
                after = None  # "Seven were of the opinion …": only "among" is a predicate
            if after is not None and self._them_of_a_group_before(figure, j):
                after = None  # "they released the women, eight of them": of the women
            if after is None and figure.parent is None and self._of_a_degree(figure, figures):
                continue  # "two of the seriously injured": of the part hurt so
            if after is None and figure.parent is None:
                named = self._whole_named_by_noun(figure, figures)
                if named is not None:
                    # "three of the police officers": the whole's persons, no subgroup of their
                    # own; an Azerbaijani part of a group named by its noun in the ablative
                    # ("Jurnalistlərdən 4-ü", "Uşaqlardan ikisi") counts that group.
                    if figure.quantity.group_of and self.language != "az":
                        figure.quantity.noun = ""
                    if not figure.category:
                        self._clause(figure)  # its own verb first, then its whole's
                    self._attach([figure], named)
                continue
            if after is None or figure.parent is not None:
                continue
            marker = (j, j + len(after.elements) - 1 + past_year)
            # "Eight of the dead": the whole is the latest figure of what the marker names;
            # "640 of these deaths": of the act named right after it.
            wanted = self._category_in(marker)
            act_after = self.trigger_at.get(marker[1] + 1)
            if not wanted and act_after is not None and self.tokens[marker[1]].lower in _DEFINITE:
                wanted = resolve_category(act_after.value, "")
            listed = (
                self._listed_before(figure, figures)
                if self.tokens[marker[0]].lower == "among"
                else []
            )
            first = (listed or [figure])[0].quantity.first
            named_part = (
                self._part_named_by_its_group(marker[1] + 1, wanted, figure, figures)
                if wanted
                else None
            )
            if self.language == "en" and whole_of_the_relative_has_no_fate(
                self.tokens, self.quantities, figures, figure
            ):
                continue  # "against 31 persons, 12 of whom remain in detention"
            if self.language == "ru" and ru_them_of_a_count_with_no_fate(
                self.tokens, marker, figure, figures
            ):
                continue  # «прояснить судьбу 78 человек: 61 из них найдены погибшими»
            if self.language == "en" and them_the_subject_before(
                self.tokens, marker, figure, self.begin
            ):
                continue  # "they came, maybe twenty of them,": those who came
            whole = named_part or self._antecedent(marker, first, figure, figures)
            if whole is None and self.language == "en":
                # "seven children, three of them in critical condition": of the seven
                whole = count_right_before_them(self.tokens, marker, figure, figures)
            if whole is None and self.language == "ru":
                whole = ru_count_right_before_them(self.tokens, marker, figure, figures)
            if whole is None and self.language == "ru":
                # «Семнадцать из вернувшихся военнослужащих»: the group after the participle.
                whole = self._group_of_the_fate(marker, figures, wanted)
            whole = (
                whole
                or self._counted_by_marker_noun(marker, figures)
                or self._whole_before(
                    (first, first),
                    wholes_of_persons(figure, figures),
                    wanted,
                    back=self._refers_back(marker),
                    persons=figure.category in _FATES_OF_PERSONS,
                )
            )
            if whole is not None and self.tokens[marker[1]].lower == "still":
                # "among those still in detention": of those said to remain so.
                whole = still_so_of(whole, [*self.previous, *figures], self.tokens) or whole
            if not figure.quantity.noun:
                figure.quantity.noun = self._noun_after(marker[1] + 1)
            if not figure.quantity.noun and figure.quantity.zero:
                # "none of them was a civilian": a part of none has no noun of its own; what
                # its predicate calls them is what it counts none of.
                figure.quantity.noun = self._noun_after(
                    self._past_copula_and_article(marker[1] + 1)
                )
            items = [figure, *self._list_after(marker[1] + 1, figures, continuing=figure)]
            if self._by_pronoun(marker):
                whole = whole_the_part_fits(figure, whole)
            else:
                whole = whole_of_the_fate_that_fits(figure, whole, self.previous + figures, wanted)
            if whole is not None and us_among_the_dead(self.tokens, marker, figure, whole):
                continue  # "There were about forty of us": the living, none of the dead
            self._attach([*listed, *items], whole)
            self._died_of_the_harm_before(items)
        nest_parts_of_those(self.tokens, figures, self.begin, self._names_whom)

    def _died_of_the_harm_before(self, items: list[Figure]) -> None:
        """ "85 of them were beaten in the cells, and 4 died of their injuries": an
        item that died of "their" injuries or wounds died of the harm the item before it
        suffered; it is a part of that item, if it fits in it (English)."""
        if self.language != "en":
            return
        for before, item in itertools.pairwise(items):
            trigger = item.trigger
            if item.category != "killed" or before.category not in _HARMED or trigger is None:
                continue
            words = [t.lower for t in self.tokens[trigger.last + 1 : trigger.last + 4]]
            if words[:2] not in (["of", "their"], ["from", "their"]) or words[2:] not in (
                ["injuries"],
                ["wounds"],
            ):
                continue
            most, count = before.quantity.most, item.quantity.count
            if most is not None and count is not None and count <= most:
                item.parent = before

    def _restated_in_an_aside(self, marker: tuple[int, int], items: list[Figure]) -> Figure | None:
        """ "Of the wounded, now 31, nine are in critical condition": the first item, set off
        by commas right after the marker and said to be the count "now", is the whole as it
        stands, not a part of an earlier count; the items after it are its parts (English)."""
        if self.language != "en" or len(items) < 2 or not self._category_in(marker):
            return None
        first = items[0].quantity
        opening, closing = marker[1] + 1, first.end_token + 1
        if closing >= self.end or opening + 2 != first.first:
            return None
        said = [t.lower for t in self.tokens[opening : first.first]] + [self.tokens[closing].text]
        return items[0] if said == [",", "now", ","] and items[0].parent is None else None

    def _of_a_degree(self, figure: Figure, figures: list[Figure]) -> bool:
        """Attaches "two of the seriously injured" to the part said to be hurt so; returns
        whether it did (English)."""
        k = figure.quantity.end_token + 1
        words = [t.lower for t in self.tokens[k : k + 2]]
        if self.language != "en" or words != ["of", "the"] or k + 3 >= self.end:
            return False
        act = self.trigger_at.get(k + 3)
        if act is None:
            return False
        category = resolve_category(act.value, "")
        earlier = [*self.previous, *(f for f in figures if f.last < figure.quantity.first)]
        whole = part_named_by_its_degree(self.tokens, k + 2, category, earlier)
        if whole is None:
            return False
        if not figure.category:
            self._clause(figure)
        self._attach([figure], whole)
        return figure.parent is whole

    def _marker_of_a_count_before(self, marker: tuple[int, int], item: Figure) -> bool:
        """ "17 of them seriously; two …": "of them" right after a number is that count's,
        a part; the count after it, past a semicolon, is no item of its list (English)."""
        if self.language != "en" or self.tokens[marker[0]].lower != "of":
            return False
        if not any(q.end_token == marker[0] - 1 for q in self.quantities):
            return False
        between = self.tokens[marker[1] + 1 : item.quantity.first]
        return any(t.text == ";" for t in between)

    def _names_whom(self, k: int) -> bool:
        """Does the word at ``k`` name an act or a noun ("of those arrested")?"""
        return k in self.trigger_at or self.lex.noun_set.match(self.tokens, k) is not None

    def _included_in_the_whole_of_their_act(
        self,
        marker: tuple[int, int],
        items: list[Figure],
        whole: Figure | None,
        figures: list[Figure],
    ) -> None:
        """«Всего погибли 20 и ранены 65 человек, в том числе 7 детей погибли и 19 детей
        ранены»: after two wholes of different acts, «в том числе» («включая») includes each
        item, by the act it names, in the whole of that act, not in the nearer whole only.
        (An item whose act follows its whole's, «из них двое скончались» said of the
        wounded, is a part of those wounded: «из них» is no marker of inclusion.)"""
        if whole is None or self.language != "ru":
            return
        words = {self.tokens[k].lower for k in range(marker[0], marker[1] + 1)}
        if not words & _INCLUDING_RU:
            return
        wholes = [
            f for f in figures
            if f.parent is None and f.category and f is not whole and f.last < marker[0]
        ]  # fmt: skip
        for item in items:
            if item.parent not in (whole, None) or item.category in ("", whole.category):
                continue
            own = [f for f in wholes if f.category == item.category and not _larger_than(item, f)]
            if own:
                item.parent = own[-1]

    def _fate_of_the_subject(self, marker: tuple[int, int]) -> str:
        """ "the dead included four police officers", "those wounded included two nurses":
        English "included" as the verb of a subject that names persons by their fate; the
        whole is the latest figure of that fate, not the latest figure."""
        first = marker[0]
        if self.language != "en" or self.tokens[first].lower != "included":
            return ""
        for k in range(first - 1, max(self.begin, first - 4) - 1, -1):
            if self.tokens[k].kind != "word":
                return ""
            if self.tokens[k].lower in _DEFINITE:
                words = {t.lower for t in self.tokens[k + 1 : first]}
                # "The casualties included 89 children": the dead and the hurt together.
                return "" if words & _CASUALTIES else self._category_in((k + 1, first - 1))
        return ""

    def _marker_past_a_year(self, j: int) -> tuple[Phrase | None, int]:
        """ "four of the 2024 dead": a marker with a year set after "the" as an attribute,
        matched as if the year were not there; the number of the year's tokens with it."""
        if j >= self.end - 3 or not year_after_the(self.tokens, j):
            return None, 0
        trimmed = [*self.tokens[: j + 2], *self.tokens[j + 3 :]]
        return self.lex.nest_after_set.match(trimmed, j), 1

    def _antecedent(
        self, marker: tuple[int, int], first: int, part: Figure, figures: list[Figure]
    ) -> Figure | None:
        """ "among them 5 minors, 3 of whom …", "8 minors, of whom 2 …", «7 детей, двое из
        которых …»: a relative pronoun refers to the count right before it, set off by a
        comma only, even when that count is itself a part, if the part fits in it."""
        words = {self.tokens[k].lower for k in range(marker[0], marker[1] + 1)}
        if not words & _RELATIVE:
            return None
        before = [f for f in figures if f.quantity.end_token < first and f is not part]
        if not before:
            return None
        whole = before[-1]
        if not whole.category and whole.parent is not None and whole.parent.category:
            # A part of the list before, which takes its whole's fate only later.
            whole.category, whole.bound = whole.parent.category, "nested"
        joined = before[-2] if len(before) > 1 else None
        if (
            not whole.category
            and joined is not None
            and joined.category
            and self._coordinated(joined, whole)
        ):
            # «вернулись 95 военнослужащих и восемь гражданских лиц, среди которых двое
            # несовершеннолетних»: the last of counts joined by "and", which shares the verb
            # of the first only later, is the nearest count the relative refers to.
            whole.category, whole.bound = self._share(joined, whole), "coordinated"
        if not whole.category:
            return None
        between = [self.tokens[k].text for k in range(whole.quantity.end_token + 1, first)]
        if between != [","]:
            return None
        most, count = whole.quantity.most, part.quantity.count
        return whole if most is not None and count is not None and count < most else None

    def _the_latter(
        self, marker: tuple[int, int], part: Figure, figures: list[Figure]
    ) -> Figure | None:
        """«… в том числе 12 женщин. Среди последних трое беременных»: "the latter" is the
        count named last before it, a part itself or not, in its sentence or the one before,
        if the part fits in it."""
        if self.tokens[marker[1]].lower != "последних":
            return None
        before = [*self.previous, *(f for f in figures if f.quantity.end_token < marker[0])]
        # A part just attached may take its whole's fate only later: it is named all the same.
        named = [f for f in before if (f.category or f.parent is not None) and f is not part]
        if not named:
            return None
        latter = max(named, key=lambda f: f.quantity.first)
        if not _fits_in(part, latter):
            return None
        if not latter.category and latter.parent is not None and latter.parent.category:
            latter.category, latter.bound = latter.parent.category, "nested"
        return latter

    def _listed_before(self, figure: Figure, figures: list[Figure]) -> list[Figure]:
        """ "17 men and 4 children among them": "among them" after a list takes the whole
        list, joined by "and" and commas, as parts ("of them" is the last item's alone:
        "22 civilians, four of whom died")."""
        out: list[Figure] = []
        k = figures.index(figure)
        last = figure
        while k > 0:
            other = figures[k - 1]
            between = range(other.quantity.end_token + 1, last.quantity.first)
            joined = 0 < len(between) <= 2 and all(
                self.tokens[j].text == "," or self.tokens[j].lower in self.lex.conjunctions
                for j in between
            )
            if not joined or other.parent is not None:
                break
            out.insert(0, other)
            last, k = other, k - 1
        return out

    def _noun_after(self, j: int) -> str:
        """The counted noun just after "of them" ("106 of them women"), up to the verb; a
        hedged copula ("40 of them are believed to be children", "are said to be") is a
        copula still. After the copula, "those of" takes up the whole's noun and names who
        the part were ("nine of the bodies were those of women")."""
        k = j
        while k < self.end and k - j < 6 and self.tokens[k].lower in _HEDGED_COPULA:
            k += 1
        if k > j and self.tokens[k - 1].lower == "be":
            j = k
        if k > j and tuple(t.lower for t in self.tokens[k : k + 2]) == _THOSE_OF:
            j = k + 2
        age, j = self._age_before_noun(j)
        if age is not None and age < 18 and (j >= self.end or self.tokens[j].kind == "punct"):
            return "subgroup:children"  # "one of them a 12-year-old": the age as the noun
        for k in range(j, min(j + 3, self.end)):
            token = self.tokens[k]
            if (
                k in self.trigger_at
                or token.lower in self.lex.stop_words
                or az_locative(token, self.language)
            ):
                return ""
            if k > j and read_number(self.tokens, k, self.language) is not None:
                return ""  # «пятеро из которых члены одной семьи»: the family has its own number
            phrase = self.lex.noun_set.match(self.tokens, k)
            if phrase is not None:
                if age is not None and age < 18 and phrase.value in _PERSONS_OF_AN_AGE:
                    return "subgroup:children"  # "one of them a 9-year-old girl"
                return phrase.value
        return ""

    def _attach(self, items: list[Figure], whole: Figure | None, wanted: str = "") -> None:
        if whole is not None and part_said_of_in_a_predicate(whole, wanted or None):
            parent = whole.parent
            if not whole.category and parent is not None and parent.category:
                # "530 of them are civilians, including 44 women": a part with no act of its
                # own is of its whole's fate before its own parts are attached to it.
                whole.category, whole.bound = parent.category, "nested"
        if whole is None or not whole.category:
            # "Of those killed, 106 were women": the marker names what the items count.
            for item in items:
                if wanted and not item.category and not self._az_own_predicate_of_a_part(item):
                    item.category, item.bound = wanted, "nested"
            if whole is not None and not wanted:
                _attach_to_a_part_of_no_fate_yet(items, whole)
            return
        attached: list[Figure] = []
        for item in items:
            if item is whole or item.parent is not None:
                continue
            held = item.trigger is not None and item.trigger.value == "hold"
            if item.category == "killed" and whole.category == "found_dead":
                item.category = "found_dead"  # the dead among the bodies found (_of_the_fate)
            if item.category == "killed" and whole.category == "missing":
                # "Of those sought, 88 have been confirmed dead": the search ended in a death
                # established, the dead of the sought are found dead, not killed anew.
                item.category = "found_dead"
            if item.category == "displaced" and whole.category == "injured":
                # "8 of the wounded were evacuated by ambulance": the wounded moved to be
                # treated elsewhere are still the wounded, not persons driven from home.
                item.category = "injured"
            if (
                item.category == "missing"
                and whole.category == "disappeared"
                and self.language == "az"
            ):
                # "214 nəfər zorla yoxa çıxarılıb, onlardan 46-nın taleyi məlum deyil": the fate
                # of the disappeared unknown is their disappearance still, not another fate.
                item.category = "disappeared"
            if held and whole.category in {"detained", "captured"}:
                item.category = whole.category
            if item.bound == "noun" and item.category in _PRESUPPOSES.get(whole.category, ()):
                # "20 people were released, including 5 hostages": persons named by what they
                # were before the whole's fate met it with the rest of the whole.
                item.category, item.bound = whole.category, "nested"
            if (
                item.category
                and item.category != whole.category
                and item.category not in _LATER_FATES.get(whole.category, set())
            ):
                break
            if item.quantity.zero and whole.category == "released" != item.category:
                # «Никто из отпущенных не ранен» after their release: said of them all,
                # no part of what some of those released suffered.
                continue
            if _larger_than(item, whole):
                continue  # "34 from one grave, 19 from the other; 40 of the remains": of both
            if attached and parts_exceed_their_whole([*attached, item], whole):
                break  # "48 adults, of whom 26 are women, and 25 children": beside the adults
            attached.append(item)
            item.parent = whole

    def _by_pronoun(self, marker: tuple[int, int]) -> bool:
        """Does the marker name its whole by a pronoun ("of them", «из них»), not by a fate?"""
        return any(self.tokens[k].lower in BACK_PRONOUNS for k in range(marker[0], marker[1] + 1))


def _attach_to_a_part_of_no_fate_yet(items: list[Figure], whole: Figure) -> None:
    """ "Of the 30, 9 were children, including 3 girls": the children are a part of a whole
    named again, whose fate they learn only when it is found to be the earlier figure; the
    girls are the children's part all the same, and learn it with them."""
    if whole.parent is None or whole.parent.category:
        return
    for item in items:
        if item is whole or item.parent is not None or item.category or _larger_than(item, whole):
            continue
        item.parent = whole


def _larger_than(part: Figure, whole: Figure) -> bool:
    """Does the part count more than its whole at most holds? Then it is of another whole."""
    count, most = part.quantity.count, whole.quantity.count
    if count is None or most is None or whole.quantity.qualifier not in {"exact", "at_most"}:
        return False
    return part.quantity.qualifier in {"exact", "at_least"} and count > most
