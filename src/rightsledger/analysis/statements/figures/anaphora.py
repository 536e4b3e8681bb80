"""What befell the persons counted before, said without a number: a pronoun as subject
("Their fate is unknown") or object ("… and drove them off"), and a count given in an aside
("всех мужчин — нас было пятеро — задержали")."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.bare_asides import verb_after_a_bare_aside
from rightsledger.analysis.statements.figures.core import (
    _ANAPHORS,
    Figure,
    Trigger,
    counts_only_inside,
    resolve_category,
)
from rightsledger.analysis.statements.figures.lists import SpelledOut
from rightsledger.analysis.statements.lexicon import PERSON, UNIT, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.takers import ARMED_STEMS
from rightsledger.analysis.statements.tokens import DASHES, FULL_STOPS

# An aside that gives a count ("— нас было пятеро —", "— səkkiz nəfər idilər"): its dashes
# and its copulas.
_ASIDE_COPULAS = frozenset({"было", "были", "был", "idilər", "idik", "idi", "were", "was"})
# "Their fates", the plural possessive that says "their" by its ending alone.
_AZ_THEIR_FATES = frozenset({"taleləri"})
# Object pronouns that stand for persons counted before ("drove them off", «увезли их»).
_OBJECT_PRONOUNS = frozenset({"them", "их", "onları"})

# A count of "us" in testimony: «нас было двадцать», "forty of us", "hamımız … idik, on yeddi
# nəfər"; and the first person as the object of what was done ("held us", «меня задержали»,
# «всех держали», "məni … saxladılar").
_WE = {"ru": frozenset({"нас"}), "en": frozenset({"we"}), "az": frozenset({"hamımız", "biz"})}
_WE_COPULAS = frozenset({"было", "были", "were", "idik"})
# A copula in the first person plural, which says "we" by its ending alone: "idik" (we were),
# "olardıq" (we would have been, of a guess: "iyirmi beş-otuz nəfər olardıq"), "imişik".
AZ_COPULAS_OF_US = frozenset({"idik", "olardıq", "imişik"})
_WE_ENDINGS = {"az": AZ_COPULAS_OF_US}
# English says it in the passive too: "We were taken hostage".
_DONE_TO_US = frozenset({"нас", "меня", "всех", "us", "me", "we", "bizi", "məni", "hamımızı"})
_DONE_TO_ALL_OF_US = frozenset({"нас", "всех", "us", "we", "bizi", "hamımızı"})
# A witness's count of "them", the group just named ("Kişiləri … yığdılar, on səkkiz nəfər
# idilər"): the copula in the third person plural, and "them" as the object of what was done.
_AZ_COPULAS_OF_THEM = frozenset({"idilər"})
_DONE_TO_THEM = frozenset({"onları"})


# Words that give a population rather than what befell persons.
_POPULATION = {
    "en": ("census", "population", "inhabit", "lived", "living"),
    "ru": ("перепис", "населен", "насчитыва", "прожива"),
    "az": ("siyahıyaalın", "əhali", "yaşayır", "yaşayan", "yaşamış"),
}


class PersonsBefore(SpelledOut):
    """Rules that give the persons counted before what a later clause says of them."""

    def _fate_of_those_before(self, figures: list[Figure]) -> list[Figure]:
        """ "Thirty men were taken away, and their fate is unknown", «…, и их судьба
        неизвестна», "… aparılıb. Onların taleyi məlum deyil.": a clause with no number of
        its own, whose subject is a pronoun, says what befell the persons counted last
        before it, if nothing else said so — in its sentence, else in the one before."""
        for trigger in self.triggers:
            fate = "disappeared" if trigger.value == "disappeared" else "missing"
            if trigger.value not in {"missing", "not_found", "disappeared"}:
                continue
            if not self._anaphoric(trigger) and not self._az_whose_whereabouts(trigger):
                continue
            left, right = self._clause_around(trigger.first, trigger.last)
            if any(left <= q.first <= right for q in self.quantities):
                continue
            before = [f for f in figures if f.last < trigger.first]
            if before:
                target = before[-1]
                # Persons only taken ("seized", «забрали», "apardılar") whose fate is then
                # unknown are missing, as those led away are.
                taken = target.trigger is not None and target.trigger.value == "seize"
                if (target.category and not taken) or not self._counts_persons(target.quantity):
                    continue
                target.category, target.trigger, target.bound = fate, trigger, "clause"
                continue
            earlier = self.unbound_before[-1:] if left == self.begin else []
            if earlier and self._counts_persons(earlier[0].quantity):
                target = earlier[0]
                target.category, target.trigger, target.bound = "missing", None, "noun"
                self.unbound_before = []
                figures = [target, *figures]
                continue
            led_away = self._az_taken_just_before() if left == self.begin else None
            if led_away is not None:
                # "Silahlılar qırx balıqçını aparıb. O vaxtdan onlardan xəbər yoxdur.": those
                # taken away in the sentence before, of whom nothing is known since.
                led_away.category, led_away.trigger = fate, trigger
        return figures

    def _az_whose_whereabouts(self, trigger: Trigger) -> bool:
        """ "…, harada saxlanıldıqları məlum deyil": whereabouts said with the participle's
        possessive, which names the persons counted before as whose they are."""
        if self.language != "az" or trigger.value != "disappeared":
            return False
        words = [t.lower for t in self.tokens[trigger.first : trigger.last + 1]]
        return bool(words) and words[0] == "harada"

    def _az_taken_just_before(self) -> Figure | None:
        """The figure of persons taken away ("apar-") that ends the sentence before, if any."""
        if self.language != "az" or not self.previous:
            return None
        last = self.previous[-1]
        k = self.begin - 2
        while k >= 0 and self.tokens[k].text not in {".", "!", "?"}:
            k -= 1
        taken = last.trigger is not None and last.trigger.value == "seize"
        if not taken or last.quantity.first <= k or last.parent is not None:
            return None
        return last if self._counts_persons(last.quantity) else None

    def _done_to_them(self, figures: list[Figure]) -> None:
        """ "pulled out the six men … and drove them off": a verb whose object is "them"
        says what befell the persons counted last before it in its sentence, if nothing
        else said so."""
        for trigger in self.triggers:
            words = range(trigger.first, min(trigger.last + 2, self.end))
            if not any(self.tokens[k].lower in _OBJECT_PRONOUNS for k in words):
                continue
            before = [f for f in figures if f.last < trigger.first]
            if not before or before[-1].category:
                continue
            target = before[-1]
            category = resolve_category(trigger.value, target.quantity.counted)
            if category and self._counts_persons(target.quantity):
                target.category, target.trigger, target.bound = category, trigger, "clause"

    def _counted_in_an_aside(self, figures: list[Figure]) -> None:
        """ "всех мужчин — нас было пятеро — задержали", "kişiləri ayırıb apardılar — səkkiz
        nəfər idilər": a count in an aside set off by a dash, with a copula, counts the group
        named just before it; it takes the verb after the aside, else the one before it, and
        the group's noun (also when a verb beside the aside has already bound it)."""
        tokens = self.tokens
        for figure in figures:
            quantity = figure.quantity
            if not self._counts_persons(quantity) or quantity.noun not in {PERSON, ""}:
                continue
            opening = quantity.first - 1
            while opening >= self.begin and tokens[opening].kind == "word":
                if quantity.first - opening > 3:
                    break
                opening -= 1
            closing = quantity.end_token + 1
            while closing < self.end and tokens[closing].kind == "word":
                if closing - quantity.end_token > 3:
                    break
                closing += 1
            if opening < self.begin or tokens[opening].text not in DASHES:
                continue
            if not any(tokens[k].lower in _ASIDE_COPULAS for k in range(opening + 1, closing)):
                bare = verb_after_a_bare_aside(tokens, self.triggers, quantity, self.end)
                if bare is not None and not figure.category:
                    # "kəndin sakinləri — 300 nəfər — qaçıb": the subject's number.
                    category = resolve_category(bare.value, quantity.counted)
                    if category:
                        figure.category, figure.trigger, figure.bound = category, bare, "clause"
                continue
            after = closing < self.end and tokens[closing].text in DASHES
            trigger = self.trigger_at.get(closing + 1) if after else None
            trigger = trigger or self.trigger_ending.get(opening - 1)
            if figure.category and figure.trigger is not None:
                trigger = figure.trigger
            if trigger is None:
                continue
            group = self._group_before(opening, trigger)
            category = figure.category or resolve_category(trigger.value, group or quantity.counted)
            if category:
                figure.category, figure.trigger = category, trigger
                figure.bound = figure.bound or "clause"
                quantity.noun = group or quantity.noun

    def _counted_among_us(self, figures: list[Figure]) -> None:
        """ "В палатке нас, женщин, было около двадцати, всех держали …", "Çadırda hamımız kişi
        idik, on yeddi nəfər" after "məni … saxladılar": a witness's count of "us", with a
        copula and no verb of its own, takes what was done to "us" — later in its sentence,
        else in the sentence before — and the group named beside "us" («нас, женщин»)."""
        for figure in figures:
            quantity = figure.quantity
            of_them = False
            if figure.category or figure.parent is not None:
                continue
            # "Biz 60-a yaxın kişi idik": "us" may be counted by what we are (men, families).
            if quantity.noun not in {PERSON, ""} and not names_group(quantity.noun):
                continue
            if quantity.non_count:
                continue
            if self._count_of_us(quantity):
                trigger = self._done_to_us(quantity)
            elif self._count_there(quantity):
                # «Нас держали в заложниках … Всего там было человек сорок»: the count
                # after a sentence of what was done to "us" (not to "me") is a count of us.
                trigger = self._done_to_us(quantity, plural=True)
            elif of_them := self._count_of_them(quantity):
                trigger = self._done_to_us(quantity, objects=_DONE_TO_THEM)
            else:
                continue
            category = resolve_category(trigger.value, quantity.counted) if trigger else ""
            if not category:
                continue
            if trigger is not None and self._az_held_by_whoever_took_us(trigger):
                # "… kişiləri apardılar. … otuza yaxın adam idik, üç gün orada saxladılar":
                # held by those who captured others just before, captives.
                category = "captured"
            elif trigger is not None and trigger.value == "seize":
                # "They took us … there were thirty of us": the witness counts "us" where
                # we were then kept; persons held and called no hostages are detained —
                # unless armed men or soldiers took us ("silahlı adamlar … on iki nəfər
                # idik. Bizi … apardılar", «Нас забрали военные … Нас было человек
                # тридцать»): captives.
                armed = self._taken_by_armed_men(quantity, trigger)
                category = "captured" if armed else "detained"
            figure.category, figure.trigger, figure.bound = category, trigger, "clause"
            window = range(max(self.begin, quantity.first - 6), quantity.first)
            groups = [self.lex.noun_set.match(self.tokens, k) for k in window]
            named = [g.value for g in groups if g and names_group(g.value)]
            if of_them:
                # "Hərbçilər … kişiləri topladılar, iyirmi iki nəfər idilər": "them" are the
                # group named last, not those who took them.
                named.reverse()
            # "held us": persons by what "us" are, even with no noun of their own.
            quantity.noun = named[0] if named else quantity.noun or PERSON

    def _count_of_us(self, quantity: Quantity) -> bool:
        tokens, end = self.tokens, quantity.end_token
        after = [t.lower for t in tokens[end + 1 : min(end + 3, self.end)]]
        if self.language == "en" and after == ["of", "us"]:
            return True  # "fifty of us"
        words = {
            tokens[k].lower for k in range(max(self.begin, quantity.first - 6), quantity.first)
        }
        # «Человек сорок нас там было»: "us" and the copula after the count; "Biz qırx nəfər
        # idik": "we" before it, the copula after it.
        after_words = set()
        for k in range(quantity.last + 1, min(end + 5, self.end)):
            if tokens[k].kind == "punct":
                break
            after_words.add(tokens[k].lower)
        # "Otuza yaxın kişi idik": the Azerbaijani copula's ending is itself "we".
        if after_words & _WE_ENDINGS.get(self.language, frozenset()):
            return True
        words |= after_words
        return bool(words & _WE.get(self.language, frozenset()) and words & _WE_COPULAS)

    def _count_of_them(self, quantity: Quantity) -> bool:
        """ "Kişiləri məktəbin həyətinə yığdılar, on səkkiz nəfər idilər": a count of persons
        with the copula in the third person right after it and no verb of its own counts
        the group just named, whom a later "onları" (them) takes up."""
        if self.language != "az" or quantity.noun != PERSON:
            return False
        opening = quantity.first - 1
        while opening >= self.begin and self.tokens[opening].kind == "word":
            opening -= 1
        if opening >= self.begin and self.tokens[opening].text in DASHES:
            return False  # "kişiləri ayırdılar — iyirmi nəfər idilər": an aside, read as one
        # The copula may be read into the counted noun's phrase.
        after = range(quantity.last + 1, min(quantity.end_token + 2, self.end))
        return any(self.tokens[k].lower in _AZ_COPULAS_OF_THEM for k in after)

    def _count_there(self, quantity: Quantity) -> bool:
        """A count with a copula before it and nothing else counted: «Всего там было человек
        сорок», "There were about forty"."""
        first = quantity.first
        window = range(max(self.begin, first - 4), first)
        return (quantity.np_last < 0 or quantity.noun == PERSON) and any(
            self.tokens[k].lower in _WE_COPULAS for k in window
        )

    def _done_to_us(
        self,
        quantity: Quantity,
        *,
        plural: bool = False,
        objects: frozenset[str] | None = None,
    ) -> Trigger | None:
        """What was done to "us": a verb after the count in its sentence, else in the
        sentence before, with the first person (or «всех») as its object beside it; or what
        was done to "them", given ``objects``."""
        objects = objects or (_DONE_TO_ALL_OF_US if plural else _DONE_TO_US)
        if not plural:
            # "Us" the object of the later verb, not "us" counted («Нас было сорок,
            # вернулись только шестеро»: those who came back are not the forty), nor some of
            # us counted apart ("We were thirty; five of us were beaten to death").
            later = [
                t
                for t in self.triggers
                if t.first > quantity.end_token
                and (
                    self._of_us(t, quantity.end_token + 1, objects)
                    or self._az_us_left_unsaid(quantity, t, objects)
                )
                and not any(
                    quantity.end_token < q.first < t.first
                    and not q.non_count
                    # "… idik, üç gün orada saxladılar": how long, no one counted
                    and not (self.language == "az" and q.noun == UNIT)
                    for q in self.quantities
                )
            ]
            if later:
                return later[0]
        k = self.begin - 2
        while k >= 0 and self.tokens[k].text not in {".", "!", "?"}:
            k -= 1
        start = k + 1
        found = self._done_to_us_between(start, self.begin, objects)
        if found is None and self.language == "az" and not plural:
            # "… on iki nəfər idik. Bizi məktəbin həyətinə apardılar": a witness counts "us"
            # first and tells what was done to us in the next sentence.
            end = self.end
            while end < len(self.tokens) and self.tokens[end].text not in {".", "!", "?"}:
                end += 1
            found = self._done_to_us_between(self.end, end, objects)
        return found

    def _az_us_left_unsaid(
        self, quantity: Quantity, trigger: Trigger, objects: frozenset[str]
    ) -> bool:
        """ "Otuza yaxın adam idik, üç gün orada saxladılar": Azerbaijani leaves out an
        object just named, so the verb right after a count of "us" (with its copula "idik")
        is done to us when no one else is named between them as its object."""
        if self.language != "az" or objects is not _DONE_TO_US:
            return False
        end = quantity.end_token
        copula = range(quantity.last + 1, min(end + 2, self.end))
        if not any(self.tokens[k].lower in AZ_COPULAS_OF_US for k in copula):
            return False
        for k in range(end + 1, trigger.first):
            phrase = self.lex.noun_set.match(self.tokens, k)
            if phrase is not None and phrase.value != UNIT:
                return False  # "…, kəndi yandırdılar": the verb has an object of its own
            if self.tokens[k].lower in _DONE_TO_THEM:
                return False
        return True

    def _done_to_us_between(self, start: int, end: int, objects: frozenset[str]) -> Trigger | None:
        for i in range(start, end):
            matched = self.lex.trigger_set.match_span(self.tokens, i)
            if matched is not None and not counts_only_inside(matched[0].value, self.language):
                trigger = Trigger(i, i + matched[1] - 1, matched[0].value)
                if self._of_us(trigger, start, objects):
                    return trigger
        return None

    def _az_held_by_whoever_took_us(self, trigger: Trigger) -> bool:
        """ "Kişiləri maşına mindirib apardılar. Məni və başqa qadınları zirzəmiyə saldılar,
        otuza yaxın adam idik, üç gün orada saxladılar": Azerbaijani leaves out a subject
        named before for as long as the account goes on, so "us" held, with no subject of
        its own, in the paragraph where the same takers captured others are captives too."""
        if self.language != "az" or trigger.value != "detained":
            return False
        start = trigger.first
        while start > 0 and not self.tokens[start].newline_before:
            start -= 1
        return any(
            f.category == "captured" and f.parent is None and start <= f.first < trigger.first
            for f in self.previous
        )

    def _taken_by_armed_men(self, quantity: Quantity, trigger: Trigger) -> bool:
        """Are armed men or soldiers named, before the count in its sentence or in the
        sentence before it (Azerbaijani leaves out a subject just named: "Kəndə silahlılar
        girdi. Kişiləri … yığdılar"; Russian puts it after the verb: «Нас забрали военные»),
        or before the verb that took "us", as those who took us?"""
        armed = ARMED_STEMS.get(self.language)
        if not armed:
            return False
        before = self.begin - 2
        while before >= 0 and self.tokens[before].text not in FULL_STOPS:
            before -= 1
        words = [*range(before + 1, quantity.first), *range(trigger.first - 8, trigger.first)]
        return any(k >= 0 and self.tokens[k].lower.startswith(armed) for k in words)

    def _of_us(
        self, trigger: Trigger, begin: int | None = None, objects: frozenset[str] = _DONE_TO_US
    ) -> bool:
        first = self.begin if begin is None else begin
        if self.language != "az":
            # Azerbaijani puts the verb last: its object may open the sentence ("Bizi səhər
            # tezdən, hələ hava işıqlanmamış apardılar").
            first = max(first, trigger.first - 4)
        words = range(first, min(trigger.last + 2, len(self.tokens)))
        return any(self.tokens[k].lower in objects for k in words)

    def _group_before(self, k: int, trigger: Trigger) -> str:
        """The subgroup or label named in the three words before ``k``, outside the verb."""
        for start in range(k - 1, max(self.begin, k - 4) - 1, -1):
            if trigger.first <= start <= trigger.last:
                continue
            phrase = self.lex.noun_set.match(self.tokens, start)
            if phrase is not None and names_group(phrase.value):
                return phrase.value
        return ""

    def _anaphoric(self, trigger: Trigger) -> bool:
        """Is a pronoun what the trigger is said of ("their fate", «судьба их», "onların",
        "nothing has been heard of them")?"""
        k = trigger.first - 1
        if k >= self.begin and self.tokens[k].lower == "the":
            k -= 1
        words = range(max(self.begin, k), min(trigger.last + 2, self.end))
        if self.language == "az" and self.tokens[trigger.first].lower in _AZ_THEIR_FATES:
            return True  # "taleləri məlum deyil": "their" in the noun's own ending
        return any(self.tokens[i].lower in _ANAPHORS for i in words)

    def _counts_persons(self, quantity: Quantity) -> bool:
        noun = quantity.noun
        return (
            not quantity.non_count
            and (noun in {PERSON, ""} or names_group(noun))
            and not self._population(quantity)
        )

    def _population(self, quantity: Quantity) -> bool:
        """Does the count's clause give a population ("the census recorded 7,000
        inhabitants", «в селе проживали 7000 человек», "kənddə 7000 nəfər yaşayırdı")? Then
        the persons are not a figure of what befell them, whatever is said of their fate."""
        stems = _POPULATION.get(self.language, ())
        k = quantity.first
        while k > 0 and not self._is_boundary(self.tokens[k - 1]):
            k -= 1
        while k < len(self.tokens) and not self._is_boundary(self.tokens[k]):
            if self.tokens[k].lower.startswith(stems):
                return True
            k += 1
        return False
