"""The whole a part's marker takes from before it ("of them", «из них», "onlardan", "of the
men"): in its sentence, of the fate the marker names or of any, else in the sentences before,
as the toll stands now; apart from ``nesting`` (the markers and the parts after them) because
this is where the whole is sought, not how a part is read."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.figures.az_wholes import AzerbaijaniWholes
from rightsledger.analysis.statements.figures.compared import number_after_a_comparison
from rightsledger.analysis.statements.figures.core import _DEFINITE, Figure, implied_category
from rightsledger.analysis.statements.figures.current_toll import toll_as_it_stands
from rightsledger.analysis.statements.lexicon import PERSON, REGISTERED, names_group
from rightsledger.analysis.statements.model import THING_CATEGORIES

# Pronouns in a part's marker that refer back to persons counted before ("of them", «из
# них», "onlardan", "bunlardan"), as against a marker that names its whole ("of the men").
BACK_PRONOUNS = frozenset(
    {"them", "these", "those", "них", "которых", "этих", "последних", "onlardan", "bunlardan", "onların",
     "bunların", "onlar", "bunlar"}
)  # fmt: skip


# A year as it is written ("2024"), and how far past a figure's count or verb "in" and its
# year may stand ("13 in 2024", "died in custody in 2022").
_YEAR = re.compile(r"(19|20)\d\d")
_YEAR_REACH = 5
_DEFINITE_EN = frozenset({"the", "those", "these"})


class WholeBefore(AzerbaijaniWholes):
    """Finds the whole before a part's marker; the base of ``Nesting``."""

    def _last_of_counts_joined(
        self, marker: tuple[int, int], previous: list[Figure]
    ) -> Figure | None:
        """ "killed 20 soldiers and 15 civilians, including 4 children": "including" right
        after counts joined by "and" speaks of the last of them, the nearest, which shares
        the fate of the first (English)."""
        if (
            self.language != "en"
            or len(previous) < 2
            or self.tokens[marker[0]].lower != "including"
        ):
            return None
        last, first = previous[-1], previous[-2]
        comma = marker[0] - 1
        if last.quantity.end_token != comma - 1 or self.tokens[comma].text != ",":
            return None
        if not first.category or last.parent is not None or first.parent is not None:
            return None
        if not self._only_joiners_between(first.quantity, last.quantity):
            return None
        if last.quantity.noun != PERSON and not names_group(last.quantity.noun):
            return None
        if not last.category:
            last.category, last.bound = first.category, "coordinated"
        return last if last.category == first.category else None

    def _whole_before(
        self,
        marker: tuple[int, int],
        figures: list[Figure],
        wanted: str | None = None,
        *,
        back: bool = False,
        persons: bool = False,
    ) -> Figure | None:
        wanted = self._category_in(marker) if wanted is None else wanted
        if not wanted and self._az_those_who_came_back(marker):
            wanted = "released"
        if not wanted and self._registered_in(marker):
            wanted = REGISTERED  # "Qeydiyyata alınanlardan": of those the register counted
        named = (
            self._counted_by_marker_noun(marker, figures)
            or self._group_of_the_fate(marker, figures, wanted)
            or self._az_whole_named_before(marker, figures, wanted)
        )
        if named is not None:
            return named
        previous = [f for f in figures if f.last < marker[0]]
        if previous and self._az_them_after_a_part(marker, previous[-1]):
            # "Yaralılardan beşi uşaqdır, onlardan ikisinin vəziyyəti ağırdır": "of them"
            # right after a part, in its sentence, is of that part, which has its whole's
            # fate if it has none of its own yet.
            part = previous[-1]
            if not part.category and part.parent is not None and part.parent.category:
                part.category, part.bound = part.parent.category, "nested"
            return part
        if not wanted and (joined := self._last_of_counts_joined(marker, previous)) is not None:
            return joined
        if previous and not previous[-1].category and not wanted:
            # "the remains of 53 people, 38 of whom have been identified": bodies with parts
            # identified were found.
            closest = previous[-1]
            if implied_category(closest.quantity, whole=True) == "found_dead":
                closest.category, closest.bound = "found_dead", "noun"
        if previous and not wanted and _part_of_a_whole_of_no_fate_yet(previous[-1]):
            # "Of the 30, 9 were children, including 3 girls": the children, a part of a
            # whole named again whose fate is known only later, are what "including" spells
            # out.
            return previous[-1]
        if previous and (
            part_said_of_in_a_predicate(previous[-1], wanted)
            or (not wanted and bare_part(previous[-1]) and self._only_a_degree(previous[-1]))
        ):
            # "75 injured, of whom 23 are in a critical condition, including four children":
            # a part said of in a predicate of its own is what the next "including" speaks of.
            return previous[-1]
        of_its_year = self._of_the_year_named(marker, [f for f in previous if f.parent is None])
        if of_its_year is not None:
            return of_its_year  # "6 died in 2019 and 11 in 2021; three of the 2021 deaths"
        before = [f for f in figures if f.last < marker[0] and f.category]
        # The figure's value at another time, in a parenthesis after it ("7.300 nəfər (7
        # iyulda bu rəqəm 4.800 idi); onlardan …"), is not what "of them" speaks of.
        before = [f for f in before if not self._count_of_another_period(f.quantity)] or before
        if before:
            candidates = of_the_fate(before, wanted)
            if candidates and part_with_a_fate_of_its_own(candidates[-1]):
                # "12 bodies, 10 of them identified; of them, 7 are men": a part counted by a
                # fate of its own is what the next "of them" speaks of.
                return candidates[-1]
            top = [f for f in candidates if f.parent is None]
            toll = toll_as_it_stands(self.tokens, top, self.language) if wanted else None
            if toll is not None:
                return toll  # «возросло до 31 … утром сообщали о двенадцати»
            chosen = top or candidates
            return chosen[-1] if chosen else None
        if (
            marker[0] - self.begin > 2
            and not wanted
            and not (back or self._refers_back(marker))
            and not self._after_a_time_opening(marker[0])
            and not self._reported(marker[0])
            and not self._predicate_fronted(marker[0])
        ):
            return None
        standing = [f for f in self.previous if not self._for_comparison(f)]
        if persons:
            # "… put in four pits. The remains of 12 of them were found": a fate of
            # persons befalls none of the things counted before.
            standing = [f for f in standing if f.category not in THING_CATEGORIES]
        latest = [f for f in standing if f.category and (not wanted or f.category == wanted)]
        if latest and part_with_a_fate_of_its_own(latest[-1]):
            return latest[-1]  # the same, in the sentence before
        earlier = [f for f in standing if f.category and f.parent is None]
        if wanted:
            earlier = self._az_wholes_told_as_wholes(of_the_fate(earlier, wanted))
            # "29 of them were released … Two of those released …": the persons of a fate
            # counted only as a part of another are that part (not a part of it again).
            earlier = earlier or [
                f for f in latest if f.parent is not None and f.parent.category != wanted
            ]
        if not earlier:
            return None
        toll = toll_as_it_stands(self.tokens, earlier, self.language) if wanted else None
        if toll is not None:
            return toll  # "17 were killed, raising the toll from 14 dead"
        if (
            not wanted
            and not persons
            and self._counts_between(earlier[-1].quantity.end_token, marker[0])
        ):
            # "20 were killed. The town has 4 schools … 3 of them reopened": "them" are
            # the things counted last, not the persons counted before them — unless what
            # befell the part befalls only persons ("84 cartridge cases were recovered …
            # 26 of them have been identified").
            return None
        return earlier[-1]

    def _of_the_year_named(self, marker: tuple[int, int], wholes: list[Figure]) -> Figure | None:
        """ "Six died in prison in 2019 and 11 in 2021; three of the 2021 deaths were
        suicides": a marker that names a year speaks of the figure said of that year ("in
        2021" right after its count, its verb perhaps left out and read later), not of the
        latest (English); None if none is, or more than one."""
        if self.language != "en":
            return None
        # "of the 2024 deaths", "of those 2024 cases", in the marker or right after it.
        years = {
            self.tokens[k].text
            for k in range(marker[0] + 2, min(marker[1] + _YEAR_REACH, self.end))
            if _YEAR.fullmatch(self.tokens[k].text)
            and self.tokens[k - 2].lower == "of"
            and self.tokens[k - 1].lower in _DEFINITE_EN
        }
        if not years:
            return None
        said_of = [
            f for f in wholes
            if any(
                self.tokens[k].lower == "in" and self.tokens[k + 1].text in years
                for k in range(f.quantity.end_token + 1, min(f.last + _YEAR_REACH, self.end - 1))
            )
        ]  # fmt: skip
        return said_of[-1] if len(said_of) == 1 else None

    def _registered_in(self, marker: tuple[int, int]) -> bool:
        """Does the marker name persons by the verb of registering ("Qeydiyyata
        alınanlardan")?"""
        return any(
            (phrase := self.lex.trigger_set.match(self.tokens, k)) is not None
            and phrase.value == REGISTERED
            for k in range(marker[0], marker[1] + 1)
        )

    def _refers_back(self, marker: tuple[int, int]) -> bool:
        """Is the marker a pronoun ("nine of them", «трое из них», "onlardan altısı") or a
        definite noun ("148 of the victims", «из погибших»)? It refers back to persons
        counted before wherever it stands in its sentence: with no figure before it in the
        sentence, they were counted in an earlier one."""
        words = [self.tokens[k].lower for k in range(marker[0], marker[1] + 1)]
        if self.language == "ru" and words[0] in {"из", "среди"}:
            return True  # «шестеро из задержанных»: the persons named are those counted
        return any(word in BACK_PRONOUNS or word in _DEFINITE for word in words)

    def _after_a_time_opening(self, j: int) -> bool:
        """Does the sentence open, before ``j``, with only a length of time ("Three days
        later, two of them …", «Через неделю трое из них …», "Üç gün sonra onlardan …")?"""
        measures = [
            q for q in self.quantities
            if q.non_count == "measure" and q.first <= self.begin + 1 and q.end_token < j
        ]  # fmt: skip
        if not measures:
            return False
        rest = range(measures[0].end_token + 1, j)
        return len(rest) <= 2 and all(
            self.tokens[k].lower in _TIME_AFTER or self.tokens[k].text == "," for k in rest
        )

    def _counts_between(self, first: int, last: int) -> bool:
        figured = {id(f.quantity) for f in self.previous}
        # A count of another period set against the figure ("12,000 have fled, up from
        # 7,000 last week. 2,000 of them …") counts the same persons: no others between.
        counted = [
            q for q in self.all_quantities
            if not (
                q.non_count
                or self._count_of_another_period(q)
                or number_after_a_comparison(self.tokens, q.first, self.language)
            )
        ]  # fmt: skip
        return any(first < q.first < last and id(q) not in figured for q in counted)

    def _predicate_fronted(self, j: int) -> bool:
        """«Пыткам током подверглись не менее пятнадцати из них»: Russian puts the part's own
        predicate first; what stands before the part is that predicate, not a new sentence
        (its whole is still in an earlier one)."""
        if self.language != "ru":
            return False
        start = self.begin
        said = self.lex.reporting_set.match_span(self.tokens, start)
        if said is not None:  # «По его словам, пыткам подверглись …»
            start += said[1]
            start += start < j and self.tokens[start].text == ","
        if j - start > 6 or any(self.tokens[k].kind == "num" for k in range(start, j)):
            return False
        return any(k in self.trigger_ending for k in range(start, j))

    def _reported(self, j: int) -> bool:
        """ "Their families say at least 18 of them …", «Как сообщил источник, 18 из них …»:
        words that attribute what follows to someone stand before the part and do not
        make it a sentence of its own (a whole in an earlier sentence is still its whole)."""
        if j - self.begin > 8 or any(self.tokens[k].kind == "num" for k in range(self.begin, j)):
            return False
        return any(
            self.lex.reporting_set.match(self.tokens, k) is not None for k in range(self.begin, j)
        )


def of_the_fate(figures: list[Figure], wanted: str | None) -> list[Figure]:
    """The figures of the fate ``wanted`` (all, if none is wanted). The dead named where no
    one is counted killed («Извлечены останки 176 человек … среди погибших девять детей»,
    "bodies of 40 people … Among the dead were six children") are the bodies found."""
    if not wanted:
        return figures
    if wanted == REGISTERED:
        # "Qeydiyyata alınanlardan 5.320 nəfər …", "Of those registered, …": the persons a
        # register counted, whatever fate it gave them (refugees: displaced).
        return [f for f in figures if f.trigger is not None and f.trigger.value == wanted]
    own = [f for f in figures if f.category == wanted]
    if own or wanted != "killed":
        return own
    return [f for f in figures if f.category == "found_dead"]


def part_with_a_fate_of_its_own(figure: Figure) -> bool:
    return figure.parent is not None and figure.category != figure.parent.category


def bare_part(figure: Figure) -> bool:
    return figure.parent is not None and not figure.quantity.noun


def _part_of_a_whole_of_no_fate_yet(figure: Figure) -> bool:
    """A part named by its group, of no fate yet, of a whole of no fate yet either."""
    whole = figure.parent
    return (
        whole is not None
        and not whole.category
        and not figure.category
        and names_group(figure.quantity.noun)
    )


def part_said_of_in_a_predicate(figure: Figure, wanted: str | None) -> bool:
    """A part with no noun of its own, followed by a predicate that is no act ("of whom 23
    are in a critical condition"), before a marker that names no fate ("including"; «среди
    раненых» names the wounded, the whole)."""
    if wanted or figure.parent is None or figure.trigger is not None:
        return False
    # A part named only as persons or civilians, of every age and sex ("530 of them are
    # civilians, including 44 women"), is what the next "including" spells out too.
    return figure.quantity.noun in {"", PERSON}


# Words after a length of time that make it an opening of when: "later", "sonra", «спустя».
_TIME_AFTER = frozenset({"later", "after", "afterwards", "sonra", "спустя", "позже", "позднее"})
