"""Reading one quantity at a token: a number in digits or words with its ending, a range, a
vague word, "no one", a qualifier before or after it, and the one that an article or a
singular noun counts in a list."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import PERSON, names_group
from rightsledger.analysis.statements.lexicon.az_acts import LOSSES as AZ_LOSSES
from rightsledger.analysis.statements.morphology import russian_ordinal
from rightsledger.analysis.statements.numerals import (
    NumberRun,
    and_a_half_at,
    number_words,
    read_number,
    ru_scale_before_its_number,
    word_value,
)
from rightsledger.analysis.statements.quantities.az_cases import az_asked_whether_there_is
from rightsledger.analysis.statements.quantities.counted_noun import CountedNoun
from rightsledger.analysis.statements.quantities.designations import numbers_a_section
from rightsledger.analysis.statements.quantities.digits import (
    classify_suffix,
    compound_word,
    num_suffix,
)
from rightsledger.analysis.statements.quantities.next_in_turn import one_more_in_turn
from rightsledger.analysis.statements.quantities.qualifiers import Qualifiers
from rightsledger.analysis.statements.quantities.quantity import Quantity, text_between
from rightsledger.analysis.statements.quantities.ranges import Ranges
from rightsledger.analysis.statements.tokens import hyphened_to_a_word

# Prepositions of a case that may stand between «чем» and a number.
_RU_PREPOSITIONS = frozenset({"к", "у", "в", "во", "на", "с", "со", "для", "из", "от", "по", "о"})
# Russian qualifiers that are adverbs, not words that govern the number's case: the
# preposition of the counted noun may follow them («по меньшей мере в 61 случае», «примерно у
# 40 задержанных»), as it follows «чем». («более», «свыше», «около» take the genitive
# themselves: «более 20», never «более в 20».)
_RU_ADVERB_QUALIFIERS = frozenset(
    {("по", "меньшей", "мере"), ("по", "крайней", "мере"), ("как", "минимум"), ("минимум",),
     ("максимум",), ("примерно",), ("приблизительно",), ("почти",), ("ориентировочно",),
     ("предположительно",)}
)  # fmt: skip
# Azerbaijani "there was none": after a participle ("ölən olmayıb") or a case of an act
# ("ölüm halı yoxdur"); and "not recorded" after "qeydə" ("ölüm halı qeydə alınmayıb").
AZ_NONE = frozenset(
    {"olmayıb", "olmamışdır", "olmadı", "yoxdur", "olmayıbdır", "olmadığını", "olmadığı"}
)
AZ_NOT_RECORDED = frozenset(
    {"alınmayıb", "alınmamışdır", "alınmadı", "alınmadığını", "alınmadığı", "alınmamışdı"}
)
# The participle that names the persons of none, singular or plural: "ölən olmayıb",
# "İtkin düşənlər yoxdur" (there are no missing).
_AZ_PARTICIPLES_OF_PERSONS = ("an", "ən", "anlar", "ənlər")
# Nouns of the persons a fate befell that are triggers too, as a fact sheet says there are none
# of them: "yaralı yoxdur" (no wounded), "itkin yoxdur". ("ölü yoxdur", a noun only, is read by
# ``_az_none_of_a_fates_noun``.)
_AZ_NOUNS_OF_A_FATE = frozenset({"yaralı", "yaralılar", "itkin", "itkinlər"})
# The words for a case of an act: "ölüm halı", "işgəncə faktı", "zorakılıq hadisəsi".
# Words between "no" and its noun that add to what was counted before, not to whom:
# "no new deaths were recorded", "no further arrests", "no additional bodies".
EN_ADDED_TO_NONE = frozenset({"new", "further", "additional", "fresh", "more"})
_AZ_CASES = frozenset({"halı", "halları", "faktı", "faktları", "hadisəsi", "hadisələri"})
# Nouns of children: a number before "yaşlı" and one of these is the child's age, never a
# count of the elderly ("yaşlı" is both aged and elderly).
_CHILDREN_NOUNS = frozenset({"subgroup:children", "label:girls", "label:boys"})
# "Heç biri" (none of them) in the genitive, dative, locative and ablative.
_AZ_NONE_OBLIQUE = frozenset({"birinin", "birinə", "birində", "birindən"})
_LIST_BEFORE_ONE = frozenset({"and", ",", "including", "them", "whom", "plus", "namely"})
# Verbs whose particle is "over" ("handed over 40 prisoners", "turned over the bodies of six"):
# the particle belongs to the verb, and is no "more than" of the number after it.
_VERBS_WITH_OVER = frozenset(
    {"hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "give"}
    | {"gives", "gave", "given", "giving", "pass", "passes", "passed", "passing", "signed"}
)
# Words after which "about" is a preposition ("information about 40 civilians", "learned about
# 12 cases"), no "approximately" of the number after it.
_WORDS_ABOUT = frozenset(
    {"information", "report", "reports", "data", "details", "news", "concern", "concerns"}
    | {"allegations", "complaints", "questions", "testimony", "testimonies", "knowledge"}
    | {"learned", "learnt", "heard", "spoke", "speak", "talked", "testified", "inquired"}
    | {"enquired", "asked", "wrote", "written", "informed", "notified", "briefed"}
)


# «не было», and «не» with the neuter of a verb of recording: none was recorded.
_NONE_IN_THE_PAST_RU = frozenset(
    {"было", "оказалось", "зафиксировано", "зарегистрировано", "выявлено", "отмечено"}
)

# What there is none of when «нет» follows it is news, not persons: «сведений нет».
_NO_NEWS_RU = frozenset({"сведений", "информации", "данных", "известий", "вестей"})


class NumberReading(Qualifiers, Ranges, CountedNoun):
    """Reads the quantity that starts at a token, if any."""

    def _at(self, i: int) -> Quantity | None:
        tokens, lex = self.tokens, self.lex
        qualifier = lex.before_set.match(tokens, i)
        if qualifier is not None and (self._figure_reached(i) or self._after_a_multiple(i)):
            qualifier = None
        if qualifier is not None and self._particle_of_a_verb(qualifier.elements, i):
            qualifier = None
        if qualifier is not None:
            j = i + len(qualifier.elements)
            if self._preposition_after_comparison(qualifier.elements, j):
                j += 1  # «не менее чем к 46 задержанным»: the case's preposition comes between
            if j < len(tokens) and j not in self.masked:
                inner = self._bare(j, after_qualifier=True)
                if inner is not None and not inner.zero:
                    if inner.qualifier == "exact":
                        inner.qualifier = qualifier.value
                        inner.qualifier_words = text_between(tokens, i, j - 1)
                    inner.first = i
                    return inner
        bare = self._bare(i, after_qualifier=False)
        if bare is not None and bare.qualifier == "exact" and not bare.zero:
            self._qualifier_between_commas(bare)
        return bare

    def _qualifier_between_commas(self, quantity: Quantity) -> None:
        """«Погибли, по меньшей мере, 100 человек»: a qualifier set off by commas right before
        the number qualifies it as one written beside it does."""
        tokens, i = self.tokens, quantity.first
        if i < 3 or tokens[i - 1].text != ",":
            return
        for start in range(max(1, i - 6), i - 1):
            found = self.lex.before_set.match_span(tokens, start)
            if found is None or start + found[1] != i - 1 or tokens[start - 1].text != ",":
                continue
            quantity.qualifier = found[0].value
            quantity.qualifier_words = text_between(tokens, start, i - 2)
            return

    def _particle_of_a_verb(self, elements: tuple[str, ...], i: int) -> bool:
        """Is the qualifier a word that belongs to the word before it: the particle of
        "handed over", the preposition of "information about"?"""
        before = self.tokens[i - 1].lower if i > 0 else ""
        return (elements == ("over",) and before in _VERBS_WITH_OVER) or (
            elements == ("about",) and before in _WORDS_ABOUT
        )

    def _preposition_after_comparison(self, elements: tuple[str, ...], j: int) -> bool:
        """«не менее чем к 46», «более чем у 30», «не менее чем в 12», «по меньшей мере в 61»:
        Russian puts the preposition of the counted noun's case between "than", or a
        qualifying adverb, and the number."""
        tokens = self.tokens
        return (
            self.language == "ru"
            and (elements[-1] == "чем" or elements in _RU_ADVERB_QUALIFIERS)
            and j + 1 < len(tokens)
            and tokens[j].lower in _RU_PREPOSITIONS
            and tokens[j + 1].kind in ("num", "word")
        )

    def _bare(self, i: int, *, after_qualifier: bool) -> Quantity | None:
        tokens, lex = self.tokens, self.lex
        ranged = self._range_opened_at(i)
        if ranged is not None:
            return ranged
        # «тысячи три»: about three thousand, not the vague «тысячи».
        inverted = ru_scale_before_its_number(tokens, i) if self.language == "ru" else None
        vague = None if inverted else lex.vague_set.match(tokens, i)
        if vague is not None and not (after_qualifier and self.language == "ru"):
            last = i + len(vague.elements) - 1
            words_last = last
            aside = self._vague_aside(last + 1)
            if aside is not None:
                # "Dozens, perhaps hundreds, of people", «Десятки, если не сотни, людей»: the
                # second guess between commas is part of the vague words; the noun follows.
                words_last, last = aside - 1, aside
            return Quantity(
                i, last, qualifier="vague", qualifier_words=text_between(tokens, i, words_last)
            )
        zero = lex.zero_set.match(tokens, i)
        trigger = lex.trigger_set.match_span(tokens, i)
        if zero is not None and trigger is not None and trigger[1] > len(zero.elements):
            zero = None  # "heç kim sağ qalmayıb": "no one survived" is a phrase of its own
        if zero is not None and not after_qualifier:
            last = i + len(zero.elements) - 1
            if zero.elements == ("no",):
                while last + 1 < len(tokens) and tokens[last + 1].lower in EN_ADDED_TO_NONE:
                    last += 1  # "no new deaths", "no further arrests": the words of the none
            if zero.elements in {("no",), ("heç", "bir")} and not self._noun_follows(last + 1):
                # "heç bir ittiham irəli sürülmədən" (without any charge): no counted noun
                # follows, so no "none" of persons or things.
                return None
            if zero.elements == ("без",) and lex.trigger_set.match(tokens, last + 1) is None:
                return None  # «без погибших», «без жертв»: none of those; «без суда» is not
            return Quantity(i, last, count=0, zero=True)
        if zero is None and i > 0 and (tokens[i - 1].lower, tokens[i].lower) == ("heç", "bir"):
            return None  # "heç bir ittiham" (any charge) above: "bir" is no number of its own
        if zero is None and self._az_none_in_an_oblique_case(i):
            return None  # "saxlanılanların heç birinə vəkil verilməyib": to none, no count
        if tokens[i].lower == "нет" and self.language == "ru":
            if i > 0 and tokens[i - 1].lower in _NO_NEWS_RU:
                return None  # «о судьбе пленных сведений нет»: no news, not no one
            return Quantity(i, i, count=0, zero=True, zero_after_only=True)
        if self._ru_none_in_the_past(i):
            return Quantity(i, i + 1, count=0, zero=True, zero_after_only=True)
        none_from = self._az_none_after_act(i)
        if none_from is not None:
            return Quantity(none_from, i, count=0, zero=True, zero_after_only=True)
        group_none = self._az_none_of_a_group_after_act(i)
        if group_none is not None:
            return group_none
        implied = self._az_none_of_a_fates_noun(i)
        if implied:
            # "ölü yoxdur" (no dead): the noun gives the fate, as in "4 ölü".
            return Quantity(i - 1, i, count=0, zero=True, zero_after_only=True, noun=implied)
        run = inverted or read_number(tokens, i, self.language)
        if run is None and self._indefinite_one(i):
            return Quantity(i, i, count=1, word_one=True)
        in_turn = (
            one_more_in_turn(tokens, i, lex) if run is None and self.language == "en" else None
        )
        if in_turn is not None:
            return Quantity(i, in_turn, count=1, one_more=True)
        if run is None:
            one = self._singular_in_list(i)
            if one is not None:
                return one
        if run is None or tokens[i].kind == "numdate":
            return None
        quantity = Quantity(i, run.last)
        if inverted is not None:
            quantity.qualifier = "about"
            quantity.qualifier_words = text_between(tokens, i, run.last)
        more = self._more_before_the_scale(run)
        if more is not None:
            # «двух с лишним тысяч»: a qualifier between the number and its thousands.
            run, quantity.last = more[0], more[0].last
            quantity.qualifier, quantity.qualifier_words = "at_least", more[1]
        quantity.word_one = tokens[i].kind == "word" and run.value == 1
        odd = self._odd_after(run.last)
        if odd is not None:
            # "forty-odd", "300-odd", "40 odd people", "40-plus": forty and some more.
            quantity.last, quantity.count = odd, int(run.value)
            quantity.qualifier = "at_least"
            quantity.qualifier_words = tokens[odd].text
            return quantity
        suffix, suffix_last = ("", run.last)
        if tokens[run.last].kind == "num":
            suffix, suffix_last = num_suffix(tokens, run.last)
            if suffix:
                tokens[run.last].suffix = suffix
        reason = classify_suffix(suffix, run.value, self.language)
        if reason == "ordinal" and self._ru_genitive_of_persons(run.value, suffix, suffix_last):
            reason = ""
        hyphened = suffix_last == run.last + 2
        if not reason and hyphened and compound_word(suffix, self.language):
            reason = "compound"  # "12-year-old", «5-летний», "10-metrelik": a description
        if not reason and self._word_compound(run.last):
            reason = "compound"  # "a five-storey block", "a two-day siege": a description
        if not reason and numbers_a_section(tokens, i):
            reason = "reference"  # "3.3 Of the 1,204, …": a section's number
        if not reason and self._age_after(i, suffix_last, suffix):
            reason = "age"  # "5 yaşlı uşaq": five years old
        if not reason and not suffix and self._az_ordinal_range_after(run.last):
            reason = "ordinal"  # "15–214-cü səhifələrində": the first of a range of ordinals
        if not reason and self._ru_compound_ordinal(run.last):
            reason = "ordinal"  # «двадцать девятого обмена»: the 29th, no twenty
        if reason:
            quantity.non_count = reason
        quantity.last = suffix_last
        if and_a_half_at(tokens, quantity.last + 1, self.language):
            quantity.non_count = quantity.non_count or "fraction"  # «два с половиной часа»
        fraction = run.value != int(run.value) and not quantity.non_count
        if fraction:
            quantity.non_count = "fraction"
        value = int(run.value)
        quantity.count = value
        self._range_after(quantity, run.value)
        if fraction and quantity.qualifier == "range" and quantity.low != value:
            quantity.non_count = ""  # "1.5–2 million": the scale after the upper bound
        if quantity.qualifier == "range" and self._age_after(i, quantity.last, ""):
            quantity.non_count = quantity.non_count or "age"  # "5-12 yaşlı uşaqlar"
        self._qualifier_after(quantity)
        return quantity

    def _az_ordinal_range_after(self, last: int) -> bool:
        """Azerbaijani writes the ordinal ending once, on the last number of a range
        ("15–214-cü səhifələr", pages 15 to 214; "2022–2025-ci illər"): a bare number
        dashed to an ordinal is an ordinal too."""
        tokens = self.tokens
        if self.language != "az" or last + 2 >= len(tokens):
            return False
        dash, other = tokens[last + 1], tokens[last + 2]
        if dash.text not in {"-", "–", "—"} or other.kind != "num" or dash.space_before:
            return False
        suffix, _ = num_suffix(tokens, last + 2)
        return classify_suffix(suffix, 0, self.language) == "ordinal"

    def _ru_compound_ordinal(self, last: int) -> bool:
        """Russian inflects only the last word of a compound ordinal («двадцать девятого»,
        «сто первый», «сорок пятом»): round tens or hundreds in words right before an ordinal
        are its first words, no cardinal of their own."""
        tokens = self.tokens
        if self.language != "ru" or tokens[last].kind != "word" or last + 1 >= len(tokens):
            return False
        value = word_value(tokens[last], "ru")
        following = tokens[last + 1]
        if value is None or value.value < 20 or value.value % 10 or following.kind != "word":
            return False
        return russian_ordinal(following.text)

    def _ru_genitive_of_persons(self, value: float, suffix: str, last: int) -> bool:
        """«гибель 3-х человек», «ранении 4-х детей», «из 22-х задержанных»: the genitive of
        two, three, four (двух, трёх, четырёх) before persons, not an ordinal («2-х классов»,
        «90-х годов»)."""
        if self.language != "ru" or suffix != "х" or last + 1 >= len(self.tokens):
            return False
        if int(value) % 10 not in {2, 3, 4} or int(value) % 100 in {12, 13, 14}:
            return False
        if self.lex.trigger_set.match(self.tokens, last + 1) is not None:
            return True
        phrase = self.lex.noun_set.match(self.tokens, last + 1)
        return phrase is not None and (
            phrase.value == PERSON
            or names_group(phrase.value)
            or phrase.value.startswith("implied:")
        )

    def _vague_aside(self, comma: int) -> int | None:
        """The closing comma of ", perhaps hundreds," after a vague count, or None."""
        tokens = self.tokens
        if comma >= len(tokens) or tokens[comma].text != ",":
            return None
        for k in range(comma + 1, min(len(tokens), comma + 6)):
            if tokens[k].text == ",":
                guessed = any(
                    self.lex.vague_set.match(tokens, j) is not None for j in range(comma + 1, k)
                )
                return k if guessed and k + 1 < len(tokens) else None
            if tokens[k].kind == "num":
                return None
        return None

    def _more_before_the_scale(self, run: NumberRun) -> tuple[NumberRun, str] | None:
        """«двух с лишним тысяч», «трёх с небольшим тысяч»: the number, a word of more, its
        thousands — the whole number, and the words of more as written."""
        tokens, j = self.tokens, run.last + 1
        if self.language != "ru" or j >= len(tokens):
            return None
        after = self.lex.after_set.match(tokens, j)
        k = j + len(after.elements) if after is not None else len(tokens)
        if after is None or after.value != "at_least" or k >= len(tokens):
            return None
        scale = word_value(tokens[k], self.language)
        if scale is None or not scale.scale or scale.value < 1000 or run.value >= scale.value:
            return None
        return NumberRun(run.value * scale.value, run.first, k), text_between(tokens, j, k - 1)

    def _odd_after(self, last: int) -> int | None:
        """The "odd" or "plus" after an English round number ("forty-odd", "300-odd",
        "40 odd", "40-plus"; "40 plus 12" is a sum, with no hyphen)."""
        tokens = self.tokens
        k = last + 1
        if self.language != "en" or k >= len(tokens):
            return None
        if tokens[k].text == "-" and not tokens[k].space_before and k + 1 < len(tokens):
            k += 1
            if tokens[k].space_before:
                return None
        if tokens[k].lower == "plus" and k == last + 1:
            return None
        return k if tokens[k].lower in {"odd", "plus"} else None

    def _word_compound(self, last: int) -> bool:
        """Is an English number in words hyphened onto the word after it ("five-storey",
        "two-day", "two-thirds")? A number in words that goes on ("twenty-five") is read
        whole before this, so what is left is an adjective or a fraction: no count."""
        tokens = self.tokens
        if self.language != "en" or tokens[last].kind != "word":
            return False
        return hyphened_to_a_word(tokens, last)

    def _ru_none_in_the_past(self, i: int) -> bool:
        """«Погибших не было.», «Детей среди задержанных не было»: «нет» in the past, closing
        its clause (not «не было освобождено», a verb denied); so is a record of none in an
        official's words, «Смертей задержанных не зафиксировано», «погибших не выявлено»."""
        tokens = self.tokens
        if self.language != "ru" or i + 1 >= len(tokens) or tokens[i].lower != "не":
            return False
        if tokens[i + 1].lower not in _NONE_IN_THE_PAST_RU:
            return False
        return i + 2 >= len(tokens) or not tokens[i + 2].text[:1].isalnum()

    def _az_none_after_act(self, i: int) -> int | None:
        """ "ölən olmayıb", "yaralanan yoxdur", "ölənlər yoxdur": there was none who died
        (like «погибших нет»); and with the act named by its noun and a word for a case,
        "ölüm halı olmayıb", "işgəncə faktı qeydə alınmayıb" (no case of torture was
        recorded), "xəsarət halı qeydə alınmadığını". Where the "none" starts (the word for a case, or the verb), if
        the word at ``i`` closes one."""
        tokens = self.tokens
        if self.language != "az" or i == 0:
            return None
        word = tokens[i].lower
        first = i
        if word in AZ_NOT_RECORDED and tokens[i - 1].lower == "qeydə":
            first = i - 1
        elif word not in AZ_NONE:
            return None
        end = first
        if end > 1 and tokens[end - 1].lower in {"da", "də"}:
            end -= 1  # "yaralanan da yoxdur": nor was anyone injured
        if end > 1 and tokens[end - 1].lower in _AZ_CASES:
            end -= 1
            first = end  # "ölüm halı": the act by its noun, a case of it
        elif tokens[end - 1].lower in AZ_LOSSES:
            pass  # "itki yoxdur", "insan tələfatı qeydə alınmayıb": no loss of life
        elif first != i or not (
            tokens[end - 1].lower.endswith(_AZ_PARTICIPLES_OF_PERSONS)
            or tokens[end - 1].lower in _AZ_NOUNS_OF_A_FATE
        ):
            return None
        # The participle or noun may close a trigger of several words: "xəsarət alan
        # olmayıb" (no one was injured), "itkin düşən yoxdur".
        for start in range(max(0, end - 3), end):
            found = self.lex.trigger_set.match_span(tokens, start)
            if found is not None and start + found[1] == end:
                return first if first < i and tokens[first].lower in _AZ_CASES else i
        return None

    def _az_none_of_a_group_after_act(self, i: int) -> Quantity | None:
        """ "həlak olan jurnalist olmayıb" (there was no journalist who was killed), "xəsarət
        alan polis əməkdaşı yoxdur": none of a group, after the participle of the act that
        would have befallen it (as "həlak olan yoxdur" is none of anyone)."""
        tokens = self.tokens
        if self.language != "az" or i < 2 or tokens[i].lower not in AZ_NONE:
            return None
        if tokens[i].lower.startswith("olmadığ"):
            return None
        for start in range(max(1, i - 3), i):
            noun = self.lex.noun_set.match_span(tokens, start)
            if noun is None or start + noun[1] != i or not names_group(noun[0].value):
                continue
            act = tokens[start - 1].lower
            if not act.endswith(_AZ_PARTICIPLES_OF_PERSONS):
                return None
            for first in range(max(0, start - 3), start):
                found = self.lex.trigger_set.match_span(tokens, first)
                if found is not None and first + found[1] == start:
                    quantity = Quantity(start, i, count=0, zero=True, zero_after_only=True)
                    quantity.np_first, quantity.np_last = start, i - 1
                    quantity.noun = noun[0].value
                    return quantity
            return None
        return None

    def _az_none_of_a_fates_noun(self, i: int) -> str:
        """ "ölü yoxdur", "ölü olmayıb": none, after a noun that names persons by their fate
        (the lexicon's implied noun, "implied:killed"); else ""."""
        tokens = self.tokens
        if self.language != "az" or i == 0 or tokens[i].lower not in AZ_NONE:
            return ""
        if tokens[i].lower.startswith("olmadığ"):
            return ""  # "siyasi məhbus olmadığını bildirir": a denial reported, no count
        noun = self.lex.noun_set.match(tokens, i - 1)
        if noun is None or not noun.value.startswith("implied:"):
            return ""
        return noun.value

    def _singular_in_list(self, i: int) -> Quantity | None:
        """ "o cümlədən hamilə qadın": Azerbaijani has no article; a singular person noun
        right after a marker of parts counts one (none, when "yoxdur" follows it). Not in Russian: «среди них пожилая
        женщина», «среди них ребёнок 2013 года рождения» is a single person, whom no Russian
        set counts (a numeral does: «среди них один ребёнок»)."""
        tokens = self.tokens
        if self.language != "az" or i == 0:
            return None
        if not any(
            (m := self.lex.nest_before_set.match(tokens, start)) is not None
            and start + len(m.elements) == i
            for start in range(max(0, i - 4), i)
        ):
            return None
        phrase = self.lex.noun_set.match(tokens, i)
        if phrase is None or not names_group(phrase.value):
            return None
        last = i + len(phrase.elements) - 1
        head = tokens[last]
        if "lar" in head.lower or "lər" in head.lower:
            return None
        if last + 1 < len(tokens) and read_number(tokens, last + 1, self.language) is not None:
            return None  # "arasında əlilliyi olan 3 şəxs": what the count after it is, not one
        if az_asked_whether_there_is(tokens, last + 1):
            return None  # "Həlak olanlar arasında uşaq varmı?": a question, which counts no one
        quantity = Quantity(i, i, count=1, word_one=True)
        if last + 1 < len(tokens) and tokens[last + 1].lower in AZ_NONE:
            # "Saxlanılanlar arasında uşaq yoxdur": there is no child among them, none.
            quantity = Quantity(i, i, count=0, zero=True)
        quantity.np_first, quantity.np_last, quantity.noun = i, last, phrase.value
        return quantity

    def _az_none_in_an_oblique_case(self, i: int) -> bool:
        """ "heç birinə" (to none of them), "heç birində", "heç birindən": "none" in the
        dative, locative or ablative is whom something was (not) given or found in, never a
        count of persons an act befell; nor is the genitive "heç birinin" (of none of them),
        the owner of what follows ("heç birinin taleyi", "heç birinin vəkillə görüşməsi").
        "bir" in it is no number."""
        tokens = self.tokens
        if self.language != "az" or i == 0 or tokens[i - 1].lower != "heç":
            return False
        return tokens[i].lower in _AZ_NONE_OBLIQUE

    def _indefinite_one(self, i: int) -> bool:
        """ "… and a journalist", "including a nurse": in a list of counted persons the
        indefinite article counts one."""
        tokens = self.tokens
        if self.language != "en" or tokens[i].lower not in {"a", "an"} or i == 0:
            return False
        if tokens[i - 1].lower not in _LIST_BEFORE_ONE or i + 1 >= len(tokens):
            return False
        phrase = self.lex.noun_set.match(tokens, i + 1)
        return phrase is not None and names_group(phrase.value)

    def _age_after(self, first: int, last: int, suffix: str) -> bool:
        """An Azerbaijani bare number before "yaşlı"/"yaşında" is an age, not a count of
        elderly persons ("5 yaşlı uşaq", "70 yaşını keçmiş"); with a case ending it counts ("90-ı yaşlı").
        "yaşlı" is elderly as well as aged: a number before it counts when it is listed after
        a count of persons ("52 uşaq və 71 yaşlı insan") or when the persons' years of birth
        give their age already ("1950-ci il təvəllüdlü iki yaşlı sakin")."""
        if self.language != "az" or suffix or last + 1 >= len(self.tokens):
            return False
        if self.tokens[last].kind == "word" and self.tokens[last].lower not in number_words("az"):
            return False  # "həlak olanların üçü yaşlıdır": three of them, elderly (possessive)
        word = self.tokens[last + 1].lower
        if word.startswith(("yaşında", "yaşınadək", "yaşını")):
            return True  # "yaşını": in the accusative, "70 yaşını keçmiş" (past 70)
        if word in {"yaşı", "yaşları", "yaşına"}:
            return True  # "onun üç yaşı var" (he is three), "70 yaşına çatmış" (reached 70)
        if not word.startswith("yaşlı"):
            return False
        if self._child_after(last + 2):
            return True  # "bir qadın və 12 yaşlı uşaq": no child is elderly, "yaşlı" is aged
        if read_number(self.tokens, last + 2, self.language) is not None:
            return True  # "70 yaşlı iki qadın": the persons are counted after their age
        return not (self._listed_after_count(first) or self._born_before(first))

    def _child_after(self, k: int) -> bool:
        """Does a noun of children ("uşaq", "məktəbli", "qız") stand at ``k``?"""
        phrase = self.lex.noun_set.match(self.tokens, k) if k < len(self.tokens) else None
        return phrase is not None and phrase.value in _CHILDREN_NOUNS

    def _listed_after_count(self, first: int) -> bool:
        """ "52 uşaq və 71 …", "52 uşaq, 71 …": the number follows a count and its noun."""
        if first < 3 or self.tokens[first - 1].lower not in {"və", ","}:
            return False
        noun = self.lex.noun_set.match(self.tokens, first - 2)
        counted = noun is not None and (noun.value == PERSON or names_group(noun.value))
        return counted and read_number(self.tokens, first - 3, self.language) is not None

    def _born_before(self, first: int) -> bool:
        """ "1948 və 1951-ci il təvəllüdlü iki …": years of birth said of the persons."""
        return any(
            self.tokens[k].lower.startswith("təvəllüd") for k in range(max(0, first - 3), first)
        )
