"""What a count says by itself and beside it: its verb on either side, its counted noun, a
count word ("the death toll rose to 57"), a label ("Hostages: 34"), "held" as the persons
were held, and a part's own predicate that names no act. A count named by a count word or a
label, or restated, is read in ``count_words``."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.among_as_their_predicate import (
    among_a_fate_as_predicate,
    az_among_them_before,
)
from rightsledger.analysis.statements.figures.az_own_verbs import (
    AzerbaijaniOwnVerbs,
    act_names_a_whole_in_the_ablative,
)
from rightsledger.analysis.statements.figures.core import (
    _AZ_FRACTIONS,
    _DEFINITE,
    _EN_COPULA,
    _EN_HEDGES,
    _EN_OWN_VERBS,
    _EN_STATE_PARTICIPLES,
    _FRACTIONS,
    _HELD_AS,
    _LATER_FATES,
    _OBJECT_PREPOSITIONS,
    _PERSON_RELATIVES_EN,
    _RU_STATE_VERBS,
    ONLY_WORDS,
    Figure,
    Trigger,
    attributed_category,
    fate_told_after_its_participle,
    implied_category,
    resolve_category,
)
from rightsledger.analysis.statements.figures.events_described import describes_events_of_which
from rightsledger.analysis.statements.lexicon import EN_ADJECTIVES_IN_ED, GRAVE, PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.az_cases import az_in_the_genitive
from rightsledger.analysis.statements.quantities.quantity import names_a_share

# The passive's auxiliary: "were killed 12" is no verb with its object after it.
_BE_FORMS = _EN_COPULA | {"be", "been", "being"}

# The auxiliaries of an English relative clause of the persons counted (opened by "who" or
# "that", ``_PERSON_RELATIVES_EN``).
_RELATIVE_AUXILIARIES = frozenset({"had", "have", "has", "been", "were", "was", "previously"})

# "Remain" with an adjective after it says what a part still is ("9 remain functional").
_REMAIN = frozenset({"remain", "remains", "remained"})
_DEGREE_WORDS = frozenset({"even", "still", "only", "fully", "partly", "at", "least"})
_PLACE_OR_STATE_PREPOSITIONS = frozenset(
    {"in", "at", "under", "on", "with", "behind", "among", "unaccounted", "missing", "held"}
)

# "Former" before persons held once: «бывший», "keçmiş".
# "6 nəfər həlak olub, daha biri … dünyasını dəyişib", «погибли двое, ещё один ранен»: "one
# more" after a count is a person.
_ONE_MORE = frozenset({"daha", "ещё", "еще"})
# Postpositions of time after a noun of an act: "during", "in the course of".
_AZ_DURING = frozenset({"zamanı", "vaxtı", "əsnasında", "gedişində", "gedişatında"})
# Verbs of visiting, by dictionary form where the morphology knows it.
_VISITING = frozenset({"visited", "visit", "visits", "посетить", "посещать"})
_FORMER = frozenset({"former", "ex", "бывший", "бывших", "keçmiş"})
# Azerbaijani verbs of handing over or sending somewhere ("tərəfə təhvil verilib", "Bakıya
# göndərilib", "ailələrinə çatdırılıb"): where a part of the persons went, no fate of its own.


# Numbers that name a part of a whole without counting it: the exception to "all" and the
# terms of a fraction or proportion (``quantities.non_counts``).
_PARTS_NOT_COUNTED = frozenset({"exception", "fraction"})


# What joins a clause with a subject of its own to a count's clause: "96 were charged and the
# rest released", "… but others were freed".
_EN_JOINERS_OF_CLAUSES = frozenset({"and", "but", "while", "whereas"})
_EN_NEW_SUBJECTS = frozenset({"the", "others", "another", "all", "most", "some"})
# English modal verbs: what a part could or would do is a predicate of its own.
_EN_MODALS = frozenset({"could", "can", "cannot", "would", "might", "must", "may", "should"})


# Acts that take persons, and what those they hold are then (``_taken_as_told_before``).
_TAKEN_AS = {"seize": "captured", "captured": "captured", "detained": "detained"}
_SENTENCE_ENDS = frozenset({".", "!", "?"})


# States of health said of a part, no harm done to it: "12 were seriously ill", «больны»;
# and the copulas before them.
# Words of how near a fraction is, between an Azerbaijani whole and its fraction: "təxminən
# yarısı" (about half), "ən azı yarısı" (at least half).
_AZ_ABOUT = frozenset({"təxminən", "təqribən", "ən", "azı"})
_HEALTH_STATES = frozenset(
    {"ill", "sick", "unwell", "healthy", "больны", "болен", "больна", "здоровы", "здоров"}
)
_COPULAS_OF_A_STATE = _EN_COPULA | {"были", "был", "была", "оказались"}


class OwnBinding(AzerbaijaniOwnVerbs):
    """Binds what a count says by itself and beside it."""

    @staticmethod
    def _found(verb: tuple[Trigger, int], quantity: Quantity) -> bool:
        return resolve_category(verb[0].value, quantity.counted) == "found_dead"

    def _bind_own(self, figure: Figure) -> None:
        quantity = figure.quantity
        if self._fraction_of(quantity):
            # "Half of the 2,000 detainees were tortured": the verb is the fraction's.
            if implied_category(quantity):
                figure.category, figure.bound = implied_category(quantity), "noun"
            return
        after = None if quantity.zero_after_only else self.forward(quantity)
        if after is None and (past_the_whole := self._predicate_of_a_part_past_its_whole(quantity)):
            after = past_the_whole, 0  # «Семеро из 11 человек, похищенных …, освобождены»
        if after and after[0].value == "lose":
            after = None  # "Fourteen children lost both parents" (``ClauseVerb._lost_someone``)
        if after and after[0].first > self._before_a_new_subject(quantity, after[0].first):
            after = None  # "58 were fined and the others released": the others' verb
        before = self.backward(quantity)
        complained_of = self._ru_act_complained_of(quantity)
        if complained_of is not None:
            before = complained_of, 0  # «На пытки в ИВС пожаловались 12 задержанных»
        if quantity.zero and not quantity.zero_after_only:
            # «не был освобождён ни один задержанный»: a participle that names the persons
            # of the zero is no verb after it.
            named = after is not None and self._counted_participle(quantity, after[0])
            before = None if after and not named else before
        if before and self._in_a_clause_of_result(quantity, before[0]):
            before = None  # "beaten so badly that one of them cannot hold a spoon"
        if before and self._az_not_the_parts_act(quantity, before[0]):
            before = None  # "Həbsdə olan jurnalistlərin üçü aclıq edir": their own verb
        if (
            after
            and before
            and self.language == "az"
            and act_names_a_whole_in_the_ablative(self.tokens, quantity, before[0])
        ):
            before = None  # "Aparılan kişilərdən 12-si … azad edilib": the whole's act
        if after and before and self._az_act_inside_a_relative_clause(quantity, before[0]):
            before = None  # "yoxa çıxanların taleyini soruşan 25 qohum saxlanılıb": asked of
        if after and self._az_not_the_parts_act(quantity, after[0]):
            after = None  # "üçü həbsə etiraz olaraq aclıq edir": protesting detention
        choice = None
        if (
            after
            and before
            and not before[0].circumstance  # "qalıqları tapılmış 611 nəfərin şəxsiyyəti …"
            and before[0].value != "housed"  # «в ПВР 3 раненых»: where, not what (below)
            and self._counted_participle(quantity, after[0])
            and (
                before[1] <= 1
                or self._attributive_under_verb(after[0], before[0])
                or self._ru_persons_named_by_participle(after[0], before[0])
            )
        ):
            after = None  # «установлены личности 1830 погибших»
        if (
            after
            and before
            and self._act_of(quantity, before[0])
            and quantity.np_last >= 0
            and self._describes_the_counted(quantity.end_token + 1, after[0].first)
        ):
            # "the killing of 40 villagers held in the school", "the release of 126 people
            # who had been held": what they were before the act the noun names.
            after = None
        if (
            after
            and before
            and self._object_of_an_active_verb(quantity, before[0])
            and self._participle_of_the_counted(quantity, after[0])
        ):
            after = None  # "camp guards beat 18 inmates held in the laundry"
        if after and before and (after[0].value == "housed") != (before[0].value == "housed"):
            # "Saxlanılan 40 nəfər təcridxanada yerləşdirilib": where the persons were put up
            # gives way to what they were.
            after, before = (None, before) if after[0].value == "housed" else (after, None)
        if after and before and before[0].value == "identified" and self._found(after, quantity):
            # "kimliyi müəyyən edilmiş 40 nəfərin qalıqları … təhvil verilib": the remains of
            # the identified, found and handed over: what the count tells is who they were.
            after = None
        if after and before and self._az_occasion(before[0]):
            before = None  # "Deportasiya zamanı 4 nəfər … həlak olub": died during it
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
            if choice[1][0].value in {"destroy", "collapse"}:
                self._things_left_out(quantity)
            category = resolve_category(choice[1][0].value, quantity.counted)
            if category == "detained" and quantity.attribute == "captured":
                # «содержатся 300 пленных военнослужащих»: captives held are held in
                # captivity, as hostages are (``resolve_category``).
                category = "captured"
            if self._later_fate_of_the_participle_noun(quantity, category, choice[1][0]):
                # «о 27 задержанных, которых избили»: the participle names whom the count is
                # of, the relative clause after it what befell them (``relative_clauses``).
                category = attributed_category(quantity)
            if choice[1][0].value == "alive":
                # "40 people reported missing were found alive": no figure of ours, and no
                # other verb of the clause makes one (``ClauseVerb``).
                figure.trigger = choice[1][0]
                return
            if category:
                figure.category, figure.trigger, figure.bound = category, choice[1][0], choice[0]
                return
        if choice is None and self._sentence_changed_in_clause(quantity):
            return  # «540 осуждённым сокращены сроки»: not a count of the held either
        if self._later_fate_said_of_the_noun(quantity):
            figure.category, figure.bound = attributed_category(quantity), "noun"
        elif (
            implied_category(quantity)
            and not self._former(quantity)
            and not self._visited(quantity)
            and not (
                self.language == "en" and among_a_fate_as_predicate(self.tokens, quantity, self.end)
            )
            and not (
                self.language == "az" and az_among_them_before(self.tokens, quantity, self.begin)
            )
        ):
            figure.category, figure.bound = implied_category(quantity), "noun"
        elif quantity.counted == GRAVE:
            # «извлекла тела 348 человек из 12 мест захоронений»: graves counted, with a
            # verb that another count took, are burial sites as any verb makes them.
            figure.category, figure.bound = "burial_sites", "noun"
        elif attributed_category(quantity):
            figure.category, figure.bound = attributed_category(quantity), "noun"
        else:
            label = (
                self._label_before(quantity)
                or self._named_count_before(quantity)
                or self._counted_as(quantity)
                or self._subject_named_first(quantity)
            )
            if label is not None:
                figure.category, figure.trigger, figure.bound = label.value, label, "backward"

    def _later_fate_of_the_participle_noun(
        self, quantity: Quantity, category: str, trigger: Trigger
    ) -> bool:
        """Is the trigger a Russian participle of the held standing for the counted's noun
        right after the count («27 задержанных»), and the count's attribute a later fate of
        theirs?"""
        return (
            self.language == "ru"
            and trigger.first == trigger.last
            and fate_told_after_its_participle(quantity, trigger) in _LATER_FATES.get(category, ())
        )

    @staticmethod
    def _later_fate_said_of_the_noun(quantity: Quantity) -> bool:
        """ "12 freed hostages", "Detainees beaten in custody: 7": a participle (or a label's
        verb) that tells a later fate of persons whose noun names an earlier one ("hostages",
        "detainees") says what befell them since; "12 abducted hostages" says nothing new."""
        implied = implied_category(quantity)
        attribute = quantity.attribute
        if not implied or not attribute:
            return False
        return resolve_category(attribute, quantity.counted) in _LATER_FATES.get(implied, ())

    def _things_left_out(self, quantity: Quantity) -> None:
        """ "Of the 9 schools only 5 are open; 3 were destroyed", «из 9 школ работают 5, 3
        разрушены», "8 körpüdən 2-si uçub": a bare number destroyed after
        things counted in its sentence counts those things, left out."""
        if quantity.noun or quantity.np_last >= 0:
            return
        things = [
            q.noun for q in self.quantities
            if self.begin <= q.first < quantity.first and q.noun.startswith("property:")
        ]  # fmt: skip
        # … or things a count word or a label names before it ("the number of destroyed
        # homes: 40", "Destroyed homes — 40").
        named = self._things_named_before(quantity)
        if things or named:
            quantity.noun = things[-1] if things else named

    def _act_of(self, quantity: Quantity, act: Trigger) -> bool:
        """ "the release of 146 detainees", "the release and transfer of 146": an English
        act named as a noun whose object is the count, by "of" right before it."""
        if self.language != "en":
            return False
        of = act.last if self.tokens[act.last].lower == "of" else act.last + 1
        return of + 1 == quantity.first and self.tokens[of].lower == "of"

    def _describes_the_counted(self, j: int, participle: int) -> bool:
        """Is the participle at ``participle`` right after the counted noun at ``j``, or after
        an English relative pronoun and auxiliaries ("who had been", "that were")?"""
        if participle == j:
            return True
        words = [t.lower for t in self.tokens[j:participle]]
        return words[0] in _PERSON_RELATIVES_EN and all(
            w in _RELATIVE_AUXILIARIES for w in words[1:]
        )

    def _object_of_an_active_verb(self, quantity: Quantity, verb: Trigger) -> bool:
        """ "Camp guards beat 18 inmates held in the laundry": an English count right after
        a verb in the active voice is its object; a participle after the counted noun only
        says what the persons were (held), the verb what was done to them."""
        if self.language != "en" or verb.last + 1 != quantity.first:
            return False
        k = verb.first - 1
        while k >= self.begin and self.tokens[k].lower.endswith("ly"):
            k -= 1  # "unlawfully confined"
        return k < self.begin or self.tokens[k].lower not in _BE_FORMS

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
        məhbusun yarısı", or of all but a number ("all but two of the 14 hostages")?"""
        if self.language == "az":
            # After the whole, which may have taken the fraction into its noun phrase, or
            # past the participle that names the whole, in the genitive ("900 saxlanılanın
            # yarısı").
            after = quantity.end_token + 1
            if after < self.end and az_in_the_genitive(self.tokens[after].lower):
                after += 1
            near = after
            while near < self.end - 1 and self.tokens[near].lower in _AZ_ABOUT:
                near += 1
            if near < self.end and self.tokens[near].lower.startswith(_AZ_FRACTIONS):
                after = near  # "64 məhbusun təxminən yarısı", "ən azı yarısı"
            if az_in_the_genitive(self.tokens[after - 1].lower) and any(
                q.first == after
                and q.last + 1 < self.end
                and names_a_share(self.tokens[q.last + 1].lower)
                for q in self.quantities
            ):
                return True  # "3 000 sakinin 90 faizindən çoxu": a percentage of the whole
            return any(
                self.tokens[k].lower.startswith(_AZ_FRACTIONS)
                for k in range(quantity.last + 1, min(after + 1, self.end))
            )
        k = quantity.first - 1
        if k >= self.begin and self.tokens[k].lower in _DEFINITE:
            k -= 1
        if k >= self.begin and self.tokens[k].lower in {"of", "из"}:
            k -= 1
        elif self.language == "en":
            return False
        if any(q.last == k and q.non_count in _PARTS_NOT_COUNTED for q in self.quantities):
            # "all but two of the 14 hostages were killed", "one in four of the 200
            # detainees": the verb is that of a part the draft does not count.
            return True
        return k >= self.begin and (
            self.tokens[k].lower in _FRACTIONS
            or self.tokens[k].key in _FRACTIONS
            # "90 per cent of the 3,000 residents", «90 процентов из 3 000 жителей»
            or (
                k > self.begin
                and names_a_share(self.tokens[k].lower)
                and self.tokens[k - 1].kind == "num"
            )
        )

    def _captivity_beside(self, verb: Trigger) -> Trigger | None:
        """«В плену удерживаются 25 человек», "held in captivity": a verb of holding
        next to a captivity circumstance means captivity, an adverb of time or a gap word
        between them or not («в плену по-прежнему удерживаются»)."""
        if verb.value not in {"hold", "detained"} or verb.circumstance:
            return None
        for other in self.triggers:
            if not other.circumstance or other.value != "captured":
                continue
            first, last = sorted((other, verb), key=lambda t: t.first)
            between = self.tokens[first.last + 1 : last.first]
            if any(t.kind == "punct" and not self._is_gap_word(t) for t in between):
                continue  # «В плену, по данным омбудсмена, удерживаются …»: an aside
            # A word joined by a hyphen («по-прежнему») is one word.
            joined = sum(self._is_gap_word(t) and t.kind == "punct" for t in between)
            if sum(t.kind == "word" and not self._is_gap_word(t) for t in between) - joined <= 1:
                return other
        return None

    def _held(self, figure: Figure, before: list[Figure]) -> None:
        """ "73 are still being held": held as the persons were before — detained or captive
        (the whole they are part of, else the latest figure that says); else not a figure."""
        if figure.trigger is None or figure.trigger.value != "hold":
            return
        if figure.quantity.noun in _HELD_AS:
            figure.category = _HELD_AS[figure.quantity.noun]
            return
        subject = self._subject_named_first(figure.quantity)
        if subject is not None:
            # "The hostages held in the school are seven": held as the subject names them.
            figure.category, figure.trigger = subject.value, subject
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
        noun = figure.quantity.noun or self._en_persons_after_of_the(figure.quantity)
        persons = noun == PERSON or names_group(noun)
        figure.category = (self._taken_as_told_before(figure) or "detained") if persons else ""

    def _en_persons_after_of_the(self, quantity: Quantity) -> str:
        """The persons a bare number counts some of, named after "of the" with no count
        ("at least 40 of the passengers were held at the camp"): its noun, or ''."""
        j = quantity.end_token + 1
        if self.language != "en" or j + 2 >= self.end:
            return ""
        if self.tokens[j].lower != "of" or self.tokens[j + 1].lower != "the":
            return ""
        phrase = self.lex.noun_set.match(self.tokens, j + 2)
        return phrase.value if phrase is not None else ""

    def _taken_as_told_before(self, figure: Figure) -> str:
        """How persons held were taken, told with no count before them ("they took every man
        they found … they kept them in the school, about sixty men"): the latest such act,
        in this sentence or the one before (an act told further back is of others)."""
        ends = 0
        for i in range(figure.quantity.first - 1, -1, -1):
            ends += self.tokens[i].text in _SENTENCE_ENDS
            if ends > 1:
                return ""
            phrase = self.lex.trigger_set.match(self.tokens, i)
            if phrase is not None and phrase.value in _TAKEN_AS:
                return _TAKEN_AS[phrase.value]
        return ""

    def _former(self, quantity: Quantity) -> bool:
        """ "67 former prisoners", «67 бывших заключённых», "keçmiş məhbuslar": persons who
        were held once, counted as witnesses; only a verb makes them a figure of detention."""
        if quantity.np_first < 0:
            return False
        return any(
            self.tokens[k].lower in _FORMER or self.tokens[k].key in _FORMER
            for k in range(quantity.np_first, quantity.np_last + 1)
        )

    def _visited(self, quantity: Quantity) -> bool:
        """ "visited 3,150 prisoners of war", «посетили 3 150 военнопленных»: persons a monitor
        visited are counted as visits; the noun that names them as held tells no fate."""
        k = quantity.first - 1
        return k >= self.begin and (
            self.tokens[k].key in _VISITING or self.tokens[k].lower in _VISITING
        )

    def _sentence_changed_in_clause(self, quantity: Quantity) -> bool:
        """Does the count's clause say a sentence was shortened or softened («540 осуждённым
        сокращены сроки», «суд смягчил наказание 45 заключённым»)?"""
        first, last = quantity.first, quantity.end_token
        while first > self.begin and not self._is_boundary(self.tokens[first - 1]):
            first -= 1
        while last + 1 < self.end and not self._is_boundary(self.tokens[last + 1]):
            last += 1
        return any(
            t.value == "sentence_changed" and first <= t.first and t.last <= last
            for t in self.triggers
        )

    def _ru_found_alive_before(self, quantity: Quantity) -> bool:
        """«Из 80 пропавших живыми найдены лишь 12»: Russian may say the part's fate before it,
        found alive; that is a fate of its own, as after the count."""
        j = quantity.first - 1
        while j > self.begin and self.tokens[j].lower in ONLY_WORDS:  # «… найдены лишь 12»
            j -= 1
        found = self.trigger_ending.get(j)
        if found is not None and found.value == "find":
            found = self.trigger_ending.get(found.first - 1)
        return found is not None and found.value == "alive"

    def _own_predicate(self, quantity: Quantity) -> bool:
        """ "Of them, nine said …", "12 of them were later charged", «пятеро из них
        оштрафованы»: a part with a verb of its own that names no act is a part of the
        persons but no figure of what befell them (that verb's category would have bound).
        A part visited ("visited about 600 of them", «посетили около 600 из них») is the
        visit's object, as its whole would be."""
        if self._visited(quantity):
            return True
        if self.language == "ru" and self._ru_found_alive_before(quantity):
            return True
        if self.language == "az":
            return self._az_own_predicate(quantity)
        # The counted noun phrase may have taken an unknown verb in ("nine said"): look
        # from the number itself, past a known counted noun and "of them".
        j = quantity.last + 1
        for phrases in (self.lex.noun_set, self.lex.nest_after_set):
            matched = phrases.match_span(self.tokens, j) if j < self.end else None
            if matched is not None:
                j += matched[1]
        if self.language == "en" and self._remains_in_a_state(j):
            return True
        if self.language == "en" and j < self.end and self.tokens[j].lower in _PERSON_RELATIVES_EN:
            # "Among the dead were two paramedics who had arrived with the first crew": a verb
            # inside a relative clause describes the persons; it is no predicate of the part.
            return False
        if self.language == "ru" and j < self.end and self.tokens[j].text in {"—", "–"}:
            j += 1  # «12 — оштрафованы»: the dash stands for the verb left out before
        while j < self.end:
            if self._is_gap_word(self.tokens[j]) or self.tokens[j].pos == "ADVB":
                j += 1  # «пятеро из них вновь открыты»: past adverbs to the verb
            elif (past := self._past_time_phrase(j)) > j:
                j = past  # «12 из них с тех пор удалось бежать»
            else:
                break
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
        if self._in_a_state_of_health(j):
            return True  # "12 of them were seriously ill", «12 были тяжело больны»: a state
        if self.language == "ru":
            return token.pos in {"VERB", "PRTS"} and token.key not in _RU_STATE_VERBS
        if describes_events_of_which(self.tokens, quantity, j):
            return False  # "of which 97 are attributed to the army": the same act's cases
        if token.lower in _EN_MODALS:
            # "one of them could not walk for a week": what the part could do is no act, but
            # "could not be identified" is the act its verb names.
            k = j + 1
            while k < self.end and self._is_gap_word(self.tokens[k]):
                k += 1
            return k < self.end and k not in self.trigger_at
        return token.lower in _EN_OWN_VERBS or (
            token.lower.endswith("ed")
            and token.lower not in EN_ADJECTIVES_IN_ED
            and token.lower not in _EN_STATE_PARTICIPLES
        )

    def _in_a_state_of_health(self, j: int) -> bool:
        """Is the predicate at ``j`` a state of health ("were seriously ill", «были тяжело
        больны»), past the copula and adverbs?"""
        if self.tokens[j].lower in _COPULAS_OF_A_STATE:
            j += 1
        while j < self.end and (
            self.tokens[j].pos == "ADVB" or self.tokens[j].lower.endswith("ly")
        ):
            j += 1
        return j < self.end and self.tokens[j].lower in _HEALTH_STATES

    def _before_a_new_subject(self, quantity: Quantity, right: int) -> int:
        """ "96 have been charged and the rest released": a count with a verb of its own that
        names no act ends its clause before "and" or "but" and a subject of its own after it
        (the rest, others, a number); the verb there is that subject's (English). Returns
        the clause's new right end (``right`` if there is none)."""
        if self.language != "en" or not self._own_predicate(quantity):
            return right
        for k in range(quantity.end_token + 1, right):
            if self.tokens[k].lower not in _EN_JOINERS_OF_CLAUSES:
                continue
            nxt = k + 1
            if self.tokens[nxt].lower in _EN_NEW_SUBJECTS or nxt in self.starts:
                return k - 1
        return right

    def _in_a_clause_of_result(self, quantity: Quantity, verb: Trigger) -> bool:
        """Does the count open a clause of result after the verb before it ("All five had been
        beaten so badly that one of them still cannot hold a spoon", "such that"), a verb
        with a count of its own before it? The count is that clause's subject; the verb was
        said of that count ("beat them so hard that three of the prisoners fainted" says
        whom they beat by the count after it) (English)."""
        if self.language != "en":
            return False
        if not any(self.begin <= q.first and q.end_token < verb.first for q in self.quantities):
            return False
        between = [self.tokens[k].lower for k in range(verb.last + 1, quantity.first)]
        return bool(between) and between[-1] == "that" and bool({"so", "such"} & set(between[:-1]))

    def _remains_in_a_state(self, j: int) -> bool:
        """ "only 9 remain even partially functional", "12 remain open": what a part is
        still, with no act ("remain missing", "remain in detention" are acts: triggers)."""
        if j >= self.end or self.tokens[j].lower not in _REMAIN:
            return False
        k = j + 1
        while k < self.end and (
            self.tokens[k].lower.endswith("ly") or self.tokens[k].lower in _DEGREE_WORDS
        ):
            k += 1
        if k >= self.end or k in self.trigger_at or self.tokens[k].kind != "word":
            return False
        return (
            self.tokens[k].lower not in _PLACE_OR_STATE_PREPOSITIONS
            and self.lex.noun_set.match(self.tokens, k) is None
        )

    def _prepositional_object(self, quantity: Quantity) -> bool:
        """ "lost contact with a dozen of them": the part is no subject of the whole's verb."""
        first = quantity.first
        return first > self.begin and self.tokens[first - 1].lower in _OBJECT_PREPOSITIONS.get(
            self.language, frozenset()
        )

    def _az_occasion(self, trigger: Trigger) -> bool:
        """Is an Azerbaijani act named only as the time of another ("deportasiya zamanı",
        during the deportation; "atəş əsnasında")?"""
        k = trigger.last + 1
        return self.language == "az" and k < self.end and self.tokens[k].lower in _AZ_DURING

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
            and (before.lower in self.lex.conjunctions or before.lower in _ONE_MORE)
            and any(q.end_token < quantity.first and not q.non_count for q in self.quantities)
        )
