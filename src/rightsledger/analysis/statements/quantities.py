"""Quantities: a number, range, vague word or "no one", with its qualifier and counted noun.

A quantity here is not yet a claim: it becomes one when a category binds to it
(see ``figures``). Numbers that are references, years, ordinals, ages, times or measures
(days, kilometres, per cent) are marked as non-counts and never become claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rightsledger.analysis.statements.age_groups import _AZ_VERBAL, _COPULAS, AgeGroups
from rightsledger.analysis.statements.lexicon import BODY, PERSON, UNIT, UNKNOWN, Lexicon, Phrase
from rightsledger.analysis.statements.morphology import russian_genitive_plural, russian_singular
from rightsledger.analysis.statements.numerals import (
    NumberRun,
    az_numeral_stem,
    read_number,
    word_value,
)
from rightsledger.analysis.statements.prosecution import prosecuted
from rightsledger.analysis.statements.tokens import Token

# Words after a number that make it an hour of the day ("9 pm", «в 6 утра», «6 вечера»).
_CLOCK_WORDS = frozenset({"am", "pm", "утра", "вечера", "ночи", "дня"})

# Azerbaijani adjectives that end as a past verb does (-di, -dı): "5 fərdi yaşayış evi"
# (private homes), "adi sakinlər", "ciddi xəsarət"; they go on with the noun phrase.
_AZ_ADJECTIVES_LIKE_VERBS = frozenset({"fərdi", "adi", "ciddi", "maddi", "əbədi", "iqtisadi"})


def _split(text: str) -> list[str]:
    return text.split()


_AZ_ORDINAL = re.compile(r"^(?:ı?ncı|i?nci|u?ncu|ü?ncü|cı|ci|cu|cü)(?:\w*)$")
_RU_ORDINAL = re.compile(r"^(?:й|го|я|е|ой|ый|ий|м|ом|ая|ое|ые|ых|х)$")
_EN_ORDINAL = frozenset({"st", "nd", "rd", "th", "s"})
# The article or demonstrative between "of"/«из» and the whole it names.
_DETERMINERS = frozenset({"the", "these", "those", "этих"})
# What may stand before an inverted noun and number: a verb, an adverb, a particle.
_RU_BEFORE_INVERSION = frozenset({"VERB", "INFN", "PRTS", "ADVB", "PRCL", "CONJ", "PRED"})
# The cases in which Azerbaijani names a whole before its part: ablative, genitive.
_AZ_WHOLE_ENDINGS = ("dan", "dən", "ın", "in", "un", "ün")
_YEAR_PREPOSITIONS = frozenset(
    _split(
        "in since by of until till before after from to during в с до к по от после году года год г"
    )
)
_CURRENCY = frozenset("$€£₼₽")
_ONE_OF_COPULAS = frozenset(
    _split("was is became becomes remains remained был была было стал стала являлся являлась")
)
# Words before a number that give how many a place is made for («рассчитан на 450»).
_CAPACITY_BEFORE = {
    "en": ("built for", "designed for", "intended for", "meant for", "capacity of",
           "capacity for", "room for", "built to hold", "designed to hold"),
    "ru": ("рассчитан на", "рассчитана на", "рассчитано на", "рассчитанный на",
           "рассчитанной на", "вместимостью", "вместимостью до", "лимитом"),
    "az": (),
}  # fmt: skip
# "Per" before the numeral one: a rate for each person, not one person («на одного», "per").
_PER = frozenset({"на", "per"})
_MADE_FOR_EN = frozenset({"built", "designed", "intended", "meant", "constructed", "equipped"})
# Prepositions of a short adjunct of time or place ("in October", "at the checkpoint").
_EN_ADJUNCTS = frozenset({"in", "on", "at", "during", "near"})
# Dictionary forms (pymorphy3) of the verbs a figure rises or falls by: возрасти, вырасти,
# увеличиться, достигнуть, подняться, сократиться, снизиться, уменьшиться, дойти, доходить.
_CHANGE_VERBS_RU = ("возрас", "вырас", "увелич", "дости", "подня", "поднима", "сократ",
                    "сниз", "уменьш", "дойти", "доход")  # fmt: skip
_AZ_AGENT = frozenset({"tərəfindən"})
_AZ_CASE_WORDS = ("hal", "hadisə", "fakt", "epizod")
# Qualifiers after a number, with no ending of their own ("600-dən çox", "600-ə yaxın"; but
# "600-ə yaxını", about 600 of them, is a part).
_AZ_BARE_QUALIFIERS = frozenset({"çox", "artıq", "yaxın", "qədər"})
# Postpositions built on a noun in the locative ("üzərində" on, "arasında" among).
_AZ_POSTPOSITIONS = (
    "üzərin", "üstün", "altın", "içərisin", "için", "arasın", "yanın", "qarşısın", "önün",
    "arxasın", "ətrafın", "barəsin", "haqqın", "daxilin", "xaricin", "sırasın",
)  # fmt: skip
_LIST_BEFORE_ONE = frozenset({"and", ",", "including", "them", "whom", "plus", "namely"})
_RANGE_DASHES = frozenset("-–—")
_RANGE_WORDS = {"en": {"to", "or"}, "ru": {"до", "или"}, "az": {"və", "ilə"}}
_RANGE_OPENERS = {"en": {"between": "and", "from": "to"}, "ru": {"от": "до"}}
_PERSON_AGE_NOUNS = frozenset(
    _split(
        "children child minors persons people boys girls men women дети детей лица лиц "
        "ребенок человек"
    )
)


@dataclass
class Quantity:
    first: int  # token indices of the whole expression, qualifiers included
    last: int
    count: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    qualifier_words: str = ""
    zero: bool = False
    zero_after_only: bool = False  # «погибших нет»: binds only to what precedes it
    word_one: bool = False  # "one", «один», "bir": a count only with a counted noun
    np_first: int = -1  # the counted noun phrase after the number, if any
    np_last: int = -1
    noun: str = ""  # the class of the counted noun (see lexicon)
    non_count: str = ""  # why this number is not a count
    qualifier_last: int = -1  # a qualifier written after the counted word ("nəfərdən çox")
    bodies: bool = False  # "the bodies of 12 men": bodies were counted, of men
    attribute: str = ""  # "12 abducted aid workers": what a participle says of them
    after_copula: bool = False  # "nine were children": the subgroup is the predicate
    # "three of the police officers", "polis əməkdaşlarından 3-ü": the noun names the group
    # the count is part of (which may be a figure counted before: ``_whole_named_by_noun``).
    group_of: bool = False

    @property
    def counted(self) -> str:
        """What the category is resolved against: bodies, or the counted noun (``UNKNOWN``
        for a noun phrase of words the lexicon does not know)."""
        if self.bodies:
            return BODY
        return UNKNOWN if not self.noun and self.np_last >= 0 else self.noun

    @property
    def end_token(self) -> int:
        return max(self.last, self.np_last, self.qualifier_last)


def _num_suffix(tokens: list[Token], i: int) -> tuple[str, int]:
    """The ending written onto digits ("106-sı", "5-й", "5th"), and the last token it uses."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.space_before:
        return "", i
    if nxt.kind == "word":
        return nxt.lower, i + 1
    if nxt.text in {"-", "'", "’"} and i + 2 < len(tokens):
        after = tokens[i + 2]
        if after.kind == "word" and not after.space_before:
            return after.lower, i + 2
    return "", i


def _classify_suffix(suffix: str, value: float, language: str) -> str:
    """'' for an ending a count may carry, else why the number is not a count."""
    if not suffix:
        return ""
    if language == "az":
        return "ordinal" if _AZ_ORDINAL.match(suffix) else ""
    if language == "ru":
        if suffix == "х" and value >= 1000:
            return "decade"
        return "ordinal" if _RU_ORDINAL.match(suffix) else ""
    if suffix in _EN_ORDINAL:
        return "ordinal"
    return ""


class QuantityFinder(AgeGroups):
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
            self._approximate_inversion(quantity)
            self._zero_group(quantity)
            self._mark_non_count(quantity)
            found.append(quantity)
            i = max(quantity.last, quantity.np_last if quantity.np_last >= 0 else 0) + 1
        self._parts_of_things(found)
        self._dimensions(found)
        return found

    def _zero_group(self, quantity: Quantity) -> None:
        """ "Jurnalistlərdən heç biri yaralanmayıb", "Jurnalistlər arasında yaralanan
        yoxdur": the group none of whom befell the act is named before the zero, in the
        ablative or before "arasında"; in Russian before «среди»: «Детей среди погибших
        нет»."""
        if not quantity.zero or quantity.noun:
            return
        k = quantity.first - 1
        if self.language == "ru" and quantity.zero_after_only and k >= 2:
            if self.tokens[k - 1].lower == "среди":
                self._zero_group_ending(quantity, k - 2)
            return
        if self.language != "az":
            return
        if quantity.zero_after_only:
            # Past the participle that names the act ("yaralanan", "həlak olan").
            stop = max(0, k - 2)
            while k >= stop and self.tokens[k].lower != "arasında":
                k -= 1
        if k < 0:
            return
        if self.tokens[k].lower == "arasında":
            k -= 1
        elif not self.tokens[k].lower.endswith(("dan", "dən")):
            return
        self._zero_group_ending(quantity, k)

    def _zero_group_ending(self, quantity: Quantity, k: int) -> None:
        for start in (k, k - 1):
            phrase = self.lex.noun_set.match_span(self.tokens, start) if start >= 0 else None
            if (
                phrase is not None
                and start + phrase[1] - 1 == k
                and phrase[0].value.startswith(("label:", "subgroup:"))
            ):
                quantity.noun = phrase[0].value
                return

    def _approximate_inversion(self, quantity: Quantity) -> None:
        """«человек сорок», «дней десять»: Russian puts the counted noun before the number
        to say about that many."""
        first = quantity.first
        if (
            self.language != "ru"
            or quantity.qualifier != "exact"
            or quantity.np_last >= 0
            or quantity.noun
            or first < 1
            or quantity.count is None
            or quantity.zero  # «Жертв нет»: none, not about none
        ):
            return
        noun = self.tokens[first - 1]
        if noun.pos != "NOUN" or not russian_genitive_plural(noun.text):
            return
        phrase = self.lex.noun_set.match_span(self.tokens, first - 1)
        if phrase is None or phrase[1] != 1:
            return
        before = self.tokens[first - 2] if first >= 2 else None
        allowed = _RU_BEFORE_INVERSION | ({"NOUN"} if phrase[0].value == UNIT else set())
        if before is not None and before.kind != "punct" and before.pos not in allowed:
            # «из 140 похищенных сельчан 38»: the noun ends another count's phrase (a
            # measure may follow a noun: «в подвале школы дней десять»).
            return
        quantity.noun, quantity.qualifier = phrase[0].value, "about"
        quantity.np_first = quantity.np_last = first - 1

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
            if j < len(self.tokens) and self.tokens[j].lower in _DETERMINERS:
                j += 1
            if j < len(self.tokens) and self.tokens[j].lower.endswith("'s"):
                j += 1  # "four of the town's seven schools"
            whole = starts.get(j)
            if whole is not None and whole.noun == UNIT:
                quantity.noun, quantity.non_count = UNIT, "measure"
            elif whole is not None and whole.noun.startswith("property:"):
                # "Four of the town's seven schools were destroyed": the part is what befell
                # things; the whole is how many there were.
                quantity.noun = whole.noun
                quantity.np_first, quantity.np_last = whole.np_first, whole.np_last
                whole.non_count = "stock"

    # -- reading one quantity -------------------------------------------------------------
    def _at(self, i: int) -> Quantity | None:
        tokens, lex = self.tokens, self.lex
        qualifier = lex.before_set.match(tokens, i)
        if qualifier is not None and self._figure_reached(i):
            qualifier = None
        if qualifier is not None:
            j = i + len(qualifier.elements)
            if j < len(tokens) and j not in self.masked:
                inner = self._bare(j, after_qualifier=True)
                if inner is not None and not inner.zero:
                    if inner.qualifier == "exact":
                        inner.qualifier = qualifier.value
                        inner.qualifier_words = _words(tokens, i, j - 1)
                    inner.first = i
                    return inner
        return self._bare(i, after_qualifier=False)

    def _bare(self, i: int, *, after_qualifier: bool) -> Quantity | None:
        tokens, lex = self.tokens, self.lex
        opener = _RANGE_OPENERS.get(self.language, {}).get(tokens[i].lower)
        if opener and i + 1 < len(tokens):
            ranged = self._range_after_opener(i, opener)
            if ranged is not None:
                return ranged
        vague = lex.vague_set.match(tokens, i)
        if vague is not None and not (after_qualifier and self.language == "ru"):
            last = i + len(vague.elements) - 1
            return Quantity(i, last, qualifier="vague", qualifier_words=_words(tokens, i, last))
        zero = lex.zero_set.match(tokens, i)
        trigger = lex.trigger_set.match_span(tokens, i)
        if zero is not None and trigger is not None and trigger[1] > len(zero.elements):
            zero = None  # "heç kim sağ qalmayıb": "no one survived" is a phrase of its own
        if zero is not None and not after_qualifier:
            last = i + len(zero.elements) - 1
            if zero.elements == ("no",) and not self._noun_follows(last + 1):
                return None
            return Quantity(i, last, count=0, zero=True)
        if tokens[i].lower == "нет" and self.language == "ru":
            return Quantity(i, i, count=0, zero=True, zero_after_only=True)
        if self._az_none_after_participle(i):
            return Quantity(i, i, count=0, zero=True, zero_after_only=True)
        run = read_number(tokens, i, self.language)
        if run is None and self._indefinite_one(i):
            return Quantity(i, i, count=1, word_one=True)
        if run is None:
            one = self._singular_in_list(i)
            if one is not None:
                return one
        if run is None or tokens[i].kind == "numdate":
            return None
        quantity = Quantity(i, run.last)
        quantity.word_one = tokens[i].kind == "word" and run.value == 1
        suffix, suffix_last = ("", run.last)
        if tokens[run.last].kind == "num":
            suffix, suffix_last = _num_suffix(tokens, run.last)
            if suffix:
                tokens[run.last].suffix = suffix
        reason = _classify_suffix(suffix, run.value, self.language)
        hyphened = suffix_last == run.last + 2
        if not reason and hyphened and _compound_word(suffix, self.language):
            reason = "compound"  # "12-year-old", «5-летний», "10-metrelik": a description
        if not reason and self._word_compound(run.last):
            reason = "compound"  # "a five-storey block", "a two-day siege": a description
        if not reason and self._age_after(i, suffix_last, suffix):
            reason = "age"  # "5 yaşlı uşaq": five years old
        if reason:
            quantity.non_count = reason
        quantity.last = suffix_last
        if run.value != int(run.value):
            quantity.non_count = quantity.non_count or "fraction"
        value = int(run.value)
        quantity.count = value
        self._range_after(quantity, value)
        self._qualifier_after(quantity)
        return quantity

    def _word_compound(self, last: int) -> bool:
        """Is an English number in words hyphened onto the word after it ("five-storey",
        "two-day", "two-thirds")? A number in words that goes on ("twenty-five") is read
        whole before this, so what is left is an adjective or a fraction: no count."""
        tokens = self.tokens
        if self.language != "en" or tokens[last].kind != "word" or last + 2 >= len(tokens):
            return False
        hyphen, word = tokens[last + 1], tokens[last + 2]
        return (
            hyphen.text == "-"
            and not hyphen.space_before
            and word.kind == "word"
            and not word.space_before
        )

    def _az_none_after_participle(self, i: int) -> bool:
        """ "ölən olmayıb", "yaralanan yoxdur": there was none who died (like «погибших нет»)."""
        if self.language != "az" or i == 0:
            return False
        word = self.tokens[i].lower
        if word not in {"olmayıb", "olmamışdır", "olmadı", "yoxdur", "olmayıbdır"}:
            return False
        end = i
        if self.tokens[end - 1].lower in {"da", "də"} and end > 1:
            end -= 1  # "yaralanan da yoxdur": nor was anyone injured
        before = self.tokens[end - 1]
        if not before.lower.endswith(("an", "ən")):
            return False
        # The participle may close a trigger of several words: "xəsarət alan olmayıb" (no
        # one was injured), "itkin düşən yoxdur".
        for start in range(max(0, end - 3), end):
            found = self.lex.trigger_set.match_span(self.tokens, start)
            if found is not None and start + found[1] == end:
                return True
        return False

    def _figure_reached(self, i: int) -> bool:
        """«Число погибших возросло до 64»: "до" after a verb of change is where a figure
        went, not "up to"."""
        if self.language != "ru" or self.tokens[i].lower != "до" or i == 0:
            return False
        return self.tokens[i - 1].key.startswith(_CHANGE_VERBS_RU)

    def _singular_in_list(self, i: int) -> Quantity | None:
        """«среди них беременная женщина», "o cümlədən hamilə qadın": Russian and
        Azerbaijani have no article; a singular person noun right after a marker of parts
        counts one."""
        tokens = self.tokens
        if self.language not in {"ru", "az"} or i == 0:
            return None
        if not any(
            (m := self.lex.nest_before_set.match(tokens, start)) is not None
            and start + len(m.elements) == i
            for start in range(max(0, i - 4), i)
        ):
            return None
        phrase = self.lex.noun_set.match(tokens, i)
        if phrase is None or not phrase.value.startswith(("subgroup:", "label:")):
            return None
        last = i + len(phrase.elements) - 1
        head = tokens[last]
        if self.language == "ru" and not russian_singular(head.text):
            return None
        if self.language == "az" and ("lar" in head.lower or "lər" in head.lower):
            return None
        quantity = Quantity(i, i, count=1, word_one=True)
        quantity.np_first, quantity.np_last, quantity.noun = i, last, phrase.value
        return quantity

    def _indefinite_one(self, i: int) -> bool:
        """ "… and a journalist", "including a nurse": in a list of counted persons the
        indefinite article counts one."""
        tokens = self.tokens
        if self.language != "en" or tokens[i].lower not in {"a", "an"} or i == 0:
            return False
        if tokens[i - 1].lower not in _LIST_BEFORE_ONE or i + 1 >= len(tokens):
            return False
        phrase = self.lex.noun_set.match(tokens, i + 1)
        return phrase is not None and phrase.value.startswith(("subgroup:", "label:"))

    def _age_after(self, first: int, last: int, suffix: str) -> bool:
        """An Azerbaijani bare number before "yaşlı"/"yaşında" is an age, not a count of
        elderly persons ("5 yaşlı uşaq"); with a case ending it counts ("90-ı yaşlı").
        "yaşlı" is elderly as well as aged: a number before it counts when it is listed after
        a count of persons ("52 uşaq və 71 yaşlı insan") or when the persons' years of birth
        give their age already ("1950-ci il təvəllüdlü iki yaşlı sakin")."""
        if self.language != "az" or suffix or last + 1 >= len(self.tokens):
            return False
        word = self.tokens[last + 1].lower
        if word.startswith(("yaşında", "yaşınadək")):
            return True
        if not word.startswith("yaşlı"):
            return False
        return not (self._listed_after_count(first) or self._born_before(first))

    def _listed_after_count(self, first: int) -> bool:
        """ "52 uşaq və 71 …", "52 uşaq, 71 …": the number follows a count and its noun."""
        if first < 3 or self.tokens[first - 1].lower not in {"və", ","}:
            return False
        noun = self.lex.noun_set.match(self.tokens, first - 2)
        counted = noun is not None and (
            noun.value == PERSON or noun.value.startswith(("subgroup:", "label:"))
        )
        return counted and read_number(self.tokens, first - 3, self.language) is not None

    def _born_before(self, first: int) -> bool:
        """ "1948 və 1951-ci il təvəllüdlü iki …": years of birth said of the persons."""
        return any(
            self.tokens[k].lower.startswith("təvəllüd") for k in range(max(0, first - 3), first)
        )

    def _range_after_opener(self, i: int, closer: str) -> Quantity | None:
        tokens = self.tokens
        low = read_number(tokens, i + 1, self.language)
        if low is None:
            return None
        j = low.last + 1
        if j < len(tokens) and tokens[j].lower == closer:
            high = read_number(tokens, j + 1, self.language) if j + 1 < len(tokens) else None
            if high is not None and high.value >= low.value:
                return Quantity(
                    i,
                    high.last,
                    low=int(self._low_scaled(low, high)),
                    high=int(high.value),
                    qualifier="range",
                )
        return None

    def _low_scaled(self, low: NumberRun, high: NumberRun) -> float:
        """ "between 8 and 9 thousand", «от 8 до 9 тысяч», "8-9 min": the scale written
        once after the upper bound applies to the lower one too."""
        tokens = self.tokens
        last = high.last
        if tokens[last].text == "." and last > high.first:
            last -= 1
        scale = word_value(tokens[last], self.language)
        if scale is None or not scale.scale or scale.value < 1000 or last == high.first:
            return low.value
        written = tokens[low.last]
        low_scale = word_value(written, self.language)
        if (low_scale is not None and low_scale.scale) or low.value >= scale.value:
            return low.value
        scaled = low.value * scale.value
        return scaled if scaled <= high.value else low.value

    def _range_after(self, quantity: Quantity, value: int) -> None:
        tokens = self.tokens
        j = quantity.last + 1
        if self._az_range_by_cases(quantity, value):
            return
        if j + 1 >= len(tokens):
            return
        link = tokens[j]
        is_dash = link.text in _RANGE_DASHES
        if not (is_dash or link.lower in _RANGE_WORDS.get(self.language, set())):
            return
        high = read_number(tokens, j + 1, self.language)
        if high is None or high.value <= value or tokens[j + 1].kind == "numdate":
            return
        if not is_dash and tokens[j + 1].kind != tokens[quantity.first].kind:
            return
        last = high.last
        if tokens[last].kind == "num":
            suffix, suffix_last = _num_suffix(tokens, last)
            if _classify_suffix(suffix, high.value, self.language):
                return
            last = suffix_last
        if self.language == "az" and link.lower == "ilə":
            if last + 1 < len(tokens) and tokens[last + 1].lower.startswith("arasında"):
                last += 1
            else:
                return
        quantity.count = None
        low_run = NumberRun(value, quantity.first, quantity.last)
        quantity.low, quantity.high = int(self._low_scaled(low_run, high)), int(high.value)
        quantity.qualifier = "range"
        quantity.last = last

    def _az_range_by_cases(self, quantity: Quantity, value: int) -> bool:
        """ "500-dən 700-dək", "500-dən 700-ə qədər": Azerbaijani writes a range with the
        ablative on the lower bound and the terminative or the dative on the upper."""
        tokens = self.tokens
        j = quantity.last + 1
        low = tokens[quantity.last]
        ending = low.suffix if low.kind == "num" else low.lower
        if self.language != "az" or not ending.endswith(("dən", "dan")) or j >= len(tokens):
            return False
        if j in self.masked:
            return False
        high = read_number(tokens, j, self.language)
        if high is None or high.value <= value:
            return False
        last = high.last
        if tokens[last].kind == "num":
            suffix, last = _num_suffix(tokens, last)
        else:
            suffix = tokens[last].lower
        if suffix.endswith(("dək", "dak")):
            pass
        elif (
            suffix.endswith(("a", "ə"))
            and last + 1 < len(tokens)
            and (tokens[last + 1].lower in {"qədər", "kimi"})
        ):
            last += 1
        else:
            return False
        quantity.count = None
        quantity.low, quantity.high = value, int(high.value)
        quantity.qualifier = "range"
        quantity.last = last
        return True

    def _qualifier_after(self, quantity: Quantity) -> None:
        j = quantity.last + 1
        if j >= len(self.tokens):
            return
        after = self.lex.after_set.match(self.tokens, j)
        if self.language == "az":
            governed = self.tokens[quantity.last]
            if after is None and j + 1 < len(self.tokens) and self.tokens[j].kind == "word":
                # "600 nəfərdən çox": the qualifier follows the counted word.
                governed = self.tokens[j]
                after = self.lex.after_set.match(self.tokens, j + 1)
                j += 1
            if after is None and self._az_terminative_person(quantity.last, quantity.last + 1):
                # "40 nəfərədək", "40-adək": the terminative case (-dək, -dek) on the count or
                # its person noun bounds it from above, like "40 nəfərə qədər" (up to 40).
                if quantity.qualifier == "exact":
                    suffixed = not self._person_at(quantity.last + 1) or not self.tokens[
                        quantity.last + 1
                    ].lower.endswith(("dək", "dek"))
                    word = quantity.last if suffixed else quantity.last + 1
                    quantity.qualifier = "at_most"
                    quantity.qualifier_words = self.tokens[word].text
                    if not suffixed:
                        quantity.qualifier_last = word
                return
            if after is None or not _az_governs(governed, after.elements[0]):
                return
        if after is not None and quantity.qualifier == "exact":
            length = len(after.elements)
            quantity.qualifier = after.value
            quantity.qualifier_words = _words(self.tokens, j, j + length - 1)
            if j == quantity.last + 1:
                quantity.last = j + length - 1
            else:
                quantity.qualifier_last = j + length - 1

    def _az_terminative_person(self, last: int, j: int) -> bool:
        """Does the count (its suffix) or the person noun after it end in -dək/-dek?"""
        count = self.tokens[last]
        suffix = count.suffix or (count.lower if count.kind == "word" else "")
        if suffix.endswith(("dək", "dek")):
            return self.lex.noun_set.match(self.tokens, j) is None or self._person_at(j)
        word = self.tokens[j]
        return word.kind == "word" and word.lower.endswith(("dək", "dek")) and self._person_at(j)

    def _person_at(self, j: int) -> bool:
        phrase = self.lex.noun_set.match(self.tokens, j)
        return phrase is not None and (
            phrase.value == PERSON or phrase.value.startswith(("subgroup:", "label:"))
        )

    def _az_counted_place(self, j: int) -> bool:
        """Is the unknown noun at ``j`` (or the one after it, the head of "idman zalında")
        in the Azerbaijani locative, ending the count's noun phrase?"""
        if self.language != "az":
            return False
        for k in (j, j + 1):
            if k >= len(self.tokens) or self.tokens[k].kind != "word":
                return False
            token = self.tokens[k]
            if k > j and self.lex.noun_set.match(self.tokens, k) is not None:
                return False
            if token.lower.startswith(_AZ_CASE_WORDS):
                return False  # "25 halda": in 25 cases, a count of cases
            if token.lower.startswith(_AZ_POSTPOSITIONS):
                return False  # "üçünün üzərində": a postposition after a genitive, no place
            if len(token.lower) >= 5 and az_locative(token, self.language):
                return True
        return False

    def _az_modifier_of_possessed(self, phrase: Phrase | None, j: int) -> bool:
        """An Azerbaijani noun before a noun in the possessive with a case ending ("polis
        şöbəsinə", "məktəb binasında") only qualifies it (izafet): it is not the counted
        noun."""
        if self.language != "az" or phrase is None or len(phrase.elements) != 1:
            return False
        if j + 1 >= len(self.tokens) or self.tokens[j + 1].kind != "word":
            return False
        if _AZ_GENITIVE.search(self.tokens[j].lower):
            return False  # "64 nəfərin qalıqlarından": the persons whose remains, counted
        return _AZ_POSSESSED_WITH_CASE.search(self.tokens[j + 1].lower) is not None

    def _noun_follows(self, j: int) -> bool:
        if j >= len(self.tokens):
            return False
        return self.lex.noun_set.match(self.tokens, j) is not None or (
            self.lex.trigger_set.match(self.tokens, j) is not None
        )

    # -- the counted noun -----------------------------------------------------------------
    def _possessive_at(self, j: int) -> bool:
        return (
            self.language == "en"
            and j < len(self.tokens)
            and self.tokens[j].lower in {"our", "their", "its", "his", "her", "my", "your"}
        )

    def _noun_phrase(self, quantity: Quantity) -> None:
        if quantity.noun:
            return  # read with the quantity (``_singular_in_list``)
        tokens, lex = self.tokens, self.lex
        j = quantity.last + 1
        limit = 3 if self.language == "az" else 4
        best = ""
        best_rank = -1
        best_last = -1
        words = 0
        while j < len(tokens) and words < limit:
            token = tokens[j]
            if token.kind == "punct":
                if token.text == "-" and not token.space_before and quantity.last == j - 1:
                    j += 1
                    continue
                if token.text == "%":
                    quantity.np_first = quantity.np_first if quantity.np_first >= 0 else j
                    quantity.np_last, best = j, UNIT
                break
            if token.kind != "word" or j in self.masked:
                break
            if words == 0 and token.lower == "of" and quantity.qualifier == "vague":
                j += 1  # "scores of homes"
                continue
            if words == 0 and quantity.zero and token.lower in {"of", "из"}:
                # "none of the journalists", «никто из журналистов»: the group counted none
                j += 1
                if j < len(tokens) and tokens[j].lower in _DETERMINERS:
                    j += 1
                continue
            if words == 0 and self.language == "az" and token.lower == "isə":
                j += 1  # "118-i isə ahıl şəxslərdir": the topic particle, then the noun
                continue
            if words == 0 and token.lower == "of" and self._possessive_at(j + 1):
                j += 2  # "3 of our volunteers": a group with no number of its own
                continue
            if words == 0 and self._named_group_at(j):
                # "three of the police officers", «трое из полицейских»: the same.
                j += 2 if token.lower == "of" else 1
                quantity.group_of = True
                continue
            if words > 0 and self._time_adverbial(j):
                break  # "40 protesters last week": when, after what was counted
            if words == 0 and self._attribute(quantity, j):
                j = quantity.np_first + 1 if quantity.np_first == j else j + 1
                continue
            if lex.trigger_set.match(tokens, j) is not None or lex.before_set.match(tokens, j):
                break
            if words > 0 and best and (token.lower in lex.stop_words):
                break  # "264 detainees remains unknown": a verb after the head, not a noun
            phrase = lex.noun_set.match(tokens, j)
            if phrase is None and self._ends_noun_phrase(j):
                break
            if best and phrase is not None and az_plural_dative(token, self.language):
                break  # "sakin qonşu kəndlərə köçürülüb": where to, not whom
            if phrase is not None and phrase.value != UNIT and az_locative(token, self.language):
                if (
                    words == 0
                    and phrase.value.startswith("property:")
                    and not self._az_complete(quantity)
                ):
                    # "5 məktəbdə yerləşdirilib": buildings counted in the locative are where
                    # the persons were, not a count of persons or of what was destroyed.
                    quantity.noun, quantity.non_count = UNIT, "place"
                break  # "biri xəstəxanada ölüb": where, not whom
            if (
                phrase is None
                and not best
                and self._az_counted_place(j)
                and not self._az_complete(quantity)
            ):
                # "üç idman zalında yerləşdirilib": a count of places, in the locative, is
                # where the persons were, not a count of them ("girovlardan ikisi sonradan
                # meşədə …", a part with its ending, is a count of persons).
                quantity.noun, quantity.non_count = UNIT, "place"
                break
            if phrase is not None and phrase.value == UNIT and self._az_complete(quantity):
                break  # "onlardan ikisi cümə günü …": "two of them", then when
            if phrase is not None and phrase.value == UNIT and best and best != UNIT:
                quantity.np_last = best_last
                break  # "300 soldiers last year": the counted noun, then when
            if self.language == "az" and j + 1 < len(tokens) and tokens[j + 1].lower in _AZ_AGENT:
                break  # "jurnalist polis tərəfindən saxlanılıb": by whom, not whom
            if self._az_modifier_of_possessed(phrase, j):
                break  # "dörd nəfər polis şöbəsinə": "police" names the station, not whom
            if phrase is not None:
                rank = _noun_rank(phrase.value)
                # The head comes last ("kənd sakini", "civilian women"), but a subgroup keeps
                # its place before a generic word ("elderly persons").
                keeps_subgroup = rank == 0 and best.startswith(("subgroup:", "label:"))
                # A group named by what the persons do keeps its place before a word of sex
                # or age ("tələbə qız", student girls, as "women journalists"): the group.
                keeps_group = _occupation(best) and _sex_or_age(phrase.value)
                if not (keeps_subgroup or keeps_group):
                    best, best_rank = phrase.value, rank
                span = len(phrase.elements)
                quantity.np_first = quantity.np_first if quantity.np_first >= 0 else j
                quantity.np_last = best_last = j + span - 1
                if phrase.value == UNIT and words == 0:
                    break
                j += span
                words += span
                if self.language == "az" and tokens[j - 1].lower.endswith(("dən", "dan")):
                    break  # "960 nəfərdən": an ablative closes the phrase
                if self.language == "ru" and tokens[j - 1].pos == "NOUN":
                    break  # «жителей села»: what follows the head noun modifies it
                continue
            quantity.np_first = quantity.np_first if quantity.np_first >= 0 else j
            quantity.np_last = j
            j += 1
            words += 1
            if self.language == "az" and token.lower.endswith(("dən", "dan")):
                break
        if not best and quantity.np_last < 0:
            best = self._noun_after_copula(quantity)
        if not best and self.language == "az":
            best = self._az_group_before(quantity)
            if best:
                # "dördü rezin güllələrdən yaralanıb": the words after the part are not its noun
                quantity.group_of, quantity.np_first, quantity.np_last = True, -1, -1
        quantity.bodies = bool(self._noun_before(quantity))
        best = self._age_group(quantity, best)
        if best:
            quantity.noun = best
        elif quantity.np_last >= 0 and self.language != "az":
            # An unknown word after the number ("613 Azerbaijanis"): counted persons, unless
            # a verb decides otherwise later.
            quantity.noun = ""
        if best != UNIT and best_rank < 0 and quantity.np_last >= 0:
            quantity.np_last = quantity.np_last if self._np_plausible(quantity) else -1

    def _named_group_at(self, j: int) -> bool:
        """ "of the police officers", «из полицейских»: a partitive whose whole is a group
        named by a subgroup or a label, with no number of its own."""
        tokens = self.tokens
        if self.language == "en" and tokens[j].lower == "of" and j + 1 < len(tokens):
            if tokens[j + 1].lower not in {"the", "those"}:
                return False
            k = j + 2
        elif self.language == "ru" and tokens[j].lower == "из":
            k = j + 1
        else:
            return False
        phrase = self.lex.noun_set.match(tokens, k) if k < len(tokens) else None
        return phrase is not None and phrase.value.startswith(("subgroup:", "label:"))

    def _az_group_before(self, quantity: Quantity) -> str:
        """ "polis əməkdaşlarından 3-ü", "jurnalistlərdən ikisi": a count with a possessive
        ending after a group named in the ablative counts some of that group."""
        if self.language != "az" or not self._az_complete(quantity):
            return ""
        k = quantity.first - 1
        if k < 0 or not self.tokens[k].lower.endswith(("dən", "dan")):
            return ""
        for start in range(max(0, k - 2), k + 1):
            phrase = self.lex.noun_set.match_span(self.tokens, start)
            if (
                phrase is not None
                and start + phrase[1] - 1 == k
                and phrase[0].value.startswith(("subgroup:", "label:"))
            ):
                return phrase[0].value
        return ""

    def _time_adverbial(self, j: int) -> bool:
        """ "last week", "this year", "every day": an English time adverbial."""
        tokens = self.tokens
        if self.language != "en" or tokens[j].lower not in _TIME_DETERMINERS_EN:
            return False
        phrase = self.lex.noun_set.match(tokens, j + 1) if j + 1 < len(tokens) else None
        return phrase is not None and phrase.value == UNIT

    def _az_complete(self, quantity: Quantity) -> bool:
        """An Azerbaijani count with a possessive or case ending ("ikisi", "106-sı") is a
        noun phrase by itself: a measure word after it does not measure it."""
        if self.language != "az":
            return False
        token = self.tokens[quantity.last]
        if token.lower in _AZ_BARE_QUALIFIERS:
            return False  # "9.400-dən çox": the ablative governed by "more than", no possessive
        if self.tokens[quantity.first].kind == "num":
            # The ending is read onto the digits ("106-sı" ends the quantity at "sı").
            return token.kind == "word" or bool(token.suffix)
        stem = az_numeral_stem(token.lower)
        return bool(stem) and stem != token.lower

    def _attribute(self, quantity: Quantity, j: int) -> bool:
        """ "12 abducted aid workers": a one-word participle between the number and a counted
        noun describes the persons; the verb of the sentence may say more of them."""
        tokens = self.tokens
        if self.language != "en" or quantity.attribute or j + 1 >= len(tokens):
            return False
        matched = self.lex.trigger_set.match_span(tokens, j)
        if matched is None or matched[1] != 1 or not tokens[j].lower.endswith("ed"):
            return False
        noun = self.lex.noun_set.match(tokens, j + 1)
        if noun is None or noun.value == UNIT:
            return False
        quantity.attribute = matched[0].value
        quantity.np_first = j
        return True

    def _noun_after_copula(self, quantity: Quantity) -> str:
        """ "of whom 106 were women", «из них 106 — женщины»: the subgroup after a copula."""
        j = quantity.last + 1
        after = self.lex.nest_after_set.match(self.tokens, j) if j < len(self.tokens) else None
        if after is not None:
            j += len(after.elements)
            j = self._past_adjunct(j)
        if j + 1 >= len(self.tokens) or self.tokens[j].lower not in _COPULAS:
            return ""
        phrase = self.lex.noun_set.match(self.tokens, j + 1)
        if phrase is None and self._adjective_at(j + 1) and j + 2 < len(self.tokens):
            # "14 of whom are unaccompanied minors": one word that describes the subgroup.
            j += 1
            phrase = self.lex.noun_set.match(self.tokens, j + 1)
        if phrase is not None and phrase.value.startswith(("subgroup:", "label:")):
            quantity.np_first, quantity.np_last = j + 1, j + len(phrase.elements)
            quantity.after_copula = True
            return phrase.value
        return ""

    def _adjective_at(self, j: int) -> bool:
        """A word the lexicon does not know, no function word or verb of its own: English
        puts an adjective there ("unaccompanied", "young")."""
        token = self.tokens[j] if j < len(self.tokens) else None
        return (
            self.language == "en"
            and token is not None
            and token.kind == "word"
            and token.lower not in self.lex.stop_words
            and token.lower not in self.lex.gap_words
            and self.lex.trigger_set.match(self.tokens, j) is None
            and self.lex.noun_set.match(self.tokens, j) is None
        )

    def _past_adjunct(self, j: int) -> int:
        """ "five of those killed in October were children": past a short prepositional
        phrase that says when or where, to the copula after it."""
        tokens = self.tokens
        if self.language != "en" or j >= len(tokens) or tokens[j].lower not in _EN_ADJUNCTS:
            return j
        for k in range(j + 1, min(j + 5, len(tokens))):
            if tokens[k].kind != "word":
                return j
            if tokens[k].lower in _COPULAS:
                return k
        return j

    def _noun_before(self, quantity: Quantity) -> str:
        """ "the bodies of 57 people", «тела 57 человек»: what was counted are bodies."""
        k = quantity.first - 1
        if k >= 0 and self.tokens[k].lower in {"of", "the"}:
            k -= 1
        for start in range(max(0, k - 2), k + 1):
            phrase = self.lex.noun_set.match(self.tokens, start)
            if (
                phrase is not None
                and phrase.value == BODY
                and start + len(phrase.elements) - 1 == k
            ):
                return BODY
        return ""

    def _np_plausible(self, quantity: Quantity) -> bool:
        return quantity.np_last - quantity.np_first < 3

    def _ends_noun_phrase(self, j: int) -> bool:
        token = self.tokens[j]
        lex = self.lex
        if token.lower in lex.stop_words or token.key in lex.stop_words:
            return True
        if lex.trigger_set.match(self.tokens, j) is not None:
            return True
        if lex.nest_after_set.match(self.tokens, j) is not None:
            return True
        if lex.reporting_set.match(self.tokens, j) is not None:
            return True  # "11 rəqəmini səsləndirir": a verb of saying is no counted noun
        if read_number(self.tokens, j, self.language) is not None:
            return True
        if self.language == "ru" and token.pos and token.pos not in {"ADJF", "NOUN", "PRTF"}:
            return True
        if (
            self.language == "az"
            and _AZ_VERBAL.search(token.lower)
            and token.lower not in _AZ_ADJECTIVES_LIKE_VERBS
        ):
            return True
        return self.language == "en" and token.lower.endswith("ed") and len(token.lower) > 4

    # -- numbers that are not counts ------------------------------------------------------
    def _mark_non_count(self, quantity: Quantity) -> None:
        if quantity.non_count:
            return
        tokens = self.tokens
        first = quantity.first
        previous = tokens[first - 1] if first > 0 else None
        if quantity.noun == UNIT:
            quantity.non_count = "measure"
        elif previous is not None and previous.text in _CURRENCY:
            quantity.non_count = "money"
        elif self._is_reference(first) or self._is_street_number(quantity):
            quantity.non_count = "reference"
        elif self._is_time(quantity):
            quantity.non_count = "time"
        elif self._is_year(quantity):
            quantity.non_count = "year"
        elif self._is_age(quantity):
            quantity.non_count = "age"
        elif self._one_of_them(quantity):
            quantity.non_count = "individual"
        elif self._capacity(quantity):
            quantity.non_count = "capacity"
        elif quantity.word_one and previous is not None and previous.lower in _PER:
            quantity.non_count = "per"  # «выплата на одного переселенца», "per one detainee"
        elif prosecuted(
            self.tokens,
            self.lex,
            self.language,
            quantity.first,
            max(quantity.last, quantity.np_last),
        ):
            quantity.non_count = "accused"

    def _capacity(self, quantity: Quantity) -> bool:
        """ "built for 450 inmates", «рассчитан на 450 мест», "450 nəfərlik": how many a
        place is made for, not persons counted."""
        tokens = self.tokens
        first = quantity.first
        before = " ".join(t.lower for t in tokens[max(0, first - 2) : first])
        if before.endswith(_CAPACITY_BEFORE.get(self.language, ())):
            return True
        if self.language == "en" and first > 0 and tokens[first - 1].lower == "for":
            # "was built in 1968 for 450 inmates": the verb of making a little before "for"
            for k in range(first - 2, max(-1, first - 7), -1):
                if tokens[k].kind == "punct":
                    break
                if tokens[k].lower in _MADE_FOR_EN:
                    return True
        if self.language != "az" or quantity.np_first < 0:
            return False
        return tokens[quantity.np_first].lower.startswith(("nəfərlik", "yerlik"))

    def _one_of_them(self, quantity: Quantity) -> bool:
        """ "He was one of 40 people detained", «она была одной из 40 задержанных»: a
        person said to be one of a count is no count of one."""
        tokens = self.tokens
        first, last = quantity.first, quantity.last
        if quantity.count != 1 or not quantity.word_one or first == 0 or last + 1 >= len(tokens):
            return False
        if (
            tokens[last + 1].lower == "of"
            and last + 3 < len(tokens)
            and tokens[last + 2].lower in {"them", "whom"}
            and tokens[last + 3].lower in _POSSESSIVES_EN
        ):
            return True  # "nineteen men, one of them his brother, …": a person, not a count
        return tokens[last + 1].lower in {"of", "из"} and tokens[first - 1].lower in _ONE_OF_COPULAS

    def _is_reference(self, first: int) -> bool:
        tokens = self.tokens
        if self._is_heading(first):
            return True
        k = first - 1
        while k >= 0 and tokens[k].text in {".", "("}:
            k -= 1
        if k < 0:
            return False
        for start in range(max(0, k - 1), k + 1):
            phrase = self.lex.reference_set.match(tokens, start)
            if phrase is not None and start + len(phrase.elements) - 1 == k:
                if tokens[k].lower == "no" and tokens[k + 1].text != "." and k + 1 == first:
                    # "no 5 people" is not how references are written; "No. 5" and "No 5" are.
                    return tokens[first].kind == "num" and not self._noun_follows(first + 1)
                return True
        return False

    def _is_heading(self, first: int) -> bool:
        """ "Count 1 (murder): …", «Инцидент 2: …», "İttiham 3 —": a capitalised word that
        numbers the parts of a text, opening its sentence, then the number and a colon, dash
        or parenthesis, heads a part; it counts no one ("counts 27 victims" is a verb)."""
        tokens = self.tokens
        k = first - 1
        if k < 0 or first + 1 >= len(tokens) or not tokens[k].capitalised:
            return False
        if tokens[k].lower not in _HEADINGS:
            return False
        opens = k == 0 or tokens[k].newline_before or tokens[k - 1].text in {".", ":", ";"}
        return bool(opens) and tokens[first + 1].text in {":", "(", "-", "–", "—", "."}

    def _is_street_number(self, quantity: Quantity) -> bool:
        """ "at 4 Mill Lane", "17 Station Road": a number in digits before a capitalised name
        that ends in a word for a street is a house number."""
        tokens = self.tokens
        if self.language != "en" or tokens[quantity.first].kind != "num":
            return False
        k = quantity.last + 1
        names = 0
        while k < len(tokens) and names < 3 and tokens[k].text[:1].isupper():
            if tokens[k].lower in _STREET_WORDS_EN:
                return names > 0
            names += 1
            k += 1
        return False

    def _is_time(self, quantity: Quantity) -> bool:
        tokens = self.tokens
        i = quantity.first
        before = tokens[i - 1] if i > 0 else None
        after = tokens[quantity.last + 1] if quantity.last + 1 < len(tokens) else None
        if before is not None and before.text == ":" and not tokens[i].space_before:
            return True
        if self._clock_after(quantity.last + 1):
            return True
        return (
            after is not None
            and after.text == ":"
            and not after.space_before
            and (quantity.last + 2 < len(tokens) and tokens[quantity.last + 2].kind == "num")
        )

    def _clock_after(self, k: int) -> bool:
        """ "6 a.m.", "9 pm", "6 o'clock", «в 6 утра», «6 часов вечера»: an hour of the day."""
        if k >= len(self.tokens):
            return False
        written = "".join(t.text for t in self.tokens[k : k + 4]).lower()
        if written.startswith(("a.m", "p.m", "o'clock", "o’clock")):
            return True
        return self.tokens[k].lower in _CLOCK_WORDS

    def _is_year(self, quantity: Quantity) -> bool:
        token = self.tokens[quantity.first]
        if quantity.count is None or token.kind != "num" or quantity.qualifier != "exact":
            return False
        if not (token.text.isdigit() and len(token.text) == 4 and 1800 <= quantity.count <= 2100):
            return False
        following = quantity.last + 1
        counted = (quantity.noun and quantity.noun != UNIT) or (
            following < len(self.tokens) and self.lex.trigger_set.match(self.tokens, following)
        )
        previous = self.tokens[quantity.first - 1] if quantity.first > 0 else None
        after_preposition = previous is not None and previous.lower in _YEAR_PREPOSITIONS
        return not counted or after_preposition

    def _after_superlative_of_age(self, first: int) -> bool:
        k = first - 1
        while k >= 0 and first - k <= 4 and self.tokens[k].kind == "word":
            if _superlative_of_age(self.tokens, k):
                return True
            k -= 1
        return False

    def _is_age(self, quantity: Quantity) -> bool:
        tokens = self.tokens
        first = quantity.first
        if first == 0:
            return False
        previous = tokens[first - 1]
        if previous.lower in {"aged", "age", "ages", "yaşı", "yaşları", "возрастом"}:
            return True
        if self._after_superlative_of_age(first):
            return True
        age_word = self.lex.age_set.match(tokens, first - 1)
        if age_word is not None and len(age_word.elements) == 1 and first >= 2:
            return tokens[first - 2].lower in _PERSON_AGE_NOUNS
        if quantity.qualifier in {"at_most", "at_least"} and quantity.qualifier_words:
            return previous.lower in _PERSON_AGE_NOUNS and quantity.qualifier_words.lower() in {
                "under", "over", "above", "below", "младше", "старше", "моложе"
            }  # fmt: skip
        return False


def _superlative_of_age(tokens: list[Token], k: int) -> bool:
    """ "the youngest", «самому младшему», "ən gənci", "ən yaşlısı": the number said of
    such a person is an age ("the youngest was 7, the oldest 82")."""
    word = tokens[k].lower
    if word in {"youngest", "oldest", "младшему", "старшему", "младшей", "старшей"}:
        return True
    if tokens[k].key in {"младший", "старший"} and k > 0 and tokens[k - 1].key == "самый":
        return True
    # Azerbaijani: the possessive, not a case ("ən böyüyündən" is "from the largest").
    return k > 0 and tokens[k - 1].lower == "ən" and word in {"gənci", "kiçiyi", "yaşlısı"}


def az_locative(token: Token, language: str) -> bool:
    return language == "az" and token.lower.endswith(("da", "də", "ta", "tə"))


def az_plural_dative(token: Token, language: str) -> bool:
    return language == "az" and token.lower.endswith(("lara", "lərə", "larına", "lərinə"))


def _compound_word(suffix: str, language: str) -> bool:
    """Is the word hyphened onto digits one that makes an adjective of them?

    English writes "12-year-old", "3-day", "40-km"; Russian «5-летний», «3-этажный» (longer
    than the ordinal endings «5-й», «5-го»); Azerbaijani "-lik"/"-lıq" ("2 km-lik",
    "100-lük") — its other endings are cases and possessives of a count ("106-sı")."""
    if language == "en":
        return suffix not in _EN_ORDINAL
    if language == "ru":
        return len(suffix) > 3 and not _RU_ORDINAL.match(suffix)
    return suffix.startswith(("lik", "lık", "luk", "lük", "liq", "lıq", "luq", "lüq"))


# The third-person possessive (-sı, -si, -su, -sü) followed by a case ending: dative,
# locative, ablative, accusative ("şöbəsinə", "binasında", "məntəqəsindən", "idarəsini").
_AZ_GENITIVE = re.compile(r"(?:[ıiuü]n|n[ıiuü]n)$")
# Singular after a vowel ("şöbəsinə", "binasında") or plural ("şöbələrində", "binalarına").
_AZ_POSSESSED_WITH_CASE = re.compile(r"(?:s[ıiuü]|l[aə]r[ıi])n(?:[aə]|[ıiuü]|d[aə]n?)$")

_POSSESSIVES_EN = frozenset({"his", "her", "their", "my", "our", "your"})
_TIME_DETERMINERS_EN = frozenset({"last", "this", "next", "every", "each", "that", "per"})

# Words that number the parts of a text when capitalised before a number ("Count 1:").
_HEADINGS = frozenset({
    "count", "charge", "incident", "episode", "обвинение", "инцидент", "ittiham", "epizod",
    "hadisə",
})  # fmt: skip
_STREET_WORDS_EN = frozenset(
    {"street", "st", "road", "rd", "lane", "avenue", "ave", "boulevard", "square", "drive"}
    | {"highway", "way", "place", "court", "terrace", "crescent", "alley"}
)


def _az_governs(token: Token, qualifier: str) -> bool:
    """Does the word before an Azerbaijani postposition carry the case it governs?"""
    ending = token.suffix or token.lower
    if qualifier.rstrip("*") in {"yaxın", "qədər"}:
        return ending.endswith(("a", "ə", "dək", "yə", "ya", "nə", "na"))
    if qualifier.startswith(("öt", "aş")):
        # "300-ü ötüb": a verb of passing takes the number in the accusative.
        return ending.endswith(("ı", "i", "u", "ü"))
    return ending.endswith(("dən", "dan"))


# Labels of sex or age, like the subgroups ("girls", "boys"); other labels name what persons do
# or are ("journalists", "students").
_SEX_OR_AGE_LABELS = frozenset({"label:girls", "label:boys"})


def _sex_or_age(value: str) -> bool:
    return value.startswith("subgroup:") or value in _SEX_OR_AGE_LABELS


def _occupation(value: str) -> bool:
    return value.startswith("label:") and value not in _SEX_OR_AGE_LABELS


def _noun_rank(value: str) -> int:
    if value == PERSON:
        return 0
    if value == UNIT:
        return 1
    if value.startswith("implied:"):
        return 2
    return 3


def _words(tokens: list[Token], first: int, last: int) -> str:
    parts: list[str] = []
    for k in range(first, last + 1):
        if parts and tokens[k].space_before:
            parts.append(" ")
        parts.append(tokens[k].text)
    return "".join(parts)


def find_quantities(
    tokens: list[Token], lex: Lexicon, language: str, masked: set[int]
) -> list[Quantity]:
    return QuantityFinder(tokens, lex, language, masked).find()
