"""From quantities to figures: what each one counts, of whom, and what it is part of.

A category binds to a quantity, in this order: a verb or noun next to it ("613 were
killed", "killed 613", «погибли 613», "613 nəfər həlak olub", "the death toll rose to 613");
a counted noun that carries its category (hostages, refugees, mass graves); a coordinated
quantity ("613 civilians and 487 soldiers were killed"); the figure it is part of
("including 106 women"); the nearest verb within its clause. Parts are introduced by a
marker ("of whom", «в том числе», "onlardan"), follow one ("106 of them"), or are
partitive ("150 of the 1,275", «из 1275 … 150», "1275 nəfərdən 150-si").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from rightsledger.analysis.statements.lexicon import BODY, FAMILY, GRAVE, PERSON, UNIT, Lexicon
from rightsledger.analysis.statements.morphology import russian_genitive
from rightsledger.analysis.statements.places import place_opening
from rightsledger.analysis.statements.quantities import Quantity, az_locative
from rightsledger.analysis.statements.tokens import Token


def _split(text: str) -> list[str]:
    return text.split()


# A part may have a category of its own only where the whole makes it a later fate of the
# same persons: of those captured, some remain missing; of the injured, some died; of the
# detained, some were hurt; of the dead or the bodies found, some bore marks of torture.
_LATER_FATES = {
    "captured": {"missing", "released", "killed", "found_dead", "tortured", "identified",
                 "detained", "disappeared", "injured"},
    "detained": {"tortured", "released", "killed", "missing", "disappeared", "injured"},
    "missing": {"found_dead", "identified", "killed", "released", "disappeared"},
    "disappeared": {"found_dead", "identified", "released", "killed", "missing"},
    "injured": {"killed"},
    "killed": {"identified", "found_dead", "tortured"},
    "found_dead": {"identified", "tortured"},
    "displaced": {"killed", "missing", "injured"},
    "tortured": {"killed"},
}  # fmt: skip
_OBJECT_PREPOSITIONS = {
    "en": frozenset({"with", "to", "for", "from", "about", "against", "on", "at", "into"}),
    "ru": frozenset({"с", "со", "для", "к", "ко", "о", "об", "про", "у", "от", "над"}),
}
_COUNT_WORDS = {
    "en": frozenset({"number", "toll", "total", "count", "figure", "tally"}),
    "ru": frozenset({"число", "количество", "цифра"}),
    "az": frozenset({"sayı", "sayının", "sayısı", "rəqəm", "rəqəmi", "rəqəmini"}),
}
_HELD_AS = {"implied:detained": "detained", "implied:captured": "captured"}
_FORWARD_GAP = {"en": 3, "ru": 3, "az": 5}
_BACKWARD_GAP = {"en": 3, "ru": 3, "az": 3}
_AZ_AGE_COMPARATIVES = frozenset(_split("yuxarı böyük çox artıq aşağı kiçik az qədər"))
# What comes between an English count word and its number ("the total to eleven", "the
# number at 900,000", "the toll stands at 30").
_COUNT_LINKS = frozenset(
    _split(
        "to at is was stands stood now has have had rose risen reached climbed increased "
        "stand of — – : ,"
    )
)
# Words between a verb of saying and the number it gives for the same count.
_RESTATING_FILLERS = frozenset(_split("it is was that this the о об около это"))
_REMAINING = frozenset(_split("remaining остальной qalan qalmış"))
# Fates that presuppose an earlier one of the same persons.
_PRESUPPOSES = {"released": frozenset({"captured", "detained", "missing", "disappeared"})}
# Nouns that count cases or incidents rather than persons ("137 cases of disappearance").
_CASE_WORDS = {
    "en": ("case", "cases", "instance", "instances", "incident", "incidents"),
    "ru": ("случай", "факт", "эпизод"),
    "az": ("hal", "hadisə", "fakt", "epizod"),
}
_NUMBER_SIGNS = frozenset("№§%")
# Words that take a part of a count without a number of their own.
_FRACTIONS = frozenset(
    _split(
        "half third thirds quarter quarters most majority many some several part proportion "
        "половина треть четверть большинство часть многие некоторые"
    )
)
_AZ_FRACTIONS = ("yarısı", "yarıdan", "əksəriyyəti", "çoxu", "bir_hissəsi", "üçdə", "dörddə")
# English verbs whose past is not in -ed that statements use of persons counted: what they
# said or did is no act done to them ("nine said they had seen …").
_EN_OWN_VERBS = frozenset(
    _split(
        "said say says told tell tells gave give spoke speak saw see went go came come took "
        "take fought fight left leave knew know"
    )
)
# Azerbaijani finite verbs (past in -ıb/-mış, with -dır), not the copula "-dır" of a noun.
_AZ_FINITE = re.compile(r"(?:[ıiuü]b|m[ıiuü]ş)(?:d[ıiuü]r)?$")
_EN_ADJECTIVES_IN_ED = frozenset(
    _split("unarmed armed aged married disabled unidentified stayed remained involved concerned")
)
# Russian verbs of being somewhere or something: «15 из них находятся в больнице» keeps
# the part a part of what befell the whole.
_RU_STATE_VERBS = frozenset(
    _split("находиться оставаться быть являться считаться числиться пребывать содержаться касаться")
)
_LIST_PUNCT = frozenset({",", ":", "—", "–", "-", ";"})
_PARENTHESIS_OPEN = frozenset({"(", "–", "—"})
_PARENTHESIS_CLOSE = {"(": ")", "–": "–", "—": "—"}
_DEFINITE = frozenset({"the", "these", "those", "этих", "этого", "указанных", "həmin", "bu"})
_COPULA_VERBS = frozenset(_split("оказались оказалось оказался оказалась были был была"))
_AUXILIARIES = frozenset(
    {"have", "has", "had", "were", "was", "are", "is", "will", "may", "remain", "remains",
     "been", "были", "был", "была", "было"}
)  # fmt: skip


# «ещё девять ранены», "daha üç nəfər": "further", which adds to what was counted before.
_ALSO = frozenset({"ещё", "еще", "daha"})
# Words by which a clause with no number of its own speaks of persons counted before it:
# "their fate is unknown", «их судьба неизвестна», "onların taleyi məlum deyil".
_ANAPHORS = frozenset(_split("their them these those их них этих onların onlar onlardan həmin"))


@dataclass
class Trigger:
    first: int
    last: int
    value: str
    circumstance: bool = False  # "in captivity": where persons are, not what befell them


@dataclass
class Figure:
    quantity: Quantity
    category: str = ""
    subgroup: str = "all"
    parent: Figure | None = None
    trigger: Trigger | None = None
    bound: str = ""  # forward, backward, noun, coordinated, nested, clause

    @property
    def first(self) -> int:
        first = self.quantity.first
        if self.trigger is not None and self.bound == "backward":
            first = min(first, self.trigger.first)
        return first

    @property
    def last(self) -> int:
        last = self.quantity.end_token
        # The verb is part of the words as stated when it follows at once ("were killed").
        if self.trigger is not None and self.bound == "forward" and self.trigger.first - last <= 4:
            last = max(last, self.trigger.last)
        return last


def resolve_category(trigger: str, noun: str) -> str:
    """The category that a trigger gives to a counted noun, or '' if they do not fit."""
    if noun == UNIT:
        return ""
    if noun == GRAVE:
        return "burial_sites"
    if trigger == "destroy":
        if noun == FAMILY:
            return "families_wiped_out"
        if noun.startswith("property:"):
            return "property_destroyed"
        return "killed" if noun in {PERSON, ""} or noun.startswith("subgroup:") else ""
    if noun.startswith("property:"):
        return ""
    if noun == BODY:
        # Bodies and remains are found, recovered, identified; they are not missing.
        # Marks of torture are found on bodies: those persons were tortured.
        return {"find": "found_dead", "killed": "found_dead", "found_dead": "found_dead",
                "identified": "identified", "tortured": "tortured"}.get(trigger, "")  # fmt: skip
    if trigger == "find":
        return ""
    if trigger == "hold":
        # "held": detainees are held in detention, hostages in captivity; which one the
        # persons are is settled by what they are part of (``SentenceBinder._held``).
        return "detained" if noun == "implied:detained" else "captured"
    if noun == FAMILY:
        if trigger in {"killed", "families_wiped_out"}:
            return "families_wiped_out"
        # Displacement is counted in families as often as in persons (subgroup "families").
        return "displaced" if trigger == "displaced" else ""
    if trigger == "families_wiped_out":
        return ""
    return trigger


def implied_category(quantity: Quantity, *, whole: bool = False) -> str:
    """What a counted noun says by itself: hostages are captured, graves are burial sites.
    Bodies out of which some were identified («из 212 тел … опознаны 180») are bodies
    found: persons found dead. Bodies alone say nothing until a verb does."""
    noun = quantity.noun
    if noun.startswith("implied:"):
        return noun.split(":", 1)[1]  # "the bodies of 3 hostages": still the hostages'
    if whole and quantity.counted == BODY:
        return "found_dead"
    return "burial_sites" if noun == GRAVE else ""


def subgroup_of(noun: str) -> str:
    for prefix in ("subgroup:", "label:", "property:"):
        if noun.startswith(prefix):
            return noun[len(prefix) :]
    return "all"


class SentenceBinder:
    """Binds the quantities of one sentence; ``previous`` are the figures before it."""

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
    ) -> None:
        self.tokens = tokens
        # Counts of the sentence before that no category bound: a clause here may say
        # what befell them ("Thirty men were taken away. Their fate is unknown.").
        self.unbound_before = unbound or []
        self.unbound: list[Figure] = []
        self.titles = titles
        self.begin, self.end = span
        self.lex = lex
        self.language = language
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
        self.triggers = [t for t in triggers if t not in wholes]
        self.trigger_at = {t.first: t for t in self.triggers}
        self.trigger_ending = {t.last: t for t in self.triggers}
        self.markers = sorted(
            self._find(self.lex.nest_before_set)
            + [(t.first, t.last) for t in wholes]
            + self._ablative_nouns_before_numbers()
        )
        self.non_count_tokens = {
            k for q in quantities if q.non_count and self.begin <= q.first < self.end
            for k in range(q.first, q.end_token + 1)
        }  # fmt: skip

    def _elided_nouns(self) -> None:
        """ "3,000 homes were damaged and 412 destroyed": a bare number after "and" counts
        the things counted before it. Persons need no such help (they are the default), but a
        free label does: "six miners were killed and nine wounded", «шестеро шахтёров убиты,
        ещё девять ранены» (the nine are miners as well)."""
        counted: Quantity | None = None
        for quantity in self.quantities:
            if quantity.non_count:
                continue
            bare = not quantity.noun and quantity.np_last < 0
            before = self.tokens[quantity.first - 1] if quantity.first > self.begin else None
            if (
                bare
                and counted is not None
                and before is not None
                and (before.lower in self.lex.conjunctions or before.lower in _ALSO)
            ):
                quantity.noun = counted.noun
            elif quantity.noun.startswith(("property:", "label:")) or quantity.noun in {
                FAMILY,
                GRAVE,
            }:
                counted = quantity
            else:
                counted = None

    # -- scanning ------------------------------------------------------------------------
    def _find_triggers(self) -> list[Trigger]:
        found: list[Trigger] = []
        i = self.begin
        while i < self.end:
            matched = self.lex.trigger_set.match_span(self.tokens, i)
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
            # The free-order variant «в ~ плену» matched with nothing between is the phrase.
            written = " ".join(e for e in phrase.elements if e != "~")
            circumstance = written in self.lex.circumstances
            found.append(Trigger(i, min(i + length, self.end) - 1, phrase.value, circumstance))
            i += length
        return found

    def _hyphened_to_next(self, k: int) -> bool:
        """Is the English word at ``k`` joined by a hyphen to the word after it?"""
        if self.language != "en" or k + 2 >= self.end:
            return False
        hyphen, word = self.tokens[k + 1], self.tokens[k + 2]
        return (
            hyphen.text == "-"
            and not hyphen.space_before
            and word.kind == "word"
            and not word.space_before
        )

    def _ablative_nouns_before_numbers(self) -> list[tuple[int, int]]:
        """ "Girovlardan biri", "əsirlərdən 5-i": a noun that implies a category, in the
        ablative before a number, names the whole like "of the hostages"."""
        if self.language != "az":
            return []
        found = []
        for quantity in self.quantities:
            k = quantity.first - 1
            if k < self.begin or not self.tokens[k].lower.endswith(("dan", "dən")):
                continue
            phrase = self.lex.noun_set.match(self.tokens, k)
            if phrase is not None and phrase.value.startswith("implied:"):
                found.append((k, k))
        return found

    def _ablative_before_number(self, trigger: Trigger) -> bool:
        if self.language != "az" or trigger.value in {"destroy", "find", "hold"}:
            return False
        after = trigger.last + 1
        return self.tokens[trigger.last].lower.endswith(("dan", "dən")) and after in self.starts

    def _after_measure(self, i: int) -> bool:
        """Is the trigger governed by a measure just before it ("15 years' imprisonment",
        «15 годам лишения свободы», "5 days in detention")? Then it names a penalty or a
        length of time."""
        k = i - 1
        if self.language == "ru":
            if self.tokens[i].pos != "NOUN" or not russian_genitive(self.tokens[i].text):
                return False  # «С 2014 года погибли», «в 2022 году пыткам»: not "years of"
        elif k >= self.begin and self.tokens[k].lower in {"'", "’", "of", "in"}:
            k -= 1  # "15 years' imprisonment", "5 days in detention"
        else:
            return False
        if k < self.begin:
            return False
        noun = self.lex.noun_set.match_span(self.tokens, k)
        return noun is not None and noun[0].value == UNIT and noun[1] == 1

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

    def _is_boundary(self, token: Token) -> bool:
        # Signs written with numbers ("дом № 14", "§ 3", "40 %") end no clause.
        if token.text in _NUMBER_SIGNS:
            return False
        return token.kind == "punct" and not (token.text == "-" and not token.space_before)

    def _marker_ending(self, j: int) -> tuple[int, int] | None:
        return next((m for m in self.markers if m[1] == j), None)

    def _marker_at(self, j: int) -> tuple[int, int] | None:
        return next((m for m in self.markers if m[0] == j), None)

    def forward(self, quantity: Quantity) -> tuple[Trigger, int] | None:
        first: tuple[Trigger, int] | None = None
        for trigger, gap in self._forward_candidates(quantity):
            if not resolve_category(trigger.value, quantity.counted):
                continue
            if first is None and self._reduced_relative(quantity, trigger):
                finite = self._finite_trigger_after(trigger.last)
                if finite is not None and resolve_category(finite.value, quantity.counted):
                    return finite, gap
            if first is None:
                first = trigger, gap
                if not self._counted_participle(quantity, trigger) and not trigger.circumstance:
                    return first
            elif first[0].circumstance and not trigger.circumstance:
                return trigger, gap  # "8-10 nəfər əsirlikdə həlak olub": killed in captivity
            elif self.tokens[trigger.first].pos in {"VERB", "PRTS"}:
                # «более ста задержанных подверглись пыткам»: the participle after the
                # number is what was counted, the finite verb after it what befell them.
                return trigger, gap
        return first

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

    def _finite_trigger_after(self, j: int) -> Trigger | None:
        """The trigger after an auxiliary later in the clause ("… were detained"), if any."""
        k = j + 1
        while k < self.end and not self._is_boundary(self.tokens[k]) and k not in self.starts:
            if self.tokens[k].lower in _AUXILIARIES:
                while k + 1 < self.end and self._is_gap_word(self.tokens[k + 1]):
                    k += 1
                return self.trigger_at.get(k + 1)
            k += 1
        return None

    def _forward_candidates(self, quantity: Quantity) -> Iterator[tuple[Trigger, int]]:
        j = quantity.end_token + 1
        after = self.lex.nest_after_set.match(self.tokens, j) if j < self.end else None
        if after is not None:
            j += len(after.elements)  # "11 of them said they had been tortured"
        gap = 0
        while j < self.end:
            token = self.tokens[j]
            if token.kind == "punct":
                if token.text == "," and self._participle_clause(j + 1):
                    j += 1  # "960 residents, taken hostage that night, …"
                    continue
                skip = self._skip_parenthesis(j)
                if skip is None:
                    return
                j = skip
                continue
            if j in self.starts or self._marker_at(j) is not None:
                return
            trigger = self.trigger_at.get(j)
            if trigger is not None:
                if self._next_quantity_after(trigger.last):
                    return
                if not self._modifier(trigger):
                    yield trigger, gap
                j = trigger.last + 1
                gap += 1
                continue
            if self.language == "az" and token.lower == "ilə" and j + 1 in self.trigger_at:
                j += 1  # "cərəyanı ilə işgəncəyə məruz qalıb": "with", before the verb
                continue
            if token.lower in self.lex.conjunctions:
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
                    return
            j += 1

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
        """After a comma, a participle that describes what precedes («жителей, взятых в плен,»)."""
        trigger = self.trigger_at.get(j)
        if trigger is None:
            return False
        k = trigger.first + 1  # a free-order predicate may hold a count of its own inside
        while k < self.end and not self._is_boundary(self.tokens[k]):
            if k in self.starts:
                return False
            k += 1
        return k >= self.end or self.tokens[k].text not in {"—", "–", ":"}

    def _modifier(self, trigger: Trigger) -> bool:
        """An Azerbaijani participle in the genitive modifies a noun ("yaralıların təxliyəsi")."""
        word = self.tokens[trigger.last].lower
        return self.language == "az" and word.endswith(
            ("ların", "lərin", "nın", "nin", "nun", "nün")
        )

    def _next_quantity_after(self, j: int) -> bool:
        """Is the trigger an active verb with its own object ("… and killed 20"), or an
        act named by a noun with its object after it ("the murder of 14 civilians",
        «убийство 14 мирных жителей»)? Then the count after it is the act's."""
        k = j + 1
        while k < self.end and self._is_gap_word(self.tokens[k]):
            k += 1
        if self.language == "en" and k < self.end and self.tokens[k].lower == "of":
            k += 1  # "the killing of 37 people"
        quantity = self.starts.get(k)
        if quantity is None or quantity.non_count:
            return False
        if self.language == "ru":
            return self.tokens[j].pos == "NOUN"
        return self.language == "en"

    def _skip_parenthesis(self, j: int) -> int | None:
        """Past a parenthesis or dashes holding a list of parts, else None."""
        token = self.tokens[j]
        if token.text == "-" and not token.space_before:
            return j + 1
        if token.text == ",":
            aside = self._aside(j) or self._part_between_commas(j)
            if aside is not None:
                return aside
        closer = _PARENTHESIS_CLOSE.get(token.text)
        opens_list = token.text in _PARENTHESIS_OPEN or token.text == ","
        if not opens_list or j + 1 >= self.end:
            return None
        if self._marker_at(j + 1) is None and not (token.text == "(" and j + 1 in self.starts):
            return None
        k = j + 1
        while k < self.end:
            text = self.tokens[k].text
            if closer is not None and text == closer:
                return k + 1
            if closer is None and self.language == "az" and k in self.trigger_at:
                return k  # "613 nəfər, o cümlədən 106 qadın … qətlə yetirilib"
            if closer is None and text in {",", ";"} and self._list_ended(k):
                return k + 1 if text == "," else None
            k += 1
        return None

    def _part_between_commas(self, j: int) -> int | None:
        """Past ", seven of them children," / «, семеро из них дети,»: a part in apposition
        between the whole and its verb."""
        quantity = self.starts.get(j + 1)
        if quantity is None:
            return None
        k = quantity.last + 1
        if k >= self.end or self.lex.nest_after_set.match(self.tokens, k) is None:
            return None
        while k < self.end and k - j <= 8:
            token = self.tokens[k]
            if token.text == ",":
                return k + 1
            if k in self.trigger_at or (self._is_boundary(token) and token.text != "-"):
                return None
            k += 1
        return None

    def _aside(self, j: int) -> int | None:
        """Past a short aside between commas (", как считается,", ", the group said,")."""
        k = j + 1
        while k < self.end and k - j <= 5:
            token = self.tokens[k]
            if token.text == ",":
                return k + 1 if k > j + 1 else None
            if token.kind != "word" or k in self.starts or k in self.trigger_at:
                return None
            k += 1
        return None

    def _list_ended(self, k: int) -> bool:
        return (
            k + 1 < self.end
            and k + 1 not in self.starts
            and (
                self.tokens[k + 1].lower not in self.lex.conjunctions
                or (k + 2 < self.end and k + 2 not in self.starts)
            )
        )

    def backward(self, quantity: Quantity) -> tuple[Trigger, int] | None:
        first: tuple[Trigger, int] | None = None
        for trigger, gap in self._backward_candidates(quantity):
            if resolve_category(trigger.value, quantity.counted):
                if not trigger.circumstance:
                    return trigger, gap
                first = first or (trigger, gap)
        return first

    def _backward_candidates(self, quantity: Quantity) -> Iterator[tuple[Trigger, int]]:
        j = quantity.first - 1
        gap = 0
        while j >= self.begin:
            token = self.tokens[j]
            if token.text in {"—", "–", ":"} and j == quantity.first - 1:
                trigger = self.trigger_ending.get(j - 1)
                if (
                    trigger is not None
                    and self._marker_ending(j - 1) is None
                    and not self._counts_before(trigger)
                ):
                    yield trigger, 0
                    return
            if token.text == "," and j < quantity.first - 1:
                enclosed = self._enclosed_participle(j)
                if enclosed is not None:
                    yield enclosed, gap
                    return
            if self._is_boundary(token) or j in self.ends or self._marker_ending(j):
                return
            trigger = self.trigger_ending.get(j)
            if trigger is not None:
                yield trigger, gap
                j = trigger.first - 1
                gap += 1
                continue
            if token.lower in self.lex.conjunctions:
                return
            if not self._is_gap_word(token):
                gap += 1
                if gap > _BACKWARD_GAP[self.language]:
                    return
            j -= 1
        return

    def _enclosed_participle(self, j: int) -> Trigger | None:
        """«в реестре лиц, пропавших без вести в ходе конфликта, значатся 2 841 человек»: a
        Russian participle clause between commas qualifies the noun before it, and a count
        after it counts those persons unless a verb nearer it says otherwise."""
        if self.language != "ru":
            return None
        k = j - 1
        while k >= self.begin and self.tokens[k].text != ",":
            if self._is_boundary(self.tokens[k]) or k in self.ends:
                return None
            k -= 1
        trigger = self.trigger_at.get(k + 1)
        if k < self.begin or trigger is None or self.tokens[trigger.first].pos != "PRTF":
            return None
        return trigger

    def _counts_before(self, trigger: Trigger) -> bool:
        """Has the trigger a count of its own before it in its clause ("19 died: nine women")?"""
        k = trigger.first - 1
        while k >= self.begin and not self._is_boundary(self.tokens[k]):
            if k in self.ends and not self.ends[k].non_count:
                return True
            k -= 1
        return False

    def _is_gap_word(self, token: Token) -> bool:
        if token.kind != "word":
            return False
        gaps = self.lex.gap_words
        return (
            token.lower in gaps
            or token.key in gaps
            or (token.lower.endswith("ly") and (self.language == "en"))
        )

    # -- binding -------------------------------------------------------------------------
    def bind(self) -> list[Figure]:
        figures = [Figure(q) for q in self.quantities if not q.non_count]
        by_quantity = {id(f.quantity): f for f in figures}
        for figure in figures:
            self._bind_own(figure)
        for k, figure in enumerate(figures):
            if not figure.category:
                self._same_count(figure, figures[:k])
        self._partitives(figures, by_quantity)
        self._nesting(figures)
        self._coordinate(figures)
        for figure in figures:
            if (
                not figure.category
                and figure.parent is not None
                and figure.parent.category
                and not self._prepositional_object(figure.quantity)
                and not self._own_predicate(figure.quantity)
            ):
                figure.category, figure.bound = figure.parent.category, "nested"
        for figure in figures:
            if not figure.category:
                self._clause(figure)
        figures = self._fate_of_those_before(figures)
        self._gapped_after_place(figures)
        self._coordinate(figures, sources=frozenset({"backward", "coordinated", "clause"}))
        # A whole whose verb stands apart in its clause («удерживал в подвале … 22 лиц,
        # четверо из которых скончались») has its category only now: attach its parts.
        self._nesting(figures)
        self._subgroup_statements(figures)
        for k, figure in enumerate(figures):
            self._subgroup(figure)
            self._held(figure, figures[:k])
        for figure in figures:
            if figure.bound == "nested" and figure.parent is not None:
                # Parts that took their whole's category take what "held" settled it to.
                figure.category = figure.parent.category or figure.category
        self._presupposed_wholes(figures)
        self._unpresupposed_parts(figures)
        self._remaining(figures)
        self._cases_of_cases(figures)
        figures = self._shared_none(figures)
        denied = self._denied_tokens()
        self.unbound = [f for f in figures if not f.category and not f.quantity.zero]
        return [f for f in figures if self._keep(f) and f.quantity.first not in denied]

    def _gapped_after_place(self, figures: list[Figure]) -> None:
        """ "In Orsk, 19 died; in Lamm, 12", «в Озёрном погибли 22, в Лесном — 11», "Göyçayda
        22 nəfər həlak olub, Laçında isə 11": a bare number right after a place, alone in
        its part of the clause, has the verb of the figure before it left out."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.category or (quantity.noun and quantity.noun != PERSON):
                continue
            after = quantity.end_token + 1
            if (
                after < self.end
                and not self._is_boundary(self.tokens[after])
                and not (self.language == "az" and self._finite_az_verb(after))
            ):
                continue  # the number goes on to a verb or a noun of its own
            opened = any(
                place_opening(self.tokens, start, self.end, self.language) == quantity.first
                for start in range(self.begin, quantity.first)
                if start == self.begin or self.tokens[start - 1].text in {",", ";"}
            )
            before = [f for f in figures[:k] if f.category]
            if opened and before:
                figure.category, figure.bound = before[-1].category, "coordinated"

    def _fate_of_those_before(self, figures: list[Figure]) -> list[Figure]:
        """ "Thirty men were taken away, and their fate is unknown", «…, и их судьба
        неизвестна», "… aparılıb. Onların taleyi məlum deyil.": a clause with no number of
        its own, whose subject is a pronoun, says what befell the persons counted last
        before it, if nothing else said so — in its sentence, else in the one before."""
        for trigger in self.triggers:
            if trigger.value != "missing" or not self._anaphoric(trigger):
                continue
            left, right = self._clause_around(trigger.first, trigger.last)
            if any(left <= q.first <= right for q in self.quantities):
                continue
            before = [f for f in figures if f.last < trigger.first]
            if before:
                target = before[-1]
                if target.category or not self._counts_persons(target.quantity):
                    continue
                target.category, target.trigger, target.bound = "missing", trigger, "clause"
                continue
            earlier = self.unbound_before[-1:] if left == self.begin else []
            if earlier and self._counts_persons(earlier[0].quantity):
                target = earlier[0]
                target.category, target.trigger, target.bound = "missing", None, "noun"
                self.unbound_before = []
                figures = [target, *figures]
        return figures

    def _anaphoric(self, trigger: Trigger) -> bool:
        """Is a pronoun what the trigger is said of ("their fate", «судьба их», "onların",
        "nothing has been heard of them")?"""
        k = trigger.first - 1
        if k >= self.begin and self.tokens[k].lower == "the":
            k -= 1
        words = range(max(self.begin, k), min(trigger.last + 2, self.end))
        return any(self.tokens[i].lower in _ANAPHORS for i in words)

    def _clause_around(self, first: int, last: int) -> tuple[int, int]:
        while first > self.begin and not self._is_boundary(self.tokens[first - 1]):
            first -= 1
        while last + 1 < self.end and not self._is_boundary(self.tokens[last + 1]):
            last += 1
        return first, last

    def _counts_persons(self, quantity: Quantity) -> bool:
        noun = quantity.noun
        return not quantity.non_count and (
            noun in {PERSON, ""} or noun.startswith(("subgroup:", "label:"))
        )

    def _subgroup_statements(self, figures: list[Figure]) -> None:
        """ "Most of the victims were women; nine were children", «девять — дети»: a number
        whose predicate is only a subgroup says who some of the persons just counted were.
        A part is never larger than its whole."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.category or figure.parent is not None or not quantity.after_copula:
                continue
            earlier = [f for f in [*self.previous, *figures[:k]] if f.category and f.parent is None]
            if not earlier:
                continue
            whole = earlier[-1]
            most = whole.quantity.count if whole.quantity.count is not None else whole.quantity.high
            if most is not None and quantity.count is not None and quantity.count > most:
                continue
            figure.parent, figure.category, figure.bound = whole, whole.category, "nested"

    def _remaining(self, figures: list[Figure]) -> None:
        """ "the fate of the remaining 35 is unknown", «судьба остальных 35», "qalan 35
        nəfərin taleyi": the rest of the persons of the latest figure."""
        for k, figure in enumerate(figures):
            first = figure.quantity.first
            if figure.parent is not None or not figure.category or first == self.begin:
                continue
            if self.tokens[first - 1].key not in _REMAINING and (
                self.tokens[first - 1].lower not in _REMAINING
            ):
                continue
            earlier = [f for f in [*self.previous, *figures[:k]] if f.category and f.parent is None]
            if not earlier:
                continue
            whole = earlier[-1]
            if figure.category == whole.category or figure.category in _LATER_FATES.get(
                whole.category, set()
            ):
                figure.parent = whole

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

    def _presupposed_wholes(self, figures: list[Figure]) -> None:
        """ "48 staff were detained. … Thirty were released.": a bare number whose verb
        presupposes an earlier fate (only the held are released) counts some of the
        persons of the latest figure, if that figure is of that fate."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            wanted = _PRESUPPOSES.get(figure.category)
            if not wanted or figure.parent is not None or quantity.noun or quantity.np_last >= 0:
                continue
            before = [f for f in [*self.previous, *figures[:k]] if f.category and f.parent is None]
            if before and before[-1].category in wanted:
                figure.parent = before[-1]

    def _cases_of_cases(self, figures: list[Figure]) -> None:
        """ "137 cases of disappearance … In 41 cases the fate remains unknown", «в сорока
        одном случае», "41 halda": cases counted "in" are some of the cases counted before."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.parent is not None or not self._counts_cases(quantity):
                continue
            before = self.tokens[quantity.first - 1] if quantity.first > self.begin else None
            if self.language != "az" and (before is None or before.lower not in {"in", "в"}):
                continue
            earlier = [
                f for f in [*self.previous, *figures[:k]]
                if f.category and f.parent is None and self._counts_cases(f.quantity)
            ]  # fmt: skip
            if not earlier:
                continue
            whole = earlier[-1]
            if figure.category == whole.category or figure.category in _LATER_FATES.get(
                whole.category, set()
            ):
                figure.parent = whole

    def _counts_cases(self, quantity: Quantity) -> bool:
        if self.language == "az":
            # The head noun ends the Azerbaijani phrase, after what the cases were of
            # ("90 məcburi yoxa çıxarılma halı").
            for k in range(quantity.last + 1, min(quantity.last + 6, self.end)):
                token = self.tokens[k]
                if token.kind != "word" or k in self.starts:
                    return False
                if token.lower.startswith(_CASE_WORDS["az"]):
                    return True
            return False
        if quantity.np_first < 0:
            return False
        return any(
            self.tokens[k].lower in _CASE_WORDS[self.language]
            or self.tokens[k].key in _CASE_WORDS[self.language]
            for k in range(quantity.np_first, quantity.np_last + 1)
        )

    def _shared_none(self, figures: list[Figure]) -> list[Figure]:
        """«погибших и раненых нет», "ölən və yaralanan olmayıb": one "none" for each."""
        out: list[Figure] = []
        for figure in figures:
            trigger = figure.trigger
            if figure.quantity.zero_after_only and trigger is not None and figure.category:
                k = trigger.first - 1
                other = self.trigger_ending.get(k - 1)
                if other is not None and self._finite_az_verb(other.last):
                    other = None  # "heç kim saxlanılmayıb və xəsarət alan olmayıb": a clause
                    # of its own, with its own count, not a participle sharing the "none"
                if k > self.begin and self.tokens[k].lower in self.lex.conjunctions and other:
                    category = resolve_category(other.value, figure.quantity.counted)
                    if category and category != figure.category:
                        out.append(Figure(figure.quantity, category, figure.subgroup,
                                          figure.parent, other, "backward"))  # fmt: skip
            out.append(figure)
        return out

    def _finite_az_verb(self, k: int) -> bool:
        """An Azerbaijani verb in the perfect ("saxlanılmayıb", "öldürülüb"), which ends a
        clause, unlike the participle ("ölən") that names who died."""
        return self.language == "az" and self.tokens[k].lower.endswith(("ıb", "ib", "ub", "üb"))

    def _denied_tokens(self) -> set[int]:
        """The tokens of each clause in which the text rejects a figure or finds it unproven.

        Clauses end at ";" and ":" and at a comma before a coordinating word ("…, as the
        prosecution alleged, and found 11 killings proven")."""
        denials = self._find(self.lex.denial_set)
        if not denials:
            return set()
        prior = {d for d in denials if self._rejects_prior(d[0])}
        clauses: list[tuple[int, int]] = []
        start = self.begin
        for k in range(self.begin, self.end):
            token = self.tokens[k]
            nxt = self.tokens[k + 1] if k + 1 < self.end else None
            if token.text in {";", ":"} or (
                token.text == "," and nxt is not None and nxt.lower in self.lex.coordinators
            ):
                clauses.append((start, k))
                start = k + 1
        clauses.append((start, self.end))
        denied: set[int] = set()
        for n, (first, past) in enumerate(clauses):
            if any(first <= d[0] < past for d in denials if d not in prior):
                denied.update(range(first, past))
            if any(first <= d[0] < past for d in prior):
                # "… 80 were detained; the monitors reject this figure": the clause before
                # that gave a figure, else the last figure of the sentence before.
                counted = [
                    (a, b) for a, b in clauses[:n] if any(a <= q.first < b for q in self.quantities)
                ]
                own = [d[0] for d in prior if first <= d[0] < past]
                if any(first <= q.first < own[0] for q in self.quantities):
                    # "36 nəfərin saxlanıldığını bildirib, … isə bu rəqəmi təkzib edir": the
                    # figure given earlier in the same clause.
                    denied.update(range(first, own[0]))
                elif counted:
                    denied.update(range(*counted[-1]))
                else:
                    self._reject_last_figure()
        return denied

    def _rejects_prior(self, k: int) -> bool:
        matched = self.lex.denial_set.match(self.tokens, k)
        return matched is not None and matched.value == "prior"

    def _reject_last_figure(self) -> None:
        """Drops the latest figure before this sentence, and its parts, from the reading."""
        top = [f for f in self.previous if f.parent is None]
        if not top:
            return
        rejected = top[-1]
        self.previous[:] = [
            f for f in self.previous if f is not rejected and f.parent is not rejected
        ]

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
        if j >= self.end or j in self.trigger_at:
            return False
        token = self.tokens[j]
        if token.kind != "word" or self.lex.noun_set.match(self.tokens, j) is not None:
            return False
        if self.language == "ru":
            return token.pos in {"VERB", "PRTS"} and token.key not in _RU_STATE_VERBS
        return token.lower in _EN_OWN_VERBS or (
            token.lower.endswith("ed") and token.lower not in _EN_ADJECTIVES_IN_ED
        )

    def _az_own_predicate(self, quantity: Quantity) -> bool:
        """ "onlardan 20-si cərimələnib": the Azerbaijani verb ends the clause; a finite verb
        there that names no act (a trigger would have bound) is the part's own."""
        k = quantity.end_token + 1
        while k < self.end and not self._is_boundary(self.tokens[k]):
            if k in self.trigger_at or k in self.starts:
                return False
            k += 1
        last = self.tokens[k - 1].lower
        if last.startswith(("ol", "qal", "imiş")):
            return False  # "uşaq olub", "xəstəxanada qalıb": to be, to remain — no verb of its own
        return k - 1 > quantity.end_token and bool(_AZ_FINITE.search(last))

    def _prepositional_object(self, quantity: Quantity) -> bool:
        """ "lost contact with a dozen of them": the part is no subject of the whole's verb."""
        first = quantity.first
        return first > self.begin and self.tokens[first - 1].lower in _OBJECT_PREPOSITIONS.get(
            self.language, frozenset()
        )

    def _held(self, figure: Figure, before: list[Figure]) -> None:
        """ "73 are still being held": held as the persons were before — detained or captive
        (the whole they are part of, else the latest figure that says); else not a figure."""
        if figure.trigger is None or figure.trigger.value != "hold":
            return
        if figure.quantity.noun in _HELD_AS:
            figure.category = _HELD_AS[figure.quantity.noun]
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
        persons = noun == PERSON or noun.startswith(("subgroup:", "label:"))
        figure.category = "detained" if persons else ""

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
        if after and before and self._counted_participle(quantity, after[0]) and before[1] <= 1:
            after = None  # «установлены личности 1830 погибших»
        if after and before and after[0].circumstance != before[0].circumstance:
            # A verb wins over a circumstance on the other side ("died in custody"), except
            # a verb of holding, which the circumstance completes: held in captivity is
            # captivity («удерживаются в плену», "girovluqda saxlanılır").
            verb, place = (before, after) if after[0].circumstance else (after, before)
            holding = verb[0].value in {"hold", "detained"} and place[0].value == "captured"
            chosen = place if holding else verb
            choice = ("forward", chosen) if chosen is after else ("backward", chosen)
        elif after and before:
            choice = ("forward", after) if after[1] <= before[1] else ("backward", before)
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
        if implied_category(quantity):
            figure.category, figure.bound = implied_category(quantity), "noun"
        elif quantity.attribute and resolve_category(quantity.attribute, quantity.counted):
            figure.category = resolve_category(quantity.attribute, quantity.counted)
            figure.bound = "noun"
        else:
            label = self._label_before(quantity) or self._named_count_before(quantity)
            if label is not None:
                figure.category, figure.trigger, figure.bound = label.value, label, "backward"

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
        sayı otuzdan çoxdur": a count word names what the number counts."""
        words = _COUNT_WORDS.get(self.language, frozenset())
        k = quantity.first - 1
        while k >= self.begin and quantity.first - k <= 6 and not self._is_boundary(self.tokens[k]):
            if self.tokens[k].lower in words or self.tokens[k].key in words:
                around = (k - 1, k + 1, k + 2) if self.language == "az" else (k + 1, k + 2)
                for start in around:
                    if start < self.begin or start >= quantity.first:
                        continue
                    phrase = self.lex.noun_set.match(self.tokens, start)
                    if phrase is not None and phrase.value.startswith("implied:"):
                        last = max(k, start + len(phrase.elements) - 1)
                        return Trigger(min(k, start), last, phrase.value.split(":", 1)[1])
            k -= 1
        return None

    def _same_count(self, figure: Figure, before: list[Figure]) -> None:
        """ "… three more mass graves, bringing the total to eleven", "the UN puts the number
        at 900,000", «общее число возросло до 64»: a count word with nothing counted after it
        restates the count of the latest figure, of the same things."""
        quantity = figure.quantity
        counted_word = quantity.np_last >= 0 and not (
            quantity.np_first == quantity.np_last
            and self.tokens[quantity.np_first].lower in _COUNT_WORDS.get(self.language, ())
        )  # "22 rəqəmini": the count word is no counted noun
        if quantity.noun or counted_word:
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

    def _counted_participle(self, quantity: Quantity, trigger: Trigger) -> bool:
        """«ста задержанных», «никого из задержанных»: the participle names the persons."""
        token = self.tokens[trigger.first]
        at = quantity.end_token + 1
        if at < self.end and self.tokens[at].lower in {"из", "среди"}:
            at += 1
        return (
            self.language == "ru" and trigger.first == at and token.pos in {"PRTF", "ADJF", "NOUN"}
        )

    def _partitives(self, figures: list[Figure], by_quantity: dict[int, Figure]) -> None:
        """ "150 of the 1,275 …", «из 1275 … 150», "1275 nəfərdən 150-si"."""
        self._among_after(figures, by_quantity)
        self._elided_parts(figures)
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            j = quantity.end_token + 1
            of = {"en": "of", "ru": "из"}.get(self.language)
            if j < self.end and self.tokens[j].lower == of:
                j += 1
                if j < self.end and self.tokens[j].lower in _DEFINITE:
                    j += 1
                whole = by_quantity.get(id(self.starts.get(j)))
                if whole is not None:
                    self._give_predicate(figure, whole)
                    self._make_part(figure, whole)
            if self._opens_partitive(quantity) and k + 1 < len(figures):
                part = figures[k + 1]
                if self._follows_closely(figure, part):
                    self._predicate_to_part(figure, part)
                    self._make_part(part, figure)
                    for item in self._list_after(part.last + 1, figures, continuing=part):
                        self._make_part(item, figure)

    def _among_after(self, figures: list[Figure], by_quantity: dict[int, Figure]) -> None:
        """ "Four children were among the 19 people killed", «четверо детей оказались среди
        19 погибших»: the subject is part of the count after "among"."""
        for part in figures:
            j = part.quantity.end_token + 1
            while j < self.end and (
                self._is_gap_word(self.tokens[j]) or self.tokens[j].lower in _COPULA_VERBS
            ):
                j += 1
            if j >= self.end or self.tokens[j].lower not in {"among", "среди"}:
                continue
            j += 1
            if j < self.end and self.tokens[j].lower in _DEFINITE:
                j += 1
            whole = by_quantity.get(id(self.starts.get(j)))
            if whole is not None and whole is not part and whole.category:
                part.parent = whole
                if not part.category or part.trigger is whole.trigger:
                    part.category, part.trigger, part.bound = whole.category, None, "nested"

    def _elided_parts(self, figures: list[Figure]) -> None:
        """ "72 people were wounded, 14 seriously", «ранены 72 человека, 14 — тяжело»: a bare
        number with only a manner word after a comma is a part of the figure before."""
        for whole, part in itertools.pairwise(figures):
            quantity = part.quantity
            if not whole.category or part.category or quantity.noun:
                continue
            if quantity.np_last > quantity.last + 1:
                continue  # the number has a noun phrase of its own
            if quantity.first - 1 <= whole.last or self.tokens[quantity.first - 1].text != ",":
                continue
            k = quantity.last + 1
            if k < self.end and self.tokens[k].text in {"—", "–"}:
                k += 1
            if k >= self.end or not self._manner_word(self.tokens[k]):
                continue
            end = k + 1
            if end < self.end and not self._is_boundary(self.tokens[end]):
                continue
            part.parent, part.category, part.bound = whole, whole.category, "nested"

    def _manner_word(self, token: Token) -> bool:
        if self.language == "en":
            return token.lower.endswith("ly") and token.lower not in {"only", "reportedly"}
        if self.language == "ru":
            return token.pos == "ADVB"
        return False

    def _give_predicate(self, part: Figure, whole: Figure) -> None:
        """ "8 of the 14 hostages have been freed": the verb after the whole is the part's.

        A participle right after the whole describes it ("the 30 people killed", «из 14
        взятых в плен»); a finite verb, after an auxiliary or as a Russian short participle,
        says what became of the part.
        """
        trigger = whole.trigger
        if trigger is None or whole.bound != "forward" or part.trigger is not None:
            return
        between = [self.tokens[k] for k in range(whole.quantity.end_token + 1, trigger.first)]
        words = {t.lower for t in between}
        if words & {"that", "who", "which", "whom", "которые", "которых", "который"}:
            return
        finite = bool(words & _AUXILIARIES) or (
            self.language == "ru" and self.tokens[trigger.first].pos in {"VERB", "PRTS"}
        )
        if not finite:
            return
        part.category, part.trigger, part.bound = (
            resolve_category(trigger.value, part.quantity.counted),
            trigger,
            "forward",
        )
        # The whole gave its verb away: no verb of its clause is its own any more
        # ("Two of the three suspects were arrested": the suspects were not).
        whole.category, whole.trigger, whole.bound = "", None, "whole"
        if implied_category(whole.quantity, whole=True):
            whole.category, whole.bound = implied_category(whole.quantity, whole=True), "noun"
        elif whole.quantity.attribute:
            whole.category = resolve_category(whole.quantity.attribute, whole.quantity.counted)
            whole.bound = "noun"

    def _predicate_to_part(self, whole: Figure, part: Figure) -> None:
        """«Из 58 пленных освобождены 23»: the verb between the whole and its part says what
        became of the part; the whole keeps what its noun says (captives), or nothing."""
        trigger = whole.trigger
        if (
            trigger is None
            or whole.bound != "forward"
            or trigger.last >= part.quantity.first
            or (part.trigger is not None and part.trigger is not trigger)
        ):
            return
        between = {self.tokens[k].lower for k in range(whole.quantity.end_token + 1, trigger.first)}
        finite = bool(between & _AUXILIARIES) or (
            self.language == "ru" and self.tokens[trigger.first].pos in {"VERB", "PRTS"}
        )
        category = resolve_category(trigger.value, part.quantity.counted)
        if not category or not finite:
            return  # "Among the 64 people killed in the raid were 20 children"
        part.category, part.trigger, part.bound = category, trigger, "backward"
        implied = implied_category(whole.quantity, whole=True)
        whole.category, whole.trigger, whole.bound = implied, None, "noun" if implied else "whole"

    def _opens_partitive(self, quantity: Quantity) -> bool:
        first = quantity.first
        previous = self.tokens[first - 1] if first > self.begin else None
        if self.language == "az":
            ending = self.tokens[quantity.end_token]
            word = ending.suffix if ending.kind == "num" else ending.lower
            if quantity.qualifier_last >= 0:
                return False
            if word.endswith(("dən", "dan")):
                return True
            # "140 nəfərin 25-i": a genitive whole and a possessive part right after it.
            after = quantity.end_token + 1
            return (
                word.endswith(("ın", "in", "un", "ün"))
                and after < self.end
                and self.tokens[after].kind == "num"
                and bool(self.tokens[after].suffix)
            )
        if previous is None:
            return False
        if self.language == "ru":
            return previous.lower in {"из", "среди"} and self._clause_start(first - 1)
        if previous.lower in _DEFINITE and first - 2 >= self.begin:
            previous = self.tokens[first - 2]
            first -= 1
        return previous.lower in {"of", "among"} and self._clause_start(first - 1)

    def _clause_start(self, i: int) -> bool:
        return i == self.begin or self._is_boundary(self.tokens[i - 1])

    def _follows_closely(self, whole: Figure, part: Figure) -> bool:
        """The part follows the whole within its clause, or just after one comma."""
        between: list[str] = []
        k = whole.last + 1
        while k < part.quantity.first:
            if self.tokens[k].text == "," and self._participle_after(k + 1):
                # «Из 212 тел, доставленных в морг, опознаны 180»: a participle set off by
                # commas describes the whole and does not part it from its part.
                k += 1
                while k < part.quantity.first and self.tokens[k].text != ",":
                    k += 1
                k += 1
                continue
            between.append(self.tokens[k].text)
            k += 1
        return between.count(",") <= 1 and not any(t in {";", ":", "(", ")"} for t in between)

    def _participle_after(self, j: int) -> bool:
        if j >= self.end:
            return False
        return j in self.trigger_at or (self.language == "ru" and self.tokens[j].pos == "PRTF")

    def _make_part(self, part: Figure, whole: Figure) -> None:
        if part is whole or part.parent is not None:
            return
        part.parent = whole
        if not whole.category and implied_category(whole.quantity, whole=True):
            whole.category, whole.bound = implied_category(whole.quantity, whole=True), "noun"
        if whole.trigger is not None and (part.trigger is None or part.trigger is whole.trigger):
            # "150 of the 1,275 … captured … remain missing": the part's own verb comes
            # after the whole's.
            own = next(
                (t for t in self.triggers if t.first > whole.trigger.last and not any(
                    self._is_boundary(self.tokens[k]) for k in range(whole.trigger.last, t.first)
                )),
                None,
            )  # fmt: skip
            if own is not None:
                category = resolve_category(own.value, part.quantity.counted)
                if category:
                    part.category, part.trigger, part.bound = category, own, "forward"
                    return
            if part.trigger is whole.trigger:
                part.category, part.trigger, part.bound = "", None, ""

    def _nesting(self, figures: list[Figure]) -> None:
        for marker in self.markers:
            items = self._list_after(marker[1] + 1, figures)
            if not items:
                continue
            whole = self._whole_before(marker, figures)
            self._attach(items, whole, self._category_in(marker))
        for figure in figures:
            after, j = None, 0
            for j in (figure.quantity.last + 1, figure.quantity.end_token + 1):
                after = self.lex.nest_after_set.match(self.tokens, j) if j < self.end else None
                if after is not None:
                    break
            if after is None and figure.parent is None:
                named = self._whole_named_by_noun(figure, figures)
                if named is not None:
                    if not figure.category:
                        self._clause(figure)  # its own verb first, then its whole's
                    self._attach([figure], named)
                continue
            if after is None or figure.parent is not None:
                continue
            marker = (j, j + len(after.elements) - 1)
            # "Eight of the dead": the whole is the latest figure of what the marker names.
            whole = self._whole_before(
                (figure.quantity.first, figure.quantity.first), figures, self._category_in(marker)
            )
            if not figure.quantity.noun:
                figure.quantity.noun = self._noun_after(marker[1] + 1)
            items = [figure, *self._list_after(marker[1] + 1, figures, continuing=figure)]
            self._attach(items, whole)
        self._apposition(figures)

    def _whole_named_by_noun(self, figure: Figure, figures: list[Figure]) -> Figure | None:
        """ "Three of the students …", «трое из этих студентов», "tələbələrdən üçü": a part
        of persons named by their noun, with the definite article or a demonstrative, is a
        part of the latest figure that counted persons by that noun, also in an earlier
        sentence."""
        quantity = figure.quantity
        if self.language == "az":
            k = quantity.first - 1
            if k < self.begin or not self.tokens[k].lower.endswith(("dan", "dən")):
                return None
            phrase = self.lex.noun_set.match(self.tokens, k)
        else:
            j = quantity.end_token + 1
            if j + 1 >= self.end or self.tokens[j].lower != {"en": "of", "ru": "из"}[self.language]:
                return None
            definite = self.tokens[j + 1].lower in _DEFINITE
            if self.language == "en" and not definite:
                return None  # "three of 40 students" is read as a partitive of a number
            phrase = self.lex.noun_set.match(self.tokens, j + 1 + definite)
        if phrase is None or not phrase.value.startswith(("subgroup:", "label:")):
            return None
        earlier = [*self.previous, *(f for f in figures if f.last < quantity.first)]
        wholes = [
            f for f in earlier
            if f.parent is None and f.category and f is not figure
            and f.quantity.noun == phrase.value
        ]  # fmt: skip
        return wholes[-1] if wholes else None

    def _apposition(self, figures: list[Figure]) -> None:
        """A list after a colon or dash spells out its figure: "19 died: nine women, six men"."""
        for whole in figures:
            j = whole.last + 1
            if not whole.category or j >= self.end or self.tokens[j].text not in {":", "—", "–"}:
                continue
            items = self._list_after(j + 1, figures)
            if items and all(item.quantity.noun for item in items):
                self._attach(items, whole)

    def _noun_after(self, j: int) -> str:
        """The counted noun just after "of them" ("106 of them women"), up to the verb."""
        for k in range(j, min(j + 3, self.end)):
            token = self.tokens[k]
            if (
                k in self.trigger_at
                or token.lower in self.lex.stop_words
                or az_locative(token, self.language)
            ):
                return ""
            phrase = self.lex.noun_set.match(self.tokens, k)
            if phrase is not None:
                return phrase.value
        return ""

    def _attach(self, items: list[Figure], whole: Figure | None, wanted: str = "") -> None:
        if whole is None or not whole.category:
            # "Of those killed, 106 were women": the marker names what the items count.
            for item in items:
                if wanted and not item.category:
                    item.category, item.bound = wanted, "nested"
            return
        for item in items:
            if item is whole or item.parent is not None:
                continue
            held = item.trigger is not None and item.trigger.value == "hold"
            if held and whole.category in {"detained", "captured"}:
                item.category = whole.category
            if (
                item.category
                and item.category != whole.category
                and item.category not in _LATER_FATES.get(whole.category, set())
            ):
                break
            item.parent = whole

    def _list_after(
        self, j: int, figures: list[Figure], continuing: Figure | None = None
    ) -> list[Figure]:
        """The figures of a list that starts at token ``j`` (after a marker)."""
        items: list[Figure] = []
        by_first = {f.quantity.first: f for f in figures}
        # A part continues the list past what follows it ("пятнадцати из них, а двое").
        previous_end = max(continuing.last, j - 1) if continuing is not None else None
        k = j
        if previous_end is None:
            # The first item comes at once, or after a copula or a dash.
            while (
                k < self.end
                and k not in by_first
                and (self._is_gap_word(self.tokens[k]) or self.tokens[k].text in _LIST_PUNCT)
            ):
                k += 1
            if k not in by_first:
                return items
            items.append(by_first[k])
            previous_end = by_first[k].last
        while True:
            k = self._past_tail(previous_end + 1, items[-1] if items else continuing)
            while k < self.end and (
                self.tokens[k].text == ","
                or self.tokens[k].lower in self.lex.conjunctions
                or self.tokens[k].lower in {"also", "as", "well", "также", "həmçinin"}
            ):
                k += 1
            if k in self.non_count_tokens:
                # "… və 60 yaşdan yuxarı 40 nəfər": an age written before the next item.
                ahead = k
                while ahead in self.non_count_tokens:
                    ahead += 1
                if ahead < self.end and self.tokens[ahead].lower in _AZ_AGE_COMPARATIVES:
                    ahead += 1
                k = ahead if ahead in by_first else k
            nxt = by_first.get(k)
            if nxt is None or nxt.bound == "backward":
                return items
            if continuing is not None and self._names_others(nxt.quantity):
                return items  # "15 of them were tortured, and three guards were injured"
            items.append(nxt)
            previous_end = nxt.last

    def _names_others(self, quantity: Quantity) -> bool:
        """Does a count after a part name persons by a noun of its own ("three guards")? A
        subgroup, a free label or a word for persons ("8-10 nəfər") may count a part too, a
        bare number ("and two died") always does."""
        return not quantity.noun and quantity.np_last >= 0

    def _past_tail(self, k: int, item: Figure | None) -> int:
        """Past what ends a list item and is no item: an age ("under 18"), a verb's tail."""
        covered = self.non_count_tokens
        start = k
        while k < self.end and k in covered:
            k += 1
        if item is None or item.bound != "forward":
            return k
        while (
            k < self.end
            and k - start < 4
            and self.tokens[k].kind == "word"
            and (k not in self.starts and self.tokens[k].lower not in self.lex.conjunctions)
        ):
            k += 1
        return k if k < self.end and self.tokens[k].text == "," else start

    def _whole_before(
        self, marker: tuple[int, int], figures: list[Figure], wanted: str | None = None
    ) -> Figure | None:
        wanted = self._category_in(marker) if wanted is None else wanted
        previous = [f for f in figures if f.last < marker[0]]
        if previous and not previous[-1].category and not wanted:
            # "the remains of 53 people, 38 of whom have been identified": bodies with parts
            # identified were found.
            closest = previous[-1]
            if implied_category(closest.quantity, whole=True) == "found_dead":
                closest.category, closest.bound = "found_dead", "noun"
        before = [f for f in figures if f.last < marker[0] and f.category]
        if before:
            candidates = [f for f in before if not wanted or f.category == wanted]
            top = [f for f in candidates if f.parent is None]
            chosen = top or candidates
            return chosen[-1] if chosen else None
        if (
            marker[0] - self.begin > 2
            and not wanted
            and not self._reported(marker[0])
            and not self._predicate_fronted(marker[0])
        ):
            return None
        earlier = [f for f in self.previous if f.category and f.parent is None]
        if wanted:
            earlier = [f for f in earlier if f.category == wanted]
        if not earlier:
            return None
        if not wanted and self._counts_between(earlier[-1].quantity.end_token, marker[0]):
            # "20 were killed. The town has 4 schools … 3 of them reopened": "them" are
            # the things counted last, not the persons counted before them.
            return None
        return earlier[-1]

    def _counts_between(self, first: int, last: int) -> bool:
        figured = {id(f.quantity) for f in self.previous}
        return any(
            first < q.first < last and not q.non_count and id(q) not in figured
            for q in self.all_quantities
        )

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
            if phrase is not None and phrase.value not in {"destroy", "find", "hold"}:
                return phrase.value
            noun = self.lex.noun_set.match(self.tokens, k)
            if noun is not None and noun.value.startswith("implied:"):
                return noun.value.split(":", 1)[1]
        return ""

    def _coordinate(
        self,
        figures: list[Figure],
        sources: frozenset[str] = frozenset({"backward", "coordinated"}),
    ) -> None:
        """Quantities joined by "and" or commas share the verb of the one that has it; once
        the clause has given its verb ("Those killed included 8 children and 3 women"), the
        later ones share that too."""
        changed = True
        while changed:
            changed = False
            for a, b in itertools.pairwise(figures):
                if not self._coordinated(a, b):
                    continue
                if not b.category and a.category and a.bound in sources:
                    b.category, b.bound = self._share(a, b), "coordinated"
                    changed = changed or bool(b.category)
                elif (
                    not a.category
                    and b.category
                    and b.bound in {"forward", "coordinated"}
                    and not self._own_verb_before(a)
                ):
                    a.category, a.bound = self._share(b, a), "coordinated"
                    changed = changed or bool(a.category)
                if b.parent is None and a.parent is not None and b.category == a.category:
                    b.parent = a.parent

    def _own_verb_before(self, figure: Figure) -> bool:
        """«Повреждены 300 домов, 45 разрушены»: a Russian verb of no category before the
        first figure is its own predicate; the later verb is not shared back to it."""
        if self.language != "ru":
            return False
        k = figure.quantity.first - 1
        while k >= self.begin and not self._is_boundary(self.tokens[k]):
            token = self.tokens[k]
            if token.pos in {"VERB", "PRTS"} and k not in self.trigger_ending:
                return True
            k -= 1
        return False

    def _share(self, source: Figure, target: Figure) -> str:
        if source.trigger is None:
            return source.category
        return resolve_category(source.trigger.value, target.quantity.counted)

    def _coordinated(self, a: Figure, b: Figure) -> bool:
        between = range(a.quantity.end_token + 1, b.quantity.first)
        if not between or len(between) > 8:
            return False
        after = b.quantity.end_token + 1
        if after < self.end and self.lex.nest_after_set.match(self.tokens, after) is not None:
            # "22 civilians, four of whom died": a part of the figure before it, whose verb
            # is the part's alone.
            return False
        joins = [
            k for k in between
            if self.tokens[k].text == "," or self.tokens[k].lower in self.lex.conjunctions
        ]  # fmt: skip
        if len(joins) == len(between):
            return len(between) <= 3
        # "400 homes, the village school and two mosques were burned": things named with no
        # number between two counts of the same kind are items of the same list.
        return (
            bool(joins)
            and joins[0] == between[0]
            and joins[-1] == between[-1]
            and a.quantity.noun.startswith("property:")
            and b.quantity.noun.startswith("property:")
            and self._numberless_items(between)
        )

    def _numberless_items(self, between: range) -> bool:
        """Do the words between the joins each hold a counted thing, and nothing else?"""
        item: list[int] = []
        items: list[list[int]] = []
        for k in between:
            token = self.tokens[k]
            if token.text == "," or token.lower in self.lex.conjunctions:
                if item:
                    items.append(item)
                item = []
                continue
            if k in self.trigger_at or token.kind != "word":
                return False
            item.append(k)
        if item:
            items.append(item)
        return bool(items) and all(
            len(words) <= 4
            and any(
                (phrase := self.lex.noun_set.match(self.tokens, k)) is not None
                and phrase.value.startswith("property:")
                for k in words
            )
            for words in items
        )

    def _clause(self, figure: Figure) -> None:
        quantity = figure.quantity
        # Things are counted only by a verb of destruction (``resolve_category``), which
        # may stand apart from them ("11 houses within 300 metres of the impact were
        # flattened"); bodies and families need a verb next to them.
        if quantity.noun in {UNIT, BODY, FAMILY} or figure.bound == "whole":
            return
        left = quantity.first
        while left > self.begin and not self._is_boundary(self.tokens[left - 1]):
            left -= 1
        right = quantity.end_token
        while right + 1 < self.end and not self._is_boundary(self.tokens[right + 1]):
            right += 1
        # An active verb with a count of its own after it ("the attack that killed 20
        # civilians") is that count's, not the verb of a count before it.
        candidates = [
            t for t in self.triggers
            if left <= t.first and t.last <= right
            and not quantity.np_first <= t.first <= quantity.np_last
            and not (t.first > quantity.last and self._next_quantity_after(t.last))
        ]  # fmt: skip
        others = [q for q in self.quantities if q is not quantity and not q.non_count]
        usable = [
            t for t in candidates
            if not any(min(t.first, quantity.first) < q.first < max(t.last, quantity.last)
                       for q in others)
        ]  # fmt: skip
        if quantity.zero and self.language == "ru":
            # «Никто не понёс ответственности за гибель 86 человек»: "no one" is the
            # subject of its own verb, not of the act named further on.
            usable = [
                t for t in usable
                if not any(self.tokens[k].pos == "VERB" and k not in self.trigger_at
                           and not self._is_gap_word(self.tokens[k])
                           for k in range(min(t.last, quantity.last) + 1,
                                          max(t.first, quantity.first)))
            ]  # fmt: skip
        if not usable:
            return
        nearest = min(usable, key=lambda t: min(abs(t.first - quantity.last),
                                                abs(quantity.first - t.last)))  # fmt: skip
        category = resolve_category(nearest.value, quantity.counted)
        if category:
            figure.category, figure.trigger, figure.bound = category, nearest, "clause"

    def _subgroup(self, figure: Figure) -> None:
        noun = figure.quantity.noun
        if figure.category == "families_wiped_out":
            figure.subgroup = "all"
        elif noun == FAMILY:
            figure.subgroup = "families"
        else:
            figure.subgroup = subgroup_of(noun)

    def _keep(self, figure: Figure) -> bool:
        quantity = figure.quantity
        if not figure.category:
            return False
        if quantity.word_one and (not quantity.noun or quantity.noun == UNIT):
            return self._pronoun_one(figure)
        return not (quantity.zero and figure.trigger is None and not quantity.noun)
