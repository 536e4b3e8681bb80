"""Numbers that are not counts: references, headings, house numbers, times, years, ages,
measures, money, capacities, "one of 40 people" and the number of persons prosecuted."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.lexicon import PERSON, UNIT, names_group
from rightsledger.analysis.statements.numerals import read_number
from rightsledger.analysis.statements.prosecution import prosecuted
from rightsledger.analysis.statements.quantities.addressees import addressed
from rightsledger.analysis.statements.quantities.agents import counts_the_agent
from rightsledger.analysis.statements.quantities.ages import AgeNumbers
from rightsledger.analysis.statements.quantities.az_cases import az_size_of_a_family
from rightsledger.analysis.statements.quantities.az_sources import the_rest_as_a_source
from rightsledger.analysis.statements.quantities.counted_noun import RU_CASE_WORDS
from rightsledger.analysis.statements.quantities.designations import first_of_joined, names_a_thing
from rightsledger.analysis.statements.quantities.exceptions import excepted
from rightsledger.analysis.statements.quantities.fractions import fraction_term
from rightsledger.analysis.statements.quantities.populations import sizes_a_place_or_crowd
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.quantities.rates import is_rate
from rightsledger.analysis.statements.quantities.years import (
    YEAR_PREPOSITIONS,
    counted_though_year_shaped,
    year_as_an_attribute,
)
from rightsledger.analysis.statements.tokens import DASHES, Token

# A wire's time written as four digits ("0912", "1648"), hour and minutes.
_HHMM = 4
_LAST_HOUR = 23
_LAST_MINUTE = 59
# Words after a number that make it an hour of the day ("9 pm", «в 6 утра», «6 вечера»).
_CLOCK_WORDS = frozenset({"am", "pm", "утра", "вечера", "ночи", "дня"})
# … and, after a preposition of time, a part of the day ("after seven this morning").
_HOUR_PREPOSITIONS_EN = frozenset({"at", "after", "before", "until", "till", "since", "from"})
_PARTS_OF_DAY_EN = (
    "this morning", "this afternoon", "this evening", "in the morning", "in the afternoon",
    "in the evening", "at night", "tonight", "last night",
)  # fmt: skip


def _split(text: str) -> list[str]:
    return text.split()


_CURRENCY = frozenset("$€£₼₽")

# «оба», «обе» in their cases: both of the persons just counted.
_BOTH_RU = frozenset({"оба", "обе", "обоих", "обеих", "обоим", "обеим"})
# What sets off an apposition after a count: "two passengers, both women".
_SETTING_OFF = frozenset({",", "(", "—", "–"})

_ONE_OF_COPULAS = frozenset(
    _split("was is became becomes remains remained был была было стал стала являлся являлась")
)

# Words before a number that give how many a place is made for («рассчитан на 450»).
_CAPACITY_BEFORE = {
    "en": ("built for", "designed for", "intended for", "meant for", "capacity of",
           "capacity for", "room for", "built to hold", "designed to hold"),
    "ru": ("рассчитан на", "рассчитана на", "рассчитано на", "рассчитанный на",
           "рассчитанной на", "вместимостью", "вместимостью до", "лимитом",
           # The strength of a unit, not persons its act befell: «группа численностью
           # около 30 человек похитила …», «отряд в составе 40 бойцов».
           "численностью", "в составе"),
    # A place's limit or capacity: "müəssisənin limiti 1.400 nəfərdir", "tutumu 600 nəfər".
    "az": ("limiti", "tutumu"),
}  # fmt: skip

# Verbs of persons kept in a place, by dictionary form, whose count beside a capacity is the
# place's occupancy; and how far before the count the capacity may be said.
_HELD_IN_A_PLACE_RU = frozenset({"содержаться", "находиться", "содержать"})
_OCCUPANCY_REACH = 14

# "Per" before the numeral one: a rate for each person, not one person («на одного», "per").
_PER = frozenset({"на", "per"})
# «Никто» (nobody) counts persons, none of them: «никто из сотрудников больницы не пострадал».
_RU_NOBODY = "никто"

_MADE_FOR_EN = frozenset({"built", "designed", "intended", "meant", "constructed", "equipped"})
# What a place made for persons is made to do with them: "built in 1968 to hold 300 inmates".
_TO_HOLD_EN = frozenset({"hold", "house", "accommodate"})

_POSSESSIVES_EN = frozenset({"his", "her", "their", "my", "our", "your"})
# Titles before a person's name: "One detainee, Mr Ilan Doss, …".
_TITLES_EN = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})
# Words that open how or when one person's lot came about, said in apposition after a count
# ("two died in custody, one of them after a hunger strike"): the story of one of those
# counted, no part of them by a fate or a group of its own.
_CIRCUMSTANCE_EN = frozenset({"after", "while", "when", "following", "during", "before"})

# Words that number the parts of a text when capitalised before a number ("Count 1:").
_HEADINGS = frozenset({
    "count", "charge", "incident", "episode", "обвинение", "инцидент", "ittiham", "epizod",
    "hadisə",
})  # fmt: skip

# "Each" before "one": "hər biri", «каждый из», "every one of them" is no count of one but
# all of those counted.
_EACH = frozenset({"hər", "every", "each"})
# The possessive in the locative on a count: "ikisində", "12-sində", "çoxunda", "hamısında".
_AZ_IN_SOME_OF_THEM = re.compile(r"(?:s[ıiuü]|[ıiuü])nd[aə]$")
# Marks that tell of torture or beating, by stem, within a few words after such a count.
_AZ_TORTURE_MARKS = ("işgəncə", "döyülmə", "döymə")
_AZ_MARK_REACH = 3
# Endings of the Azerbaijani dative, locative and ablative.
_AZ_OBLIQUE = ("a", "ə", "da", "də", "ta", "tə", "dan", "dən", "tan", "tən")
# Plural nouns of groups whose size "of N" gives: "in groups of ten", "in batches of 20".
_GROUPS_EN = frozenset({"groups", "batches", "lots", "rows", "columns", "convoys"})

# Parts of an address written with a capital before their number in digits ("Flat 14",
# "Building 3"); in lower case the singular may stand before a count ("in the house 5
# children were found").
_ADDRESS_WORDS_EN = frozenset(
    {"Flat", "Apartment", "Apt", "Building", "Bldg", "House", "Entrance", "Floor", "Storey"}
)
# School years and classes, written with a capital before their number ("helping Year 7 down
# the stairs", "a girl in Grade 8"): a class numbered, as a room is, not persons counted.
_SCHOOL_YEARS_EN = frozenset({"Year", "Grade", "Form", "Class"})
_STREET_WORDS_EN = frozenset(
    {"street", "st", "road", "rd", "lane", "avenue", "ave", "boulevard", "square", "drive"}
    | {"highway", "way", "place", "court", "terrace", "crescent", "alley"}
)
# Russian words for a street, by dictionary form, and their abbreviations: «на улице Гагарина,
# 41», «ул. Садовая, 12», «пр-т Мира, 5».
_STREET_WORDS_RU = frozenset(
    _split(
        "улица ул проспект пр просп переулок пер бульвар б-р шоссе площадь пл набережная наб "
        "проезд тупик"
    )
)
# A house, a flat or a stairwell by its number, in the singular only, as written (the plural
# counts: «из разрушенных домов 20 стоят …»): «Дом 14 сгорел», «в доме 12 погибли трое».
_HOUSE_WORDS_RU = frozenset(
    _split(
        "дом дома доме домом квартира квартиры квартире квартиру квартирой подъезд подъезда "
        "подъезде корпус корпуса корпусе"
    )
)


# Azerbaijani locative endings ("hissədə", "kamerasında"): where, not which.
_AZ_LOCATIVE = ("da", "də")


class NonCounts(AgeNumbers):
    """Marks a quantity that is no count with the reason (``Quantity.non_count``)."""

    def _mark_non_count(self, quantity: Quantity) -> None:
        if quantity.non_count:
            return
        tokens = self.tokens
        first = quantity.first
        previous = tokens[first - 1] if first > 0 else None
        if quantity.noun == UNIT or self._part_of_measures(quantity):
            quantity.non_count = "measure"  # … or "four of these complaints", "two of the days"
        elif previous is not None and previous.text in _CURRENCY:
            quantity.non_count = "money"
        elif (
            self._numbered_by_a_reference(quantity)
            or self._is_street_number(quantity)
            or names_a_thing(self.tokens, quantity)
            or self._numbers_a_wire_update(quantity)
        ):
            quantity.non_count = "reference"
        elif self._is_time(quantity):
            quantity.non_count = "time"
        elif self._is_year(quantity):
            quantity.non_count = "year"
        elif self._is_age(quantity):
            quantity.non_count = "age"
        elif self._one_of_them(quantity):
            quantity.non_count = "individual"
        elif self._ru_in_a_single_place(quantity):
            quantity.non_count = "single place"
        elif self._all_of_the_count_before(quantity):
            quantity.non_count = "all of them"  # "Двое раненых, оба дети, …": both of the two
        elif self._ru_one_owner(quantity) or self._en_one_owner(quantity):
            quantity.non_count = "owner"
        elif self._capacity(quantity):
            quantity.non_count = "capacity"
        elif self._occupancy(quantity):
            quantity.non_count = "occupancy"
        elif self._group_size(quantity):
            quantity.non_count = "group size"  # "taken out in groups of ten"
        elif counts_the_agent(tokens, quantity, self.language):
            quantity.non_count = "agent"  # "shot dead by five soldiers": who did it
        elif sizes_a_place_or_crowd(tokens, quantity, self.language):
            quantity.non_count = "population"  # "hit a shopping centre in a city of 200,000"
        elif is_rate(tokens, quantity, self.language):
            quantity.non_count = "rate"
        elif excepted(tokens, quantity, self.language):
            quantity.non_count = "exception"  # "all but three were released"
        elif fraction_term(tokens, quantity, self.language):
            quantity.non_count = "fraction"  # "two thirds of them"
        elif self.language == "az" and the_rest_as_a_source(tokens, quantity):
            quantity.non_count = "source"  # "qalan iki quyudan isə 3": of the pits counted
        elif (
            quantity.zero
            and quantity.np_last >= 0
            and not quantity.noun
            and self.language != "az"
            and tokens[quantity.first].lower != _RU_NOBODY
        ):
            # "None of the papers has published …", «не опубликовало ни одно издание»: none
            # of things the lexicon does not know as persons is no zero of ours (Azerbaijani
            # "heç biri" takes its persons from the ablative before it). «Никто из
            # сотрудников больницы» is nobody: persons, whatever noun the lexicon lacks.
            quantity.non_count = "none of things"
        elif quantity.word_one and previous is not None and previous.lower in _PER:
            quantity.non_count = "per"  # «выплата на одного переселенца», "per one detainee"
        elif quantity.word_one and previous is not None and previous.lower in _EACH:
            quantity.non_count = "each"  # "11 nəfərin hər biri": each of those counted
        elif self._az_in_some_of_them(quantity):
            quantity.non_count = "in some of them"  # "qalıqların 40-dan çoxunda … izləri"
        elif self._az_article(quantity):
            quantity.non_count = "article"  # "20-si bir tərəfə …": to one side, no one counted
        elif prosecuted(
            self.tokens,
            self.lex,
            self.language,
            quantity.first,
            max(quantity.last, quantity.np_last),
        ):
            quantity.non_count = "accused"
        elif self._grounds_of_proceedings(quantity):
            quantity.non_count = "grounds"  # «по 16 фактам возбуждены уголовные дела»
        elif addressed(tokens, quantity, self.language):
            quantity.non_count = "addressee"  # «рассказали 14 жителям о пытках»

    def _part_of_measures(self, quantity: Quantity) -> bool:
        """ "Only four of these complaints resulted in proceedings": a part of papers, days
        or other measures the lexicon knows counts them, no persons (English)."""
        tokens, k = self.tokens, quantity.last + 1
        if self.language != "en" or quantity.noun or k + 2 >= len(tokens):
            return False
        if tokens[k].lower != "of" or tokens[k + 1].lower not in {"these", "those", "the"}:
            return False
        phrase = self.lex.noun_set.match(tokens, k + 2)
        return phrase is not None and phrase.value == UNIT

    def _group_size(self, quantity: Quantity) -> bool:
        """ "led out in groups of ten", "released in batches of 20": how many each of
        several groups held, not how many persons in all ("a group of 12 journalists" is a
        count: one group, the persons in it)."""
        tokens, first = self.tokens, quantity.first
        if self.language != "en" or first < 2 or tokens[first - 1].lower != "of":
            return False
        return tokens[first - 2].lower in _GROUPS_EN

    def _capacity(self, quantity: Quantity) -> bool:
        """ "built for 450 inmates", «рассчитан на 450 мест», "450 nəfərlik": how many a
        place is made for (or a unit numbers: «численностью 30 человек», "940 nəfər olan
        əhalisi"), not persons counted."""
        tokens = self.tokens
        first = quantity.first
        before = " ".join(t.lower for t in tokens[max(0, first - 2) : first])
        if before.endswith(_CAPACITY_BEFORE.get(self.language, ())):
            return True
        made_for = self._made_for_en(first)
        if made_for:
            # "was built in 1968 for 450 inmates", "built in 1968 to hold 300 prisoners": the
            # verb of making a little before "for" (or "to hold")
            for k in range(first - made_for - 1, max(-1, first - made_for - 6), -1):
                if tokens[k].kind == "punct":
                    break
                if tokens[k].lower in _MADE_FOR_EN:
                    return True
        if self.language != "az" or quantity.np_first < 0:
            return False
        if az_size_of_a_family(tokens, quantity.np_first):
            return False  # "beş nəfərlik ailə həlak olub": its members, not a capacity
        if tokens[quantity.np_first].lower.startswith(("nəfərlik", "yerlik")):
            return True
        # "kəndin 940 nəfər olan əhalisi" (its population, which is 940), "5 nəfər olan
        # ailə": "olan" makes the count the size of the noun after it.
        after = quantity.np_first + 1
        return (
            after + 1 < len(tokens)
            and tokens[quantity.np_first].lower == "nəfər"
            and tokens[after].lower == "olan"
            and tokens[after + 1].kind == "word"
        )

    def _made_for_en(self, first: int) -> int:
        """How many words before the English count at ``first`` say whom a place is for
        ("for", "to hold", "to house", "to accommodate"); 0 if none do."""
        if self.language != "en" or first < 1:
            return 0
        if self.tokens[first - 1].lower == "for":
            return 1
        if first > 1 and self.tokens[first - 2].lower == "to":
            return 2 if self.tokens[first - 1].lower in _TO_HOLD_EN else 0
        return 0

    def _occupancy(self, quantity: Quantity) -> bool:
        """«в изоляторе, рассчитанном на 450 мест, содержались 612 человек»: how many a
        facility held beside how many it is made for is its occupancy, not persons whom an
        act befell (Russian; a camp's residents are registered, not «содержались»)."""
        if self.language != "ru":
            return False
        tokens = self.tokens
        first = quantity.first
        before = tokens[first - 1] if first > 0 else None
        end = max(quantity.last, quantity.np_last) + 1
        after = tokens[end] if end < len(tokens) else None
        if not any(t is not None and t.key in _HELD_IN_A_PLACE_RU for t in (before, after)):
            return False
        k = first - 1
        while k >= 0 and first - k <= _OCCUPANCY_REACH and tokens[k].text not in {".", ";", "!"}:
            if tokens[k].lower.startswith(("рассчитан", "вместимост")):
                return True
            k -= 1
        return False

    def _az_in_some_of_them(self, quantity: Quantity) -> bool:
        """A count of remains in the locative ("qalıqların ikisində", "40-dan çoxunda", in two,
        in over 40 of the remains) says where a mark was found, not how many were found (of
        persons, "yaralılardan ikisində" may say what they suffered)."""
        if self.language != "az" or not quantity.bodies:
            return False
        last = self.tokens[quantity.last]
        ending = last.suffix if last.kind == "num" else last.lower
        if not ending or _AZ_IN_SOME_OF_THEM.search(ending) is None:
            return False
        # Marks of torture on them ("qalıqların 8-ində işgəncə izləri") say the persons were
        # tortured: a count of them, as "onlardan 8-inin üzərində işgəncə izləri" is.
        after = self.tokens[quantity.last + 1 : quantity.last + 1 + _AZ_MARK_REACH]
        return not any(t.lower.startswith(_AZ_TORTURE_MARKS) for t in after)

    def _az_article(self, quantity: Quantity) -> bool:
        """Azerbaijani "bir" is also the indefinite article: before a noun the lexicon does not
        know, in the dative, locative or ablative ("bir tərəfə", "bir yerdə", "bir gündən"),
        it says "a", and counts nothing."""
        if self.language != "az" or not quantity.word_one or quantity.noun:
            return False
        if self.tokens[quantity.last].lower != "bir":
            return False  # "biri", "one of them", is a pronoun and a person
        k = quantity.last + 1
        if k >= len(self.tokens) or self.tokens[k].kind != "word":
            return False
        return self.tokens[k].lower.endswith(_AZ_OBLIQUE)

    def _one_of_them(self, quantity: Quantity) -> bool:
        """ "He was one of 40 people detained", «она была одной из 40 задержанных»: a
        person said to be one of a count is no count of one."""
        tokens = self.tokens
        first, last = quantity.first, quantity.last
        if quantity.count == 1 and quantity.word_one and self._one_named_after(quantity):
            return True  # "One detainee, Mr Ilan Doss, died": a person named, no count
        if quantity.count != 1 or not quantity.word_one or first == 0 or last + 1 >= len(tokens):
            return False
        if (
            tokens[last + 1].lower == "of"
            and last + 3 < len(tokens)
            and tokens[last + 2].lower in {"them", "whom"}
            and tokens[last + 3].lower in _POSSESSIVES_EN
        ):
            return True  # "nineteen men, one of them his brother, …": a person, not a count
        if (
            tokens[first - 1].text in {",", "–", "—"}
            and tokens[last + 1].lower == "of"
            and last + 3 < len(tokens)
            and tokens[last + 2].lower in {"them", "whom", "those"}
            and tokens[last + 3].lower in _CIRCUMSTANCE_EN
        ):
            return True  # "two died, one of them after a hunger strike": a person's story
        return tokens[last + 1].lower in {"of", "из"} and tokens[first - 1].lower in _ONE_OF_COPULAS

    def _one_named_after(self, quantity: Quantity) -> bool:
        """ "One detainee, Mr Ilan Doss, died …": one person, named by a title and a name
        in apposition after the noun, is that person, not a count of one (English)."""
        tokens = self.tokens
        k = max(quantity.last, quantity.np_last) + 1
        if self.language != "en" or k + 2 >= len(tokens) or tokens[k].text != ",":
            return False
        title = tokens[k + 1].text.rstrip(".")
        return title in _TITLES_EN and tokens[k + 2].kind == "word" and tokens[k + 2].capitalised

    def _ru_in_a_single_place(self, quantity: Quantity) -> bool:
        """«в одном только Мариуполе», «в одном городе»: «один» in the locative after «в» or
        «на», with no noun of persons, is "a single" place, no count of one; left alone, it
        takes the verb from the count after it («в одном городе погибли, по оценкам, 300
        человек»). «об одном погибшем» and «в одном из …» are left as they are."""
        tokens, first, last = self.tokens, quantity.first, quantity.last
        if self.language != "ru" or not quantity.word_one or first == 0 or quantity.noun:
            return False
        if tokens[first].lower not in {"одном", "одной"}:
            return False
        after = tokens[last + 1].lower if last + 1 < len(tokens) else ""
        return tokens[first - 1].lower in {"в", "во", "на"} and after != "из"

    def _ru_one_owner(self, quantity: Quantity) -> bool:
        """«12 членов одной семьи», «жители одного села»: «один» in the genitive right after a
        noun says whose that noun is (a single family, one village), no count of one."""
        tokens, first = self.tokens, quantity.first
        if self.language != "ru" or not quantity.word_one or first == 0:
            return False
        after = quantity.last + 1
        return (
            tokens[first].lower in {"одной", "одного"}
            and tokens[first - 1].pos == "NOUN"
            and after < len(tokens)
            and tokens[after].pos == "NOUN"
            # «из 12 заложников одного человека убили»: one of persons, counted
            and quantity.noun != PERSON
            and not names_group(quantity.noun)
        )

    def _all_of_the_count_before(self, quantity: Quantity) -> bool:
        """ "Двое раненых, оба дети, скончались", "Yaralılardan ikisi, hər ikisi uşaq, ölüb":
        «оба» and "hər ikisi" (both of them), set off after a count of as many, say what all
        of those were; no count of their own. (English "both" is no number.)"""
        tokens, first = self.tokens, quantity.first
        if self.language == "ru" and tokens[first].lower in _BOTH_RU:
            opener = first
        elif self.language == "az" and first > 0 and tokens[first - 1].lower == "hər":
            opener = first - 1
        else:
            return False
        comma = opener - 1
        if comma < 1 or tokens[comma].text not in _SETTING_OFF:
            return False
        for k in range(comma - 1, max(-1, comma - 5), -1):
            if tokens[k].kind == "punct":
                return False
            number = read_number(tokens, k, self.language)
            if number is not None:
                return number.value == quantity.count
        return False

    def _en_one_owner(self, quantity: Quantity) -> bool:
        """ "five of them members of one family", "residents of one village": "one" after
        "of" with a noun that names no persons says whose the persons are (a single family),
        no count of one; the family is not wiped out by what befell five of its members."""
        tokens, first = self.tokens, quantity.first
        if self.language != "en" or not quantity.word_one or first < 2:
            return False
        if tokens[first].lower != "one" or tokens[first - 1].lower != "of":
            return False
        owned = tokens[first - 2]
        return (
            owned.kind == "word"
            and read_number(tokens, first - 2, self.language) is None  # "two of one hundred"
            and quantity.noun not in {"", PERSON}
            and not names_group(quantity.noun)
        )

    def _is_reference(self, first: int) -> bool:
        tokens = self.tokens
        first = self._glued_start(first)
        if (
            self._is_heading(first)
            or self._numbers_a_paragraph(first)
            or self._numbers_a_post_of_a_thread(first)
        ):
            return True
        if self._after_part_marker(first):
            return False  # «в т. ч. 5 детей»: «ч.» ends "including", it is no part of a law
        k = first - 1
        while k >= 0 and tokens[k].text in {".", "("}:
            k -= 1
        if k < 0:
            return False
        if "." in {t.text for t in tokens[k + 1 : first]} and len(tokens[k].text) > 4:
            return False  # "46 houses. Five …" ends a sentence; "No. 5", «стр. 12» abbreviate
        if "." in {t.text for t in tokens[k + 1 : first]} and _opens_a_sentence(tokens[first]):
            return False  # "… of us in the cell. Two men died": a short word ends one too
        if tokens[k].text in _ADDRESS_WORDS_EN and tokens[first].kind == "num":
            return True  # "on Flat 14, Building 3": a capitalised part of an address
        if tokens[k].text in _SCHOOL_YEARS_EN and tokens[first].kind == "num":
            return True  # "Year 7", "Grade 8": a class numbered
        if tokens[k].lower == "number" and self._persons_before(k):
            return False  # "The dead number 14", "Hostages number about 30": a verb
        for start in range(max(0, k - 1), k + 1):
            phrase = self.lex.reference_set.match(tokens, start)
            if phrase is not None and start + len(phrase.elements) - 1 == k:
                if tokens[k].lower == "no" and tokens[k + 1].text != "." and k + 1 == first:
                    # "no 5 people" is not how references are written; "No. 5" and "No 5" are.
                    return tokens[first].kind == "num" and not self._noun_follows(first + 1)
                return True
        return False

    def _numbered_by_a_reference(self, quantity: Quantity) -> bool:
        """Does a reference word ("Article", «статьи», «камере») number the quantity?
        Russian numbers things in digits only: a numeral word after such a word counts («в
        доме трое погибших», «в камере двое задержанных»)."""
        if self.language == "ru" and self.tokens[quantity.first].kind != "num":
            return False
        if not (
            self._is_reference(quantity.first)
            or self._is_reference(first_of_joined(self.tokens, quantity))
        ):
            return False
        return not self._counts_persons_after_a_reference_word(quantity)

    def _counts_persons_after_a_reference_word(self, quantity: Quantity) -> bool:
        """«освобождены без составления протокола 2 905 человек», «в камере 12 человек»: in
        Russian a numbered article, cell or protocol is never followed by a noun of persons in
        the case the numeral governs; a number that counts persons after such a word (in the
        genitive or the locative, as the phrase before governs it) is a count."""
        if self.language not in {"ru", "az"} or quantity.np_last < 0:
            return False
        noun = quantity.noun
        if noun != PERSON and not names_group(noun):
            return False
        before = self.tokens[self._glued_start(quantity.first) - 1]
        if self.language == "az":
            # "hərbi hissədə 31 əsgər ölüb", "kamerada 12 nəfər saxlanılır": a place in the
            # locative is where the persons counted after it are; a thing numbered stands
            # in the nominative or possessed ("maddə 5", "5-ci hissəsi").
            return before.lower.endswith(_AZ_LOCATIVE)
        return before.text not in {"№", "."}

    def _persons_before(self, k: int) -> bool:
        """Does a word that names persons (by a noun or by their fate: "hostages", "the
        dead") end right before ``k``? Persons are no numbered things."""
        while k > 1 and self.tokens[k - 1].lower in {"now", "still", "currently"}:
            k -= 1  # "Refugees now number 4,000"
        if k < 1 or self.tokens[k - 1].kind != "word":
            return False
        return any(
            phrase is not None and start + len(phrase.elements) == k
            for start in range(max(0, k - 3), k)
            for phrase in (
                self.lex.trigger_set.match(self.tokens, start),
                self.lex.noun_set.match(self.tokens, start),
            )
        )

    def _glued_start(self, first: int) -> int:
        """The first number of a reference written in one piece: "№ 4/118-25", "No. 12/3",
        «дело № 2-114/2024»: a number glued by a slash or hyphen to a number before it is read
        with that one."""
        tokens = self.tokens
        while (
            first >= 2
            and not tokens[first].space_before
            and tokens[first - 1].text in {"/", "-"}
            and not tokens[first - 1].space_before
            and tokens[first - 2].kind == "num"
        ):
            first -= 2
        return first

    def _after_part_marker(self, first: int) -> bool:
        """Does a marker of parts ("including", «в т. ч.») end just before the number?"""
        for start in range(max(0, first - 6), first):
            found = self.lex.nest_before_set.match_span(self.tokens, start)
            if found is not None and start + found[1] == first:
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

    def _numbers_a_paragraph(self, first: int) -> bool:
        """ "9. The panel notes …", «3) Погибли …», "1) in Orsk district: …": a number that
        opens a line, with a full stop or bracket glued to it and a word after, numbers the
        paragraph or item that follows; it counts nothing, even where a heading with no full
        stop of its own stands on the line before ("Deaths in custody"). After a full stop
        the word must be capitalised: "12.\nkilled" would be a sentence's last count."""
        tokens = self.tokens
        if first + 2 >= len(tokens) or (first > 0 and not tokens[first].newline_before):
            return False
        mark, word = tokens[first + 1], tokens[first + 2]
        return (
            mark.text in {".", ")"}
            and not mark.space_before
            and word.space_before
            and word.kind == "word"
            and (word.capitalised or mark.text == ")")
        )

    def _numbers_a_post_of_a_thread(self, first: int) -> bool:
        """ "2/4 Kənd məktəbi tam yanıb", "3/5 The shelling went on": a post of a thread
        opens its line with its place and the length of the thread, glued by a slash; neither
        number counts anything."""
        tokens = self.tokens
        if self._numbers_a_post_alone(first):
            return True
        if first + 3 >= len(tokens) or (first > 0 and not tokens[first].newline_before):
            return False
        slash, total, word = tokens[first + 1], tokens[first + 2], tokens[first + 3]
        return (
            tokens[first].kind == "num"
            and slash.text == "/"
            and not slash.space_before
            and total.kind == "num"
            and not total.space_before
            and word.space_before
            and word.capitalised  # "2/3 of the detainees" is a fraction
        )

    def _numbers_a_post_alone(self, first: int) -> bool:
        """ "1/ Police detained 120 … 2/ Among them …": a post's place with no length of the
        thread, a slash glued to it and a capitalised word after, at the start of a line or
        right after a full stop."""
        tokens = self.tokens
        if first + 2 >= len(tokens) or tokens[first].kind != "num":
            return False
        opens = (
            first == 0 or tokens[first].newline_before or tokens[first - 1].text in {".", "!", "?"}
        )
        slash, word = tokens[first + 1], tokens[first + 2]
        return (
            bool(opens)
            and slash.text == "/"
            and not slash.space_before
            and word.space_before
            and word.kind == "word"
            and word.capitalised
        )

    def _is_street_number(self, quantity: Quantity) -> bool:
        """ "at 4 Mill Lane", "17 Station Road": a number in digits before a capitalised name
        that ends in a word for a street is a house number."""
        tokens = self.tokens
        if self.language == "ru":
            return self._is_street_number_ru(quantity)
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

    def _grounds_of_proceedings(self, quantity: Quantity) -> bool:
        """«По 16 фактам возбуждены уголовные дела», «по 3 эпизодам проводится проверка»:
        Russian names what proceedings were opened over with «по» and the incidents in the
        dative; those are counted, not the persons they befell («27 случаев смерти» is a count
        of deaths, with no «по»)."""
        first, last = quantity.first, quantity.np_last
        if self.language != "ru" or first < 1 or last < 0:
            return False
        return self.tokens[first - 1].lower == "по" and self.tokens[last].key in RU_CASE_WORDS

    def _is_street_number_ru(self, quantity: Quantity) -> bool:
        """«на улице Гагарина, 41», «ул. Садовая, 12»: Russian writes the house number in
        digits after a comma that ends the street's name (a word for a street and one to three
        capitalised words), or after the word for a house or a flat («в доме 12»); a number
        with a noun of its own counts («на улице Гагарина, 12 человек ранены», «в доме 12
        человек»)."""
        tokens = self.tokens
        comma = quantity.first - 1
        if tokens[quantity.first].kind != "num" or quantity.noun or quantity.np_last >= 0:
            return False
        if comma >= 0 and tokens[comma].lower in _HOUSE_WORDS_RU:
            return True  # «в доме 12 погибли трое», «Дом 14 сгорел»
        if comma < 2 or tokens[comma].text != ",":
            return False
        k = comma - 1
        while k > comma - 4 and k >= 0 and tokens[k].capitalised:
            k -= 1
        if k == comma - 1 or k < 0:
            return False
        if tokens[k].text == "." and k > 0:
            k -= 1  # «ул. Садовая»
        return tokens[k].key in _STREET_WORDS_RU or tokens[k].lower in _STREET_WORDS_RU

    def _is_time(self, quantity: Quantity) -> bool:
        tokens = self.tokens
        i = quantity.first
        before = tokens[i - 1] if i > 0 else None
        after = tokens[quantity.last + 1] if quantity.last + 1 < len(tokens) else None
        if before is not None and before.text == ":" and not tokens[i].space_before:
            return True
        if self._clock_after(quantity.last + 1) or self._clock_after(self._last_digits(quantity)):
            return True
        if self._time_of_a_wire_line(quantity):
            return True
        if before is not None and before.lower in _HOUR_PREPOSITIONS_EN:
            # "shortly after seven this morning", "until ten at night": an hour of that day.
            written = " ".join(t.lower for t in tokens[quantity.last + 1 : quantity.last + 4])
            if written.startswith(_PARTS_OF_DAY_EN):
                return True
        return (
            after is not None
            and after.text == ":"
            and not after.space_before
            and quantity.last + 2 < len(tokens)
            and tokens[quantity.last + 2].kind == "num"
            # "10:30" is a time; "rose to 213: 40 were found alive" is a count and a colon.
            and not tokens[quantity.last + 2].space_before
        )

    def _numbers_a_wire_update(self, quantity: Quantity) -> bool:
        """ "1648 UPDATE 4 — …": the number of a flash after the word in capitals that follows
        the wire's time (``_time_of_a_wire_line``) says which update it is."""
        i = quantity.first
        if i < 2 or quantity.last != i:
            return False
        word, time = self.tokens[i - 1], self.tokens[i - 2]
        if word.kind != "word" or len(word.text) < 2 or not word.text.isupper():
            return False
        return self._wire_time_at(i - 2) and time.kind == "num"

    def _time_of_a_wire_line(self, quantity: Quantity) -> bool:
        return quantity.last == quantity.first and self._wire_time_at(quantity.first)

    def _wire_time_at(self, i: int) -> bool:
        """ "0912 URGENT — …", "1648 UPDATE 4 — …": four digits of an hour and its minutes
        that open a line, a word in capitals or a dash after them, time a wire's flash."""
        tokens = self.tokens
        written = tokens[i].text
        if len(written) != _HHMM or not written.isdigit():
            return False
        if int(written[:2]) > _LAST_HOUR or int(written[2:]) > _LAST_MINUTE:
            return False
        if i > 0 and not tokens[i].newline_before:
            return False
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        return after is not None and (
            after.text in DASHES
            or (after.kind == "word" and len(after.text) > 1 and after.text.isupper())
        )

    def _last_digits(self, quantity: Quantity) -> int:
        """The token after a quantity's last digits: "8am" and "8a.m." write the hour's word
        onto the digits, where the reading takes it for an ending of the number."""
        k = quantity.last
        while k > quantity.first and self.tokens[k].kind != "num":
            k -= 1
        return k + 1

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
        after_preposition = previous is not None and previous.lower in YEAR_PREPOSITIONS
        if not counted and not after_preposition:
            counted = counted_though_year_shaped(self.tokens, quantity, self.lex)
        return not counted or after_preposition or year_as_an_attribute(self.tokens, quantity)


def _opens_a_sentence(token: Token) -> bool:
    """Is the token a number in words with a capital ("Two", «Двое»)? References are numbered
    in digits ("No. 5", «ст. 12»); after a full stop such a word begins a sentence."""
    return token.kind == "word" and token.text[:1].isupper()
