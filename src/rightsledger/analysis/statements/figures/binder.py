"""Binding one sentence: the order in which the rules apply, and the rules that read the
sentence as a whole or with the one before it — subgroups said of the last figure, "the
remaining 35", presupposed fates. A verb left out after a place, a time or before a dash is
read in ``gapped``; counts of cases in ``cases``; the subgroup a figure counts in ``subgroups``. What a later clause says of the
persons counted before is in ``anaphora``; a "none" said of more than one act in ``nones``;
figures the text rejects or corrects in ``denials``; acts named apart from their count
(victims of the act before, bodies bearing its marks) in ``acts``; those still in a state
counted before in ``still``; a right number beside the wrong one in ``not_that``; a count
beside the object of an act in ``beside_the_object``; wholes named again in ``restated``."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.az_of_those import of_those_counted_before
from rightsledger.analysis.statements.figures.core import (
    _LATER_FATES,
    _PRESUPPOSES,
    _REMAINING,
    HELD_FATES,
    Figure,
    _nest_if_fate_follows,
    az_the_other_of_them,
    implied_category,
    resolve_category,
    subgroup_of,
)
from rightsledger.analysis.statements.figures.freed_since_then import freed_since_then
from rightsledger.analysis.statements.figures.none_in_the_subject import (
    nones_of_acts_in_the_subject,
)
from rightsledger.analysis.statements.figures.pending import undo_pending_identification
from rightsledger.analysis.statements.figures.running_totals import act_of_a_running_total
from rightsledger.analysis.statements.figures.still import left_out_of_the_count
from rightsledger.analysis.statements.figures.taken_away import TakenAway
from rightsledger.analysis.statements.figures.there_were import count_again_what_there_were
from rightsledger.analysis.statements.lexicon import (
    FAMILY,
    GRAVE,
    PENDING,
    PERSON,
    UNIT,
    names_group,
)
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import DASHES, sentences

# An exchange of captives: "mübadilə", "mübadiləsi", "mübadilədə".
_AZ_EXCHANGE = "mübadilə"
# What closes "those returned" as a noun phrase: a colon or a copula ("Among the returned were").
_CLOSING_THE_RETURNED = frozenset({":", "are", "were", "include", "included"})
# Russian present tenses of being somewhere or being held: persons said so are held now.
_HELD_NOW_RU = frozenset({"находятся", "находится", "содержатся", "содержится"})
# The English words that say persons remain in a state ("12 remain in custody").
_REMAIN_EN = frozenset({"remain", "remains", "remained", "still"})


def _fits_beside(figure: Figure, whole: Figure, figures: list[Figure]) -> bool:
    """Does ``figure`` fit in ``whole`` beside the parts ``figures`` already give it?"""
    total = sum(f.quantity.count or 0 for f in figures if f.parent is whole)
    most = whole.quantity.most
    return most is not None and total + (figure.quantity.count or 0) <= most


def _things(noun: str) -> bool:
    return noun in {GRAVE, FAMILY, UNIT} or noun.startswith("property:")


# Words before a count that add it to those just counted: "another 25", «ещё 25», "daha 25".
_ANOTHER = frozenset({"another", "ещё", "еще", "daha"})
# What joins the clause of "another" count to the part before it.
_CLAUSE_JOINS = frozenset({",", ";"})
# What a count is said to be with: a dash («остальные 14 — мирные жители») or a copula; the
# Azerbaijani copulas after the group ("qalan 14 nəfər isə dinc sakin olub"); and the topic
# particle a contrast puts after the count ("isə").
_SAID_TO_BE = DASHES | {"были", "являлись", "оказались", "were", "are"}
_AZ_COPULAS = frozenset({"olub", "idi", "idilər", "olublar", "olmuşdur", "olmuşlar"})
_TOPIC_PARTICLES = frozenset({"isə", "ise", "же"})
# Prepositions whose object a rest may be: "news about the other six", «об остальных».
_REST_PREPOSITIONS = frozenset(
    {"of", "to", "for", "with", "about", "on", "against", "regarding", "о", "об", "для", "с",
     "у", "к", "по"}
)  # fmt: skip


def _held_of_the_captured(figures: list[Figure]) -> None:
    """ "Gunmen abducted nine aid workers; five were freed and the other four are still being
    held", «… остальные четверо по-прежнему удерживаются», "qalan dördü hələ də saxlanılır":
    a part of captives said to be held is held as they were, captive, whatever the verb
    gives held persons alone (Russian and Azerbaijani read such verbs as detention)."""
    for figure in figures:
        parent = figure.parent
        if (
            figure.category == "detained"
            and figure.bound in {"forward", "backward"}  # by a verb of its own
            and parent is not None
            and parent.category == "captured"
        ):
            figure.category = "captured"


def _remains_of_the_held(part: Figure) -> bool:
    """ "Doqquz kişini apardılar. Kişilərdən üçünün meyitini … tapdılar": the remains of
    some of those taken are no longer held; what befell them is for the clause to say (found,
    handed over), not the whole's capture."""
    whole = part.parent
    return part.quantity.bodies and whole is not None and whole.category in HELD_FATES


def _fits(part: Figure, whole: Figure) -> bool:
    most, count = whole.quantity.most, part.quantity.count
    return most is None or count is None or count < most


def _whole_of_the_parts_since(latest: Figure, previous: list[Figure]) -> Figure:
    """ "Of the 87, 61 were civilians. Nineteen were soldiers.": a part said only by a
    subgroup, whose sentence has no part before it, is of the whole of the parts said since
    the latest whole before it (in the sentences before), not of that whole: a figure told
    earlier in passing ("the first statement gave 79") is not what the parts go on to spell
    out; ``latest`` if no part of a whole was said since it."""
    since = [
        f
        for f in previous
        if f.quantity.first > latest.quantity.first
        and f.parent is not None
        and f.parent.parent is None
        and f.parent.category == latest.category
    ]
    return since[-1].parent if since and since[-1].parent is not None else latest


def _whole_of_the_rest(rest: Figure, before: list[Figure]) -> Figure | None:
    """The figure a rest is the rest of: the one whose parts, with the counts after it and
    the rest, add up to it exactly; else the whole of the part counted just before the rest
    ("six of them were released; the remaining 34 …"), or that whole's own whole if the rest
    would not fit in it; else the latest figure of persons (or things) with no whole that it
    fits in."""
    things = _things(rest.quantity.noun)
    candidates: list[Figure] = []
    whole = before[-1].parent if before else None
    while whole is not None:
        candidates.append(whole)
        whole = whole.parent
    # The count just before the rest is what it is the rest of, not its whole ("33 have been
    # identified; the remaining 25 …" are not of the identified).
    tops = [f for f in before[:-1] if f.parent is None and _things(f.quantity.noun) == things]
    candidates.extend(reversed(tops))
    fitting = [
        f for f in candidates
        if f.category and _fits(rest, f) and _things(f.quantity.noun) == things
    ]  # fmt: skip
    for whole in fitting:
        if _may_befall(rest, whole) and _completed_by(rest, whole, before) is not None:
            return whole
    chosen = fitting or tops[-1:]
    return chosen[0] if chosen else None


def _may_befall(rest: Figure, whole: Figure) -> bool:
    """Can the rest's own fate, if its clause gives one, be what befell the rest of ``whole``?
    "9 taken, 5 released, one of the released hurt; the fate of the remaining 4 is unknown": the
    4 and the one hurt add up to the released, but the released do not go on to be missing, so
    the 4 complete the taken instead."""
    fate = rest.category
    return not fate or fate == whole.category or fate in _LATER_FATES.get(whole.category, set())


def _completed_by(rest: Figure, whole: Figure, before: list[Figure]) -> list[Figure] | None:
    """ "58 bodies were recovered. 33 have been identified; the remaining 25 …": the counts
    with no whole after ``whole`` that, with its parts and the rest, add up to it exactly
    (None if they do not). A rest says the list of the whole's parts is complete; the sum
    says which counts are in it."""
    total = whole.quantity.count
    if total is None or rest.quantity.count is None or whole not in before:
        return None
    after = before[before.index(whole) + 1 :]
    parts = [f for f in after if f.parent is whole]
    joining = [f for f in after if f.parent is None]
    # Its parts by what befell them, apart from its groups: «похитили 23 человека, в том
    # числе семерых женщин … 16 освобождены … судьба оставшихся семерых»: 16 and 7 are 23.
    fates = [f for f in parts if f.category != whole.category]
    # The counts after the whole may break it down once more, by another measure: "71
    # bodies: 52 men, 13 women, 6 minors. 28 have been identified; the remaining 43 …".
    # … or its parts by fate alone, the counts after them told of other persons: "took the
    # men, twelve in all … locked about sixty of us … Five of the men came back … The other
    # seven": five and seven are twelve (parts by group, "two of them children", are no
    # list of what became of all).
    for breakdown in ([*parts, *joining], joining, [*fates, *joining], fates):
        counts = [f.quantity.count for f in breakdown]
        if not counts or any(c is None for c in counts):
            continue
        if any(not _may_befall(f, whole) for f in breakdown if f in joining):
            # «Погибли 26 …, среди них четверо детей. В больницах 19 пострадавших … Ещё трое
            # пропали без вести»: the hurt are no part of the dead, whatever the sum.
            continue
        if sum(c for c in counts if c is not None) + rest.quantity.count == total:
            return [f for f in joining if f in breakdown]
    return None


class SentenceBinder(TakenAway):
    """Binds the quantities of one sentence; ``previous`` are the figures before it."""

    def _running_totals(self, figures: list[Figure]) -> None:
        """A log's running total with no verb of its own counts what its caption names, or
        what the log's running total before it counted (``running_totals``)."""
        for k, figure in enumerate(figures):
            if figure.category:
                continue
            earlier = [*self.previous, *figures[:k]]
            act = act_of_a_running_total(
                self.tokens, self.lex, figure.quantity, earlier, self.language
            )
            if act is not None:
                figure.category, figure.bound = act[0], "noun"
                if not figure.quantity.noun:
                    figure.quantity.noun = act[1]

    def bind(self) -> list[Figure]:
        figures = [
            Figure(q)
            for q in self.quantities
            if not q.non_count and not self._counted_named_again(q)
        ]
        by_quantity = {id(f.quantity): f for f in figures}
        for figure in figures:
            self._bind_own(figure)
        self._running_totals(figures)
        self._victims_of_the_act(figures)
        self._registered_as_named(figures)
        for k, figure in enumerate(figures):
            if not figure.category:
                self._same_count(figure, figures[:k])
                self._such_persons(figure, figures[:k])
        self._cases_of_the_fate_before(figures)
        self._partitives(figures, by_quantity)
        self._nesting(figures)
        self._spelled_out(figures)
        self._among_named(figures)
        self._coordinate(figures)
        self._objects_of_one_verb(figures)
        for figure in figures:
            if (
                not figure.category
                and figure.parent is not None
                and figure.parent.category
                and not self._prepositional_object(figure.quantity)
                and not self._own_predicate(figure.quantity)
                and not _remains_of_the_held(figure)
            ):
                figure.category, figure.bound = figure.parent.category, "nested"
                own = self._az_own_act_of_a_part(figure)
                if own is not None:
                    figure.trigger, figure.category = own
                    figure.bound = "forward"
        for figure in figures:
            if not figure.category:
                self._clause(figure)
            self._remains_in_what_was_found(figure)
        if self.language == "en":
            count_again_what_there_were(self.tokens, figures, self.begin)
        self._headcounts_after_the_act(figures)
        self._headcount_of_the_taken_before(figures)
        figures = self._fate_of_those_before(figures)
        self._done_to_them(figures)
        self._counted_in_an_aside(figures)
        self._counted_among_us(figures)
        self._gapped_after_place(figures)
        self._en_gapped_before_place(figures)
        self._en_verb_phrase_left_out(figures)
        self._en_gapped_like_the_part_before(figures)
        self._en_gapped_before_its_preposition(figures)
        self._ru_gapped_after_a_dash(figures)
        self._az_gapped_before_the_verb(figures)
        self._gapped_before_dash(figures)
        self._ru_reported_after_a_dash(figures)
        self._ru_told_of_after_a_dash(figures)
        self._coordinate(figures, sources=frozenset({"backward", "coordinated", "clause"}))
        self._counts_of_a_toll(figures)
        self._right_figure_after_a_rejected_one(figures)
        self._share_counted_in_brackets(figures)
        # A whole whose verb stands apart in its clause («удерживал в подвале … 22 лиц,
        # четверо из которых скончались») has its category only now: attach its parts.
        self._nesting(figures)
        self._az_parts_of_them(figures)
        self._ru_parts_among_a_fate(figures)
        if self.language == "az":
            # "37 mülki şəxs və 54 hərbçi həlak olub; həlak olan mülki şəxslərdən 9-u …": the
            # persons named again took their verb by coordination only now.
            self._among_named(figures)
        self._spelled_out(figures)
        self._named_by_an_earlier_fate(figures)
        self._later_fate_of_those_named_by_an_earlier_one(figures)
        self._bodily_harm_found_on_the_held(figures)
        self._subgroup_statements(figures)
        self._they_were(figures)
        if self.language == "az":
            of_those_counted_before(
                self.tokens, self.quantities, figures, self.previous, self.begin, self.end
            )
        # Again, for those the clause rules bound since.
        self._victims_of_the_act(figures)
        self._registered_as_named(figures)
        self._counted_beside_the_object(figures)
        self._things_beside_the_object(figures)
        self._counted_in_a_relative(figures)
        self._az_taken_away(figures)
        unsettled = {id(f): f.category for f in figures}
        for k, figure in enumerate(figures):
            self._subgroup(figure)
            self._held(figure, figures[:k])
        self._group_of_the_rejected(figures)
        for figure in figures:
            parent = figure.parent
            if parent is None:
                continue
            # Parts that took their whole's category, nested or coordinated with it ("holding
            # 57 people, 14 of whom are women"), take what "held" settled it to.
            took = figure.category and figure.category == unsettled.get(id(parent))
            if figure.bound == "nested" or took:
                figure.category = parent.category or figure.category
            elif (
                not figure.category
                and parent.category
                and (names_group(figure.quantity.noun) or figure.quantity.noun == PERSON)
                and not self._own_predicate(figure.quantity)
            ):
                # A part attached only once its whole took its verb late («… граждан,
                # находящихся в плену, в том числе пяти женщин»; «Верная цифра — 114, из них
                # 86 граждан других государств»): the whole's category.
                figure.category, figure.bound = parent.category, "nested"
        self._presupposed_wholes(figures)
        self._degrees_of_the_hurt(figures)
        self._az_degrees_of_harm_of_the_beaten(figures)
        self._unpresupposed_parts(figures)
        self._returns_of_the_held(figures)
        # Before a release denied is read as held still, which the denial keeps.
        self._harm_denied(figures)
        self._release_denied(figures)
        self._coordinated_parts(figures)
        undo_pending_identification(self.tokens, figures, (self.begin, self.end), self.language)
        self._remaining(figures)
        _held_of_the_captured(figures)
        self._still_so(figures)
        self._cases_of_cases(figures)
        figures = self._persons_the_cases_concern(figures)
        figures = self._cases_where_no_act_befell(figures)
        self._none_of_an_act_of_persons_named(figures)
        figures = self._shared_none(figures)
        figures = self._parts_of_casualties_named_again(figures, self._casualties(figures))
        figures = self._found_bearing_marks(figures)
        figures = self._second_acts(figures)
        figures = self._fates_after_a_relative(figures)
        figures = self._fates_in_an_aside(figures)
        figures = self._restated_wholes(figures)
        # "Of the 73, 19 were released, and the bodies of six were found": a whole named
        # again has its fate only now, from the figure it restates.
        self._coordinated_parts(figures)
        self._right_figure_after_a_wrong_one(figures)
        figures = self._not_that_number(figures)
        self._corrected_earlier(figures)
        figures = self._without_corrected_in_place(figures)
        figures = self._corrected_before(figures)
        denied = self._denied_tokens()
        self._reject_figures_named(denied)
        self._reject_what_an_earlier_entry_gave(figures, denied)
        self._wrong_figure_said_again(figures, denied)
        if self.language == "en":
            figures = nones_of_acts_in_the_subject(self.tokens, self.trigger_at, figures, self.end)
        self.unbound = [f for f in figures if not f.category and not f.quantity.zero]
        self.rejected = [f for f in figures if f.category and f.quantity.first in denied]
        return [f for f in figures if self._keep(f) and f.quantity.first not in denied]

    def _without_corrected_in_place(self, figures: list[Figure]) -> list[Figure]:
        """Drops the numbers the text says a figure is not («ранены не 12, а 14 человек»);
        the parts said after them («…, из них шестеро госпитализированы») are the right
        figure's."""
        of_quantity = {id(f.quantity): f for f in figures}
        right = {id(f): self._corrected_in_place(f.quantity) for f in figures}
        for figure in figures:
            said = of_quantity.get(id(right[id(figure)]))
            if said is not None and figure.trigger is not None and said.bound in {"", "noun"}:
                # «Погибли не семь, а девять заключённых»: the right number is the subject
                # of the verb the wrong one was, whatever its own noun implies.
                said.category, said.trigger, said.bound = (
                    figure.category,
                    figure.trigger,
                    "coordinated",
                )
        for figure in figures:
            corrected = right.get(id(figure.parent)) if figure.parent is not None else None
            if corrected is not None:
                parent = of_quantity.get(id(corrected))
                figure.parent = parent if parent is not figure else None
        return [f for f in figures if right[id(f)] is None]

    def _subgroup_statements(self, figures: list[Figure]) -> None:
        """ "Most of the victims were women; nine were children", «девять — дети»: a number
        whose predicate is only a subgroup says who some of the persons just counted were.
        A part is never larger than its whole."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.category or figure.parent is not None or not quantity.after_copula:
                continue
            # Only persons are women or children: not the graves or houses counted since.
            earlier = [
                f for f in [*self.previous, *figures[:k]]
                if f.category and f.parent is None and not _things(f.quantity.noun)
            ]  # fmt: skip
            if not earlier:
                continue
            whole = earlier[-1]
            # "Of the dead, 70 are children and 49 women; 12 were over 65": a part after
            # parts of one whole in its sentence is of that whole too (English; the Russian
            # dash of a part may open a clause of its own).
            sibling = next(
                (f for f in reversed(figures[:k]) if f.parent is not None and f.bound == "nested"),
                None,
            )
            if (
                self.language == "en"
                and sibling is not None
                and sibling.parent is not None
                and sibling.parent.category
            ):
                whole = sibling.parent
            elif self.language == "en" and sibling is None:
                whole = _whole_of_the_parts_since(whole, self.previous)
            # "96 were under 18; of the minors, 14 were girls": the part of a group named
            # before it is of the latest figure of that group, a part itself or not.
            group = self._group_named_among(quantity)
            of_group = [
                f for f in [*self.previous, *figures[:k]]
                if group and f.category and subgroup_of(f.quantity.noun) == group
            ]  # fmt: skip
            whole = of_group[-1] if of_group else whole
            most = whole.quantity.most
            if most is not None and quantity.count is not None and quantity.count > most:
                continue
            figure.parent, figure.category, figure.bound = whole, whole.category, "nested"
            # "29 were male and 9 female": the copula left out of the next, coordinated count.
            for other in self._coordinated_after(figure, figures[k + 1 :]):
                if other.category or not names_group(other.quantity.noun):
                    break
                other.parent, other.category, other.bound = whole, whole.category, "nested"

    def _remaining(self, figures: list[Figure]) -> None:
        """ "the fate of the remaining 35 is unknown", «судьба остальных 35», "qalan 35
        nəfərin taleyi": the rest of the persons of a figure counted before (of things, for
        the rest of things: "23 evi yandırmış … qalan 11 nəfər" are persons). A rest with no
        verb of its own ("the remaining 25 are kept at the morgue") is still what the whole
        was: nothing new befell it. "Another 25" («ещё 25», "daha 25") after the parts of a
        whole is its rest too when, with them, it adds up to the whole exactly."""
        for k, figure in enumerate(figures):
            first = figure.quantity.first
            if figure.parent is not None or first == self.begin:
                continue
            rest = self._rest_before(first) or az_the_other_of_them(self.tokens, figure.quantity)
            if not rest and self.tokens[first - 1].lower not in _ANOTHER:
                continue
            before = [f for f in [*self.previous, *figures[:k]] if f.category]
            whole = _whole_of_the_rest(figure, before)
            if whole is None:
                if rest:
                    self._rest_of_a_whole_unsaid(figure, before)
                continue
            completing = _completed_by(figure, whole, before)
            if not rest and completing is None:
                continue  # "another 25" is the rest only where the counts add up to a whole
            if not rest and self._another_of_a_count_apart(figure, before[-1], whole):
                continue
            if not figure.category:
                if self._rest_after_a_preposition(first):
                    continue  # "the care given to the rest": no subject of a fate
                figure.category, figure.bound = whole.category, "nested"
                if whole.category == "killed" and self._found_in_its_clause(figure):
                    figure.category = "found_dead"  # «ещё троих достали из-под завалов»
            _nest_if_fate_follows(figure, whole)
            if figure.parent is whole:
                for part in completing or []:
                    if not self._reported_before(part.quantity):
                        # «Погибли девять. Вчера говорили о шести, но достали ещё троих»:
                        # the six are the toll as it stood, no part of the nine.
                        _nest_if_fate_follows(part, whole)

    def _found_in_its_clause(self, figure: Figure) -> bool:
        """Does a verb of finding or bringing out bodies stand in the figure's clause, between
        the last comma or figure before it and its count («но ночью из-под завалов достали ещё
        троих»)? The dead added so were found dead."""
        k = figure.quantity.first - 1
        while k >= self.begin and self.tokens[k].text not in {",", ";", ":"}:
            trigger = self.trigger_at.get(k)
            if trigger is not None and trigger.value == "find":
                return True
            if any(q.end_token == k for q in self.quantities):
                return False
            k -= 1
        return False

    def _rest_of_a_whole_unsaid(self, rest: Figure, before: list[Figure]) -> None:
        """ "Six of the dead were police officers; the remaining 14 were civilians": the rest
        of a whole the sentence never counts, after a part of it, is that part's sibling. Said
        to be of a group, with no verb of its own, it shares the part's fate, and no whole
        ("the remaining 20 passengers were unhurt" is no sibling of "Five were killed")."""
        if rest.category or not before or not self._said_to_be_a_group(rest.quantity):
            return
        part = before[-1]
        if (
            part.parent is None
            and self.begin <= part.quantity.first < rest.quantity.first
            and _things(part.quantity.noun) == _things(rest.quantity.noun)
            and not self._own_predicate(rest.quantity)
            and not self._rest_after_a_preposition(rest.quantity.first)
        ):
            rest.category, rest.bound = part.category, "coordinated"

    def _said_to_be_a_group(self, quantity: Quantity) -> bool:
        """Is the count said to be of a group, and no more ("14 were civilians", «14 —
        мирными жителями», "14 nəfər isə dinc sakin olub")?"""
        if quantity.after_copula:
            return True
        k = quantity.end_token + 1
        if k < self.end and self.tokens[k].lower in _TOPIC_PARTICLES:
            k += 1
        linked = k < self.end and self.tokens[k].lower in _SAID_TO_BE
        k += linked
        group = self.lex.noun_set.match(self.tokens, k) if k < self.end else None
        # Civilians are persons to the nouns («мирными жителями»); ``mark_civilians`` names them.
        if group is None or not (names_group(group.value) or group.value == PERSON):
            return False
        # Azerbaijani says what a count is with the copula after the group ("dinc sakin olub").
        return linked or (
            self.language == "az"
            and any(t.lower in _AZ_COPULAS for t in self.tokens[k + 1 : min(self.end, k + 4)])
        )

    def _another_of_a_count_apart(self, another: Figure, last: Figure, whole: Figure) -> bool:
        """«Двое журналистов погибли, ещё четверо получили ранения»: "another" right after a
        count of its own sentence that names its group anew, as no part of the whole, adds to
        that count (four more journalists), whatever the sums; after a part («двадцать из них
        освобождены, ещё 10 умерли») or a bare count («опознаны 30 человек; ещё 18 тел») it
        goes on with the whole's parts. So in a later sentence when "another" names that group
        again («Двое солдат погибли. Ещё трое солдат ранены»: three more soldiers), whatever the
        counts before them add up to."""
        if last is whole or last.parent is not None or not names_group(last.quantity.noun):
            return False
        start = self.begin
        in_its_sentence = start <= last.quantity.first < another.quantity.first
        return in_its_sentence or another.quantity.noun == last.quantity.noun

    def _rest_after_a_preposition(self, first: int) -> bool:
        """Is the rest the object of a preposition ("the handling of the last three",
        «о судьбе остальных пяти»)? Then it is spoken of, not said to be anything."""
        k = first - 2
        if k > self.begin and self.tokens[k - 1].lower == "the":
            k -= 1
        k -= 1
        return k >= self.begin and self.tokens[k].lower in _REST_PREPOSITIONS

    def _rest_before(self, first: int) -> bool:
        """Does a word of the rest stand before the count ("the remaining 35", «остальных
        троих», "qalan 11")? "Other" is one only after "the" ("the other four"; "41 other
        people" are more people, not the rest)."""
        before = self.tokens[first - 1]
        if before.key in _REMAINING or before.lower in _REMAINING:
            return True
        return (
            before.lower == "other" and first - 2 >= self.begin
            and self.tokens[first - 2].lower == "the"
        )  # fmt: skip

    def _unpresupposed_parts(self, figures: list[Figure]) -> None:
        """ "Of the 300 people displaced, 120 have returned home": only the held are
        released; a part of a whole that was never held has returned, not been released,
        and is no figure of ours."""
        for figure in figures:
            wanted = _PRESUPPOSES.get(figure.category)
            parent = figure.parent
            if (
                wanted
                and parent is not None
                and parent.category
                and parent.category not in wanted
                and parent.category != figure.category
            ):
                figure.category = ""

    def _coordinated_parts(self, figures: list[Figure]) -> None:
        """ "Thirty were released, and ten are still missing", «Троих отпустили, а о двоих
        ничего не известно», «…, судьба ещё шестерых не установлена»: a bare number in a
        clause joined (or, after "another", set after a comma) to a part of a whole, whose
        fate follows the whole's, is another part of it, if the two fit in it. The part it
        is joined to tells a fate of its own (not "21 were male, and 6 identified")."""
        for k, figure in enumerate(figures[1:], 1):
            quantity, sibling = figure.quantity, figures[k - 1]
            whole = sibling.parent
            if figure.parent is not None or not figure.category or whole is None:
                continue
            if sibling.category == whole.category:
                continue
            if quantity.noun not in {"", PERSON} or (quantity.np_last >= 0 and not quantity.noun):
                continue  # "… and three guards were injured": others, not a part
            between = range(sibling.quantity.end_token + 1, quantity.first)
            another = self.tokens[quantity.first - 1].lower in _ANOTHER and (
                (
                    any(self.tokens[j].text == "," for j in between)
                    and self._named_as_a_part(sibling.quantity)
                )  # «из них четверо скончались, судьба ещё шестерых не установлена»
                or self._fate_of_another(figure, between)
            )
            # English joins such clauses by a semicolon too: "Thirty were released; at least
            # nine were beaten"; Russian and Azerbaijani when the count opens the clause after
            # it («30 освобождены; четверо погибли», "30-u azad edilib; 4-ü həlak olub", not
            # «…; число погибших возросло до пяти» nor «…; ещё 9 жителей», others).
            joined = any(self.tokens[j].lower in self.lex.coordinators for j in between) or (
                any(self.tokens[j].text == ";" for j in between)
                and (self.language == "en" or self.tokens[quantity.first - 1].text == ";")
            )
            if not another and not joined:
                continue
            most, taken, count = whole.quantity.count, sibling.quantity.count, quantity.count
            if most is None or taken is None or count is None or taken + count > most:
                continue
            _nest_if_fate_follows(figure, whole)

    def _fate_of_another(self, figure: Figure, between: range) -> bool:
        """Russian: «освобождены 29 заложников; судьба ещё четверых не установлена»: the fate
        («судьба», «местонахождение») of "another" few, unknown, after a part of a whole, set
        after a comma or a semicolon, is said of more of that whole, however the part before
        was named. (Not «…; ещё 9 жителей числятся пропавшими», with no word of fate.)"""
        fate = figure.quantity.first - 2
        return (
            self.language == "ru"
            and figure.category == "missing"
            and fate >= self.begin
            and (
                self.tokens[fate].key in self.lex.fates or self.tokens[fate].lower in self.lex.fates
            )
            and any(self.tokens[j].text in _CLAUSE_JOINS for j in between)
        )

    def _named_as_a_part(self, quantity: Quantity) -> bool:
        """Is the count said to be a part by a marker right before or after it («из числа
        задержанных четверо», «четверо из них»)?"""
        after = quantity.end_token + 1
        if after < self.end and self.lex.nest_after_set.match(self.tokens, after) is not None:
            return True
        return any(
            (phrase := markers.match_span(self.tokens, k)) is not None
            and k + phrase[1] == quantity.first
            for markers in (self.lex.nest_before_set, self.lex.nest_after_set)
            for k in range(max(self.begin, quantity.first - 4), quantity.first)
        )

    def _returns_of_the_held(self, figures: list[Figure]) -> None:
        """ "Two of them came back": persons who came back were released only if they were
        held — by their whole, or by their own noun ("the exchange returned 95 prisoners of
        war"); refugees who came back, or persons with no whole, were not."""
        held = _PRESUPPOSES["released"]
        named_whole: Figure | None = None
        for figure in figures:
            trigger = figure.trigger
            if named_whole is not None and figure.bound == "coordinated" and trigger is None:
                # "… are 80 soldiers and 15 civilians": the counts joined to the first share
                # its whole, as long as they fit in it together.
                if figure.parent is None and _fits_beside(figure, named_whole, figures):
                    figure.parent = named_whole
                continue
            named_whole = None if trigger is not None else named_whole
            if trigger is None or trigger.value != "return":
                continue
            if implied_category(figure.quantity) in held:
                continue
            if self._returned_named_as_persons(trigger.first):
                # The participle names the whole, not the count's own verb: the count keeps
                # the fate and loses the words ("89 servicemen", not "returned: 89 …"); its
                # whole is the latest count of the released before it.
                figure.trigger, figure.bound = None, "nested"
                if figure.parent is None:
                    figure.parent = self._released_told_before(figure, figures)
                    named_whole = figure.parent
                continue
            parent = figure.parent
            if parent is not None and not parent.category:
                self._held_named_again(parent, figures)
            if (
                parent is None
                and not implied_category(figure.quantity)  # "300 qaçqın": refugees came home
                and self._az_exchange_told_just_before(trigger.first)
            ):
                continue  # "Mübadilə keçirilib. Vətənə 64 nəfər qayıdıb": they were held
            if parent is None or parent.category not in held:
                figure.category = ""

    def _az_exchange_told_just_before(self, first: int) -> bool:
        """Is an exchange ("mübadilə") named in this sentence or the one before it? Who come
        home after an exchange ("doqquzuncu mübadilə keçirilib. Vətənə 64 nəfər qayıdıb")
        were held by the other side, as those home "mübadilə nəticəsində" are."""
        if self.language != "az":
            return False
        begin = (
            next((b for b, _end in sentences(self.tokens[: self.begin]) if _end == self.begin), 0)
            if self.begin
            else 0
        )
        return any(t.lower.startswith(_AZ_EXCHANGE) for t in self.tokens[begin:first])

    def _released_told_before(self, figure: Figure, figures: list[Figure]) -> Figure | None:
        """The latest whole count of the released before ``figure``, if the part fits in it
        ("95 of our people came home. Those returned are 80 soldiers and 15 civilians")."""
        before = [
            f for f in [*self.previous, *figures]
            if f.quantity.first < figure.quantity.first and f.parent is None and f is not figure
        ]  # fmt: skip
        latest = next((f for f in reversed(before) if f.category == "released"), None)
        count, most = figure.quantity.count, latest.quantity.most if latest else None
        if latest is None or count is None or most is None or count >= most:
            return None
        return latest

    def _returned_named_as_persons(self, first: int) -> bool:
        """ "Among those returned: 89 servicemen", "Among the returned were 89 servicemen":
        the participle after "those" or "the", closed by a colon or a copula, names persons
        by their return, the released counted before (an exchange's own words), not persons
        who came back of themselves ("those returned to Vashtar" says where: left as it is)."""
        if self.language != "en" or first <= self.begin or first + 1 >= self.end:
            return False
        closed = self.tokens[first + 1].lower in _CLOSING_THE_RETURNED
        return closed and self.tokens[first - 1].lower in {"those", "the"}

    def _held_named_again(self, whole: Figure, figures: list[Figure]) -> None:
        """ "Silahlılar 18 kişini aparıblar. 18 nəfərdən 4-ü geri qayıdıb": a whole with no
        act of its own whose count is that of the latest figure of the held before it names
        those persons again; it takes their fate and group (``merge_wholes_named_again``
        then makes the two one)."""
        count = whole.quantity.count
        before = [f for f in [*self.previous, *figures] if f.quantity.first < whole.quantity.first]
        latest = next((f for f in reversed(before) if f.category and f.parent is None), None)
        if (
            count is not None
            and latest is not None
            and latest.category in _PRESUPPOSES["released"]
            and latest.quantity.count == count
        ):
            whole.category, whole.subgroup = latest.category, latest.subgroup

    def _presupposed_wholes(self, figures: list[Figure]) -> None:
        """ "48 staff were detained. … Thirty were released.": a bare number whose verb
        presupposes an earlier fate (only the held are released) counts some of the
        persons of the latest figure, if that figure is of that fate."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            wanted = _PRESUPPOSES.get(figure.category)
            if not wanted or figure.parent is not None or quantity.one_more:
                continue
            if quantity.np_last >= 0 and quantity.noun != PERSON:
                continue
            before = [f for f in [*self.previous, *figures[:k]] if f.category and f.parent is None]
            before = [f for f in before if not left_out_of_the_count(self.tokens, f)]
            of_the_taken = self._of_those_named_by_their_fate(quantity, wanted)
            if of_the_taken:
                fate, noun = of_the_taken
                before = [f for f in before if f.category == fate and f.quantity.noun == noun]
            if not before or before[-1].category not in wanted:
                continue
            whole = before[-1]
            if quantity.np_last >= 0:
                if not (
                    self._of_the_captured(quantity, whole)
                    or freed_since_then(self.tokens, figure, self.language)
                ):
                    continue
            elif quantity.noun and quantity.noun != whole.quantity.noun:
                continue  # a noun of its own, not the one left out after the whole
            if self._still_held(whole):
                continue  # "Two journalists are still being held; one was released"
            most = whole.quantity.most
            if most is not None and quantity.count is not None and quantity.count > most:
                of_the_remaining = self._whole_of_the_remaining(
                    whole, before, figures[:k], quantity
                )
                if of_the_remaining is None:
                    continue  # "… the total returned since 2020 reached 168": more than were held
                whole = of_the_remaining
            figure.parent = whole

    def _whole_of_the_remaining(
        self, remaining: Figure, before: list[Figure], current: list[Figure], quantity: Quantity
    ) -> Figure | None:
        """ "51 were detained; 9 are still held and 42 were let go": the released, more
        than those said to remain held just before them, are of the figure those are a part
        of, said before them in the sentence with the same fate, if both fit in it (English);
        else None."""
        in_sentence = {id(f) for f in current}
        if self.language != "en" or len(before) < 2 or id(remaining) not in in_sentence:
            return None
        whole = before[-2]
        if whole.category != remaining.category or id(whole) not in in_sentence:
            return None
        if not self._remains_so(remaining):
            return None
        most, count, kept = whole.quantity.most, quantity.count, remaining.quantity.count
        if most is None or count is None or kept is None or kept + count > most:
            return None
        return whole

    def _remains_so(self, figure: Figure) -> bool:
        """Is the figure said to remain in its state ("12 remain in custody")?"""
        trigger = figure.trigger
        if trigger is None:
            return False
        first = min(figure.quantity.first, trigger.first)
        last = max(figure.quantity.end_token, trigger.last)
        return any(self.tokens[k].lower in _REMAIN_EN for k in range(first, last + 1))

    def _of_those_named_by_their_fate(
        self, quantity: Quantity, wanted: frozenset[str]
    ) -> tuple[str, str] | None:
        """«Семерых из уведённых мужчин отпускают»: a part of persons named by the participle
        of what befell them and by their noun is of the latest figure of that fate and noun,
        whatever was counted since (the dead, the displaced); the fate and noun, or None.
        (A participle alone, «из забранных», names no persons to match.)"""
        k = quantity.end_token + 1
        if self.language != "ru" or k + 2 >= self.end or self.tokens[k].lower != "из":
            return None
        trigger = self.trigger_at.get(k + 1)
        noun = self.lex.noun_set.match(self.tokens, trigger.last + 1) if trigger else None
        if trigger is None or noun is None or not names_group(noun.value):
            return None
        fate = resolve_category(trigger.value, PERSON)
        return (fate, noun.value) if fate in wanted else None

    def _of_the_captured(self, quantity: Quantity, whole: Figure) -> bool:
        """«Боевики захватили около двадцати жителей. … освобождены одиннадцать человек»:
        persons counted as people and released after a seizure are of those seized, whom
        only their captors release, if they fit in it (the released after arrests or
        disappearances may be others: an amnesty, those traced alive). Russian: an
        Azerbaijani count of hostages says when they are held ("hazırda 213 … girov
        saxlanılır", now), and those released before are not of it (s5-az-3)."""
        most = whole.quantity.most
        return (
            self.language == "ru"
            and whole.category == "captured"
            and quantity.count is not None
            and most is not None
            and quantity.count <= most
        )

    def _still_held(self, figure: Figure) -> bool:
        """Is the figure said to be held still ("are still being held", «до сих пор
        удерживаются», "hələ də saxlanılır")? Then those released are not among them."""
        trigger = figure.trigger
        if trigger is None:
            # «где находятся около 1 100 пленных»: captives named by their noun and held
            # now, by the present tense of a verb of being or of holding just before them.
            before = range(max(0, figure.quantity.first - 2), figure.quantity.first)
            return any(self.tokens[k].lower in _HELD_NOW_RU for k in before)
        first = min(figure.quantity.first, trigger.first)
        last = max(figure.quantity.end_token, trigger.last)
        words = {self.tokens[k].lower for k in range(first, last + 1)}
        return bool(words & {"still", "по-прежнему", "сих", "hələ"})

    def _nothing_known(self, figure: Figure) -> bool:
        """Is the verb of a "none" itself a word of nothing known ("heç biri barədə
        məlumat yoxdur", no news of any of them)? Then it says all are missing, not that
        none are."""
        trigger = figure.trigger
        if self.language != "az" or trigger is None or trigger.value != "missing":
            return False
        words = {self.tokens[k].lower for k in range(trigger.first, trigger.last + 1)}
        return bool(words & {"yoxdur", "verilməyib"})

    def _keep(self, figure: Figure) -> bool:
        quantity = figure.quantity
        if not figure.category or figure.category in PENDING:
            return False  # victims of no act, registered by no one named (``ActsApart``)
        if self._found_alive(quantity):
            return False  # «143 человека найдены живыми»: no figure, whatever its whole
        if quantity.word_one and (not quantity.noun or quantity.noun == UNIT):
            return self._pronoun_one(figure)
        if self._tells(quantity) and figure.bound != "forward":
            return False  # "…, two officials and a nurse told reporters": who says it
        if quantity.zero and self._only_a_degree(figure):
            return False  # "Nobody was hospitalised": hurt, perhaps, but not that badly
        if quantity.zero and self._fate_only_names_the_group(figure):
            return False  # «Никто из пострадавших не получил компенсации»: no fate said
        if quantity.zero and self._nothing_known(figure):
            return False  # "onların heç biri barədə xəbər yoxdur": all of them missing
        return not (quantity.zero and figure.trigger is None and not quantity.noun)
