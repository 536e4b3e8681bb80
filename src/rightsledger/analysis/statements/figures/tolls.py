"""Counts of a toll named before them, as sources that disagree give it: "Scholars argue over
the number of dead: a 1951 inquiry counted 2,480, while recent studies range from 3,000 to
3,600", "Figures for the death toll differ. … The villagers' own list reaches 612", «Оценки
людских потерь различаются. … Списки волонтёров содержат 1 310 фамилий», "Our own estimate
of enforced disappearances, roughly 900, …".

A text that compares sources names what they count once ("the number of dead", "the death
toll", «потери») and then gives each source's number with a verb of counting, not of the act:
"counted", "reaches", "put it at", "a range of", «называют», «содержат», «возросло до»; or
sets the number beside the toll's name ("our own estimate of X, roughly 900", "the count
of 700"). Such a number with no noun of its own, or counting names on a list («1 310
фамилий»), counts the toll. The rule holds while no other act is named: in the sentence that
names the toll after it, and in the two sentences after, so long as those name no act and
count nothing else.
"""

from __future__ import annotations

from itertools import takewhile

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.figures.restated import RestatedWholes
from rightsledger.analysis.statements.lexicon import BODY, EN_COPULA, PERSON, VERB_CLASSES
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.ranges import (
    RISING,
    count_before_a_change,
    count_before_an_aside,
    from_of_a_change,
)
from rightsledger.analysis.statements.tokens import sentences

# Words that name a count of something, by dictionary form; what they count follows them
# ("the number of dead", «число погибших») or, in "death toll", comes before.
_TOLL_WORDS = {
    "en": frozenset({"toll", "number", "estimate", "estimates", "count", "tally", "figure"}),
    "ru": frozenset({"число", "количество", "оценка", "подсчёт", "подсчет"}),
    "az": frozenset(),
}
# A toll that names nothing it counts counts the dead ("The toll rose to 14").
_DEATHS_ALONE = {"en": frozenset({"toll"}), "ru": frozenset(), "az": frozenset()}
# Losses of people are deaths: «людские потери», «потери среди мирного населения».
_LOSSES = {"ru": frozenset({"потеря"}), "en": frozenset(), "az": frozenset()}
# Names on a list counted: "the list holds 612 names", «списки содержат 1 310 фамилий».
_NAMES = frozenset(
    {"name", "names", "фамилия", "фамилии", "фамилий", "имя", "имена", "имён", "имен"}
)
# A note's mark written onto the word ("фамилий³").
_NOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# Words of counting right before a source's number, by dictionary form ("counted 2,480",
# "studies range from 3,000 to 3,600", «называют 40»), and the words of a rise that take
# "to"/«до» ("rose to twelve", «возросло до двенадцати»).
_COUNTING = {
    "en": frozenset(
        {"counted", "counts", "reaches", "reached", "range", "ranges", "lists", "listed",
         "gives", "gave", "recorded", "records", "estimated",
         # Passed, as the qualifier that opens the number: "the toll has now passed 40".
         "passed", "exceeded", "surpassed", "topped", "crossed"}
    ),
    "ru": frozenset(
        {"называть", "назвать", "содержать", "насчитывать", "насчитать", "составлять",
         "составить", "достигать", "достичь", "достигнуть", "приводить", "привести"}
    ),
    "az": frozenset(),
}  # fmt: skip
# "bringing the number of bodies recovered to 70": a verb that brings the toll to a number.
_BRINGING = {
    "en": frozenset({"bringing", "brings", "brought", "taking", "takes", "took", "raising"}),
    "ru": frozenset(),
    "az": frozenset(),
}
# A verb of reporting, by dictionary form, and its «о» before the number: «утром сообщалось о
# четырёх», «власти сообщали о 35», «вчера говорили о шести» — the toll as it was reported.
_REPORTING = {"ru": frozenset({"сообщаться", "сообщать", "сообщить", "говориться", "говорить"})}
_OF_REPORTS = frozenset({"о", "об"})
# Lists of persons, by dictionary form: «в списке было 1 702 фамилии».
_LISTS = frozenset({"список", "реестр", "перечень"})
# Being on a list, by dictionary form: «в реестре значилось 4 390 человек», «числилось».
_LISTED = frozenset({"быть", "значиться", "числиться"})
# The "from" of a change, before the toll as it stood ("the toll rose from 16 to 23"); not its
# "by", which gives the change.
_FROM = frozenset({"from", "с", "со"})
# Being, remaining, becoming, by dictionary form: «их осталось 287», «их стало меньше».
_BEING_RU = frozenset({"быть", "остаться", "оставаться", "стать", "насчитываться"})
_ALREADY = frozenset({"already", "now", "only", "уже", "теперь", "лишь", "только"})
_TO = frozenset({"to", "до", "at", "of"})
# "put it at 2,480", "a range of 700 to 800", "the count of 700", "the toll now stands at
# 41": a word before "at"/"of"/"to" that makes the number the toll's.
_BEFORE_AT_OR_OF = frozenset(
    {"it", "range", "count", "estimate", "figure", "toll", "tally", "stands", "stood",
     # A toll revised: "revised the toll upward to 41", "was revised down to 21".
     "revised", "upward", "upwards", "downward", "downwards", "down"}
)  # fmt: skip
# How far after the count word what it counts may stand ("the number of enforced
# disappearances"), and how many sentences a toll holds for after the one naming it.
_REACH = 4
_SENTENCES_AFTER = 2
# «было» after a time gone by («месяц назад», «годом ранее»): the count as it stood then.
_WAS_RU = frozenset({"было", "были"})
_AGO_RU = frozenset({"назад", "ранее", "раньше"})


class TollsNamedBefore(RestatedWholes):
    """Gives the bare numbers of sources compared the category of the toll named before."""

    def _counts_of_a_toll(self, figures: list[Figure]) -> None:
        bare = [f for f in figures if not f.category and f.parent is None and self._bare(f)]
        if not bare:
            return
        toll = self._toll_in(self.begin, bare[0].quantity.first)
        if toll is not None:
            category, toll_tokens = toll
        else:
            before = self._toll_before()
            if before is None:
                self._counts_reported_before(bare, figures)
                return
            category, toll_tokens = before, frozenset()
        # A verb class ("counted", which finds bodies) names no act by itself.
        acts = [t for t in self.triggers if t.value not in VERB_CLASSES]
        if any(t.first not in toll_tokens and t.value != category for t in acts):
            return  # the sentence names another act: its numbers are that act's
        last_toll = max(toll_tokens, default=self.begin - 1)
        for figure in bare:
            if figure.quantity.first > last_toll and self._given_as_the_toll(figure, toll_tokens):
                figure.category, figure.bound = category, "clause"

    def _counts_reported_before(self, bare: list[Figure], figures: list[Figure]) -> None:
        """«Извлечены останки 93 человек; на 14 августа сообщалось о 61», «… числятся 64
        человека. Накануне сообщалось о 71»: a bare number a verb of reporting gives, where no
        word of a toll is named, is the count last given as it was reported before — of that
        count's fate, in its sentence or the one before it in the paragraph."""
        for figure in bare:
            k = figure.quantity.first - 1
            if self._names_on_the_list(figure):
                k = figure.quantity.first  # «Год назад в списке было 1 702 фамилии»
            elif self._them_counted_now(figure):
                k = figure.quantity.first  # «Сегодня их 287», «их осталось 287»
            elif self._ru_was_so_long_ago(figure.quantity):
                k = figure.quantity.first  # «Месяц назад было 2 810»
            elif not self._reported_before(figure.quantity):
                continue
            earlier = [f for f in figures if f.quantity.last < k - 1 and f.category]
            if not earlier and not any(
                self.tokens[j].newline_before > 1 for j in range(self.begin, k)
            ):
                earlier = [f for f in self.previous[-1:] if f.category]
            if earlier and earlier[-1].quantity.count is not None:
                figure.category, figure.bound = earlier[-1].category, "clause"

    def _ru_was_so_long_ago(self, quantity: Quantity) -> bool:
        """«Месяц назад было 2 810», «Годом ранее было 49»: a bare number after «было» in a
        clause that opens with a time gone by is the count before it as it stood then (not
        «полгода назад в книге было 790 фамилий»: names, not persons)."""
        k = quantity.first - 1
        if self.language != "ru" or k <= self.begin or self.tokens[k].lower not in _WAS_RU:
            return False
        if quantity.np_last >= 0:
            return False
        return any(self.tokens[j].lower in _AGO_RU for j in range(self.begin, k))

    def _reported_before(self, quantity: Quantity) -> bool:
        """Is the count given after a verb of reporting and its «о» («утром сообщалось о
        четырёх», «вчера говорили о шести»): a toll as it was reported, not a new count?"""
        k = quantity.first - 1
        return (
            k - 1 >= self.begin
            and self.tokens[k].lower in _OF_REPORTS
            and self.tokens[k - 1].key in _REPORTING.get(self.language, ())
        )

    def _them_counted_now(self, figure: Figure) -> bool:
        """«Сегодня их 287», «теперь их осталось 287»: the persons counted before, named
        again by «их» as the subject of a count with no verb of an act (Russian); the
        count is theirs as it stands now."""
        k = figure.quantity.first - 1
        while k > self.begin and self.tokens[k].lower in _ALREADY:
            k -= 1
        if k > self.begin and self.tokens[k].key in _BEING_RU:
            k -= 1
        while k > self.begin and self.tokens[k].lower in _ALREADY:
            k -= 1  # «их уже осталось 287»
        if self.language != "ru" or k < self.begin or self.tokens[k].lower != "их":
            return False
        # Not the object of a verb before «их» («освободили их 12 родственников»).
        return (
            k == self.begin
            or self.tokens[k - 1].kind == "punct"
            or self.tokens[k - 1].pos in {"ADVB", "CONJ"}
        )

    def _names_on_the_list(self, figure: Figure) -> bool:
        """«в списке было 1 702 фамилии»: names a list held, the list said right before the
        count (Russian)."""
        quantity = figure.quantity
        if self.language != "ru" or quantity.np_last < 0:
            return False
        head = self.tokens[quantity.np_last].lower.rstrip(_NOTE_MARKS)
        before = range(max(self.begin, quantity.first - 3), quantity.first)
        # «в реестре значилось 4 390 человек»: persons listed on it, as names are (not «в
        # реестре работают 40 человек», who keep it).
        listed = quantity.noun == PERSON and any(self.tokens[j].key in _LISTED for j in before)
        if head not in _NAMES and not listed:
            return False
        return any(self.tokens[j].key in _LISTS for j in before)

    def _bare(self, figure: Figure) -> bool:
        """A number with no noun of its own, or counting names on a list."""
        quantity = figure.quantity
        if quantity.zero or quantity.non_count or quantity.word_one:
            return False
        if quantity.np_last < 0:
            return not quantity.noun
        if quantity.noun == PERSON and self._reached_by_a_change(quantity.first):
            return True  # «выросло с 12 до 20 человек»: persons, as the toll counts them
        if quantity.noun == PERSON and self._names_on_the_list(figure):
            return True  # «Годом ранее в реестре значилось 4 390 человек»: the list's count
        head = self.tokens[quantity.np_last]
        return head.lower.rstrip(_NOTE_MARKS) in _NAMES or head.key in _NAMES

    def _given_as_the_toll(self, figure: Figure, toll_tokens: frozenset[int]) -> bool:
        """Is the number given by a verb of counting, or set right after the toll's name
        ("our own estimate of enforced disappearances, roughly 900")?"""
        k = figure.quantity.first - 1
        while k > self.begin and self.tokens[k].lower in _ALREADY:
            k -= 1  # «содержат уже 1 310 фамилий», "now counts 40"
        if k <= self.begin:
            return False
        before, word = self.tokens[k], self.tokens[k - 1]
        if self.tokens[figure.quantity.first].lower in _COUNTING[self.language]:
            return True  # "has now passed 40": the word of counting opens the quantity
        if before.text == "," and k - 1 in toll_tokens:
            return True
        if before.lower in EN_COPULA and toll_tokens and k - 1 == max(toll_tokens):
            return True  # "The toll is now 23", "the number of dead was 14"
        if before.lower in _COUNTING[self.language] or before.key in _COUNTING[self.language]:
            return True
        if before.lower in _FROM and from_of_a_change(self.tokens, k, self.language):
            return True  # "the toll rose from 16 to 23": 16 was the toll before
        if before.lower in _OF_REPORTS and word.key in _REPORTING.get(self.language, ()):
            return True  # «(утром сообщалось о четырёх)»: the toll as reported before
        if self.language == "ru" and before.key == "быть" and word.lower == "их":
            return True  # «неделей ранее их было порядка 38 тысяч»: the toll as it stood
        if before.lower not in _TO:
            return False
        if toll_tokens and 0 < k - max(toll_tokens) <= _REACH:
            opening = min(toll_tokens)
            if any(
                self.tokens[j].lower in _BRINGING[self.language]
                for j in range(max(self.begin, opening - 3), opening)
            ):
                return True  # "taking the number of bodies recovered to 70"
        j = k - 1 - (word.text == ",")  # «выросло на 12, до 41»
        if count_before_a_change(self.tokens, j, self.language):
            return True  # "rose from 12 to 41", «выросло с 12 до 41»: the count now
        if count_before_an_aside(self.tokens, k - 1, self.language):
            return True  # "rose from 12, as reported on Monday, to 41"
        return (
            word.lower in RISING[self.language]
            or word.key in RISING[self.language]
            or word.lower in _BEFORE_AT_OR_OF
        )

    def _reached_by_a_change(self, first: int) -> bool:
        """Does the number follow the "to" after the count a change started from?"""
        return (
            first > 1
            and self.tokens[first - 1].lower in _TO
            and (
                count_before_a_change(self.tokens, first - 2, self.language)
                or count_before_an_aside(self.tokens, first - 2, self.language)
            )
        )

    def _toll_in(self, first: int, past: int) -> tuple[str, frozenset[int]] | None:
        """The category of the toll named in tokens ``first`` to ``past`` (the last one named),
        with the tokens that name it."""
        found: tuple[str, frozenset[int]] | None = None
        for k in range(first, past):
            token = self.tokens[k]
            if token.key in _LOSSES.get(self.language, frozenset()):
                found = ("killed", frozenset({k}))
                continue
            if (
                token.lower not in _TOLL_WORDS[self.language]
                and token.key not in _TOLL_WORDS[self.language]
            ):
                continue
            for j in [k - 1, *range(k + 1, min(k + 1 + _REACH, past))]:
                if j < first:
                    continue
                category, width = self._category_at(j)
                if category:
                    span = range(min(j, k), max(k, j + width - 1) + 1)
                    found = (category, frozenset(span))
                    break
            else:
                if token.lower in _DEATHS_ALONE[self.language]:
                    found = ("killed", frozenset({k}))  # "Toll from Ganja strike rises to 14"
        return found

    def _category_at(self, j: int) -> tuple[str, int]:
        """The category a word at ``j`` names, as an act ("dead", «погибших») or as those it
        befell ("detainees"), and how many tokens name it; ("", 0) for none."""
        phrase = self.lex.trigger_set.match(self.tokens, j)
        if phrase is not None and phrase.value not in VERB_CLASSES:
            return phrase.value, len(phrase.elements)
        phrase = self.lex.noun_set.match(self.tokens, j)
        if phrase is not None and phrase.value.startswith("implied:"):
            return phrase.value.split(":", 1)[1], len(phrase.elements)
        if phrase is not None and phrase.value == BODY:
            return "found_dead", len(phrase.elements)  # "the number of bodies", «число тел»
        return "", 0

    def _toll_before(self) -> str | None:
        """The toll a sentence or two before names, in the same paragraph, if nothing counted
        since counts anything else."""
        # Sentences come in order: the scan stops at this one, not at the end of the text.
        spans = list(takewhile(lambda span: span[1] <= self.begin, sentences(self.tokens)))
        for first, past in reversed(spans[-(_SENTENCES_AFTER + 1) :]):
            if any(self.tokens[k].newline_before > 1 for k in range(first + 1, self.begin + 1)):
                return None  # another paragraph
            toll = self._toll_in(first, past)
            if toll is None:
                continue
            since = {f.category for f in self.previous if f.quantity.first >= first}
            return toll[0] if since <= {toll[0], ""} else None
        return None
