"""Finding the quantities of a text: each read where it starts (``reading``), with its counted
noun (``counted_noun``), then marked when it is no count (``non_counts``); last, the parts of
things and of papers ("of which 318") and the sides of measures."""

from __future__ import annotations

import itertools

from rightsledger.analysis.statements.lexicon import PERSON, UNIT, Lexicon, names_group
from rightsledger.analysis.statements.morphology import russian_genitive_plural
from rightsledger.analysis.statements.quantities.counted_noun import DETERMINERS
from rightsledger.analysis.statements.quantities.non_counts import NonCounts
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.quantities.reading import NumberReading
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, FULL_STOPS, Token

# What may stand before an inverted noun and number: a verb, an adverb, a particle.
_RU_BEFORE_INVERSION = frozenset({"VERB", "INFN", "PRTS", "ADVB", "PRCL", "CONJ", "PRED"})

# Nouns that name persons by what befell them (раненых, погибших, задержанных).
_IMPLIED = "implied:"

# The copula between a fronted group and its number: «Женщин было шестеро».
_FRONTED_COPULAS = frozenset({"было", "были", "оказалось", "оказались", "насчитывалось"})

# The cases in which Azerbaijani names a whole before its part: ablative, genitive.
_AZ_WHOLE_ENDINGS = ("dan", "dən", "ın", "in", "un", "ün")
_AZ_GENITIVE = ("ın", "in", "un", "ün")


class QuantityFinder(NonCounts, NumberReading):
    """The quantities of one text's tokens, outside the masked ones (dates and titles)."""

    def __init__(self, tokens: list[Token], lex: Lexicon, language: str, masked: set[int]):
        self.tokens = tokens
        self.lex = lex
        self.language = language
        self.masked = masked

    def find(self) -> list[Quantity]:
        found: list[Quantity] = []
        i = 0
        while i < len(self.tokens):
            quantity = None if i in self.masked else self._at(i)
            if quantity is None:
                i += 1
                continue
            self._noun_phrase(quantity)
            self._estimate_after_noun(quantity)
            self._approximate_inversion(quantity)
            self._zero_group(quantity)
            self._group_among_before_a_dash(quantity)
            self._group_gapped_after_among(quantity, found)
            self._group_fronted_before_a_copula(quantity)
            self._mark_non_count(quantity)
            found.append(quantity)
            i = max(quantity.last, quantity.np_last if quantity.np_last >= 0 else 0) + 1
            if self._past_whole_counted_again(quantity.last + 1) > quantity.last + 1:
                i = quantity.last + 1  # "6 of those 25 were women": the 25 is read too
        self._parts_of_things(found)
        self._parts_of_the_accused(found)
        self._parts_of_units_named_first(found)
        self._parts_of_them_after_units(found)
        self._dimensions(found)
        return found

    def _zero_group(self, quantity: Quantity) -> None:
        """ "Jurnalistlərdən heç biri yaralanmayıb", "Jurnalistlər arasında yaralanan
        yoxdur": the group none of whom befell the act is named before the zero, in the
        ablative, before "arasında", or in the dative before "qarşı" ("uşaqlara qarşı
        işgəncə faktı qeydə alınmayıb"); in Russian before «среди»: «Детей среди погибших
        нет»."""
        if not quantity.zero or quantity.noun:
            return
        k = quantity.first - 1
        if self.language == "ru" and quantity.zero_after_only and k >= 2:
            if self.tokens[k - 1].lower == "среди":
                self._zero_group_ending(quantity, k - 2)
            else:
                self._zero_group_after_among(quantity, k)
            return
        if self.language != "az":
            return
        if quantity.zero_after_only:
            # Past the participles that name the acts ("yaralanan", "həlak olan və ya
            # yaralanan") and "da" (nor), to "arasında" or the group in the ablative.
            stop = max(0, k - 6)
            while k >= stop and not self._az_group_end(k):
                k -= 1
            if k < stop:
                return
        if k < 0:
            return
        if self.tokens[k].lower in {"arasında", "qarşı"}:
            k -= 1
        elif not self.tokens[k].lower.endswith(("dan", "dən")):
            return
        self._zero_group_ending(quantity, k)

    def _group_among_before_a_dash(self, quantity: Quantity) -> None:
        """«Пострадавших среди сотрудников полиции — 7 человек»: the group named after
        «среди» before the dash is whom the count counts."""
        first = quantity.first
        if self.language != "ru" or first < 3 or self.tokens[first - 1].text not in {"—", "–"}:
            return
        if quantity.noun not in {"", PERSON} or quantity.zero:
            return
        for k in range(first - 2, max(-1, first - 7), -1):
            token = self.tokens[k]
            if token.kind != "word":
                return
            if token.lower == "среди":
                phrase = self.lex.noun_set.match_span(self.tokens, k + 1)
                if phrase is not None and names_group(phrase[0].value):
                    quantity.noun = phrase[0].value
                return

    def _group_gapped_after_among(self, quantity: Quantity, found: list[Quantity]) -> None:
        """«Среди погибших четверо детей, (а) среди раненых — семеро»: in a second «среди»
        clause set after a comma, Russian leaves out the group a bare number counts, which the first
        clause named; «среди раненых — семеро взрослых» names its own."""
        first = quantity.first
        if self.language != "ru" or quantity.noun or quantity.np_last >= 0 or not found:
            return
        k = first - 1
        if k > 0 and self.tokens[k].text in {"—", "–"}:
            k -= 1
        among = next(
            (m for m in range(k, max(-1, k - 3), -1) if self.tokens[m].lower == "среди"), -1
        )
        if among < 2 or any(t.kind != "word" for t in self.tokens[among : k + 1]):
            return
        comma, before = among - 1, found[-1]
        if self.tokens[comma].lower in {"а", "и"}:
            comma -= 1  # «…, а среди раненых — семеро»
        if self.tokens[comma].text != "," or before.np_last != comma - 1:
            return
        if not names_group(before.noun) or not any(
            self.tokens[m].lower == "среди" for m in range(max(0, before.first - 4), before.first)
        ):
            return
        quantity.noun = before.noun

    def _group_fronted_before_a_copula(self, quantity: Quantity) -> None:
        """«Женщин среди них было шестеро», «Детей оказалось трое», «Женщин — нас было
        шестеро»: Russian fronts the group counted, in the genitive plural, and puts the
        number after the copula; the bare number counts that group."""
        k = quantity.first - 1
        if self.language != "ru" or quantity.noun or quantity.np_last >= 0 or k < 1:
            return
        if self.tokens[k].lower not in _FRONTED_COPULAS:
            return
        k -= 1
        if self.tokens[k].lower in {"нас", "их"} and k > 0:
            k -= 1  # «Женщин — нас было шестеро»
            if self.tokens[k].text in {"—", "–"}:
                k -= 1
        elif k > 1 and self.tokens[k - 1].lower in {"среди", "из"}:
            k -= 2  # «Женщин среди них было шестеро»
        if k < 0 or (k > 0 and self.tokens[k - 1].kind != "punct" and not self._fate_opens(k - 1)):
            return  # the group opens its clause, or only the participle of its fate before it
        noun = self.tokens[k]
        phrase = self.lex.noun_set.match_span(self.tokens, k)
        if phrase is None or phrase[1] != 1 or not names_group(phrase[0].value):
            return
        # A noun, or an adjective the lexicon knows as a group's noun («несовершеннолетних»).
        if noun.pos not in {"NOUN", "ADJF"} or not russian_genitive_plural(noun.text):
            return
        quantity.noun = phrase[0].value

    def _fate_opens(self, k: int) -> bool:
        """«…, задержанных женщин было 57»: the participle of a fate at ``k``, one word
        opening its clause, before the group fronted (the fate is the count's, the group its
        noun)."""
        found = self.lex.trigger_set.match_span(self.tokens, k)
        if found is None or found[1] != 1:
            return False
        named = self.lex.noun_set.match_span(self.tokens, k)  # «раненых»: a noun of its own
        if self.tokens[k].pos != "PRTF" and (
            named is None or not named[0].value.startswith(_IMPLIED)
        ):
            return False
        return k == 0 or self.tokens[k - 1].kind == "punct"

    def _az_group_end(self, k: int) -> bool:
        word = self.tokens[k].lower
        # "Uşaqlara qarşı işgəncə faktı qeydə alınmayıb": the group the act was done to, in
        # the dative before "qarşı" (against).
        return word in {"arasında", "qarşı"} or (word.endswith(("dan", "dən")) and len(word) > 4)

    def _zero_group_after_among(self, quantity: Quantity, k: int) -> None:
        """«Среди погибших детей нет», «Среди задержанных журналистов не было»: the same
        none as «Детей среди погибших нет» with the group after «среди» and the participle of
        the act. The group is taken into the none, so that the participle just before it is
        read as «среди …» is where the group was looked for."""
        for start in (k, k - 1, k - 2):
            if start < 2 or self.tokens[start - 2].lower != "среди":
                continue
            if self.tokens[start - 1].kind != "word":
                continue
            phrase = self.lex.noun_set.match_span(self.tokens, start)
            if phrase is not None and start + phrase[1] - 1 == k and names_group(phrase[0].value):
                quantity.noun = phrase[0].value
                quantity.first = start
                return

    def _zero_group_ending(self, quantity: Quantity, k: int) -> None:
        # A group of up to three words: "yetkinlik yaşına çatmayanlar arasında" (minors).
        for start in (k, k - 1, k - 2):
            phrase = self.lex.noun_set.match_span(self.tokens, start) if start >= 0 else None
            if phrase is not None and start + phrase[1] - 1 == k and names_group(phrase[0].value):
                quantity.noun = phrase[0].value
                return

    def _approximate_inversion(self, quantity: Quantity) -> None:
        """«человек сорок», «дней десять»: Russian puts the counted noun before the number
        to say about that many; before a guess and a higher one («человек пятнадцать, может,
        двадцать») it stays the range they say. «Человек» so put may come before a group
        named after the number («увезли человек десять мужчин»): about so many of the group."""
        first = quantity.first
        ranged = quantity.qualifier == "range"
        group_after = (
            bool(quantity.noun) and first >= 1 and self.tokens[first - 1].lower == "человек"
        )
        if (
            self.language != "ru"
            or quantity.qualifier not in {"exact", "range"}
            or (quantity.np_last >= 0 and not group_after)
            or (quantity.noun and not group_after)
            or first < 1
            or (quantity.count is None and not ranged)
            or quantity.zero  # «Жертв нет»: none, not about none
        ):
            return
        noun = self.tokens[first - 1]
        if noun.pos != "NOUN" or not russian_genitive_plural(noun.text):
            return
        phrase = self.lex.noun_set.match_span(self.tokens, first - 1)
        if phrase is None or phrase[1] != 1:
            return
        if phrase[0].value.startswith(_IMPLIED):
            # «погибших 12, раненых 40»: persons named by their fate before the number are a
            # tally's label, not a guess (that is said with «человек сорок»).
            return
        before = self.tokens[first - 2] if first >= 2 else None
        allowed = _RU_BEFORE_INVERSION | ({"NOUN"} if phrase[0].value == UNIT else set())
        if (
            before is not None
            and before.kind != "punct"
            and before.pos not in allowed
            and before.lower != "собой"  # the verb's «с собой» before the guess
            and not self._ru_fate_label_before(first - 2)
        ):
            # «из 140 похищенных сельчан 38»: the noun ends another count's phrase (a
            # measure may follow a noun: «в подвале школы дней десять»).
            return
        quantity.qualifier = "range" if ranged else "about"
        if group_after:
            quantity.np_first = first - 1
            return
        quantity.noun = phrase[0].value
        quantity.np_first = quantity.np_last = first - 1

    def _ru_fate_label_before(self, k: int) -> bool:
        """«раненых человек тридцать»: persons named by their fate stand as the label of a
        guess put after them, unless a number before them makes them its own phrase («из 140
        раненых человек …»)."""
        phrase = self.lex.noun_set.match_span(self.tokens, k)
        if phrase is None or phrase[1] != 1 or not phrase[0].value.startswith(_IMPLIED):
            return False
        previous = self.tokens[k - 1] if k > 0 else None
        return previous is None or (previous.kind != "num" and previous.pos != "NUMR")

    def _az_parts_of_things(self, found: list[Quantity], starts: dict[int, Quantity]) -> None:
        """ "7 məktəbdən 4-ü dağıdılıb", "yeddi məktəbin dördü": Azerbaijani names the whole
        of things first, in the ablative or the genitive; the part counts what befell them,
        the whole how many there were."""
        for whole in found:
            if not whole.noun.startswith("property:") or whole.np_last < 0:
                continue
            if not self.tokens[whole.np_last].lower.endswith(_AZ_WHOLE_ENDINGS):
                continue
            part = starts.get(whole.np_last + 1)
            if part is None or part.noun:
                continue
            part.noun = whole.noun
            whole.non_count = "stock"
        self._az_parts_of_them(found)

    def _az_parts_of_them(self, found: list[Quantity]) -> None:
        """ "40 ev zədələnib, onlardan 12-si tamamilə dağılıb": a part taken "of them" right
        after a clause that counts things counts those things too (the whole keeps its own
        verb: damaged, it is no figure, and the part destroyed is one)."""
        for whole, part in itertools.pairwise(found):
            if not whole.noun.startswith("property:") or part.noun or whole.np_last < 0:
                continue
            gap = [t.lower for t in self.tokens[whole.np_last + 1 : part.first]]
            if not gap or gap[-1] != "onlardan" or "," not in gap:
                continue
            if any(t in CLAUSE_STOPS for t in gap):
                continue
            part.noun = whole.noun

    def _dimensions(self, found: list[Quantity]) -> None:
        """ "6 by 4 metres", «6 на 4 метра», "6 x 4 m": the first side of a measure is a
        measure too."""
        starts = {q.first: q for q in found}
        for quantity in found:
            if quantity.noun or quantity.np_last >= 0 or quantity.non_count:
                continue
            j = quantity.last + 1
            if j >= len(self.tokens) or self.tokens[j].lower not in {"by", "x", "×", "на", "х"}:
                continue
            other = starts.get(j + 1)
            if other is not None and other.noun == UNIT:
                quantity.noun, quantity.non_count = UNIT, "measure"

    def _parts_of_things(self, found: list[Quantity]) -> None:
        """ "Six of the 20 buses", «шесть из 20 автобусов»: a part of things counted in
        measure words or things is no count of persons either."""
        starts = {q.first: q for q in found}
        if self.language == "az":
            self._az_parts_of_things(found, starts)
        for quantity in found:
            if quantity.noun or quantity.np_last >= 0 or quantity.non_count:
                continue
            j = quantity.last + 1
            if j >= len(self.tokens) or self.tokens[j].lower not in {"of", "из"}:
                continue
            j += 1
            if j < len(self.tokens) and self.tokens[j].lower in DETERMINERS:
                j += 1
            if j < len(self.tokens) and self.tokens[j].lower.endswith("'s"):
                j += 1  # "four of the town's seven schools"
            elif j < len(self.tokens) and self.tokens[j].lower in _POSSESSIVES:
                j += 1  # "14 of its 20 houses", "five of their eight schools"
            whole = starts.get(j)
            if whole is not None and whole.noun == UNIT:
                quantity.noun, quantity.non_count = UNIT, "measure"
            elif whole is not None and whole.noun.startswith("property:"):
                # "Four of the town's seven schools were destroyed": the part is what befell
                # things; the whole is how many there were.
                quantity.noun = whole.noun
                quantity.np_first, quantity.np_last = whole.np_first, whole.np_last
                whole.non_count = "stock"

    def _parts_of_the_accused(self, found: list[Quantity]) -> None:
        """«Обвинение предъявлено пятерым полицейским, двое из них арестованы»: some «of them»
        right after a count of the accused, with no noun of their own, are accused too; their
        arrest is a measure against suspects, not what befell victims (Russian)."""
        if self.language != "ru":
            return
        for whole, part in itertools.pairwise(found):
            if whole.non_count != "accused" or part.non_count or part.noun or part.np_last >= 0:
                continue
            gap = [t.lower for t in self.tokens[whole.end_token + 1 : part.first]]
            after = [t.lower for t in self.tokens[part.last + 1 : part.last + 3]]
            if gap in ([","], [";"]) and after == ["из", "них"]:
                part.non_count = "accused"

    def _parts_of_units_named_first(self, found: list[Quantity]) -> None:
        """ "2,114 complaints, of which 318 concerned torture", «Из 2114 обращений 318
        касались пыток», "2114 müraciətdən 318-i işgəncə ilə bağlı olub": a bare number after a
        whole counted in papers or measures, taken from it, counts those too, not persons
        (the torture is what the complaints concerned)."""
        taken: Quantity | None = None  # the last part taken, which a list may go on from
        for whole, part in itertools.pairwise(found):
            gap = self.tokens[whole.end_token + 1 : part.first]
            if part.noun or part.non_count or part.zero or len(gap) > 6:
                taken = None
                continue
            if any(t.text in CLAUSE_STOPS for t in gap):
                taken = None
                continue
            if whole is taken and self._list_goes_on(gap, part):
                self._taken_part(part)  # "… and 77 to disappearance"
            elif (
                self._counts_units(whole)
                and part.np_last < 0
                and not self._counts_time(whole)
                and self._taken_from(whole, gap, part)
            ):
                self._taken_part(part)
            taken = part if part.noun == UNIT else None

    def _parts_of_them_after_units(self, found: list[Quantity]) -> None:
        """«поступило 3 271 обращение …; 412 из них касались применения силы», "we received
        300 complaints; 41 of them concerned torture": a bare number taken "of them" right
        after papers or measures were counted in its sentence (past a semicolon or the
        papers' own words) is a part of those, not of persons counted before."""
        for whole, part in itertools.pairwise(found):
            if part.noun or part.non_count or part.zero or part.np_last >= 0:
                continue
            if not self._counts_units(whole) or not self._counts_papers(whole):
                continue
            gap = self.tokens[whole.end_token + 1 : part.first]
            after = tuple(t.lower for t in self.tokens[part.last + 1 : part.last + 3])
            # "onlardan 96-sı", "Şikayətlərdən 96-sı": Azerbaijani names the whole first.
            before = self.tokens[part.first - 1].lower if part.first else ""
            named = _papers_ablative(before)
            # "of them" in the papers' sentence; the papers named again, past a full stop too.
            if len(gap) > _UNITS_REACH or (not named and any(t.text in FULL_STOPS for t in gap)):
                continue
            if named or after in _OF_THESE or (before,) in _OF_THESE:
                self._taken_part(part)

    def _counts_papers(self, whole: Quantity) -> bool:
        """Does the whole count papers sent or received (not days, nor kilometres: "146 were
        killed over the three days, 121 of them civilians")?"""
        return any(
            self.tokens[k].key in _PAPERS
            or self.tokens[k].lower in _PAPERS
            or self.tokens[k].lower.startswith(_AZ_PAPERS)
            for k in range(whole.np_first, whole.np_last + 1)
        )

    def _counts_time(self, whole: Quantity) -> bool:
        """Does the whole count a span of time ("19 gün ərzində saxlanılıb, onlardan 20-si
        döyülüb", "over the three days, 121 of them")? "Of them" after it speaks of persons."""
        return any(
            self.tokens[k].lower in _SPANS_OF_TIME or self.tokens[k].key in _SPANS_OF_TIME
            for k in range(whole.np_first, whole.np_last + 1)
        )

    @staticmethod
    def _counts_units(whole: Quantity) -> bool:
        return whole.noun == UNIT and whole.np_last >= 0 and whole.non_count != "place"

    @staticmethod
    def _taken_part(part: Quantity) -> None:
        part.noun, part.non_count = UNIT, "measure"
        part.np_first = part.np_last = -1  # "77-si məcburi yoxa çıxma": no noun of its own

    def _list_goes_on(self, gap: list[Token], part: Quantity) -> bool:
        """Is ``part`` the next item of a list of parts ("318 related to torture and 77 to
        disappearance", «318 — пыток, 77 — исчезновений», "318-i işgəncə, 77-si …"), not
        a clause of its own ("and 12 were killed")?"""
        if not gap or gap[-1].lower not in _LIST_GOES_ON:
            return False
        if self.language == "az":
            # "77-si": a part of the same whole, by its possessive ending
            return any(t.suffix for t in self.tokens[part.first : part.last + 1])
        if part.np_last >= 0:
            return False
        k = part.last + 1
        while k < len(self.tokens) and self.tokens[k].lower in self.lex.gap_words:
            k += 1
        return self.lex.trigger_set.match(self.tokens, k) is None

    def _taken_from(self, whole: Quantity, gap: list[Token], part: Quantity) -> bool:
        """Is the number after ``gap`` taken from ``whole``: by "of which", «из них»,
        "onlardan" after a comma; after a whole opened by "of the", «из»; after a whole in
        the Azerbaijani ablative?"""
        words = [t.lower for t in gap]
        if any(tuple(words[-len(m) :]) == m for m in _OF_THESE) and "," in words:
            return True
        if self.language == "az":
            # "2114 müraciətdən 318-i", and in the genitive before the part's possessive
            # ending "150 müraciətin 40-ı" (40 of the 150 appeals).
            if gap:
                return False
            word = self.tokens[whole.np_last].lower
            return word.endswith(("dan", "dən")) or (
                word.endswith(_AZ_GENITIVE)
                and any(t.suffix for t in self.tokens[part.first : part.last + 1])
            )
        k = whole.first - 1
        if k >= 0 and self.tokens[k].lower in DETERMINERS:
            k -= 1
        if k < 0 or self.tokens[k].lower not in {"of", "из"}:
            return False
        opens = (
            k == 0 or self.tokens[k - 1].text in {",", ":", ";", "."} or self.tokens[k].capitalised
        )
        return (
            opens and all(t.kind == "word" for t in gap[:-1]) and (not gap or gap[-1].text == ",")
        )


# The pronouns a part is taken from a whole by, whatever the whole counts ("of which"; not
# "of whom", which names persons).
_OF_THESE = frozenset(
    {("of", "which"), ("of", "these"), ("of", "them"), ("of", "those"), ("из", "них"),
     ("из", "которых"), ("onlardan",), ("bunlardan",)}
)  # fmt: skip
_LIST_GOES_ON = frozenset({",", "and", "и", "а", "və", "—", "–"})
# Words of a span of time, as counted ("19 gün", "three days", «десять суток»).
_SPANS_OF_TIME = frozenset(
    {"gün", "günü", "həftə", "həftəsi", "ay", "ayı", "saat", "dəqiqə", "day", "days", "week",
     "weeks", "month", "months", "hour", "hours", "день", "дня", "дней", "сутки", "суток",
     "неделя", "недели", "недель", "месяц", "месяца", "месяцев", "час", "часа", "часов"}
)  # fmt: skip
# How many tokens may stand between papers counted and a part taken "of them" after them.
_UNITS_REACH = 12
# Papers that persons send or that are sent about them, by dictionary form.
_PAPERS = frozenset(
    {"обращение", "жалоба", "заявление", "ходатайство", "письмо", "запрос", "сообщение",
     "complaint", "complaints", "petition", "petitions", "application", "applications",
     "request", "requests", "letter", "letters", "appeal", "appeals"}
)  # fmt: skip
# The same, by stem, in Azerbaijani: "şikayət", "müraciətlər", "ərizədən"; and the calls
# a hotline takes ("212 zəng", "Zənglərin 64-ü").
_AZ_PAPERS = ("şikayət", "müraciət", "ərizə", "məktub", "sorğu", "zəng")


def _papers_ablative(word: str) -> bool:
    """ "Şikayətlərdən", "müraciətdən": papers in the ablative, the whole of a part; or in
    the plural genitive, which names a whole before its part as well ("Şikayətlərin 38-i")."""
    return word.startswith(_AZ_PAPERS) and word.endswith(("dan", "dən", "ların", "lərin"))


# Possessive pronouns before the whole of a part of things: "14 of its 20 houses".
_POSSESSIVES = frozenset({"its", "their", "our", "his", "her"})


def find_quantities(
    tokens: list[Token], lex: Lexicon, language: str, masked: set[int]
) -> list[Quantity]:
    return QuantityFinder(tokens, lex, language, masked).find()
