"""A count named without a verb of its own: by a count word ("the number of hostages rose to
30", «число беженцев превысило 4000»), as what persons were registered as ("1,200 persons
registered as refugees"), by a label ("Hostages: 34"), or restating the latest figure ("bringing
the total to eleven"). Apart from ``own`` because these rules read the words around the number,
not its verb."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import (
    _AS_WORDS,
    _COUNT_LINKS,
    _COUNT_WORDS,
    _REGISTER_WORDS,
    _RESTATING_FILLERS,
    Figure,
    Trigger,
)
from rightsledger.analysis.statements.figures.verbs import VerbSearch
from rightsledger.analysis.statements.lexicon import GRAVE, PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.az_cases import az_in_the_genitive
from rightsledger.analysis.statements.tokens import DASHES

# Fates a Russian count word names by the participle after it («число погибших»).
_FATES_NAMED = frozenset({"killed", "injured", "missing", "displaced", "detained", "captured"})

# A count of all whom an act befell ("the toll", "the death toll").
_TOLLS = frozenset({"toll", "death-toll"})

# "Such", of persons counted before: "190 such persons", «190 таких лиц», "190 belə şəxs".
_SUCH = frozenset({"such", "таких", "такие", "такого", "belə"})

# Verbs that put a count at a number: "whose number they put at eleven", "a toll officials
# estimate at 34".
_PUTTING = frozenset(
    {"put", "puts", "putting", "placed", "places", "estimate", "estimated", "estimates"}
)


# The genitive plural of an Azerbaijani participle, naming persons by what they did or
# underwent: "saxlananların", "yerləşdirilənlərin", "köçürülmüşlərin".
_AZ_PARTICIPLES_GENITIVE = ("anların", "ənlərin", "mışların", "mişlərin", "muşların", "müşlərin")

# The genitive endings of an Azerbaijani noun that owns a count word, and the noun of cases
# ("ölüm hallarının sayı", the number of cases of death).
_AZ_GENITIVE = ("ların", "lərin", "ın", "in", "un", "ün")
_AZ_CASES = ("hal",)

# "Indi" (now) before a count that replaces the one the text said it was ("idi").
_AZ_NOW = frozenset({"indi", "hazırda"})
_AZ_WAS = "idi"
_AZ_COPULA = ("dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür")

# Azerbaijani pronouns in the genitive that own the count of a group named before them
# ("onların sayı").
_AZ_PRONOUNS_OF_A_COUNT = frozenset({"onların", "bunların", "həmin", "onun", "bunun"})

# "Onların" (their), owning a count word that restates a number.
_AZ_THEIR = "onların"

# "Ümumi" (total) between the genitive that owns a count word and the word: "ölənlərin ümumi
# sayı 41-ə çatıb" is the number of the dead as "ölənlərin sayı" is.
_AZ_TOTAL = "ümumi"

# The nouns of a Russian aside that says whose figure it is: «по данным штаба», «по
# уточнённым данным», «по словам врачей», «по предварительным оценкам».
_SOURCE_NOUNS_RU = frozenset(
    {"данным", "словам", "информации", "сведениям", "оценкам", "подсчётам", "подсчетам"}
)
# How many words such an aside may hold, its commas included.
_ASIDE_REACH = 7


class CountWords(VerbSearch):
    """Counts named by a count word, a register or a label; used by ``OwnBinding``."""

    def _named_count_before(self, quantity: Quantity) -> Trigger | None:
        """ "the number of hostages rose to 30", «число беженцев превысило 4000», "Girovların
        sayı otuzdan çoxdur": a count word names what the number counts; so does a list or
        register («в реестре вынужденных переселенцев состоит 86 412 человек»)."""
        words = _COUNT_WORDS.get(self.language, frozenset())
        words |= _REGISTER_WORDS.get(self.language, frozenset())
        k = self._past_a_denial(quantity.first - 1)
        was = self._az_count_it_was_before_now(quantity)
        if was is not None:
            return was
        if self.language == "ru" and k > self.begin and self.tokens[k].text in DASHES:
            k -= 1  # «Наибольшее число погибших зарегистрировано в Северном районе — 46»
        # The count word may take where the persons came from before its verb: «количество
        # переселенцев из Прибрежного района составляет 8 600».
        reach = 8
        while k >= self.begin and quantity.first - k <= reach:
            if self._is_boundary(self.tokens[k]):
                opening = self._ru_source_aside_closed_at(k)
                if opening is None:
                    break
                reach += k - opening + 1
                k = opening - 1
                continue
            if self._count_word_at(k, words):
                named = (
                    self.trigger_ending.get(self._az_owner(k)) if self.language == "az" else None
                )
                owned = self._act_before_a_genitive_noun(k) if self.language == "az" else None
                if named is None and owned is not None:
                    return Trigger(owned.first, k, owned.value)
                fate = self.trigger_at.get(k + 1) if self.language == "ru" else None
                if fate is not None and fate.last < quantity.first and fate.value in _FATES_NAMED:
                    return Trigger(k, fate.last, fate.value)  # «число погибших … — 46»
                if named is not None and self._modifier(named):
                    # "Yaralananların sayı 9-dur": the persons a fate names, in the
                    # genitive before the count word, are what it counts.
                    return Trigger(named.first, k, named.value)
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

    def _ru_source_aside_closed_at(self, k: int) -> int | None:
        """«Число заложников, по уточнённым данным, составляет 183»: an aside between commas
        that says whose figure it is («по данным штаба», «по словам врачей») stands between
        the count word and its verb. The opening comma of the aside whose closing comma is at
        ``k``; ``None`` where no such aside closes there."""
        if self.language != "ru" or self.tokens[k].text != ",":
            return None
        for j in range(k - 1, max(self.begin, k - _ASIDE_REACH) - 1, -1):
            token = self.tokens[j]
            if token.text == ",":
                opens = j + 2 < k and self.tokens[j + 1].lower == "по"
                named = any(t.lower in _SOURCE_NOUNS_RU for t in self.tokens[j + 2 : k])
                return j if opens and named else None
            if token.kind != "word":
                return None
        return None

    def _az_count_it_was_before_now(self, quantity: Quantity) -> Trigger | None:
        """ "Ölənlərin sayı 5 idi, …, indi 6 nəfərdir" (the number of the dead was 5, now it is
        6): a count after "indi" (now) that ends its clause restates, in its sentence, the latest count said with "idi" (was)
        after a count word; what that count word names is what it counts too."""
        first = quantity.first
        if self.language != "az" or first - 1 <= self.begin:
            return None
        if self.tokens[first - 1].lower not in _AZ_NOW:
            return None
        # "indi 6 nəfərdir", "indi 6-dır": the copula ends the clause; not "indi 6 nəfər
        # düşərgədə qalır", a clause of its own.
        span = range(first, min(quantity.end_token + 1, self.end))
        copula = next((j for j in span if self.tokens[j].lower.endswith(_AZ_COPULA)), None)
        if copula is None or (
            copula + 1 < self.end and not self._is_boundary(self.tokens[copula + 1])
        ):
            return None
        for earlier in reversed([q for q in self.quantities if self.begin <= q.first < first]):
            after = earlier.end_token + 1
            if after >= first or self.tokens[after].lower != _AZ_WAS:
                continue
            named = self._named_count_before(earlier)
            if named is not None:
                return named
        return None

    def _count_word_at(self, k: int, words: frozenset[str]) -> bool:
        """Is the word at ``k`` one of the count ``words``? Not the Russian «числе» of «в том
        числе», «в их числе» (among them, including), nor the «числа» of «из числа» (out of
        those): the idioms open a part and say nothing of what the number after them counts
        («в том числе 60 военнослужащих и 40 мирных жителей»)."""
        token = self.tokens[k]
        if token.lower not in words and token.key not in words:
            return False
        if self.language != "ru":
            return True
        before = self.tokens[k - 1].lower if k > self.begin else ""
        return token.lower != "числе" and not (token.lower == "числа" and before == "из")

    def _act_before_a_genitive_noun(self, k: int) -> Trigger | None:
        """ "ölüm hallarının sayı" (the number of cases of death), "itkin düşmüş şəxslərin
        sayı" (of persons gone missing): the act named before the genitive noun of cases or
        of persons that owns the Azerbaijani count word at ``k`` is what it counts."""
        if k - 2 < self.begin:
            return None
        owner = self.tokens[k - 1].lower
        if not owner.endswith(_AZ_GENITIVE) or not (
            owner.startswith(_AZ_CASES) or self._persons_at(k - 1)
        ):
            return None
        act = self.trigger_ending.get(k - 2)
        return act if act is not None and act.value in _FATES_NAMED else None

    def _persons_at(self, k: int) -> bool:
        phrase = self.lex.noun_set.match(self.tokens, k)
        return phrase is not None and phrase.value == PERSON and len(phrase.elements) == 1

    def _past_a_denial(self, k: int) -> int:
        """The word before a Russian «не» at ``k`` that denies the number after it («число
        эвакуированных — не 1 500, а 15 000»): what names the wrong number names the right
        one too (``Denials._corrected_in_place``); else ``k``."""
        if self.language == "ru" and k - 1 > self.begin and self.tokens[k].lower == "не":
            return k - 1
        return k

    def _group_named_by_the_count_word(self, quantity: Quantity) -> str:
        """ "Həlak olan hərbçilərin sayı 11-dir", "the number of children killed rose to
        12", «число погибших детей возросло до 12»: the group a count word before a number
        names (before it in Azerbaijani, after it elsewhere) is the group the number counts,
        when the number has no noun of its own but persons ("sayı 11 nəfərdir")."""
        if quantity.noun not in {"", PERSON}:
            return ""
        words = _COUNT_WORDS.get(self.language, frozenset())
        k = quantity.first - 1
        while k >= self.begin and quantity.first - k <= 8 and not self._is_boundary(self.tokens[k]):
            if self._count_word_at(k, words):
                around = (k - 1,) if self.language == "az" else range(k + 1, k + 4)
                for start in around:
                    if not self.begin <= start < quantity.first:
                        continue
                    phrase = self.lex.noun_set.match(self.tokens, start)
                    if phrase is not None and names_group(phrase.value):
                        return str(phrase.value)
                return ""
            k -= 1
        return self._group_of_the_count_word_after(quantity)

    def _group_of_the_count_word_after(self, quantity: Quantity) -> str:
        """ "bringing to 9 the number of health workers killed": English may put the number
        a toll is brought to before the count word; the group after "the number of" is then
        the group the number counts."""
        tokens, k = self.tokens, quantity.end_token + 1
        if self.language != "en" or quantity.first <= self.begin or k + 3 >= self.end:
            return ""
        if tokens[quantity.first - 1].lower != "to":
            return ""
        words = [t.lower for t in tokens[k : k + 3]]
        if words[0] != "the" or words[1] not in _COUNT_WORDS["en"] or words[2] != "of":
            return ""
        phrase = self.lex.noun_set.match(tokens, k + 3)
        return str(phrase.value) if phrase is not None and names_group(phrase.value) else ""

    def _things_named_before(self, quantity: Quantity) -> str:
        """ "The number of destroyed homes stands at 40", «число разрушенных домов составляет
        40», "dağıdılmış evlərin sayı 40-dır": the things a count word names, after it (before
        it in Azerbaijani) past the participle of what befell them, for a bare number; or a
        label does, before a dash ("Destroyed homes — 40", «Разрушенных домов — 40») ("" for
        none)."""
        k = quantity.first - 1
        if k > self.begin and self.tokens[k].text in {"—", "–", ":"}:
            start = self._label_noun_start(k)
            label = self.lex.noun_set.match(self.tokens, start) if start < k else None
            if label is not None and label.value.startswith("property:"):
                return label.value
            heading = self._things_before_the_colon(k) if start == k else ""
            if heading:
                return heading
        words = _COUNT_WORDS.get(self.language, frozenset())
        while k >= self.begin and quantity.first - k <= 8 and not self._is_boundary(self.tokens[k]):
            if self.tokens[k].lower in words or self.tokens[k].key in words:
                around = (k - 1, k - 2) if self.language == "az" else range(k + 1, k + 4)
                for start in around:
                    if self.begin <= start < quantity.first:
                        phrase = self.lex.noun_set.match(self.tokens, start)
                        if phrase is not None:
                            return phrase.value if phrase.value.startswith("property:") else ""
                return ""
            k -= 1
        return ""

    def _things_before_the_colon(self, dash: int) -> str:
        """ "Houses: destroyed – 40, damaged – 112", «Жилые дома: разрушено – 40»: the things
        named before a colon, after which the act alone labels the count at the ``dash`` (""
        for none)."""
        act = self.trigger_ending.get(dash - 1)
        colon = act.first - 1 if act is not None else -1
        if colon <= self.begin or self.tokens[colon].text != ":":
            return ""
        for first in range(max(self.begin, colon - 3), colon):
            phrase = self.lex.noun_set.match_span(self.tokens, first)
            if phrase is not None and first + phrase[1] == colon:
                value = phrase[0].value
                return value if value.startswith("property:") else ""
        return ""

    def _counted_as(self, quantity: Quantity) -> Trigger | None:
        """ "1,200 persons registered as refugees", «учтены в качестве беженцев 1200
        человек», "məcburi köçkün kimi qeydiyyatda olan şəxslərin sayı 1.200": persons counted
        as what a noun that carries a category names, in the count's clause."""
        words = _AS_WORDS.get(self.language, frozenset())
        # "… kimi qeydə alınan şəxslərin sayı 1.874-dən 2.031-ə çatıb": the count a number
        # changed from counts what it does; the reach runs from that count.
        first = max(self.begin, self._az_changed_from(quantity).first - 8)
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

    def _az_changed_from(self, quantity: Quantity) -> Quantity:
        """The count in the ablative right before ``quantity`` that it changed from ("1.874-dən
        2.031-ə çatıb", from 1,874 to 2,031); else ``quantity`` itself."""
        if self.language != "az":
            return quantity
        before = [q for q in self.quantities if self.begin <= q.end_token < quantity.first]
        if not before or before[-1].end_token + 1 != quantity.first:
            return quantity
        last = self.tokens[before[-1].end_token]
        ending = last.suffix if last.kind == "num" else last.lower
        return before[-1] if ending.endswith(("dan", "dən")) else quantity

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
        persons = quantity.noun == PERSON and (
            self._count_word_just_before(quantity) or self._spoken_of(quantity)
        )
        if (quantity.noun or counted_word) and not persons:
            return
        after = quantity.last + 1
        if after < self.end and self.lex.nest_after_set.match(self.tokens, after) is not None:
            return  # "12 of them …": a part, read by the nesting
        if not self._restated(quantity) and not self._spoken_of(quantity):
            return
        named = self._az_their_group_named_before(quantity)
        if named:
            figure.category, figure.bound = named, "noun"
            return
        earlier = [f for f in [*self.previous, *before] if f.category and f.parent is None]
        if earlier:
            figure.category, figure.bound = earlier[-1].category, "noun"
            if not quantity.noun:
                quantity.noun = earlier[-1].quantity.noun
            if names_group(quantity.noun) and self._a_toll_before(quantity):
                quantity.noun = PERSON  # "3 nurses were killed. The toll is now 23": all dead

    def _az_their_group_named_before(self, quantity: Quantity) -> str:
        """ "Köçkünlərin sayı artıb: yanvarda onların sayı 12.000 idi": "onların sayı" (their
        number) counts the persons whose number its sentence named before, with no number
        of its own, by a noun the lexicon gives an act ("köçkün", displaced) or by the
        participle of their fate ("saxlanılanların"): that act ("" for none)."""
        words = _COUNT_WORDS.get(self.language, frozenset())
        k = quantity.first - 1
        if self.language != "az" or k - 1 < self.begin or self.tokens[k].lower not in words:
            return ""
        if self.tokens[k - 1].lower != _AZ_THEIR:
            return ""
        for j in range(k - 2, self.begin, -1):
            if self.tokens[j].lower not in words:
                continue
            act = self.trigger_ending.get(j - 1)
            if act is not None and act.value in _FATES_NAMED:
                return act.value  # "saxlanılanların sayı": persons named by their fate
            phrase = self.lex.noun_set.match(self.tokens, j - 1)
            if phrase is None or not phrase.value.startswith("implied:"):
                return ""
            return phrase.value.split(":", 1)[1]
        return ""

    def _a_toll_before(self, quantity: Quantity) -> bool:
        """Does a toll name the number in its clause? A toll counts all whom the act befell,
        not the group of the figure it restates."""
        return any(self.tokens[k].lower in _TOLLS for k in range(self.begin, quantity.first))

    def _such_persons(self, figure: Figure, before: list[Figure]) -> None:
        """ "… a year ago there were 190 such persons", «называлось 190 таких лиц», "190 belə
        şəxs": persons counted as such are of the fate of the latest figure of persons."""
        quantity = figure.quantity
        if figure.category or not (quantity.noun == PERSON or quantity.np_last < 0):
            return
        words = range(max(self.begin, quantity.first - 1), max(quantity.np_last, quantity.last) + 1)
        if not any(self.tokens[k].lower in _SUCH for k in words):
            return
        earlier = [f for f in [*self.previous, *before] if f.category and f.parent is None]
        if earlier and earlier[-1].quantity.noun not in {GRAVE}:
            figure.category, figure.bound = earlier[-1].category, "noun"

    def _spoken_of(self, quantity: Quantity) -> bool:
        """ "balıqçılar isə 9 nəfərdən danışır": an Azerbaijani count in the ablative that
        others speak of restates the count, as «говорят о 15» does."""
        after = quantity.end_token + 1
        return (
            self.language == "az"
            and after < self.end
            and self.tokens[quantity.end_token].lower.endswith(("dən", "dan"))
            and self.tokens[after].lower.startswith(("danış", "bəhs"))
        )

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
                    break  # no source named: a count word before the dash, if any, below
                if self.lex.reporting_set.match(self.tokens, k) is not None:
                    return True
                k -= 1
        k = quantity.first - 1
        # «Правильная цифра — 21», "The correct figure: 21": the count word, then a dash.
        dash = k > self.begin and self.tokens[k].text in {"—", "–", ":"}
        k -= dash
        while k >= self.begin and quantity.first - k <= 6 and not self._is_boundary(self.tokens[k]):
            token = self.tokens[k]
            if token.lower in words or token.key in words:
                break
            k -= 1
        else:
            return False
        if dash:
            return k + 2 == quantity.first
        nxt = self.tokens[k + 1]
        if self.language == "en" and self._put_at(quantity):
            return True  # "whose number they put at eleven", "a toll the ministry puts at 34"
        if self.language == "en" and nxt.lower == "of" and k + 2 != quantity.first:
            return False  # "the number of people in the shelter": its own noun
        if self.language == "en" and k + 1 != quantity.first and nxt.lower not in _COUNT_LINKS:
            return False  # "the total cost reached 2 million": a count of something else
        if self.language == "ru" and nxt.pos in {"NOUN", "ADJF", "PRTF"}:
            return False  # «число жителей»
        owner = self._az_owner(k)
        return not (
            self.language == "az"
            and owner >= self.begin
            and (
                self.lex.noun_set.match(self.tokens, owner) is not None
                # "kamerada saxlananların sayı", "minaya düşənlərin ümumi sayı": persons
                # named by a participle of their own, whatever the lexicon makes of it
                or self.tokens[owner].lower.endswith(_AZ_PARTICIPLES_GENITIVE)
                or self._az_number_of_what_it_names(k)
            )
        )  # "sakinlərin sayı"

    def _az_owner(self, k: int) -> int:
        """Where the genitive that owns the Azerbaijani count word at ``k`` stands: right
        before it, or before "ümumi" (total) between them."""
        if k - 2 >= self.begin and self.tokens[k - 1].lower == _AZ_TOTAL:
            return k - 2
        return k - 1

    def _az_number_of_what_it_names(self, k: int) -> bool:
        """ "ailə üzvlərinin sayı 8 200-ü keçib": "sayı" after a noun in the genitive is the
        number of what that noun names, known to the lexicon or not, and restates no count
        (a pronoun does: "onların sayı 40-dır"). "Rəqəmi" after one is whose figure it is
        ("nazirliyin rəqəmi 40-dır"), and may restate."""
        owner = self.tokens[k - 1].lower
        return (
            self.tokens[k].lower.startswith("say")
            and az_in_the_genitive(owner)
            and owner not in _AZ_PRONOUNS_OF_A_COUNT
        )

    def _put_at(self, quantity: Quantity) -> bool:
        """Is the number what a verb of estimating puts a count word before it at ("the
        number they put at eleven")? The count word is that verb's object, fronted in a
        relative clause, with no noun of its own."""
        at = quantity.first - 1
        return (
            at - 1 > self.begin
            and self.tokens[at].lower == "at"
            and self.tokens[at - 1].lower in _PUTTING
        )

    def _label_before(self, quantity: Quantity) -> Trigger | None:
        """ "Пленных — 140", "Hostages: 34": a noun that names the category, then a dash; or
        the number alone in a parenthesis after it («Число раненых (51) указано верно»); past a
        «не» that denies the number («Раненых — не 12, а 21»)."""
        j = self._past_a_denial(quantity.first - 1)
        if j - 1 < self.begin or not (
            self.tokens[j].text in {"—", "–", ":"} or self._alone_in_parentheses(quantity)
        ):
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
                and not self._noun_of_a_count(start)
            ):
                return Trigger(start, j - 1, phrase.value.split(":", 1)[1])
        return None

    def _noun_of_a_count(self, k: int) -> bool:
        """Is the word at ``k`` the noun of a count before it ("released 33 hostages — 21
        women, …")? Then it labels nothing after the dash: the list spells out that count."""
        return any(
            q.first < k and q.np_first <= k <= q.np_last and not q.non_count
            for q in self.quantities
        )

    def _alone_in_parentheses(self, quantity: Quantity) -> bool:
        """Is the bare number all that stands in a parenthesis («(51)»)?"""
        after = quantity.end_token + 1
        return (
            self.tokens[quantity.first - 1].text == "("
            and after < self.end
            and self.tokens[after].text == ")"
            and not quantity.noun
            and quantity.np_last < 0
        )
