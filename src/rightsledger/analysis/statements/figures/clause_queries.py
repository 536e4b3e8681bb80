"""What the binding rules ask of a scanned sentence at a position: the clause around it and
whether a count closes one, the marker of a part that starts or ends there, the act a marker
names, gap words, an Azerbaijani finite verb, a participle that names the persons counted.
Apart from ``scanning`` because scanning builds the sentence's triggers and markers once;
these only read them."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.figures.core import (
    _COPULA_VERBS,
    _DEFINITE,
    _EN_COPULA,
    _OBJECT_PREPOSITIONS,
    Figure,
    Trigger,
    resolve_category,
)
from rightsledger.analysis.statements.figures.scanning import ClauseScanner
from rightsledger.analysis.statements.lexicon import BODY, VERB_CLASSES
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# An Azerbaijani participle in -an/-ən used as a noun ("saxlanılan", "saxlanılanlara").
_AZ_PARTICIPLE = re.compile(r"(?:an|ən)(?:lar|lər)?(?:a|ə|ı|i|ın|in|da|də|dan|dən)?$")
# The Azerbaijani copula ending ("3-ü yaralıdır": three are wounded): a predicate, no noun.
_AZ_COPULA = re.compile(r"[dt][ıiuü]r(?:lar|lər)?$")
# Azerbaijani adverbs of the degree of a wound ("ağır yaralı", badly wounded; "yüngül").
AZ_DEGREES = frozenset({"ağır", "yüngül"})
# The copula, past which no act has its object.
_BE = _EN_COPULA | _COPULA_VERBS
# Phrases of time of several words that stand where an adverb would (``_past_time_phrase``).
_TIME_PHRASES = {
    "ru": (
        ("с", "тех", "пор"),
        ("до", "сих", "пор"),
        ("к", "тому", "времени"),
        ("за", "это", "время"),
    ),
}
# What joins counts said side by side: "and" in each language, a comma.
# The prepositions of what is complained of or told («пожаловались на …», «сообщили о …»),
# and the verbs of complaining and telling by their dictionary forms
# (``_ru_act_complained_of``).
_OF_WHAT_IS_TOLD = frozenset({"на", "о", "об"})
_TELLING = frozenset(
    {"пожаловаться", "жаловаться", "сообщить", "сообщать", "заявить", "заявлять",
     "рассказать", "рассказывать"}
)  # fmt: skip
# How many words of a qualifier may stand between the verb of telling and the count, and
# what such words are not: words that name or tell.
_QUALIFIER_WORDS = 3
_NAMING = frozenset({"NOUN", "VERB", "INFN", "PRTF", "PRTS", "GRND", "NPRO"})
_JOINERS = frozenset({",", "and", "и", "və"})
# Words that open an English object before its count: "released the other two", "freed the
# remaining five".
_OBJECT_OPENERS = frozenset({"the", "other", "remaining", "another"})


class ClauseQueries(ClauseScanner):
    """Questions about positions in the sentence, for the binding rules above it."""

    def _counted_named_again(self, quantity: Quantity) -> bool:
        """Is the count one of persons counted before, named again after «из этих» ("of
        these") right after a part's count — «двое из этих шестерых» — and so no figure of
        its own? (Russian; English "two of these six" is read as a count of its own.)"""
        k = quantity.first
        if self.language != "ru" or quantity.count is None or quantity.noun or k < 2:
            return False
        if self.tokens[k - 2].lower != "из" or self.tokens[k - 1].lower not in _DEFINITE:
            return False
        if not any(q.end_token == k - 3 for q in self.quantities):
            return False  # «Из этих пятерых троих …» opens a whole read again elsewhere
        earlier = [f.quantity for f in self.previous]
        earlier += [q for q in self.quantities if q.last < k and not q.non_count]
        return any(q.count == quantity.count for q in earlier)

    def _only_a_degree(self, figure: Figure) -> bool:
        """Is the figure's trigger a word for a degree of its category ("hospitalised", "in a
        critical condition")?"""
        trigger = figure.trigger
        if trigger is None:
            return False
        if (
            self.language == "az"
            and trigger.value == "injured"
            and trigger.first > self.begin
            and self.tokens[trigger.first - 1].lower in AZ_DEGREES
        ):
            return True  # "Ağır yaralı 4 nəfər", "2 nəfər yüngül yaralanıb": a degree of harm
        return any(
            self.lex.severity_set.match(self.tokens, k) is not None
            for k in range(trigger.first, trigger.last + 1)
        )

    def _tells(self, quantity: Quantity) -> bool:
        """Is the English count the subject of a verb of saying ("three elders and a nurse
        told the mission")? Those persons are sources, not a figure."""
        if self.language != "en":
            return False
        first = quantity.first
        if first > self.begin and self.tokens[first - 1].lower in _OBJECT_PREPOSITIONS["en"]:
            return False  # "officials put the number of dead at 12 and say …": no subject
        before = first - 1
        if before > self.begin and self.tokens[before].lower == "the":
            before -= 1
        if before > self.begin and self.tokens[before].lower == "of":
            return False  # "Six of the 20 detainees said …": the part says it, not the whole
        k = quantity.end_token + 1
        while k < self.end and k - quantity.end_token <= 5 and self.tokens[k].kind == "word":
            if k in self.trigger_at or k in self.starts:
                return False
            if self.tokens[k].lower in {"that", "which", "who", "whom", "whose"}:
                return False  # "the 1,150 that the government says are held": not theirs
            matched = self.lex.reporting_set.match(self.tokens, k)
            if matched is not None:
                return self.tokens[k].lower in {"told", "said", "say", "says", "tell", "tells"}
            k += 1
        return False

    def _whole_counted_after_of(self, of: int) -> Quantity | None:
        """The whole counted after "of (the)" or «из» at ``of``, right after a part's count
        ("three of the 40 hostages", «трое из 40 заложников»), if any."""
        if of >= self.end or self.tokens[of].lower not in {"of", "из"}:
            return None
        k = of + 1
        if k < self.end and self.tokens[k].lower == "the":
            k += 1
        return self.starts.get(k)

    def _only_joiners_between(self, earlier: Quantity, later: Quantity) -> bool:
        """Do only "and" or commas stand between two counts ("17 demonstrators and 4
        officers", «шесть репортёров и две медсестры»)?"""
        between = self.tokens[earlier.end_token + 1 : later.first]
        return bool(between) and all(t.lower in _JOINERS for t in between)

    def _marker_ending(self, j: int) -> tuple[int, int] | None:
        return next((m for m in self.markers if m[1] == j), None)

    def _marker_at(self, j: int) -> tuple[int, int] | None:
        return next((m for m in self.markers if m[0] == j), None)

    def _is_gap_word(self, token: Token) -> bool:
        if token.text == "-" and not token.space_before:
            return True  # the hyphen inside a word («из-под», "north-east"): no word of its own
        if token.kind != "word":
            return False
        gaps = self.lex.gap_words
        return (
            token.lower in gaps
            or token.key in gaps
            or (token.lower.endswith("ly") and (self.language == "en"))
        )

    def _past_time_phrase(self, j: int) -> int:
        """Past a phrase of time that stands between a count and its verb as an adverb does
        («12 из них с тех пор удалось бежать», «трое до сих пор не найдены»); ``j`` if none
        starts at ``j``."""
        for phrase in _TIME_PHRASES.get(self.language, ()):
            words = [t.lower for t in self.tokens[j : j + len(phrase)]]
            if j + len(phrase) <= self.end and words == list(phrase):
                return j + len(phrase)
        return j

    def _clause_start(self, i: int) -> bool:
        if i == self.begin or self._is_boundary(self.tokens[i - 1]):
            return True
        # "3.3 Of the 1,204, …": the number of the section that opens the sentence stands
        # before its first clause.
        return i - 1 == self.begin and any(
            q.first == self.begin and q.non_count == "reference" for q in self.quantities
        )

    def _clause_around(self, first: int, last: int) -> tuple[int, int]:
        while first > self.begin and not self._is_boundary(self.tokens[first - 1]):
            first -= 1
        while last + 1 < self.end and not self._is_boundary(self.tokens[last + 1]):
            last += 1
        return first, last

    def _finite_az_verb(self, k: int) -> bool:
        """An Azerbaijani verb in the perfect ("saxlanılmayıb", "öldürülüb"), which ends a
        clause, unlike the participle ("ölən") that names who died."""
        return self.language == "az" and self.tokens[k].lower.endswith(("ıb", "ib", "ub", "üb"))

    def _closes_clause(self, quantity: Quantity) -> bool:
        k = quantity.end_token + 1
        if k >= self.end:
            return True
        token = self.tokens[k]
        return (
            self._is_boundary(token)
            or token.lower in self.lex.conjunctions
            or token.lower in self.lex.coordinators
        )

    def _category_in(self, marker: tuple[int, int]) -> str:
        for k in range(marker[0], marker[1] + 1):
            phrase = self.lex.trigger_set.match(self.tokens, k)
            if phrase is not None and phrase.value not in VERB_CLASSES:
                return phrase.value
            noun = self.lex.noun_set.match(self.tokens, k)
            if noun is not None and noun.value.startswith("implied:"):
                return noun.value.split(":", 1)[1]
            if noun is not None and noun.value == BODY:
                return "found_dead"  # "of the bodies", «из извлечённых останков»
        return ""

    def _next_quantity_after(self, j: int) -> bool:
        """Is the trigger an active verb with its own object ("… and killed 20"), or an
        act named by a noun with its object after it ("the murder of 14 civilians",
        «убийство 14 мирных жителей»)? Then the count after it is the act's."""
        k = j + 1
        while k < self.end and self._is_gap_word(self.tokens[k]):
            if self.tokens[k].lower in _BE:
                # "Among the nine injured were two women", «Среди девяти раненых были две
                # женщины»: no act takes its object past a copula; the count after it is the
                # subject, and the participle before it names the nine.
                return False
            k += 1
        if self.language == "en" and k < self.end and self.tokens[k].lower == "of":
            k += 1  # "the killing of 37 people"
        while self.language == "en" and k < self.end and self.tokens[k].lower in _OBJECT_OPENERS:
            k += 1  # "and released the other two": the verb's own object
        quantity = self.starts.get(k)
        if quantity is None or quantity.non_count:
            return False
        if self.language == "ru":
            # «из 70 раненых 14 — дети»: a noun right after a count is what it counted (the
            # wounded), not an act whose object follows.
            # A trigger of several words counts from its first («из 60 взятых в заложники 48
            # освобождены»: the 60 were taken hostage).
            trigger = self.trigger_ending.get(j)
            opening = trigger.first if trigger is not None else j
            counted = any(q.last in {j - 1, opening - 1} for q in self.quantities)
            return self.tokens[j].pos == "NOUN" and not counted
        return self.language == "en"

    def _subject_after(self, j: int) -> bool:
        """«…, которых держали в подвале, живыми вернулись только шестеро»: a Russian verb
        past a stretch between commas with a count after it (its subject, past adverbs and
        particles) is that count's, not the count's before the commas."""
        if self.language != "ru":
            return False
        k = j + 1
        while k < self.end and (
            self._is_gap_word(self.tokens[k]) or self.tokens[k].pos in {"PRCL", "ADVB"}
        ):
            k += 1
        quantity = self.starts.get(k)
        return quantity is not None and not quantity.non_count

    def _counted_participle(self, quantity: Quantity, trigger: Trigger) -> bool:
        """«ста задержанных», «никого из задержанных», "25 saxlanılana": the participle
        names the persons."""
        token = self.tokens[trigger.first]
        at = quantity.end_token + 1
        if self.language in {"en", "az"}:
            k = at + (self.language == "en" and at < self.end and self.tokens[at].lower == "more")
            noun = self.lex.noun_set.match(self.tokens, k) if k == trigger.first else None
            if (
                noun is not None
                and noun.value.startswith("implied:")
                and (
                    trigger.last == k + len(noun.elements) - 1
                    # "identified 1,830 missing persons": the act's word opens the noun
                    or (self.language == "en" and trigger.last < k + len(noun.elements) - 1)
                )
                and not _AZ_COPULA.search(self.tokens[trigger.last].lower)
            ):
                # "three more wounded died", "3 yaralı ölüb": a noun of persons by what
                # befell them (the wounded) says who they were; a verb after it, what
                # befell them then ("girov götürülüb", a verb phrase, and "yaralıdır",
                # a predicate, are no such noun).
                return True
        if self.language == "az":
            # The participle in -an/-ən, with a plural or case ending, right after the number.
            return trigger.first == at and bool(
                _AZ_PARTICIPLE.search(self.tokens[trigger.last].lower)
            )
        if at < self.end and self.tokens[at].lower in {"из", "среди"}:
            at += 1
        return (
            self.language == "ru" and trigger.first == at and token.pos in {"PRTF", "ADJF", "NOUN"}
        )

    def _ru_persons_named_by_participle(self, participle: Trigger, verb: Trigger) -> bool:
        """«Скончались в реанимации четверо раненых», «Отпущены на свободу 18 задержанных»:
        a Russian participle standing alone for the persons (no noun after it) says who they
        were; the verb, or the short participle of the passive, that opens the clause before
        the count says what befell them, however many words of place lie between. (With a
        noun after the participle, ``OwnBinding._attributive_under_verb``.)"""
        nxt = participle.last + 1
        return (
            self.language == "ru"
            and self.tokens[participle.last].pos in {"PRTF", "ADJF", "NOUN"}
            and (nxt >= self.end or self.tokens[nxt].pos != "NOUN")
            and self.tokens[verb.first].pos in {"VERB", "PRTS"}
            and not any(
                self._is_boundary(self.tokens[k]) for k in range(verb.last + 1, participle.first)
            )
        )

    def _ru_act_complained_of(self, quantity: Quantity) -> Trigger | None:
        """«На жестокое обращение со стороны конвоя пожаловались 40 задержанных», «О пытках
        в изоляторе сообщили 12 арестованных»: a Russian act named by a noun after «на», «о»
        or «об», fronted as the object of a verb of complaining or telling that stands right
        before the count, is what the persons complain of, whoever or wherever is named
        between; a participle of theirs says only who they were. None when no such verb
        stands right before the count («На пытки в колонии указывают 12 освобождённых»)."""
        if self.language != "ru":
            return None
        k = quantity.first - 1
        while (
            k > self.begin
            and quantity.first - k <= _QUALIFIER_WORDS
            and self.tokens[k].kind == "word"
            and (self.tokens[k].pos not in _NAMING or self.tokens[k].lower == "мере")
        ):
            k -= 1  # a qualifier's words: «не менее», «по меньшей мере», «около»
        if k <= self.begin or self.tokens[k].key not in _TELLING:
            return None
        for trigger in sorted(self.triggers, key=lambda t: -t.first):
            if trigger.last >= k or trigger.first <= self.begin:
                continue
            between = range(trigger.last + 1, k)
            if any(self._is_boundary(self.tokens[j]) or j in self.ends for j in between):
                return None
            if (
                self.tokens[trigger.first - 1].lower in _OF_WHAT_IS_TOLD
                and self.tokens[trigger.last].pos in {"NOUN", "ADJF"}
                and resolve_category(trigger.value, quantity.counted)
            ):
                return trigger
        return None

    def _ru_dash_before_its_verb(self, j: int) -> bool:
        """«Задержаны 50 человек, из них 20 — отпущены, 12 — арестованы»: in a Russian list
        of parts a dash right after a count (or after its «из них») sets off the count's own
        verb, a finite verb or the short participle of the passive; what follows the dash is
        the count's predicate, not a label's value («погибших — 8» has its count after it)."""
        nxt = j + 1
        return (
            self.language == "ru"
            and nxt < self.end
            and self.tokens[j].text in {"—", "–"}
            and self.tokens[nxt].kind == "word"
            and self.tokens[nxt].pos in {"VERB", "PRTS"}
        )
