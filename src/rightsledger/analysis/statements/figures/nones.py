"""Negations: a "none" shared by more than one act («погибших и раненых нет», "ölən və
yaralanan olmayıb", "No one was killed or injured"), "no casualties" (none killed and none
injured), a release denied ("18 of them have not been released": still held), and "none" of a
group named by its fate with no act of its own («никто из пострадавших не получил пособия»)."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.figures.anaphora import PersonsBefore
from rightsledger.analysis.statements.figures.core import (
    _CASUALTIES,
    _VICTIMS,
    HELD_FATES,
    Figure,
    Trigger,
    implied_category,
    resolve_category,
)
from rightsledger.analysis.statements.lexicon.az_acts import LOSSES as AZ_LOSSES
from rightsledger.analysis.statements.lexicon.ru_acts import LOSSES as RU_LOSSES
from rightsledger.analysis.statements.morphology import russian_genitive

# A side's losses ("itki", «потерь»): only their "none" is a figure.
_LOSSES = AZ_LOSSES | RU_LOSSES

# An Azerbaijani verb in the negative: "azad edilməyib", "buraxılmayıb", "qayıtmamışdır".
_AZ_NEGATIVE = re.compile(r"m[əa](?:y[ıiuü]b|m[ıiuü]ş|d[ıi]|z)")

# Words that stand between an English or Russian "not" and the verb it denies.
_NOT_BEFORE = frozenset(
    {"have", "has", "had", "been", "were", "was", "yet", "still", "были", "был"}
)

# Acts a negation denies of those counted: those not hurt, not arrested, not made to leave
# are no victims (a release or an identification denied is read otherwise, below).
_HARM = frozenset({"killed", "injured", "tortured", "detained", "captured", "displaced"})
# Acts a negation takes back: a release or an identification not (yet) made.
_DENIABLE = frozenset({"released", "identified"})

# A hospital's verbs for those brought to it, and the nouns of the places that receive them.
_RECEIVING = frozenset({"received", "admitted", "treated", "receiving", "admitting", "treating"})
_HEALTH_FACILITIES = frozenset({"property:hospitals", "property:health facilities"})
# A hospital's department that takes in the hurt, named for what it takes in: "our emergency
# department has received 96 casualties", "the trauma unit admitted 30 casualties".
_RECEIVING_DEPARTMENTS_EN = (
    frozenset({"emergency", "trauma", "casualty", "accident"}),
    frozenset({"department", "departments", "room", "rooms", "ward", "wards", "unit", "units",
               "centre", "center"}),
)  # fmt: skip

# Auxiliaries between a negation and the verb of a coordinated predicate ("or were injured").
_AUXILIARY = frozenset({"was", "were", "been", "had", "has", "have", "был", "была", "были", "было"})


class SharedNone(PersonsBefore):
    """Gives a "none" to each act it is said of; reads a release denied as still held."""

    def _release_denied(self, figures: list[Figure]) -> None:
        """ "18 of them have not been released", "have yet to be released", «18 из них до сих пор не отпущены»,
        "onlardan 18-i azad edilməyib": persons not released are still held, as the whole
        they are part of was (detained or captive); with no such whole, no figure."""
        for figure in figures:
            trigger = figure.trigger
            if figure.category not in _DENIABLE or trigger is None or figure.quantity.zero:
                continue  # «никто не освобождён», "heç kim azad edilməyib": none released
            if not self._denied(trigger):
                continue
            if figure.category == "identified":
                # "the remains of 64 others have yet to be identified": a part of those
                # found is still found; with no such whole, no figure.
                parent = figure.parent
                figure.category = parent.category if parent is not None else ""
                continue
            parent = figure.parent
            held = parent is not None and parent.category in HELD_FATES
            figure.category = parent.category if held and parent is not None else ""
            if not held:
                taken = self._taken_by_participle(figure, trigger)
                figure.category = taken or self._held_by_name(figure, trigger)

    def _taken_by_participle(self, figure: Figure, release: Trigger) -> str:
        """ "Three aid workers abducted in May have not been released", «трое сотрудников,
        захваченных в заложники, не освобождены», "girov götürülmüş 2 əməkdaş azad
        edilməyib": a participle of taking in their own clause says how they are held."""
        quantity = figure.quantity
        first = quantity.first
        while first > self.begin and not self._is_boundary(self.tokens[first - 1]):
            first -= 1
        for trigger in self.triggers:
            if first <= trigger.first < release.first and trigger is not release:
                category = resolve_category(trigger.value, quantity.counted)
                if category in HELD_FATES:
                    return category
        return ""

    def _held_by_name(self, figure: Figure, release: Trigger) -> str:
        """ "30 prisoners of war have not been returned", "More than 30 of the prisoners of
        war …", "Hərbi əsirlərin 30-dan çoxu qaytarılmayıb": persons whose very name says how
        they are held (prisoners of war, hostages, detainees), counted or named as the group
        the count is taken from in the same clause, are still held so when not released."""
        held = implied_category(figure.quantity)
        if held in HELD_FATES:
            return held
        first = figure.quantity.first
        while first > self.begin and not self._is_boundary(self.tokens[first - 1]):
            first -= 1
        for k in range(first, release.first):
            noun = self.lex.noun_set.match(self.tokens, k)
            if noun is not None and noun.value.removeprefix("implied:") in HELD_FATES:
                return noun.value.removeprefix("implied:")
        return ""

    def _harm_denied(self, figures: list[Figure]) -> None:
        """ "20 passengers were not hurt", «20 пассажиров не пострадали», "20 sərnişin xəsarət
        almayıb", "the 23 students had not been arrested": a count whose own verb of an act
        is denied counts those spared, no victims (a "none", "no one was hurt", is a zero of
        its own and stays)."""
        for figure in figures:
            trigger = figure.trigger
            if (
                figure.category in _HARM
                and trigger is not None
                and not figure.quantity.zero
                and figure.bound in {"forward", "backward"}
                and self._denied(trigger)
            ):
                figure.category = ""

    def _denied(self, trigger: Trigger) -> bool:
        if self.language == "az":
            return bool(_AZ_NEGATIVE.search(self.tokens[trigger.last].lower))
        k = trigger.first - 1
        if self.language == "en" and k - 2 >= self.begin:
            before = tuple(t.lower for t in self.tokens[k - 2 : k + 1])
            if before == ("yet", "to", "be"):
                return True  # "have yet to be released": not yet
        while k > self.begin and self.tokens[k].lower in _NOT_BEFORE:
            k -= 1
        return k >= self.begin and self.tokens[k].lower in {"not", "never", "не", "n't"}

    def _shared_none(self, figures: list[Figure]) -> list[Figure]:
        """«погибших и раненых нет», "ölən və yaralanan olmayıb": one "none" for each."""
        out: list[Figure] = []
        for figure in figures:
            trigger = figure.trigger
            if figure.quantity.zero_after_only and trigger is not None and figure.category:
                k = trigger.first - 1
                if (
                    k > self.begin
                    and self.tokens[k].lower == "ya"
                    and self.tokens[k - 1].lower == "və"
                ):
                    k -= 1  # "həlak olan və ya yaralanan olmayıb": "və ya", or
                other = self.trigger_ending.get(k - 1)
                if other is not None and self._finite_az_verb(other.last):
                    other = None  # "heç kim saxlanılmayıb və xəsarət alan olmayıb": a clause
                    # of its own, with its own count, not a participle sharing the "none"
                if other is not None and other.first - 1 in self.ends:
                    other = None  # «4 погибших, раненых нет»: the fate of a count before
                if k > self.begin and self.tokens[k].lower in self.lex.conjunctions and other:
                    category = resolve_category(other.value, figure.quantity.counted)
                    if category and category != figure.category:
                        out.append(Figure(figure.quantity, category, figure.subgroup,
                                          figure.parent, other, "backward"))  # fmt: skip
            out.append(figure)
            if figure.quantity.zero and trigger is not None and figure.category:
                shared = self._none_of_coordinated_predicate(figure, trigger)
                out.extend(s for s in shared if all(f.trigger != s.trigger for f in figures))
        return out

    def _none_of_an_act_of_persons_named(self, figures: list[Figure]) -> None:
        """«Смертей задержанных не зафиксировано», «случаев гибели задержанных нет»: Russian
        names the act by its noun and then, in the genitive, the persons it would befall; the
        none is of the act, and of those persons, the latest figure of them its whole."""
        if self.language != "ru":
            return
        for k, figure in enumerate(figures):
            persons = figure.trigger
            if not figure.quantity.zero_after_only or persons is None or figure.parent:
                continue
            act = self.trigger_ending.get(persons.first - 1)
            if act is None or self.tokens[act.last].pos != "NOUN":
                continue
            if not russian_genitive(self.tokens[persons.first].text):
                continue
            category = resolve_category(act.value, figure.quantity.counted)
            held = resolve_category(persons.value, figure.quantity.counted)
            if not category or category == held:
                continue
            figure.category, figure.trigger, figure.bound = category, act, "backward"
            wholes = [
                f for f in [*self.previous, *figures[:k]]
                if f.parent is None and f.category == held and not f.quantity.zero
            ]  # fmt: skip
            if wholes:
                figure.parent = wholes[-1]

    def _casualties(self, figures: list[Figure]) -> list[Figure]:
        """ "There were no casualties": none killed and none injured. A count of casualties
        ("200 casualties", «215 жертв: 64 погибли и 151 ранены») joins the two, and is no
        figure of either, nor the whole of its breakdown."""
        out: list[Figure] = []
        for figure in figures:
            trigger = figure.trigger
            if self._victims_broken_down(figure, trigger, figures):
                for other in figures:
                    if other.parent is figure:
                        other.parent = None
                continue
            if trigger is None or figure.category != "killed":
                out.append(figure)
                continue
            words = {self.tokens[k].lower for k in range(trigger.first, trigger.last + 1)}
            if words & _LOSSES:
                # "itki yoxdur", «потерь нет»: none killed; a count of losses (of men or of
                # equipment) is no figure, nor a "none" of losses of something named.
                if figure.quantity.zero and not self._losses_of_something(trigger):
                    out.append(figure)
                continue
            if not words & _CASUALTIES:
                out.append(figure)
            elif figure.quantity.zero:
                injured = Figure(figure.quantity, "injured", figure.subgroup, figure.parent,
                                 trigger, figure.bound)  # fmt: skip
                out.extend((figure, injured))
            else:
                wound = self._wounds_after(trigger)
                if wound is not None:
                    # "two casualties with gunshot wounds": the wounded, not the dead.
                    out.append(Figure(figure.quantity, "injured", figure.subgroup,
                                      figure.parent, wound, figure.bound))  # fmt: skip
                elif self._received_by_a_hospital(
                    figure.quantity.first
                ) or self._en_casualties_admitted(trigger):
                    # "the hospital has received 128 casualties": the living brought in hurt.
                    out.append(Figure(figure.quantity, "injured", figure.subgroup,
                                      figure.parent, trigger, figure.bound))  # fmt: skip
        return out

    def _losses_of_something(self, trigger: Trigger) -> bool:
        """«Материальных потерь нет», «потерь техники нет»: Russian losses with a word of
        their own before (an adjective) or after (a noun in the genitive) are losses of what
        that word names, not the side's dead («потерь нет», «потерь среди мирного населения
        нет»)."""
        if self.language != "ru":
            return False
        before, after = trigger.first - 1, trigger.last + 1
        return (before >= self.begin and self.tokens[before].pos == "ADJF") or (
            after < self.end and self.tokens[after].pos in {"NOUN", "ADJF"}
        )

    def _en_casualties_admitted(self, trigger: Trigger) -> bool:
        """ "Eighty-one casualties have been admitted", "40 casualties were treated": the
        casualties' own verb, in the passive, is a hospital's receiving (the dead are
        neither admitted nor treated)."""
        if self.language != "en":
            return False
        k = trigger.last + 1
        while k < self.end and self.tokens[k].lower in _AUXILIARY | {"being", "be"}:
            k += 1
        return k > trigger.last + 1 and k < self.end and self.tokens[k].lower in _RECEIVING

    def _received_by_a_hospital(self, first: int) -> bool:
        """Is the count at ``first`` the object of a hospital's receiving verb ("the hospital
        has received 128 casualties", "the two clinics admitted some 40 casualties")?"""
        if self.language != "en":
            return False
        k = first - 1
        while k >= self.begin and first - k <= 4 and self.tokens[k].lower not in _RECEIVING:
            k -= 1
        if k < self.begin or self.tokens[k].lower not in _RECEIVING:
            return False
        for j in range(k - 1, max(self.begin, k - 5) - 1, -1):
            phrase = self.lex.noun_set.match(self.tokens, j)
            if phrase is not None and phrase.value in _HEALTH_FACILITIES:
                return True
            kind, department = _RECEIVING_DEPARTMENTS_EN
            if self.tokens[j].lower in kind and self.tokens[j + 1].lower in department:
                return True
        return False

    def _victims_broken_down(
        self, figure: Figure, trigger: Trigger | None, figures: list[Figure]
    ) -> bool:
        """Are the victims of no act named («215 жертв», «пострадали 89 человек», «среди
        пострадавших 89 детей») broken down at once, after a colon, a bracket or «из них»,
        into the dead and the injured?"""
        if figure.category not in {"killed", "injured"} or figure.quantity.zero:
            return False
        first, last = (trigger.first, trigger.last) if trigger else (figure.first - 2, figure.first)
        words = (self.tokens[k].lower for k in range(max(first, self.begin), last + 1))
        if not any(w.startswith(_VICTIMS) for w in words):
            return False
        later = [f for f in figures if f.quantity.first > figure.last]
        # A part that only took the victims' own fate («пострадали 27 человек, в том числе 11
        # детей; пятеро из них скончались») is a part of them, not the injured of a breakdown.
        told = {f.category for f in later if not (f.parent is figure and f.bound == "nested")}
        if not later or {"killed", "injured"} - told:
            return False
        between = self.tokens[figure.last + 1 : later[0].quantity.first]
        opened = any(t.text in {":", "("} for t in between)
        return opened or any(f.parent is figure and f.bound != "backward" for f in later)

    def _wounds_after(self, trigger: Trigger) -> Trigger | None:
        """The words of a wound right after the casualties, joined by "with" or «с» ("with
        gunshot wounds", «с огнестрельными ранениями»), if any."""
        k = trigger.last + 1
        if k >= self.end or self.tokens[k].lower not in {"with", "с", "со"}:
            return None
        for j in range(k + 1, min(k + 3, self.end)):
            wound = self.trigger_at.get(j)
            if wound is not None:
                return wound if resolve_category(wound.value, "") == "injured" else None
        return None

    def _none_of_coordinated_predicate(self, figure: Figure, trigger: Trigger) -> list[Figure]:
        """ "No one was killed or injured", «никто не погиб и не пострадал»: a "none" is the
        subject of each predicate joined to its own by "and"/"or", with no word other than
        auxiliaries and negations between; a predicate with a subject of its own ("no one
        was killed, and four were injured", "heç kim saxlanılmayıb və xəsarət alan olmayıb") keeps
        its own count."""
        if trigger.first < figure.quantity.last:
            return []
        k = trigger.last + 1
        if k >= self.end or self.tokens[k].lower not in self.lex.conjunctions - {","}:
            return []
        k += 1
        while k < self.end and (
            self.tokens[k].lower in self.lex.negations or self.tokens[k].lower in _AUXILIARY
        ):
            k += 1
        other = self.trigger_at.get(k)
        if other is None or any(trigger.last < q.first <= k for q in self.quantities):
            return []
        category = resolve_category(other.value, figure.quantity.counted)
        if not category or category == figure.category:
            return []
        return [Figure(figure.quantity, category, figure.subgroup, figure.parent, other, "forward")]

    def _fate_only_names_the_group(self, figure: Figure) -> bool:
        """Is the zero's only act the participle that names its group, after "of" («никто
        из пострадавших», "none of the wounded"), with no act of its own after it?"""
        trigger = figure.trigger
        if trigger is None or trigger.first < 1:
            return False
        j = trigger.first - 1
        if j > self.begin and self.tokens[j].lower in {"the", "these", "those", "этих"}:
            j -= 1  # "none of the wounded"
        if self.tokens[j].lower not in {"из", "of"} or j != figure.quantity.last + 1:
            return False
        k = trigger.last + 1
        while k < self.end and not self._is_boundary(self.tokens[k]):
            if k in self.trigger_at:
                return False
            k += 1
        return True
