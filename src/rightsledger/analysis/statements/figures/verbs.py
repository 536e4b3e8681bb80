"""The verb of a count: forward from it ("613 were killed"), backward ("killed 613", in
``backward``), past parentheses, asides and participle clauses, else the nearest verb in its
clause. What the search steps over between a count and its verb is in ``skipped``."""

from __future__ import annotations

from collections.abc import Iterator

from rightsledger.analysis.statements.age_groups import _AZ_VERBAL
from rightsledger.analysis.statements.figures.backward import BackwardSearch
from rightsledger.analysis.statements.figures.core import (
    _AUXILIARIES,
    _FORWARD_GAP,
    _ONLY_FINITE,
    Trigger,
    resolve_category,
)
from rightsledger.analysis.statements.lexicon import PERSON, UNIT, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# The article or word of one person: "and a boy taken from his home".
_ONE_PERSON = frozenset({"a", "an", "one"})
# How far past the forward gap a passive chain's "and" is looked for (``_chain_ahead``).
_CHAIN_REACH = 10

# Azerbaijani predicates of being there ("52 sərnişin var idi", "… olub").
# "Birlikdə", "bərabər" (together) after "ilə" (with).
_AZ_TOGETHER = frozenset({"birlikdə", "bərabər"})
_AZ_EXISTENTIAL = frozenset({"var", "vardı", "vardır", "idi", "idilər", "olub", "olmuşdur"})
# The past copula in its persons, which ends a clause as a verb does ("Biz qırx nəfər idik,").
_AZ_PAST_COPULA = frozenset({"idi", "idim", "idin", "idik", "idiniz", "idilər"})

# Azerbaijani verbal nouns of when ("saxlanıldıqları", "tutulduğu") and the time words after
# them ("ilk günlərdə", "vaxt", "zaman").
_AZ_WHEN_ENDINGS = (
    "dıqları", "dikləri", "duqları", "dükləri", "dığı", "diyi", "duğu", "düyü",
    "dıqda", "dikdə", "duqda", "dükdə",
)  # fmt: skip
_AZ_TIME_WORDS = ("gün", "vaxt", "zaman", "müddət", "ərzində", "dövr", "saat", "gecə")
# … and in the ablative before "after" or "since" ("saxlanıldıqdan sonra", "tutulduqdan bəri").
_AZ_AFTER_ENDINGS = ("dıqdan", "dikdən", "duqdan", "dükdən", "tıqdan", "tikdən", "tuqdan", "tükdən")
_AZ_AFTER_WORDS = frozenset({"sonra", "bəri"})
# The converb of "while" ("saxlanılarkən", "həbs edilərkən"): a time by itself, with no word
# of time after it.
_AZ_WHILE_ENDINGS = ("arkən", "ərkən")
# Russian prepositions of time before a noun of an act: «после освобождения», «при задержании»,
# «во время допроса», «в ходе задержания».
# Parts of speech of a Russian verb that «также» before it says "also" of.
_RU_FINITE = frozenset({"VERB", "INFN", "PRTS"})
_RU_TIME_PREPOSITIONS = frozenset({"после", "при"})
_RU_TIME_PREPOSITION_PAIRS = frozenset({("во", "время"), ("в", "ходе")})
# Adverbs of time that stand between an English auxiliary and its participle only ("have
# since been found", "had already been freed"); elsewhere "since" opens a date.
_ADVERBS_AFTER_AN_AUXILIARY = frozenset({"since", "already"})


# Azerbaijani personal pronouns of persons counted in apposition after them: "Bizi, 17
# nəfəri, …" (us, 17 persons).
# An English clause of time or cause, opened by its conjunction and a subject of its own.
_EN_TIME_OR_CAUSE = frozenset({"when", "after", "before", "because", "until", "while", "as"})
_EN_SUBJECT_PRONOUNS = frozenset({"they", "he", "she", "we", "i", "it", "you"})

_AZ_PERSONAL_PRONOUNS = frozenset(
    {"biz", "bizi", "bizdən", "bizim", "onlar", "onları", "onlardan", "sizi", "siz"}
)


# The negations an English phrase of a fate may open with ("never been found").
_EN_NEGATIONS = frozenset({"never", "not"})


class VerbSearch(BackwardSearch):
    """Finds the verb of a count on either side of it, or in its clause."""

    def forward(self, quantity: Quantity) -> tuple[Trigger, int] | None:
        first: tuple[Trigger, int] | None = None
        for trigger, gap in self._forward_candidates(quantity):
            if not resolve_category(trigger.value, quantity.counted):
                continue
            if self._describes_a_joined_count(quantity, trigger):
                continue
            if self._describes_one_person_joined(quantity, trigger):
                continue
            if self._ru_time_of_another_act(trigger):
                continue
            if first is None and (
                self._reduced_relative(quantity, trigger)
                or self._participle_of_the_counted(quantity, trigger)
            ):
                finite = self._finite_trigger_after(trigger.last)
                if finite is not None and (
                    resolve_category(finite.value, quantity.counted) or finite.value == "alive"
                ):
                    # "40 people reported missing have been found alive": found alive, a
                    # fate of no figure, is what befell them, not the missing they were.
                    return finite, gap
            verb = self._ru_verb_of_those_named(trigger) if first is None else None
            if verb is not None and resolve_category(verb.value, quantity.counted):
                return verb, gap
            if first is None:
                main = self._predicate_after_a_described_clause(quantity, trigger)
                if main is not None and resolve_category(main.value, quantity.counted):
                    return main, gap
            if first is None:
                first = trigger, gap
                when = self._az_when_clause(trigger)
                if (
                    not self._counted_participle(quantity, trigger)
                    and not trigger.circumstance
                    and not when
                ):
                    return first
            elif (first[0].circumstance or self._az_when_clause(first[0])) and not (
                trigger.circumstance
            ):
                # "8-10 nəfər əsirlikdə həlak olub": killed in captivity; "9-u saxlanıldıqları
                # ilk günlərdə döyülüb": beaten in the first days they were held.
                return trigger, gap
            elif self._finite(trigger) or (
                self.language in {"az", "en"}
                and not trigger.circumstance
                and self._counted_participle(quantity, first[0])
            ):
                # «более ста задержанных подверглись пыткам», "25 saxlanılan işgəncəyə məruz
                # qalıb": the participle after the number is what was counted, the verb
                # after it what befell them; but the wounded moved out ("12 wounded were
                # evacuated", «раненых эвакуировали») are still the wounded, not displaced.
                if first[0].value == "injured" and trigger.value == "displaced":
                    return first
                return trigger, gap
        return first

    def _state_or_act(self, start: int, j: int) -> bool:
        """ "64 detainees, 15 of them sick or wounded": one English word of a state, then
        "or"/"and" and an act, right after a count with no verb, is the count's predicate;
        the state names no act, and the act after it is the count's."""
        return (
            self.language == "en"
            and j == start + 1
            and self.tokens[start].kind == "word"
            and start not in self.trigger_at
            and j + 1 in self.trigger_at
        )

    def _az_apposition_of_a_pronoun(self, quantity: Quantity, comma: int) -> bool:
        """Is the count between commas right after a personal pronoun ("Bizi, on yeddi
        nəfəri, …", "Onları, 30 nəfəri, …")? Then it says how many the pronoun stands for,
        and the verb at the end of the clause is its own."""
        first = quantity.first
        return (
            self.language == "az"
            and comma == quantity.end_token + 1
            and first - 2 >= self.begin
            and self.tokens[first - 1].text == ","
            and self.tokens[first - 2].lower in _AZ_PERSONAL_PRONOUNS
        )

    def _describes_a_joined_count(self, quantity: Quantity, trigger: Trigger) -> bool:
        """«вернулись 45 военнослужащих и 6 гражданских лиц, удерживавшихся противной
        стороной»: a Russian participle after a comma says who the persons of a count joined
        by «и» to the one before were; their fate is the one they share with it."""
        k = quantity.first - 1
        return (
            self.language == "ru"
            and k > self.begin
            and self.tokens[k].lower == "и"
            and self.tokens[trigger.first].pos == "PRTF"
            and self.tokens[trigger.first - 1].text == ","
            and any(q.last < k and k - q.end_token <= 8 for q in self.quantities)
        )

    def _describes_one_person_joined(self, quantity: Quantity, trigger: Trigger) -> bool:
        """ "The civilians include 3 women and a boy taken from his home": an English participle
        right after one person joined to the count by "and a" says what befell that person,
        not the count's persons (no comma or verb between: the participle is the person's)."""
        k = quantity.end_token + 1
        if self.language != "en" or not k + 2 < trigger.first <= k + 6:
            return False
        if not (names_group(quantity.noun) or quantity.noun == PERSON):
            return False  # "2 schools and a mosque demolished": things share their verb
        if self.tokens[k].lower != "and" or self.tokens[k + 1].lower not in _ONE_PERSON:
            return False
        return all(
            self.tokens[j].kind == "word" and j not in self.trigger_at
            for j in range(k + 2, trigger.first)
        )

    def _ru_time_of_another_act(self, trigger: Trigger) -> bool:
        """«Минимум 15 человек после освобождения обратились за медицинской помощью»: a
        Russian noun of an act after a preposition of time («после», «при», «во время», «в
        ходе») says when what the verb after it tells befell the persons, not what did."""
        k = trigger.first - 1
        if self.language != "ru" or k <= self.begin or self.tokens[trigger.first].pos != "NOUN":
            return False
        if trigger.value == "identified":
            # «Останки 31 человека после идентификации переданы семьям»: what is known of the
            # remains is who they were; what was done with them after is no fate of theirs.
            return False
        before = self.tokens[k].lower
        if before in _RU_TIME_PREPOSITIONS:
            return True
        pair = (self.tokens[k - 1].lower, before)
        return pair in _RU_TIME_PREPOSITION_PAIRS

    def _finite(self, trigger: Trigger) -> bool:
        """Is the trigger a verb, or in Russian the noun a verb takes for the act («получили
        ранения», «получили огнестрельные ранения»)?"""
        if self.tokens[trigger.first].pos in {"VERB", "PRTS"}:
            return True
        if self.language != "ru":
            return False
        k = trigger.first - 1
        while k > self.begin and self.tokens[k].pos == "ADJF":
            k -= 1  # «получили огнестрельные ранения»
        return k >= self.begin and self.tokens[k].pos == "VERB"

    def _az_when_clause(self, trigger: Trigger) -> bool:
        """An Azerbaijani verbal noun of when ("saxlanıldıqları ilk günlərdə", "tutulduğu
        vaxt"), of after ("saxlanıldıqdan sonra") or converb of while ("saxlanılarkən ölüb",
        died while held): a time the persons were held, not their predicate."""
        if self.language != "az":
            return False
        word = self.tokens[trigger.last].lower
        if word.endswith(_AZ_WHILE_ENDINGS):
            return True
        if word.endswith(_AZ_AFTER_ENDINGS) and trigger.last + 1 < self.end:
            # "saxlanıldıqdan sonra xəbər yoxdur": no news since they were held; "after" the
            # act is a time too
            return self.tokens[trigger.last + 1].lower in _AZ_AFTER_WORDS
        if not word.endswith(_AZ_WHEN_ENDINGS):
            return False
        after = range(trigger.last + 1, min(self.end, trigger.last + 3))
        return any(self.tokens[k].lower.startswith(_AZ_TIME_WORDS) for k in after)

    def _reduced_relative(self, quantity: Quantity, trigger: Trigger) -> bool:
        """ "250 participants of the assembly held in the square were detained": an English
        participle right after a noun that is not the counted one, with no auxiliary, is a
        clause that describes that noun (the assembly was held)."""
        if self.language != "en":
            return False
        k = trigger.first - 1
        if k <= quantity.end_token or k in self.non_count_tokens:
            return False
        between = {self.tokens[i].lower for i in range(quantity.end_token + 1, k)}
        if between & {"that", "which", "who", "whom"}:
            return False  # "the 530 villagers that the attackers captured": a relative clause
        token = self.tokens[k]
        if token.kind != "word" or token.lower in self.lex.gap_words:
            return False
        # A word in -ly right after the counted persons or an auxiliary is an adverb ("men
        # brutally beaten"); after an article or an adjective, a noun ("the rally held",
        # "the peaceful assembly held").
        before = self.tokens[k - 1]
        return (
            not token.lower.endswith("ly")
            or (
                k - 1 > quantity.end_token
                and before.kind == "word"
                and not self._is_gap_word(before)
            )
            or before.lower in {"a", "an", "the"}
        )

    def _participle_of_the_counted(self, quantity: Quantity, trigger: Trigger) -> bool:
        """ "19 men held at the camp were released": an English participle right after the
        counted noun says what the persons were; a verb after an auxiliary later in the
        clause says what befell them (the caller takes that one, if there is one). Not so
        for the whole of a part ("120 of the 960 residents taken hostage remain missing"):
        the later verb is the part's."""
        k = quantity.first - 1
        if k >= self.begin and self.tokens[k].lower in {"the", "these", "those"}:
            k -= 1
        participle = quantity.end_token + 1
        while participle < trigger.first and self.tokens[participle].lower.endswith("ly"):
            participle += 1  # "40 persons previously reported missing"
        return (
            self.language == "en"
            and not (k >= self.begin and self.tokens[k].lower == "of")
            and quantity.np_last >= 0
            # Past or present ("21 people sheltering there", "families fleeing the town");
            # "missing" is an adjective, the state the persons are in.
            and self.tokens[participle].lower.endswith(("ed", "held", "taken", "hidden", "ing"))
            and self.tokens[participle].lower != "missing"
            and self._reported_as(participle, trigger.first)
        )

    def _reported_as(self, first: int, trigger: int) -> bool:
        """Do only participles that report persons as something ("reported", "listed as")
        stand between the counted noun's participle at ``first`` and the trigger?"""
        return all(
            self.tokens[k].lower == "as" or self.tokens[k].lower.endswith("ed")
            for k in range(first, trigger)
        )

    def _ru_verb_of_those_named(self, trigger: Trigger) -> Trigger | None:
        """«в 19 из которых задержанные подверглись пыткам», «трое из них раненых скончались»:
        a participle right after «из них», «из которых», followed by a verb, names the persons
        of the part (its subject or object); the verb says what befell them. The verb, if
        so; None for a participle with no verb after it («19 из них задержанные в парке»)."""
        k = trigger.first
        if self.language != "ru" or k < 2 or self.tokens[k].pos != "PRTF":
            return None
        if self.tokens[k - 1].lower not in {"них", "которых"} or self.tokens[k - 2].lower != "из":
            return None
        verb = self.trigger_at.get(trigger.last + 1)
        if verb is None or self.tokens[verb.first].pos != "VERB":
            return None
        return verb

    def _finite_trigger_after(self, j: int) -> Trigger | None:
        """The trigger after an auxiliary later in the clause ("… were detained"), or an
        English verb that is never a participle ("No person detained under the Regulations
        died in custody"), if any."""
        k = j + 1
        while k < self.end and not self._is_boundary(self.tokens[k]) and k not in self.starts:
            if self.language == "en" and self.tokens[k].lower in _ONLY_FINITE:
                return self.trigger_at.get(k)
            if self.tokens[k].lower in _AUXILIARIES:
                while (
                    k + 1 < self.end
                    and not self._en_trigger_opens_with_a_gap_word(k + 1)
                    and (
                        self._is_gap_word(self.tokens[k + 1])
                        or self.tokens[k + 1].lower in _ADVERBS_AFTER_AN_AUXILIARY
                    )
                ):
                    k += 1
                return self.trigger_at.get(k + 1)
            k += 1
        return None

    def _en_trigger_opens_with_a_gap_word(self, k: int) -> bool:
        """ "have never been found", "have not been seen since": an English phrase of a fate
        may open with the negation an auxiliary is otherwise followed by; it is the verb (a
        phrase of holding, "are still being held", is read past as before)."""
        return (
            self.language == "en" and self.tokens[k].lower in _EN_NEGATIONS and k in self.trigger_at
        )

    def _forward_candidates(self, quantity: Quantity) -> Iterator[tuple[Trigger, int]]:
        j = quantity.end_token + 1
        after = self.lex.nest_after_set.match(self.tokens, j) if j < self.end else None
        if after is not None:
            j += len(after.elements)  # "11 of them said they had been tortured"
        elif j + 2 < self.end and j + 2 in self.starts and self.tokens[j].lower == "из":
            again = self.starts[j + 2]
            if self._counted_named_again(again):
                j = again.end_token + 1  # «двое из этих шестерых скончались»
        gap = 0
        yielded = crossed = False
        start = j
        while j < self.end:
            token = self.tokens[j]
            if token.kind == "punct" and self._closes_a_list_after_its_noun(quantity, j):
                j += 1  # "The victims — three men and two women — were executed"
                continue
            if token.kind == "punct" and self._ru_possessed_before_a_dash(quantity, j, start):
                j += 1  # «у пятерых — переломы»: the dash stands for «есть»
                continue
            if j == start and self._ru_dash_before_its_verb(j):
                j += 1  # «из них 20 — отпущены»: the dash sets the verb off
                continue
            if token.kind == "punct":
                if token.text == "," and self._inside_a_description(quantity):
                    return  # «больницы, где лечились 300 человек, разрушены»: not the 300
                if token.text == "," and (yielded or self._az_verb_closes(j)):
                    # "14 hərbçi əsirlikdədir, onlardan 3-ü yaralıdır", "56 nəfərin
                    # qalıqlarını tədqiq edib, onlardan …": the count has a predicate of its
                    # own; what follows the comma is said of others.
                    return
                if token.text == "," and (
                    self._closes_a_restatement(quantity, j)
                    or self._closes_bodies_with_a_grave(quantity, j)
                ):
                    j += 1  # "150 families, or about 700 people, were displaced"; ", with 25 bodies,"
                    continue
                if token.text == "," and self._participle_clause(j + 1):
                    j += 1  # "960 residents, taken hostage that night, …"
                    continue
                if token.text == "," and self._az_apposition_of_a_pronoun(quantity, j):
                    j += 1  # "Bizi, 17 nəfəri, meşədə əsir götürdülər": the count is "us"
                    continue
                if token.text == "," and self._between_listed_non_counts(j):
                    j += 1  # "three men aged 19, 22 and 25 were detained": a list of ages
                    continue
                skip = self._skip_parenthesis(j)
                if skip is None:
                    return
                j, crossed = skip, True
                continue
            measure = self.starts.get(j)
            if measure is not None and measure.non_count and j not in self.trigger_at:
                # "12-si iki gün sonra buraxılıb", "freed two days later": a number that is
                # no count (a time, a distance) stands between a count and its verb as a word.
                j = max(measure.last, measure.end_token) + 1
                gap += 1
                continue
            if j in self.starts or self._marker_at(j) is not None:
                return
            when = self._time_phrase_end(j)
            if when is not None:
                j = when
                gap += 1
                continue
            trigger = self.trigger_at.get(j)
            if trigger is not None:
                if self._next_quantity_after(trigger.last) or (
                    crossed and self._subject_after(trigger.last)
                ):
                    return
                if not self._modifier(trigger):
                    yield trigger, gap
                    # «96 задержанных, в том числе 14 …, сообщили о пытках»: a participle
                    # that names the counted is no predicate of theirs.
                    yielded = yielded or not self._counted_participle(quantity, trigger)
                j = trigger.last + 1
                gap += 1
                continue
            if not yielded and self._en_clause_of_time_or_cause(j):
                return  # "268 persons who were under 18 when they disappeared": not their act
            if self.language == "az" and token.lower == "ilə" and j + 1 in self.trigger_at:
                j += 1  # "cərəyanı ilə işgəncəyə məruz qalıb": "with", before the verb
                continue
            if self.language == "az" and self._az_together_with(j):
                # "40 müəllim ailələri ilə birlikdə köçürülüb": "ilə birlikdə" (together with)
                # names who went along, no second count joined by "and".
                j += 2
                gap += 1
                continue
            if self.language == "az" and token.lower in _AZ_EXISTENTIAL:
                # "Avtobusda 52 sərnişin var idi, onlardan 7-si həlak olub": the count has
                # its predicate (there were); the verb after the comma is the part's.
                return
            if self.language == "az" and token.lower == "və" and not self._az_verb_closes(j):
                # "7 mindən çoxu yolda və ilk illərdə … həlak olub": the verb ends the
                # Azerbaijani clause; "və" before it joins words, not clauses, unless a verb
                # stands before it.
                j += 1
                continue
            if self._ru_also_before_a_verb(j):
                j += 1  # «ещё 150 человек, по данным родственников, также могут находиться …»
                gap += 1
                continue
            if token.lower in self.lex.conjunctions:
                if self._between_listed_non_counts(j):
                    j += 1  # "aged 19, 22 and 25": the last of a list of ages
                    continue
                if self._state_or_act(start, j):
                    j += 1  # "15 of them sick or wounded": the act beside a state
                    continue
                if self._second_verb_of_a_chain(quantity, j):
                    j += 1  # «семеро были отведены к оврагу и расстреляны»
                    continue
                if self._report_joined(j):
                    j += 1  # "had bruises and told the monitors that they had been beaten"
                    continue
                after_noun = self._coordinated_noun(j + 1)
                if after_noun is None:
                    return
                j = after_noun  # "70 homes and a school were destroyed"
                continue
            if (
                quantity.zero
                and self.language == "ru"
                and token.pos == "VERB"
                and not self._is_gap_word(token)
            ):
                return  # «Никто не понёс ответственности за гибель …»: its own verb
            if not self._is_gap_word(token):
                gap += 1
                if gap > _FORWARD_GAP[self.language]:
                    chained = self._chain_ahead(quantity, j)
                    if chained is None:
                        chained = self._their_own_report_ahead(quantity, j)
                    if chained is None:
                        return
                    j = chained  # "were taken out in groups of ten and shot"
                    continue
            j += 1

    def _en_clause_of_time_or_cause(self, j: int) -> bool:
        """ "when they disappeared", "after he was detained": a conjunction of time or cause
        with a subject pronoun of its own opens a clause that gives when or why, whose verb is
        no predicate of the count before it (which has none yet: the count is said in another
        clause, "Among those still missing are 268 persons who were under 18 when …")."""
        if self.language != "en" or j + 1 >= self.end:
            return False
        return (
            self.tokens[j].lower in _EN_TIME_OR_CAUSE
            and self.tokens[j + 1].lower in _EN_SUBJECT_PRONOUNS
        )

    def _chain_ahead(self, quantity: Quantity, j: int) -> int | None:
        """The "and" of a passive chain further on in the clause ("were taken out at dawn in
        groups of ten and shot"): the adjuncts of the first verb, however long, lie between
        the persons and the second verb, which says what befell them. English only."""
        if self.language != "en":
            return None
        for k in range(j, min(j + _CHAIN_REACH, self.end)):
            token = self.tokens[k]
            if token.kind == "punct" or self._marker_at(k) is not None:
                return None
            start = self.starts.get(k)
            if start is not None and not start.non_count:
                return None
            if token.lower == "and":
                return k if self._second_verb_of_a_chain(quantity, k) else None
        return None

    def _their_own_report_ahead(self, quantity: Quantity, j: int) -> int | None:
        """ "61 of those arrested later told monitors of the Bar Council that they had been
        beaten": what persons counted report of themselves ("that they …") is said of them,
        however long the words of whom they told it to. English only; where "they" begins."""
        if self.language != "en":
            return None
        reported = any(
            self.lex.reporting_set.match(self.tokens, k) is not None
            for k in range(quantity.end_token + 1, j + 1)
        )
        if not reported:
            return None
        for k in range(j, min(j + _CHAIN_REACH, self.end - 1)):
            token = self.tokens[k]
            start = self.starts.get(k)
            if token.kind == "punct" or (start is not None and not start.non_count):
                return None
            if token.lower == "that" and self.tokens[k + 1].lower == "they":
                return k + 1
            if self._act_on_the_reporters(k):
                return k  # "told our lawyers that officers of the … department had beaten them"
        return None

    def _act_on_the_reporters(self, k: int) -> bool:
        """An act whose object is "them" in what the counted report ("say police beat them"):
        the act done to the reporters themselves, whoever the words name as its doers."""
        trigger = self.trigger_at.get(k)
        return (
            trigger is not None
            and trigger.last + 1 < self.end
            and self.tokens[trigger.last + 1].lower == "them"
        )

    def _ru_also_before_a_verb(self, j: int) -> bool:
        """Russian «также» right before a verb is the adverb "also" of the count's own clause
        («до 150 человек также находятся в плену»), not the conjunction that adds an item to
        a list («задержаны 40 студентов, а также 3 журналиста»)."""
        return (
            self.language == "ru"
            and self.tokens[j].lower == "также"
            and j + 1 < self.end
            and self.tokens[j + 1].pos in _RU_FINITE
        )

    def _second_verb_of_a_chain(self, quantity: Quantity, conjunction: int) -> bool:
        """ "Five men were led out and shot", «семеро были отведены к оврагу и расстреляны»:
        after a verb that names no act, "and" joins a second verb of the same persons, and
        that one says what befell them."""
        if self.language not in {"en", "ru"} or self.tokens[conjunction].lower not in {"and", "и"}:
            return False
        trigger = self.trigger_at.get(conjunction + 1)
        if trigger is None or conjunction + 1 in self.starts:
            return False
        between = range(quantity.end_token + 1, conjunction)
        if self.language == "ru":
            return any(self.tokens[k].pos in {"VERB", "PRTS"} for k in between)
        return any(self.tokens[k].lower in _AUXILIARIES for k in between)

    def _report_joined(self, conjunction: int) -> bool:
        """ "Two of them had visible bruises and told the monitors that they had been
        beaten": an English "and" with a verb of telling right after it joins a second
        predicate of the same persons, what they told of themselves (no subject between)."""
        if self.language != "en" or self.tokens[conjunction].lower != "and":
            return False
        after = conjunction + 1
        return (
            after < self.end
            and after not in self.starts
            and self.lex.reporting_set.match(self.tokens, after) is not None
        )

    def _az_together_with(self, j: int) -> bool:
        """Does "ilə birlikdə" / "ilə bərabər" (together with) stand at ``j``?"""
        return (
            self.tokens[j].lower == "ilə"
            and j + 1 < self.end
            and self.tokens[j + 1].lower in _AZ_TOGETHER
        )

    def _az_verb_closes(self, comma: int) -> bool:
        """Does an Azerbaijani finite verb of no act end the clause before the comma
        ("tədqiq edib,", "var idi,")?"""
        k = comma - 1
        if self.language != "az" or k < self.begin or k in self.trigger_ending:
            return False
        token = self.tokens[k]
        return token.kind == "word" and (
            bool(_AZ_VERBAL.search(token.lower)) or token.lower in _AZ_PAST_COPULA
        )

    def _coordinated_noun(self, j: int) -> int | None:
        """Past a counted noun with no number after "and" ("a school", «школа»), or None."""
        if j < self.end and self.tokens[j].lower in {"a", "an", "the", "one"}:
            j += 1
        if j >= self.end or j in self.starts:
            return None
        phrase = self.lex.noun_set.match(self.tokens, j)
        if phrase is None or phrase.value == UNIT:
            return None
        return j + len(phrase.elements)

    def _participle_clause(self, j: int) -> bool:
        """After a comma, a participle that describes what precedes («жителей, взятых в плен,»),
        an adverb or two before it («человек, произвольно задержанных», "persons, arbitrarily
        detained")."""
        for _ in range(2):
            if j < self.end and self._adverb(self.tokens[j]) and j not in self.trigger_at:
                j += 1
        trigger = self.trigger_at.get(j)
        if trigger is None:
            return False
        k = trigger.first + 1  # a free-order predicate may hold a count of its own inside
        while k < self.end and not self._is_boundary(self.tokens[k]):
            if k in self.starts:
                return False
            k += 1
        return k >= self.end or self.tokens[k].text not in {"—", "–", ":"}

    def _adverb(self, token: Token) -> bool:
        if self.language == "en":
            return token.kind == "word" and token.lower.endswith("ly") and len(token.lower) > 4
        return token.pos == "ADVB"

    def _modifier(self, trigger: Trigger) -> bool:
        """An Azerbaijani participle in the genitive modifies a noun ("yaralıların təxliyəsi")."""
        word = self.tokens[trigger.last].lower
        return self.language == "az" and word.endswith(
            ("ların", "lərin", "nın", "nin", "nun", "nün")
        )
