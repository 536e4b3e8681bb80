"""What a count says by itself and beside it: its verb on either side, its counted noun, a
count word ("the death toll rose to 57"), a label ("Hostages: 34"), "held" as the persons
were held, and a part's own predicate that names no act."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import (
    _AS_WORDS,
    _AZ_FINITE,
    _AZ_FRACTIONS,
    _AZ_STATE_STEMS,
    _COUNT_LINKS,
    _COUNT_WORDS,
    _DEFINITE,
    _EN_ADJECTIVES_IN_ED,
    _EN_HEDGES,
    _EN_OWN_VERBS,
    _EN_STATE_PARTICIPLES,
    _FRACTIONS,
    _HELD_AS,
    _OBJECT_PREPOSITIONS,
    _REGISTER_WORDS,
    _RESTATING_FILLERS,
    _RU_STATE_VERBS,
    Figure,
    Trigger,
    implied_category,
    resolve_category,
)
from rightsledger.analysis.statements.figures.verbs import VerbSearch
from rightsledger.analysis.statements.lexicon import GRAVE, PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity

# "Former" before persons held once: «бывший», "keçmiş".
_FORMER = frozenset({"former", "ex", "бывший", "бывших", "keçmiş"})


class OwnBinding(VerbSearch):
    """Binds what a count says by itself and beside it."""

    def _bind_own(self, figure: Figure) -> None:
        quantity = figure.quantity
        if self._fraction_of(quantity):
            # "Half of the 2,000 detainees were tortured": the verb is the fraction's.
            if implied_category(quantity):
                figure.category, figure.bound = implied_category(quantity), "noun"
            return
        after = None if quantity.zero_after_only else self.forward(quantity)
        before = self.backward(quantity)
        if quantity.zero and not quantity.zero_after_only:
            before = None if after else before
        choice = None
        if (
            after
            and before
            and self._counted_participle(quantity, after[0])
            and (before[1] <= 1 or self._attributive_under_verb(after[0], before[0]))
        ):
            after = None  # «установлены личности 1830 погибших»
        if (
            after
            and before
            and self._act_of(quantity, before[0])
            and quantity.np_last >= 0
            and after[0].first == quantity.end_token + 1
        ):
            after = None  # "the killing of 40 villagers held in the school"
        if after and before and after[0].circumstance != before[0].circumstance:
            # A verb wins over a circumstance on the other side ("died in custody"), except
            # a verb of holding, which the circumstance completes: held in captivity is
            # captivity («удерживаются в плену», "girovluqda saxlanılır").
            verb, place = (before, after) if after[0].circumstance else (after, before)
            holding = verb[0].value in {"hold", "detained"} and place[0].value == "captured"
            chosen = place if holding else verb
            choice = ("forward", chosen) if chosen is after else ("backward", chosen)
        elif after and before:
            forward = after[1] < before[1] or (
                after[1] == before[1] and not self._past_punctuation(quantity, after[0])
            )
            choice = ("forward", after) if forward else ("backward", before)
        elif after:
            choice = ("forward", after)
        elif before:
            choice = ("backward", before)
        around = next(
            (t for t in self.triggers if t.first < quantity.first and t.last > quantity.end_token),
            None,
        )
        if around is not None and resolve_category(around.value, quantity.counted):
            choice = ("around", (around, 0))
        if choice is not None:
            beside = self._captivity_beside(choice[1][0])
            if beside is not None:
                choice = (choice[0], (beside, choice[1][1]))
            category = resolve_category(choice[1][0].value, quantity.counted)
            if category:
                figure.category, figure.trigger, figure.bound = category, choice[1][0], choice[0]
                return
        if implied_category(quantity) and not self._former(quantity):
            figure.category, figure.bound = implied_category(quantity), "noun"
        elif quantity.attribute and resolve_category(quantity.attribute, quantity.counted):
            figure.category = resolve_category(quantity.attribute, quantity.counted)
            figure.bound = "noun"
        else:
            label = (
                self._label_before(quantity)
                or self._named_count_before(quantity)
                or self._counted_as(quantity)
            )
            if label is not None:
                figure.category, figure.trigger, figure.bound = label.value, label, "backward"

    def _act_of(self, quantity: Quantity, act: Trigger) -> bool:
        """ "the release of 146 detainees", "the release and transfer of 146": an English
        act named as a noun whose object is the count, by "of" right before it."""
        if self.language != "en":
            return False
        of = act.last if self.tokens[act.last].lower == "of" else act.last + 1
        return of + 1 == quantity.first and self.tokens[of].lower == "of"

    def _attributive_under_verb(self, participle: Trigger, verb: Trigger) -> bool:
        """«освободили в общей сложности 88 удерживаемых лиц»: a Russian participle that
        agrees with the noun after it says what the persons were; the finite verb before
        the count, however far within its clause, says what befell them."""
        nxt = participle.last + 1
        return (
            self.tokens[participle.last].pos == "PRTF"
            and nxt < self.end
            and self.tokens[nxt].pos == "NOUN"
            and self.tokens[verb.first].pos == "VERB"
        )

    def _past_punctuation(self, quantity: Quantity, trigger: Trigger) -> bool:
        """Was the verb after the count reached past a list or an aside («Погибли 98
        человек, из них 14 — дети, ранены 214»)? Then a verb as near before it is its own."""
        return any(
            self._is_boundary(self.tokens[k]) for k in range(quantity.end_token + 1, trigger.first)
        )

    def _fraction_of(self, quantity: Quantity) -> bool:
        """Is the count the whole of a fraction or a vague part: "half of the 2,000",
        "most of the 300", «половина из 2000», «большинство 300 задержанных», "2000
        məhbusun yarısı"?"""
        if self.language == "az":
            # After the whole, which may have taken the fraction into its noun phrase.
            return any(
                self.tokens[k].lower.startswith(_AZ_FRACTIONS)
                for k in range(quantity.last + 1, min(quantity.end_token + 2, self.end))
            )
        k = quantity.first - 1
        if k >= self.begin and self.tokens[k].lower in _DEFINITE:
            k -= 1
        if k >= self.begin and self.tokens[k].lower in {"of", "из"}:
            k -= 1
        elif self.language == "en":
            return False
        return k >= self.begin and (
            self.tokens[k].lower in _FRACTIONS or self.tokens[k].key in _FRACTIONS
        )

    def _captivity_beside(self, verb: Trigger) -> Trigger | None:
        """«В плену удерживаются 25 человек», "held in captivity": a verb of holding
        next to a captivity circumstance means captivity."""
        if verb.value not in {"hold", "detained"} or verb.circumstance:
            return None
        for other in self.triggers:
            if not other.circumstance or other.value != "captured":
                continue
            gap = (
                other.first - verb.last - 1
                if other.first > verb.last
                else verb.first - other.last - 1
            )
            if 0 <= gap <= 1:
                return other
        return None

    def _named_count_before(self, quantity: Quantity) -> Trigger | None:
        """ "the number of hostages rose to 30", «число беженцев превысило 4000», "Girovların
        sayı otuzdan çoxdur": a count word names what the number counts; so does a list or
        register («в реестре вынужденных переселенцев состоит 86 412 человек»)."""
        words = _COUNT_WORDS.get(self.language, frozenset())
        words |= _REGISTER_WORDS.get(self.language, frozenset())
        k = quantity.first - 1
        # The count word may take where the persons came from before its verb: «количество
        # переселенцев из Прибрежного района составляет 8 600».
        while k >= self.begin and quantity.first - k <= 8 and not self._is_boundary(self.tokens[k]):
            if self.tokens[k].lower in words or self.tokens[k].key in words:
                # The counted noun: right before the Azerbaijani count word, else the first
                # noun after it, past what qualifies it ("the number of mass graves", «число
                # обнаруженных в районе массовых захоронений»).
                around = (k - 1, k - 2) if self.language == "az" else range(k + 1, k + 6)
                for start in around:
                    if start < self.begin or start >= quantity.first:
                        continue
                    phrase = self.lex.noun_set.match(self.tokens, start)
                    if phrase is None:
                        continue
                    last = max(k, start + len(phrase.elements) - 1)
                    if phrase.value.startswith("implied:"):
                        return Trigger(min(k, start), last, phrase.value.split(":", 1)[1])
                    if phrase.value == GRAVE:
                        return Trigger(min(k, start), last, "burial_sites")
                    break
            k -= 1
        return None

    def _counted_as(self, quantity: Quantity) -> Trigger | None:
        """ "1,200 persons registered as refugees", «учтены в качестве беженцев 1200
        человек», "məcburi köçkün kimi qeydiyyatda olan şəxslərin sayı 1.200": persons counted
        as what a noun that carries a category names, in the count's clause."""
        words = _AS_WORDS.get(self.language, frozenset())
        first = max(self.begin, quantity.first - 8)
        last = min(self.end, quantity.end_token + 5)
        for k in range(first, last):
            if self.tokens[k].lower not in words or self._boundary_between(k, quantity):
                continue
            # The noun follows "as" («в качестве»); it comes before "kimi".
            starts = (k - 2, k - 1) if self.language == "az" else (k + 1,)
            for start in starts:
                if start < self.begin:
                    continue
                phrase = self.lex.noun_set.match_span(self.tokens, start)
                if phrase is None or not phrase[0].value.startswith("implied:"):
                    continue
                if self.language == "az" and start + phrase[1] != k:
                    continue
                end = start + phrase[1] - 1
                return Trigger(min(k, start), max(k, end), phrase[0].value.split(":", 1)[1])
        return None

    def _boundary_between(self, k: int, quantity: Quantity) -> bool:
        low, high = (k, quantity.first) if k < quantity.first else (quantity.end_token, k)
        return any(self._is_boundary(self.tokens[j]) for j in range(low + 1, high))

    def _same_count(self, figure: Figure, before: list[Figure]) -> None:
        """ "… three more mass graves, bringing the total to eleven", "the UN puts the number
        at 900,000", «общее число возросло до 64»: a count word with nothing counted after it
        restates the count of the latest figure, of the same things."""
        quantity = figure.quantity
        counted_word = quantity.np_last >= 0 and not (
            quantity.np_first == quantity.np_last
            and self.tokens[quantity.np_first].lower in _COUNT_WORDS.get(self.language, ())
        )  # "22 rəqəmini": the count word is no counted noun
        # «называет цифру в тысячу двести человек», "puts the figure at 1,200 people": persons
        # named after the number restate the count as much as a bare number does.
        persons = quantity.noun == PERSON and self._count_word_just_before(quantity)
        if (quantity.noun or counted_word) and not persons:
            return
        after = quantity.last + 1
        if after < self.end and self.lex.nest_after_set.match(self.tokens, after) is not None:
            return  # "12 of them …": a part, read by the nesting
        if not self._restated(quantity):
            return
        earlier = [f for f in [*self.previous, *before] if f.category and f.parent is None]
        if earlier:
            figure.category, figure.bound = earlier[-1].category, "noun"
            if not quantity.noun:
                quantity.noun = earlier[-1].quantity.noun

    def _count_word_just_before(self, quantity: Quantity) -> bool:
        """A count word one or two words before the number ("the figure at", «цифру в»)."""
        words = _COUNT_WORDS.get(self.language, frozenset())
        for k in (quantity.first - 1, quantity.first - 2):
            if k >= self.begin and (self.tokens[k].lower in words or self.tokens[k].key in words):
                return True
        return False

    def _restated(self, quantity: Quantity) -> bool:
        """Is the number named a count by a count word with no noun of its own, or the bare
        object of a verb of saying ("the government acknowledged 12", «называет 22»,
        "22 rəqəmini açıqlayıb")?"""
        words = _COUNT_WORDS.get(self.language, frozenset())
        after = quantity.last + 1
        if self.language == "az" and after < self.end and self.tokens[after].lower in words:
            return True
        if self.language != "az" and not self._closes_clause(quantity):
            # "officials said 3 were reopened": the number has a verb of its own (the
            # Azerbaijani verb comes after the number: "sayı 11-ə çatıb").
            return False
        previous = quantity.first - 1
        while previous > self.begin and self.tokens[previous].lower in _RESTATING_FILLERS:
            previous -= 1  # "say it is closer to 50", «говорит о 50»
        if previous >= self.begin and self.lex.reporting_set.match(self.tokens, previous):
            return self.tokens[previous].lower not in {"according", "по", "məlumatına"}
        if previous >= self.begin and self.tokens[previous].text in {"—", "–", ","}:
            # «а по данным правозащитников — 50», "according to rights groups, 50": a
            # figure elided after whom it is attributed to.
            k = previous - 1
            while k >= self.begin and previous - k <= 6:
                if k in self.ends or k in self.trigger_ending or self._is_boundary(self.tokens[k]):
                    return False
                if self.lex.reporting_set.match(self.tokens, k) is not None:
                    return True
                k -= 1
        k = quantity.first - 1
        while k >= self.begin and quantity.first - k <= 6 and not self._is_boundary(self.tokens[k]):
            token = self.tokens[k]
            if token.lower in words or token.key in words:
                break
            k -= 1
        else:
            return False
        nxt = self.tokens[k + 1]
        if self.language == "en" and nxt.lower == "of" and k + 2 != quantity.first:
            return False  # "the number of people in the shelter": its own noun
        if self.language == "en" and k + 1 != quantity.first and nxt.lower not in _COUNT_LINKS:
            return False  # "the total cost reached 2 million": a count of something else
        if self.language == "ru" and nxt.pos in {"NOUN", "ADJF", "PRTF"}:
            return False  # «число жителей»
        return not (
            self.language == "az"
            and k > self.begin
            and self.lex.noun_set.match(self.tokens, k - 1) is not None
        )  # "sakinlərin sayı"

    def _label_before(self, quantity: Quantity) -> Trigger | None:
        """ "Пленных — 140", "Hostages: 34": a noun that names the category, then a dash."""
        j = quantity.first - 1
        if j - 1 < self.begin or self.tokens[j].text not in {"—", "–", ":"}:
            return None
        k = j - 1
        while k > self.begin and not self._is_boundary(self.tokens[k - 1]) and j - k < 3:
            k -= 1
        for start in range(k, j):
            phrase = self.lex.noun_set.match(self.tokens, start)
            if (
                phrase is not None
                and start + len(phrase.elements) == j
                and phrase.value.startswith("implied:")
            ):
                return Trigger(start, j - 1, phrase.value.split(":", 1)[1])
        return None

    def _held(self, figure: Figure, before: list[Figure]) -> None:
        """ "73 are still being held": held as the persons were before — detained or captive
        (the whole they are part of, else the latest figure that says); else not a figure."""
        if figure.trigger is None or figure.trigger.value != "hold":
            return
        if figure.quantity.noun in _HELD_AS:
            figure.category = _HELD_AS[figure.quantity.noun]
            return
        attribute = figure.quantity.attribute
        if attribute and resolve_category(attribute, figure.quantity.counted):
            # "12 abducted aid workers are still held", a list that holds 860 names of the
            # dead: held as what was said of them before.
            figure.category = resolve_category(attribute, figure.quantity.counted)
            return
        context = [figure.parent] if figure.parent is not None else []
        context += reversed([*self.previous, *before])
        for other in context:
            held_as = _HELD_AS.get(other.quantity.noun, "")
            if other.category in {"detained", "captured"} or held_as:
                figure.category = held_as or other.category
                return
        # Persons held with nothing to say as what: deprived of liberty, the neutral
        # reading ("600 people are being held in the camp", «в лагере содержатся 600
        # человек»); hostages say so by their noun. A bare number or things held ("held 12
        # hearings", "all 30 were held for two days") say nothing.
        noun = figure.quantity.noun
        persons = noun == PERSON or names_group(noun)
        figure.category = "detained" if persons else ""

    def _former(self, quantity: Quantity) -> bool:
        """ "67 former prisoners", «67 бывших заключённых», "keçmiş məhbuslar": persons who
        were held once, counted as witnesses; only a verb makes them a figure of detention."""
        if quantity.np_first < 0:
            return False
        return any(
            self.tokens[k].lower in _FORMER or self.tokens[k].key in _FORMER
            for k in range(quantity.np_first, quantity.np_last + 1)
        )

    def _own_predicate(self, quantity: Quantity) -> bool:
        """ "Of them, nine said …", "12 of them were later charged", «пятеро из них
        оштрафованы»: a part with a verb of its own that names no act is a part of the
        persons but no figure of what befell them (that verb's category would have bound)."""
        if self.language == "az":
            return self._az_own_predicate(quantity)
        # The counted noun phrase may have taken an unknown verb in ("nine said"): look
        # from the number itself, past a known counted noun and "of them".
        j = quantity.last + 1
        for phrases in (self.lex.noun_set, self.lex.nest_after_set):
            matched = phrases.match_span(self.tokens, j) if j < self.end else None
            if matched is not None:
                j += matched[1]
        while j < self.end and (self._is_gap_word(self.tokens[j]) or self.tokens[j].pos == "ADVB"):
            j += 1  # «пятеро из них вновь открыты»: past adverbs to the verb
        if (
            self.language == "en"
            and j + 2 < self.end
            and self.tokens[j].lower in _EN_HEDGES
            and (self.tokens[j + 1].lower, self.tokens[j + 2].lower) == ("to", "be")
        ):
            j += 3  # "40 of them are believed to be children": a hedged copula, no verb
        if j >= self.end:
            return False
        if j in self.trigger_at:
            return self.trigger_at[j].value == "alive"  # found alive: a fate of its own
        token = self.tokens[j]
        if token.kind != "word" or self.lex.noun_set.match(self.tokens, j) is not None:
            return False
        if self.language == "ru":
            return token.pos in {"VERB", "PRTS"} and token.key not in _RU_STATE_VERBS
        return token.lower in _EN_OWN_VERBS or (
            token.lower.endswith("ed")
            and token.lower not in _EN_ADJECTIVES_IN_ED
            and token.lower not in _EN_STATE_PARTICIPLES
        )

    def _az_own_predicate(self, quantity: Quantity) -> bool:
        """ "onlardan 20-si cərimələnib": the Azerbaijani verb ends the clause; a finite verb
        there that names no act (a trigger would have bound) is the part's own."""
        k = quantity.end_token + 1
        while k < self.end and not self._is_boundary(self.tokens[k]):
            if k in self.trigger_at:
                return self.trigger_at[k].value == "alive"  # "sağ tapılıb": found alive
            if k in self.starts:
                return False
            k += 1
        last = self.tokens[k - 1].lower
        if last.startswith(_AZ_STATE_STEMS):
            # "uşaq olub", "xəstəxanada qalıb", "məktəblərdə yerləşdirilib": to be, to remain,
            # to be housed — no verb of its own
            return False
        return k - 1 > quantity.end_token and bool(_AZ_FINITE.search(last))

    def _prepositional_object(self, quantity: Quantity) -> bool:
        """ "lost contact with a dozen of them": the part is no subject of the whole's verb."""
        first = quantity.first
        return first > self.begin and self.tokens[first - 1].lower in _OBJECT_PREPOSITIONS.get(
            self.language, frozenset()
        )

    def _pronoun_one(self, figure: Figure) -> bool:
        """ "one of them died", "14 died and one was wounded": "one" stands for a person
        when it is part of a figure or coordinated with one and has a verb of its own."""
        if figure.parent is not None:
            return True
        quantity = figure.quantity
        trigger = figure.trigger
        after = quantity.last + 1
        if (
            trigger is not None
            and figure.bound == "forward"
            and after < self.end
            and self.lex.nest_after_set.match(self.tokens, after) is not None
        ):
            return True  # "One of the hostages was killed": one of persons named
        if trigger is not None and self._marker_ending(quantity.first - 1) is not None:
            return True  # "Girovlardan biri ölüb", «из заложников один погиб»
        if trigger is None or figure.bound != "forward" or trigger.first - quantity.end_token > 3:
            return False
        before = self.tokens[quantity.first - 1] if quantity.first > self.begin else None
        return (
            before is not None
            and before.lower in self.lex.conjunctions
            and any(q.end_token < quantity.first and not q.non_count for q in self.quantities)
        )
