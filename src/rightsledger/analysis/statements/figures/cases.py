"""Counts of cases ("238 cases", «740 таких случаев», "90 hal"): whether a count counts cases
of an act rather than things ("212 cartridge cases"), which act they are cases of when they
name none of their own, and cases counted "in" as some of the cases counted before. Apart from
``binder`` because it is one question asked of a count, with its own words."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import (
    _CASE_WORDS,
    Figure,
    _nest_if_fate_follows,
    resolve_category,
)
from rightsledger.analysis.statements.figures.said import SaidOfThem
from rightsledger.analysis.statements.lexicon import PENDING, PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity

# What stands before "cases" that count cases ("41 new cases", "30 such cases").
_CASE_ADJECTIVES = frozenset(
    {"new", "such", "further", "more", "other", "similar", "additional", "separate",
     "individual", "fresh", "known", "suspected", "alleged", "possible"}
)  # fmt: skip


# The locative ending of an Azerbaijani noun: "halda", "hallarda", "faktda", "hadisədə".
_AZ_LOCATIVE = ("da", "də", "ta", "tə")
# «таких случаев», «подобных случаев»: cases of what was named before; how far back the cases
# they refer to are looked for.
_SUCH_RU = frozenset({"таких", "подобных", "этих", "аналогичных"})
_SUCH_REACH = 40
# The words, by stem, that say cases are still being verified: "are being verified", "under
# investigation", «проверяются», «на проверке», «расследуются», "araşdırılır", "yoxlanılır";
# and the infinitive of what is still to be done or could not be done: «информацию не
# удалось проверить», «предстоит проверить».
_UNDER_REVIEW = (
    "verifi", "investigat", "review", "проверя", "проверк", "проверить", "расследу", "рассматрива",
    "araşdırıl", "yoxlanıl", "təhqiq",
)  # fmt: skip
# The words that say whom cases concern: "concerning 4,012 persons", «касающихся 4012
# человек», «в отношении 63 задержанных»; Azerbaijani puts them after the persons ("4012
# nəfərə aid", "63 məhbusla bağlı").
_CONCERNING = {
    "en": frozenset({"concerning", "involving", "regarding", "affecting"}),
    "ru": frozenset({"касающихся", "касавшихся", "затрагивающих", "затронувших", "отношении"}),
    "az": frozenset({"aid", "dair", "bağlı", "barədə"}),
}
# Who hears cases as proceedings: "courts", "the judge", "the tribunal" (English stems).
_COURTS = ("court", "judge", "tribunal", "magistrate")
# Verbs of taking on or handling cases, right before their count: "took up 214 cases",
# "handled 90 cases", "represented 40 cases" (``_taken_on``).
_TAKING_UP = frozenset({"took", "taken", "take", "takes", "taking"})
_HANDLING = frozenset(
    {"handled", "handles", "handling", "represented", "litigated", "defended", "pursued"}
)
# Azerbaijani postpositions after a count in the dative ("28 redaksiyaya qarşı", against 28
# newsrooms): the count is of those the acts were against, not of the cases after it.
_AZ_AGAINST = frozenset({"qarşı", "münasibətdə"})
# Adverbs between "in" and a count of cases: "in only six of those cases".
_FOCUS_ADVERBS = frozenset({"only", "just", "merely", "all", "some"})
# The stems of what is done about an act, in a clause of cases counted "in": proceedings,
# investigations, charges, complaints, reports to the police.
_RESPONSES = (
    "proceeding", "investigat", "inquir", "inquest", "charge", "prosecut", "indict",
    "complain", "report", "lawsuit", "trial", "tried", "court", "compensat", "appeal",
)  # fmt: skip
# The endings of English nouns of an act before "cases" ("238 disappearance cases",
# "abduction cases", "ill-treatment cases", "killing cases", "torture cases").
_ACT_NOUN_ENDINGS = ("ance", "ence", "tion", "sion", "ment", "ing", "ure")


# "Hal" in the dative is a state something came into ("yararsız hala düşüb", became
# unusable; "ağır hala salınıb"), not the cases a number counts.
_AZ_INTO_A_STATE = frozenset({"hala", "hallara"})

# The "in" of cases that frame their clause ("In 402 cases, …", «В 118 случаях …»).
_IN_CASES = {"en": "in", "ru": "в"}
# Russian nouns of what was told, by stem: «сведения о пытках», «информация о», «сообщения
# о», «данные о», «свидетельства», «показания».
# The «когда» that opens a clause saying what cases were cases of («случаев, когда …»).
_WHEN_RU = frozenset({"когда"})
_VERBS = frozenset({"VERB", "PRTS"})
_TOLD_NOUNS_RU = ("сведени", "информаци", "сообщени", "данны", "свидетельств", "показани")


class CasesCounted(SaidOfThem):
    """The rules for counts of cases, applied by ``SentenceBinder.bind``."""

    def _cases_of_the_fate_before(self, figures: list[Figure]) -> None:
        """ "… puts the number of disappeared at 90, while lawyers have documented 238
        cases", «подтвердили 740 таких случаев», "238 hal": cases that name no act of their
        own are cases of what the latest figure counted."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.category or not self._counts_cases(quantity):
                continue
            if any(quantity.first <= t.first and t.last <= quantity.end_token + 2
                   for t in self.triggers):  # fmt: skip
                continue  # "238 cases of torture": an act of their own
            if self._under_review(quantity):
                continue  # "a further 14 cases are being verified": not yet a figure
            if self._heard_by_a_court(quantity) or self._taken_on(quantity):
                continue  # "courts have examined 98 cases": proceedings, not acts
            if self._such_cases_of_another_act(quantity):
                continue  # «Были ли случаи насилия? — … 14 таких случаев»: not of ours
            named = self._act_named_before_cases(quantity, figures)
            if not named:
                named = self._act_told_of_in_the_cases(quantity, figures)
            if not named:
                named = self._ru_act_of_a_when_clause(quantity, figures)
            if named:
                # "Enforced disappearance remained widespread: the Report documented 97 new
                # cases": the act the sentence named, with no count of its own, is theirs.
                figure.category, figure.bound = named, "noun"
                continue
            earlier = [f for f in [*self.previous, *figures[:k]] if f.category and f.parent is None]
            if earlier:
                figure.category, figure.bound = earlier[-1].category, "noun"

    def _such_cases_of_another_act(self, quantity: Quantity) -> bool:
        """«— Были ли случаи насилия? — Мы зарегистрировали 14 таких случаев»: «таких
        случаев» are cases of what the cases last named before were cases of; where that
        was a word of no act of ours («насилия», «мародёрства»), the count is of that."""
        if self.language != "ru" or not any(
            self.tokens[k].lower in _SUCH_RU for k in range(quantity.first, quantity.np_last + 1)
        ):
            return False
        words = _CASE_WORDS["ru"]
        for k in range(quantity.first - 1, max(-1, quantity.first - _SUCH_REACH), -1):
            if self.tokens[k].key in words and k + 1 < len(self.tokens):
                after = self.tokens[k + 1]
                named = self.lex.trigger_set.match(self.tokens, k + 1)
                return after.kind == "word" and after.pos == "NOUN" and named is None
        return False

    def _under_review(self, quantity: Quantity) -> bool:
        """Does the clause of a count of cases say they are still being verified ("are being
        verified", «проверяются», "araşdırılır", "under investigation")?"""
        k = quantity.last + 1  # the Azerbaijani verb may close the count's own phrase
        while k < self.end and not self._is_boundary(self.tokens[k]) and k not in self.starts:
            token = self.tokens[k]
            if token.lower.startswith(_UNDER_REVIEW) or token.key.startswith(_UNDER_REVIEW):
                return True
            k += 1
        return False

    def _heard_by_a_court(self, quantity: Quantity) -> bool:
        """ "Courts of first instance have so far examined 98 cases": cases a court hears,
        named in the count's clause before it, are proceedings, not cases of an act (English;
        "the Commission examined 97 cases" may still count the act named before)."""
        if self.language != "en":
            return False
        k = quantity.first - 1
        while k >= self.begin and not self._is_boundary(self.tokens[k]):
            if self.tokens[k].lower.startswith(_COURTS):
                return True
            k -= 1
        return False

    def _taken_on(self, quantity: Quantity) -> bool:
        """ "Our lawyers took up 214 cases", "the clinic handled 90 cases": cases taken on or
        handled right before their count are the work of those who took them on, not acts
        (English; "lawyers documented 238 cases" still counts the act named before)."""
        if self.language != "en":
            return False
        k = quantity.first - 1
        if k > self.begin and self.tokens[k].lower == "up":
            return self.tokens[k - 1].lower in _TAKING_UP
        return k >= self.begin and self.tokens[k].lower in _HANDLING

    def _act_named_before_cases(self, quantity: Quantity, figures: list[Figure]) -> str:
        """The category of an act the sentence names before a count of cases, bound to no
        other figure ("" for none)."""
        used = {id(f.trigger) for f in figures if f.trigger is not None}
        for trigger in reversed(self.triggers):
            if trigger.last < quantity.first and id(trigger) not in used:
                category = resolve_category(trigger.value, PERSON)
                return "" if category in PENDING else category
        return ""

    def _act_told_of_in_the_cases(self, quantity: Quantity, figures: list[Figure]) -> str:
        """ "In 402 cases, detainees told our researchers that they had been beaten": cases
        that frame the clause ("in" before their count), in which persons tell of an act, are
        cases of the act told of, bound to no other figure ("" for none). Russian says so too,
        and may name what was told by its noun: «В 118 случаях Миссия получила достоверные
        сведения о применении пыток к задержанным»."""
        if self.language not in _IN_CASES or quantity.first <= self.begin:
            return ""
        if self.tokens[quantity.first - 1].lower != _IN_CASES[self.language]:
            return ""
        used = {id(f.trigger) for f in figures if f.trigger is not None}
        told = False
        for k in range(quantity.end_token + 1, self.end):
            if self.tokens[k].text in {";", ":"}:
                break
            if self.lex.reporting_set.match(self.tokens, k) is not None:
                told = True
            if self.language == "ru" and self.tokens[k].lower.startswith(_TOLD_NOUNS_RU):
                told = True
            trigger = next((t for t in self.triggers if t.first == k), None)
            if told and trigger is not None and id(trigger) not in used:
                category = resolve_category(trigger.value, PERSON)
                return "" if category in PENDING else category
        return ""

    def _ru_act_of_a_when_clause(self, quantity: Quantity, figures: list[Figure]) -> str:
        """«70 случаев, когда задержанных избивали»: Russian says what the cases were cases
        of in a clause opened by «когда» after them; its act, bound to no other figure, is
        theirs ("" for none)."""
        k = quantity.end_token + 1
        if self.language != "ru" or k + 1 >= self.end or self.tokens[k].text != ",":
            return ""
        if self.tokens[k + 1].lower not in _WHEN_RU:
            return ""
        used = {id(f.trigger) for f in figures if f.trigger is not None}
        for j in range(k + 2, self.end):
            if self._is_boundary(self.tokens[j]) or j in self.starts:
                return ""
            trigger = next((t for t in self.triggers if t.first == j), None)
            if trigger is not None and id(trigger) not in used and self.tokens[j].pos in _VERBS:
                # The verb, not persons named by another fate («задержанных избивали»).
                category = resolve_category(trigger.value, PERSON)
                return "" if category in PENDING else category
        return ""

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
            if self.language == "az" and not self._az_counted_in_cases(quantity):
                continue  # "Rəsmi statistikada isə 19 ölüm halı göstərilir": another count
            earlier = [
                f for f in [*self.previous, *figures[:k]]
                if f.category and f.parent is None and self._counts_cases(f.quantity)
            ]  # fmt: skip
            if not earlier:
                continue
            _nest_if_fate_follows(figure, earlier[-1])

    def _cases_where_no_act_befell(self, figures: list[Figure]) -> list[Figure]:
        """ "Criminal proceedings were opened in only six of those cases", "in 40 cases the
        prosecutor opened an investigation": cases counted "in" are the cases in which what
        their clause says happened; a clause that names no act of its own but what was done
        about the act (proceedings, a complaint, a report) counts no one it befell, and they
        are no figure. Cases where an act befell them ("In 23 of these cases the person was
        later found dead") stay, and so do cases a clause says more of ("in 96 of these
        cases the allegations are supported by medical evidence")."""
        if self.language != "en":
            return figures
        return [f for f in figures if not self._cases_where_nothing_befell(f.quantity)]

    def _cases_where_nothing_befell(self, quantity: Quantity) -> bool:
        k = quantity.first - 1
        while k >= self.begin and self.tokens[k].lower in _FOCUS_ADVERBS:
            k -= 1  # "in only six of those cases"
        if k < self.begin or self.tokens[k].lower != "in":
            return False
        if not self._counts_cases(quantity) and not self._cases_after_of(quantity.end_token + 1):
            return False
        first, last = quantity.first, quantity.end_token
        while first > self.begin and not self._is_boundary(self.tokens[first - 1]):
            first -= 1
        while last + 1 < self.end and not self._is_boundary(self.tokens[last + 1]):
            last += 1
        if any(first <= t.first and t.last <= last for t in self.triggers):
            return False
        return any(self.tokens[k].lower.startswith(_RESPONSES) for k in range(first, last + 1))

    def _cases_after_of(self, k: int) -> bool:
        """ "of those cases", "of the cases", "of these incidents" from ``k``."""
        words = [t.lower for t in self.tokens[k : min(k + 3, self.end)]]
        return (
            len(words) == 3
            and words[0] == "of"
            and words[1] in {"the", "these", "those"}
            and words[2] in _CASE_WORDS["en"]
        )

    def _persons_the_cases_concern(self, figures: list[Figure]) -> list[Figure]:
        """ "3,890 cases of disappearance concerning 4,012 persons", «57 случаев пыток в
        отношении 63 задержанных», "4012 nəfərə aid 3890 itkin düşmə halı": the persons the
        cases concern are those the act befell, and they, not the cases, are its figure."""
        counted: set[int] = set()
        for cases in figures:
            if not cases.category or cases.parent is not None:
                continue
            if not self._counts_cases(cases.quantity) and not self._case_word_after(cases.quantity):
                continue
            persons = next((f for f in figures if self._concerned(cases, f)), None)
            if persons is None:
                continue
            persons.category, persons.trigger, persons.bound = cases.category, cases.trigger, "noun"
            persons.parent = None
            counted.add(id(cases))
        for figure in figures:
            if figure.parent is not None and id(figure.parent) in counted:
                figure.parent = None
        return [f for f in figures if id(f) not in counted]

    def _concerned(self, cases: Figure, persons: Figure) -> bool:
        """Are ``persons`` those whom ``cases`` concern ("concerning", «в отношении», "aid")?"""
        quantity = persons.quantity
        if persons is cases or persons.parent is not None or quantity.zero:
            return False
        noun = quantity.noun
        if noun not in {PERSON, ""} and not noun.startswith("implied:") and not names_group(noun):
            return False
        if self.language == "az":
            between = range(quantity.last + 1, cases.quantity.first)  # "nəfərə aid"
        else:
            between = range(cases.quantity.end_token + 1, quantity.first)
        if not 0 < len(between) <= 8 or any(k in self.starts for k in between):
            return False
        words = [self.tokens[k] for k in between]
        if any(self._is_boundary(t) and t.text != "," for t in words):
            return False
        concerning = _CONCERNING[self.language]
        return any(t.lower in concerning for t in (words[-3:] if self.language == "az" else words))

    def _case_word_after(self, quantity: Quantity) -> bool:
        """ "3,890 cases of disappearance": a case word right after the number that the act's
        words took in ("cases of disappearance" is one phrase of the act)."""
        k = quantity.last + 1
        if self.language == "az" or k >= self.end:
            return False
        token = self.tokens[k]
        return token.lower in _CASE_WORDS[self.language] or token.key in _CASE_WORDS[self.language]

    def _az_counted_in_cases(self, quantity: Quantity) -> bool:
        """ "41 halda", "12 hadisədə": the Azerbaijani word for a case in the locative, as
        "in 41 cases"; the nominative ("19 ölüm halı") counts cases of its own."""
        for k in range(quantity.last + 1, min(quantity.last + 6, self.end)):
            word = self.tokens[k].lower
            if word.startswith(_CASE_WORDS["az"]):
                return word.endswith(_AZ_LOCATIVE)
        return False

    def _counts_cases(self, quantity: Quantity) -> bool:
        if self.language == "az":
            # The head noun ends the Azerbaijani phrase, after what the cases were of
            # ("90 məcburi yoxa çıxarılma halı").
            for k in range(quantity.last + 1, min(quantity.last + 6, self.end)):
                token = self.tokens[k]
                if token.kind != "word" or k in self.starts:
                    return False
                if token.lower in _AZ_AGAINST:
                    return False  # "28 redaksiyaya qarşı təzyiq halı": whom the acts were against
                if token.lower in _AZ_INTO_A_STATE:
                    return False  # "12 ev yararsız hala düşüb": a state things came into
                if token.lower.startswith(_CASE_WORDS["az"]):
                    return True
            return False
        if quantity.np_first < 0:
            return False
        for k in range(quantity.np_first, quantity.np_last + 1):
            token = self.tokens[k]
            if token.lower in _CASE_WORDS[self.language] or token.key in _CASE_WORDS[self.language]:
                return True
            if self.language == "en" and not self._case_modifier(k):
                return False  # "212 cartridge cases": cases of a thing, not of an act
        return False

    def _case_modifier(self, k: int) -> bool:
        """Can an English word stand before "cases" that count cases ("41 new cases", "12
        documented torture cases"): an adjective of kind or record, or an act?"""
        word = self.tokens[k].lower
        return (
            word in _CASE_ADJECTIVES
            or word.endswith(("ed", *_ACT_NOUN_ENDINGS))
            or k in self.trigger_at
        )
