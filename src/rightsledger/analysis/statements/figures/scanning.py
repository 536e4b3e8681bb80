"""The words of one sentence as the binder reads them: its triggers (verbs and nouns of
what befell persons), the markers of parts, clause boundaries and the words a count's verb
may stand apart from it by. What the binding rules ask of the scanned sentence at a position
(its clause, markers, participles) is in ``clause_queries``."""

from __future__ import annotations

from rightsledger.analysis.statements.at_work import workers_who_arrived
from rightsledger.analysis.statements.az_attributes import az_participle_of_a_predicate_noun
from rightsledger.analysis.statements.figures.core import (
    _ALSO,
    _AUXILIARIES,
    _AZ_AMONG,
    _AZ_PLURALS,
    Figure,
    Trigger,
    az_possessive_number,
)
from rightsledger.analysis.statements.figures.trigger_vetoes import TriggerVetoes
from rightsledger.analysis.statements.lexicon import (
    BODY,
    CIVILIAN_STEMS,
    FAMILY,
    GAPS,
    GRAVE,
    REGISTERED,
    VERB_CLASSES,
    Lexicon,
)
from rightsledger.analysis.statements.numeral_words import RU_COLLECTIVE_NOMINATIVES
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.az_cases import (
    az_in_the_genitive,
    az_persons_owned_by_the_genitive,
)
from rightsledger.analysis.statements.records_kept import records_held
from rightsledger.analysis.statements.shelter_headcounts import (
    centre_named_alone,
    verb_before_the_count,
)
from rightsledger.analysis.statements.tokens import Token, abbreviation_stops, quoted_word_marks

# The Azerbaijani participles that name who underwent an act ("saxlanılan", "yaralanmış"),
# or whom the doers did it to ("saxladıqları tələbələr", the students they held).
# How many words may own a count after "arasında" (among) before it: a compound noun in the
# genitive ("təcili yardım briqadasının"); a longer stretch holds a clause of its own.
_AZ_OWNER_REACH = 3
_AZ_PARTICIPLES = (
    "an", "ən", "mış", "miş", "muş", "müş",
    "dıqları", "dikləri", "duqları", "dükləri", "dığı", "diyi", "duğu", "düyü",
)  # fmt: skip


# The Azerbaijani postpositions that close a clause of cause or of source: "görə" (because,
# according to) and "nəticəsində" (as a result of: "qəsəbənin sökülməsi nəticəsində 600
# sakin evlərindən çıxarılıb", the demolition is of the settlement, not of the residents).
_BECAUSE_AZ = frozenset({"görə", "nəticəsində"})


# Fates of persons alive when last known of, never of bodies (``_ru_fate_of_the_living_after``).
_FATES_OF_THE_LIVING = frozenset({"missing", "disappeared", "captured", "detained", "released"})


class ClauseScanner(TriggerVetoes):
    """The words of one sentence: triggers, markers of parts, clause boundaries."""

    def __init__(
        self,
        tokens: list[Token],
        span: tuple[int, int],
        quantities: list[Quantity],
        lex: Lexicon,
        language: str,
        previous: list[Figure],
        titles: frozenset[int] = frozenset(),
        unbound: list[Figure] | None = None,
        rejected: list[Figure] | None = None,
        times: frozenset[int] = frozenset(),
    ) -> None:
        self.tokens = tokens
        # The tokens of dates and month names: what says when, not where or who.
        self.times = times
        # Counts of the sentence before that no category bound: a clause here may say
        # what befell them ("Thirty men were taken away. Their fate is unknown.").
        self.unbound_before = unbound or []
        self.unbound: list[Figure] = []
        # Figures the sentence before rejected: the right one may follow ("An earlier
        # version said 25 were killed. The correct figure is 21.").
        self.rejected_before = rejected or []
        self.rejected: list[Figure] = []
        # The right figure given here for a rejected one, by id: its group is the rejected
        # figure's, whatever its own bare number says (``Denials``).
        self.right_for_rejected: dict[int, Figure] = {}
        self.titles = titles
        self.begin, self.end = span
        self.lex = lex
        self.language = language
        # Marks that end no clause, by where they start: Russian stops of an abbreviation
        # («жители дома № 27 по ул. Садовой расселены»); Azerbaijani quotes around a word
        # between a count and its verb, which comes last ('"ekstremizm" ittihamı ilə').
        self.inside_clause_marks = abbreviation_stops(tokens, span) if language == "ru" else set()
        if language == "az":
            self.inside_clause_marks |= quoted_word_marks(tokens, span)
        self.previous = previous
        self.all_quantities = quantities
        self.quantities = [q for q in quantities if self.begin <= q.first < self.end]
        self._elided_nouns()
        self.starts = {q.first: q for q in self.quantities}
        self.ends = {q.end_token: q for q in self.quantities}
        triggers = self._find_triggers()
        # "Yaralılardan 3-ü … ölüb": a trigger in the ablative just before a number names
        # the whole the number is taken from ("of the wounded"), not what befell it.
        wholes = [t for t in triggers if self._ablative_before_number(t)]
        described = self._az_participles_of_wholes(triggers)
        participles = [t for t, _ in described]
        self.triggers = [t for t in triggers if t not in wholes and t not in participles]
        self.trigger_at = {t.first: t for t in self.triggers}
        self.trigger_ending = {t.last: t for t in self.triggers}
        self.markers = sorted(
            self._find(self.lex.nest_before_set)
            + [(t.first, t.last) for t in wholes]
            + self._ablative_nouns_before_numbers()
            + self._genitive_pronouns_before_parts()
            + [marker for _, marker in described]
            + self._ru_wholes_named_before_parts()
        )
        self.non_count_tokens = {
            k for q in quantities if q.non_count and self.begin <= q.first < self.end
            for k in range(q.first, q.end_token + 1)
        }  # fmt: skip

    def _elided_nouns(self) -> None:
        """ "3,000 homes were damaged and 412 destroyed": a bare number after "and" counts
        the things counted before it. Persons need no such help (they are the default), but a
        free label does: "six miners were killed and nine wounded", «шестеро шахтёров убиты,
        ещё девять ранены» (the nine are miners as well). A group such as children lends its
        noun only as the subject of an English passive whose second half leaves out the noun
        and the auxiliary: "60 children were killed and more than 250 injured" (not "Nine
        civilians, among them three children, were killed and 27 wounded"), or of a Russian
        clause with its verb first and a second verb before the bare count: «погибли 6 детей
        и ранены 23»."""
        counted: Quantity | None = None
        gapped_at = -1  # where the bare count after a group's gapped passive stands
        last: Quantity | None = None
        for quantity in self.quantities:
            if quantity.non_count:
                continue
            before_it, last = last, quantity
            if self._az_more_of_the_same_group(before_it, quantity):
                quantity.noun = before_it.noun if before_it is not None else quantity.noun
                continue
            bare = (
                not quantity.noun and quantity.np_last < 0 and not self._noun_after_dash(quantity)
            )
            before = self.tokens[quantity.first - 1] if quantity.first > self.begin else None
            if (
                bare
                and counted is not None
                and before is not None
                and (not counted.noun.startswith("subgroup:") or quantity.first == gapped_at)
                and (
                    before.lower in self.lex.conjunctions
                    or before.lower in _ALSO
                    # «погибли 6 детей и ранены 23»: the second half's verb before its count
                    or quantity.first == gapped_at
                    # "Two journalists are still held; one was released": "one" of them.
                    or (quantity.word_one and before.text == ";")
                )
            ) and not (
                self._past_a_listed_part(counted, quantity)
                or self._part_marker_after(quantity)
                or (counted.counted == BODY and self._own_auxiliary_after(quantity))
                # «извлечены тела 9 человек, ещё трое считаются пропавшими»: «трое»
                # counts persons, never bodies
                or (counted.counted == BODY and self._collective_of_persons(quantity))
                # «тела 14 человек, ещё 6 числятся пропавшими»: a fate of the living
                or (counted.counted == BODY and self._ru_fate_of_the_living_after(quantity))
                or self._az_another_part_after_a_predicate(counted, quantity)
            ):
                quantity.noun = counted.noun
                # "132 bodies have been exhumed and 97 handed over": bodies, as before.
                quantity.bodies = counted.bodies
            elif (
                quantity.noun.startswith(("property:", "label:"))
                or quantity.noun in {FAMILY, GRAVE}
                or quantity.counted == BODY
            ):
                counted, gapped_at = quantity, -1
            elif quantity.noun.startswith("subgroup:") and self._gapped_passive_after(quantity) > 0:
                counted, gapped_at = quantity, self._gapped_passive_after(quantity)
            else:
                counted = None

    def _az_more_of_the_same_group(self, before: Quantity | None, quantity: Quantity) -> bool:
        """ "6 şagird həlak olub, 15-dən çoxu yaralanıb", "… 6 şagirdinin həlak olduğunu, 15-inin
        yaralandığını": a number with the possessive ending ("of them") opening the clause
        after a count of a group, and more than that count, is no part of it: it counts more
        of the same group, whose noun it leaves out; a part ("3-ü yaralanıb") takes the group
        as a part does."""
        if self.language != "az" or before is None or quantity.noun or quantity.np_last >= 0:
            return False
        if not before.noun.startswith(("subgroup:", "label:")):
            return False
        if before.count is None or quantity.count is None or quantity.count <= before.count:
            return False
        if quantity.first <= self.begin or self.tokens[quantity.first - 1].text != ",":
            return False
        if self._named_after_a_part_marker(before):
            return False  # "40 nəfər, o cümlədən 6 uşaq, 9-u isə …": nine of the forty
        return self._az_possessive_number(quantity) or _az_more_than_of_them(
            self.tokens[quantity.last]
        )

    def _az_another_part_after_a_predicate(self, counted: Quantity, quantity: Quantity) -> bool:
        """ "Onlardan 15-i jurnalistdir, üçü isə vəfat edib": a part whose group is its
        predicate ("15 of them are journalists") lends it to no part after it; "üçü" (three of
        them) is another part of the same whole, of any group. Not a part of a group named
        before its number ("jurnalistlərdən 5-i …, 3-ü …"), which the group names."""
        return (
            self.language == "az"
            and not counted.group_of
            and counted.np_first > counted.last
            and self._az_possessive_number(counted)
            and self._az_possessive_number(quantity)
        )

    def _own_auxiliary_after(self, quantity: Quantity) -> bool:
        """ "the remains of 19 have been identified and 7 have come home": a count with an
        auxiliary of its own opens a clause of its own, and may count others than bodies
        (not "212 bodies were exhumed and 150 handed over", the second half gapped)."""
        k = quantity.end_token + 1
        return self.language == "en" and k < self.end and self.tokens[k].lower in _AUXILIARIES

    def _ru_fate_of_the_living_after(self, quantity: Quantity) -> bool:
        """Does a Russian count say after it (past «числятся», «считаются») a fate only the
        living have, which no body has («ещё 6 числятся пропавшими»)?"""
        if self.language != "ru":
            return False
        k = quantity.end_token + 1
        while k < self.end and self.tokens[k].lower in self.lex.gap_words:
            k += 1
        # The sentence's triggers are not found yet: the lexicon's phrase at ``k``.
        phrase = self.lex.trigger_set.match(self.tokens, k) if k < self.end else None
        return phrase is not None and phrase.value in _FATES_OF_THE_LIVING

    def _collective_of_persons(self, quantity: Quantity) -> bool:
        """Is the count a Russian collective numeral in the nominative («трое»), which
        counts living persons or the dead, not bodies?"""
        return (
            self.language == "ru"
            and quantity.first == quantity.last
            and self.tokens[quantity.first].lower in RU_COLLECTIVE_NOMINATIVES
        )

    def _gapped_passive_after(self, quantity: Quantity) -> int:
        """Where the count of a second half stands after an English passive whose subject is
        ``quantity`` ("children | were killed and | 250 injured"): past the auxiliaries, one
        participle and "and"; -1 if no such passive follows."""
        k = quantity.end_token + 1
        if self.language == "ru":
            return self._ru_gapped_verb_after(k)
        if self.language != "en" or k >= self.end or self.tokens[k].lower not in _AUXILIARIES:
            return -1
        while k < self.end and self.tokens[k].lower in _AUXILIARIES:
            k += 1
        participle, conjunction = k, k + 1
        if conjunction + 1 >= self.end or self.tokens[participle].kind != "word":
            return -1
        return conjunction + 1 if self.tokens[conjunction].lower == "and" else -1

    def _ru_gapped_verb_after(self, k: int) -> int:
        """Where the count of a Russian second half stands after a group counted with its
        verb first («погибли 6 детей | и ранены | 23»): «и», one verb, then the count; -1
        if no such half follows. (Not past a comma: «…, в том числе 2 ребёнка, и ранены 27»
        closes a part, and the 27 are of the whole.)"""
        conjunction, verb, count = k, k + 1, k + 2
        if count >= self.end or self.tokens[conjunction].lower != "и":
            return -1
        if self.tokens[verb].pos not in {"VERB", "PRTS"}:
            return -1
        return count

    def _part_marker_after(self, quantity: Quantity) -> bool:
        """ "11 journalists were held, three of whom were released", «трое из них»: a part,
        which names no group of its own, not a count of the same noun (subgroup all)."""
        after = quantity.end_token + 1
        return after < self.end and self.lex.nest_after_set.match(self.tokens, after) is not None

    def _named_after_a_part_marker(self, counted: Quantity) -> bool:
        """Does ``counted`` follow a marker of parts at once ("including", "o cümlədən")?"""
        for k in range(max(self.begin, counted.first - 4), counted.first):
            found = self.lex.nest_before_set.match_span(self.tokens, k)
            if found is not None and k + found[1] == counted.first:
                return True
        return False

    def _past_a_listed_part(self, counted: Quantity, quantity: Quantity) -> bool:
        """ "12 died, including two police officers, and 40 were injured": a part named
        after "including" lends no noun to a count after ", and", which opens a clause. Nor does
        a part of a breakdown in a parenthesis closed before the count: «погибли 20 сельчан (…
        8 медсестёр), ранены ещё 61» are more of everyone, not nurses."""
        if ")" in (t.text for t in self.tokens[counted.end_token : quantity.first]):
            return True
        comma = quantity.first - 2
        if comma < self.begin or self.tokens[comma].text != ",":
            return False
        return self._named_after_a_part_marker(counted)

    def _noun_after_dash(self, quantity: Quantity) -> bool:
        """ "… 2 905 — военнослужащие и 513 — гражданские лица": a number whose noun follows
        a dash has a noun of its own, not the one counted before it. So has one followed by
        the adjective for civilians standing alone as their noun («шестеро — гражданские»)."""
        k = quantity.end_token + 1
        if k + 1 >= self.end or self.tokens[k].text not in {"—", "–"}:
            return False
        named = self.tokens[k + 1]
        return self.lex.noun_set.match(self.tokens, k + 1) is not None or (
            named.kind == "word" and named.lower.startswith(CIVILIAN_STEMS)
        )

    def _find_triggers(self) -> list[Trigger]:
        found: list[Trigger] = []
        i = self.begin
        while i < self.end:
            matched = self.lex.trigger_set.match_span(self.tokens, i)
            if matched is None and self._shot_in_a_chain(i):
                found.append(Trigger(i, i, "killed"))
            if matched is None or self._inside_quantity(i) or i in self.titles:
                i += 1
                continue
            if self._after_measure(i):
                i += matched[1]  # «к 15 годам лишения свободы»: a term, not a fate
                continue
            phrase, length = matched
            if self._hyphened_to_next(i + length - 1):
                i += length  # "the burnt-out section", "war-torn": a compound adjective
                continue
            if workers_who_arrived(self.tokens, i, self.language):
                i += length  # "two paramedics who had arrived with the crew": who they are
                continue
            if records_held(self.tokens, i, self.end, self.language):
                i += length  # "holds 1,046 open records of persons": papers, not persons
                continue
            if self._custody_of_a_part_described(i):
                i += length  # "including five who were held in the unit": who they are
                continue
            if self._object_of_a_gerund(i, length):
                i += length  # "who were treating the wounded": whom they treated, not their fate
                continue
            if self._ru_object_of_an_active_participle(i):
                i += length  # «снимавших задержания»: what they filmed, not their fate
                continue
            if self._names_a_place(i, length):
                i += length  # "the holding centre", "holding cells": where, not what befell
                continue
            if phrase.value == "displaced" and not self._left_a_home_place(i, i + length - 1):
                i += length  # «покинули зал заседаний»: left a room, not their homes
                continue
            if phrase.value == "missing" and self._trapped_with_no_ruins(i, length):
                i += length  # "trapped in the besieged city": not under ruins, not missing
                continue
            if phrase.value == "released" and self._appealed_for(i, i + length - 1):
                i += length  # "called for the release of 47 soldiers": not yet released
                continue
            if self._treated_as(phrase.elements, i, length):
                i += length  # "were treated as criminals for a sit-in": no harm
                continue
            if self._one_could_not_walk(phrase.elements, i):
                i += length  # "one of them could not walk for days": a person described
                continue
            if self._wounds_that_killed(phrase.value, i):
                i += length  # "Seven died: five from gunshot wounds": of what they died
                continue
            if self._cause_of_a_death(phrase.value, i):
                i += length  # «причиной смерти одного из них стала травма»: said of one counted
                continue
            if self._listed_so_before(i):
                i += length  # «числившихся пропавшими»: what they were counted as before
                continue
            if self._az_recognised_as(phrase.value, i):
                i += length  # "zərərçəkmiş qismində 38 nəfər tanınıb": a standing given
                continue
            if self._az_sentence_of_the_counted(phrase.value, i):
                i += length  # "3 fəalın həbs cəzasını": the sentence they serve
                continue
            if self._az_things_replaced(phrase.value, i):
                i += length  # "40 pəncərə dəyişdirilib": windows replaced, no one exchanged
                continue
            if self._az_gathered_no_persons(phrase.value, i):
                i += length  # "1 500 nəfərdən ianə toplayıb": donations gathered, no one held
                continue
            if self._az_custody_released_from(phrase.value, i, length):
                i += length  # "həbsdən azad edib": released from custody
                continue
            if self._only_threatened(i):
                i += length  # «угрожали расстрелом»: threatened, not done
                continue
            if phrase.elements == ("жертв",) and self._victims_of_something(i):
                i += length  # «жертв политических репрессий»: victims of what it names
                continue
            if self._taken_from_the_counted(phrase.elements, i, i + length):
                i += length  # "took samples from 9 patients": taken from them, not them
                continue
            if phrase.value == "keep" and self._taken_to_care(phrase.elements, i, i + length):
                i += 1  # "took 30 of the wounded to hospital": care, not custody (the gap's
                # words may name a fate of their own)
                continue
            if self._az_bodies_brought(phrase.value, phrase.elements, i, i + length):
                i += 1  # "xəstəxanaya 7 nəfərin meyiti gətirilib": the dead, whom the body counts
                continue
            if self._violence_on_no_count(phrase.elements, i + length):
                i += length  # «применяли насилие к содержащимся под стражей»: no count
                continue
            if self.language == "az" and az_participle_of_a_predicate_noun(
                self.tokens, i + length - 1, self.end, self.lex
            ):
                i += length  # "… itkin düşmüş mülki sakinlərdir": who they are, no fate
                continue
            if centre_named_alone(phrase.elements) and verb_before_the_count(
                self.tokens, i + length, self.end
            ):
                i += length  # «в ПВР работают 12 волонтёров»: what they do there
                continue
            moved = phrase.value in {"displaced", "housed"}
            if moved and self._into_the_basement(i, i + length - 1):
                i += length  # "moved to the basement": sheltered in the building, not displaced
                continue
            # The free-order variant «в ~ плену» matched with nothing between is the phrase.
            written = " ".join(e for e in phrase.elements if e not in GAPS)
            circumstance = written in self.lex.circumstances
            found.append(Trigger(i, min(i + length, self.end) - 1, phrase.value, circumstance))
            i += length
        return found

    def _ablative_nouns_before_numbers(self) -> list[tuple[int, int]]:
        """ "Girovlardan biri", "əsirlərdən 5-i", and in the plural genitive "qalıqların 39-u"
        (39 of the remains): a noun that implies a category, in the ablative before a number,
        names the whole like "of the hostages". The part carries a possessive ending:
        "əsirlikdən 12 nəfər azad olunub" (12 from captivity) is no part."""
        if self.language != "az":
            return []
        found = []
        for quantity in self.quantities:
            k = quantity.first - 1
            if k < self.begin or not self.tokens[k].lower.endswith(
                ("dan", "dən", "ların", "lərin")
            ):
                continue
            genitive = not self.tokens[k].lower.endswith(("dan", "dən"))
            if not (
                self._az_part_of_a_genitive(quantity)
                if genitive
                else self._az_possessive_number(quantity)
            ):
                continue
            phrase = self.lex.noun_set.match(self.tokens, k)
            if phrase is not None and (phrase.value.startswith("implied:") or phrase.value == BODY):
                # "Meyitlərdən üçünün üzərində": of the bodies, as of the hostages.
                found.append((k, k))
        return found

    def _az_possessive_number(self, quantity: Quantity) -> bool:
        """Does the number carry a possessive ending ("12-sinin", "üçü", "44-ü")?"""
        return az_possessive_number(self.tokens, quantity)

    def _az_part_of_a_genitive(self, quantity: Quantity) -> bool:
        """Is the count after a whole in the genitive a part of it: its number in the
        possessive ("qalıqların 39-u") or its counter ("köçkünlərin 3 100 nəfəri")?"""
        return self._az_possessive_number(quantity) or az_persons_owned_by_the_genitive(
            self.tokens, quantity
        )

    def _genitive_pronouns_before_parts(self) -> list[tuple[int, int]]:
        """ "onların 12-sinin meyiti", "bunların üçü": a pronoun in the genitive before a
        number with a possessive ending takes that many of them, like "onlardan". Without
        the ending ("onların 3 uşağı", their three children) the number counts others."""
        if self.language != "az":
            return []
        found = []
        for quantity in self.quantities:
            k = quantity.first - 1
            if k < self.begin or self.tokens[k].lower not in {"onların", "bunların"}:
                continue
            if self._az_possessive_number(quantity):
                found.append((k, k))
        return found

    def _ru_wholes_named_before_parts(self) -> list[tuple[int, int]]:
        """«Из раненых пятеро …», «Из задержанных 12 …»: a clause that opens with «из» and
        persons named by their fate, the number right after, takes that many of them, as
        «из числа раненых» does. Not «из» of a place («Из пострадавших сёл вывезены 300»:
        a noun stands between) nor a part named first («пятеро из раненых»: ``nest_after``)."""
        if self.language != "ru":
            return []
        found = []
        for quantity in self.quantities:
            for k in range(max(self.begin, quantity.first - 4), quantity.first):
                if self.tokens[k].lower != "из":
                    continue
                if k > self.begin and not self._is_boundary(self.tokens[k - 1]):
                    continue
                if self.lex.nest_before_set.match(self.tokens, k) is not None:
                    continue  # «Из них …», «из числа погибших»: a marker already
                matched = self.lex.nest_after_set.match_span(self.tokens, k)
                if matched is not None and k + matched[1] == quantity.first:
                    found.append((k, quantity.first - 1))
        return found

    def _az_participles_of_wholes(
        self, triggers: list[Trigger]
    ) -> list[tuple[Trigger, tuple[int, int]]]:
        """Triggers that name the whole a number is taken from, not what befell the part,
        each with the marker it opens (from the trigger to the word that takes the part):

        - "Saxlanılan qadınlardan 12-si", "yaralanan uşaqların 3-ü": a participle of an act
          before a noun in the ablative (or the plural genitive) and a number with a
          possessive ending, as "of the women detained";
        - "Yaralılar arasında 15 uşaq var", "Həbs edilənlər arasında 2 vəkil də var",
          "saxlanılanların içərisində 3 qadın": persons named in the plural by what befell
          them, before "arasında" (among) and a number."""
        if self.language != "az":
            return []
        found = []
        for trigger in triggers:
            if trigger.value in VERB_CLASSES or trigger.circumstance:
                continue
            marker = self._az_participle_before_part(trigger) or self._az_fate_named_among(
                trigger, triggers
            )
            if marker is not None:
                found.append((trigger, marker))
        return found

    def _az_participle_before_part(self, trigger: Trigger) -> tuple[int, int] | None:
        if not self.tokens[trigger.last].lower.endswith(_AZ_PARTICIPLES):
            return None
        noun = trigger.last + 1
        if noun + 1 >= self.end or noun + 1 not in self.starts:
            return None
        if not self.tokens[noun].lower.endswith(("lardan", "lərdən", "ların", "lərin")):
            return None
        if not self._az_possessive_number(self.starts[noun + 1]):
            return None
        return trigger.first, noun

    def _az_fate_named_among(
        self, trigger: Trigger, triggers: list[Trigger]
    ) -> tuple[int, int] | None:
        among = trigger.last + 1
        if among + 1 >= self.end or self.tokens[among].lower not in _AZ_AMONG:
            return None
        if not self.tokens[trigger.last].lower.endswith(_AZ_PLURALS):
            return None
        quantity = self.starts.get(among + 1) or self._az_count_past_its_owner(among + 1, triggers)
        if quantity is None or quantity.non_count:
            return None
        return trigger.first, among

    def _az_count_past_its_owner(self, k: int, triggers: list[Trigger]) -> Quantity | None:
        """ "Xəsarət alanlar arasında | təcili yardım briqadasının | 2 həkimi də var": the
        count after "arasında" may follow the words that own what it counts, ending in the
        genitive (whose doctors: the ambulance team's). Only a few words, none of an act,
        stand between."""
        for j in range(k, min(self.end, k + _AZ_OWNER_REACH)):
            if self.tokens[j].kind != "word" or any(t.first <= j <= t.last for t in triggers):
                return None
            quantity = self.starts.get(j + 1)
            if quantity is not None:
                # A possessive number after a genitive is a part of it ("qalıqların 39-u").
                owned = az_in_the_genitive(self.tokens[j].lower)
                return quantity if owned and not self._az_possessive_number(quantity) else None
        return None

    def _ablative_before_number(self, trigger: Trigger) -> bool:
        """ "Yaralılardan 3-ü", and in the genitive before a possessive part "Həlak
        olanların 44-ü uşaqdır" (of those killed, 44 are children): the trigger names the
        whole the number is taken from. A state in the ablative ("əsirlikdən 12 nəfər azad
        olunub": from captivity) is where they came from, no whole of persons."""
        if self.language != "az" or trigger.circumstance:
            return False
        if trigger.value in VERB_CLASSES and trigger.value != REGISTERED:
            return False
        after = trigger.last + 1
        word = self.tokens[trigger.last].lower
        if after < self.end and self.tokens[after].lower == "isə":
            after += 1  # "yaralananlardan isə 26-sı": "as for" the wounded, 26 of them
        if after < self.end and self.tokens[after].lower in _ALSO and word.endswith(("dan", "dən")):
            after += 1  # "yaralananlardan daha üçü": three more of the wounded
        if word.endswith(("dan", "dən")) and after in self.starts:
            return True
        return (
            word.endswith(("anların", "ənlərin", "ların", "lərin"))
            and after in self.starts
            and self._az_part_of_a_genitive(self.starts[after])
        )

    def _inside_quantity(self, i: int) -> bool:
        return any(q.first <= i <= q.last for q in self.quantities)

    def _find(self, phrases: object) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        i = self.begin
        while i < self.end:
            matched = phrases.match_span(self.tokens, i)  # type: ignore[attr-defined]
            if matched is None:
                i += 1
                continue
            found.append((i, i + matched[1] - 1))
            i += matched[1]
        return found

    def _closes_a_cause(self, token: Token) -> bool:
        """Does the word close an Azerbaijani clause of cause or source ("işgəncə verdiyinə
        görə", because they tortured; "məlumatına görə", according to; "sökülməsi
        nəticəsində", as a result of the demolition)? Its act is not said
        of what follows it."""
        return self.language == "az" and token.lower in _BECAUSE_AZ


# "Çoxu" (the greater part of them) after a number in the ablative: "15-dən çoxu", "on beşdən
# çoxunun" (more than fifteen of them), in its cases.
_AZ_MORE_OF_THEM = frozenset({"çoxu", "çoxunu", "çoxunun", "çoxuna", "çoxunda", "çoxundan"})


def _az_more_than_of_them(token: Token) -> bool:
    """Is ``token`` "çoxu" (more of them) in one of its cases?"""
    return token.lower in _AZ_MORE_OF_THEM
