"""Numbers that give how old persons are, not how many: "aged 15", "a woman of 80", "farmer
Ada Quell, 58,", "Two brothers, 17 and 19, …", «в возрасте 34 и 41 года», "children under 18",
"the youngest was 7". Apart from ``non_counts`` because ages are read from the words around a
number as no other non-count is."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import EN_COPULA, PERSON, UNIT, names_group
from rightsledger.analysis.statements.numerals import read_number
from rightsledger.analysis.statements.quantities.counted_noun import CountedNoun
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token


def _words(text: str) -> list[str]:
    return text.split()


_PERSON_AGE_NOUNS = frozenset(
    _words(
        "children child minors persons people boys girls men women дети детей лица лиц "
        "ребенок человек"
    )
)

# One person, whose age "of 67" gives: "a man of 67", "a woman of 80".
_ONE_PERSON_EN = frozenset(_words("man woman boy girl person widow widower pensioner"))
_PLACE_PREPOSITIONS = frozenset(_words("in at from near of to в во на из под у около"))
# Words that open a noun phrase of one person, whose age a bare number set off after it may
# give: "the driver, 52, was shot", "said a nurse, 41." (English).
_ONE_PERSON_DETERMINERS_EN = frozenset(_words("the a an his her my our their"))

# Words right before a number that make it an age: "aged 15", «возрастом 40», "yaşı 12".
AGE_WORDS = frozenset({"aged", "age", "ages", "yaşı", "yaşları", "возрастом", "возрасте"})
_AGE_SPAN_OPENINGS = frozenset({"between", "from", "от"})
# What joins numbers of one list: "15 and 16", "15, 16 or 17".
_JOINING = frozenset({"and", "or", ",", "и", "или", "və", "ya", "yaxud"})
# Years after an age: "17 and 19 years old" ("years", then "old"), «34 и 41 года», «7 лет».
_YEARS_OF_AGE = frozenset({"years", "year", "лет", "года", "год"})
# The pronoun of a part's whole after "of": "4 of them under five".
_THEM = frozenset({"them", "whom"})
AGE_LIMITS = frozenset({"under", "over", "above", "below", "младше", "старше", "моложе"})
_COUNT_COPULAS = EN_COPULA | {"были", "был", "была", "было"}
# An age as a clause's subject, and the links that give what it was: "the average age … was 34",
# «средний возраст … — 34», «… составил 34».
_AGE_SUBJECTS = frozenset({"age", "ages", "возраст"})
_AGE_LINKS = EN_COPULA | {"—", "–", ":", "составлять", "составить"}
_CLAUSE_ENDS = frozenset({".", ";", "!", "?", "(", ")"})


# The Russian personal pronouns in the dative, of whom an age is said («ему было 80»), and
# the words between them and the number.
_RU_DATIVE_PRONOUNS = frozenset({"мне", "тебе", "ему", "ей", "нам", "вам", "им"})
_RU_AGE_VERBS = frozenset({"было", "будет", "исполнилось", "исполнится", "уже", "только", "тогда"})


class AgeNumbers(CountedNoun):
    """Tells an age from a count; used by ``NonCounts``."""

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
        if self._after_an_age_word(first):
            return True
        previous = tokens[first - 1]
        if self._after_an_age(quantity) or self._age_of_a_person(quantity):
            return True
        if self._ages_set_off(quantity) or self._one_age_of_them_all(quantity):
            return True
        if self._after_superlative_of_age(first) or self._age_as_predicate(first):
            return True
        if self._ru_age_in_the_dative(quantity) or self._joined_to_years(quantity):
            return True
        if self._age_after_who_was(quantity):
            return True
        age_word = self.lex.age_set.match(tokens, first - 1)
        if age_word is not None and len(age_word.elements) == 1 and first >= 2:
            return tokens[first - 2].lower in _PERSON_AGE_NOUNS
        if quantity.qualifier in {"at_most", "at_least"} and quantity.qualifier_words:
            if quantity.qualifier_words.lower() not in AGE_LIMITS:
                return False
            # "children under 18", and "212 were under eighteen": an age limit said of persons
            # or, after a copula, of a count.
            return (
                previous.lower in _PERSON_AGE_NOUNS
                or self._said_of_a_count(first - 1)
                or self._right_after_a_count_of_persons(first)
            )
        return False

    def _right_after_a_count_of_persons(self, limit: int) -> bool:
        """ "at least 6 under 18", "two prisoners over 70", "4 detainees under 18": an age
        limit right after a count, or after a count's noun of persons, says how old they are
        ("rose by 6 to 18" has no limit word; "a fine of 500 over 18 months", no persons)."""
        tokens = self.tokens
        if limit < 1:
            return False
        if tokens[limit - 1].kind == "num" or read_number(tokens, limit - 1, self.language):
            return True
        if (
            limit >= 3
            and tokens[limit - 1].lower in _THEM
            and tokens[limit - 2].lower == "of"
            and read_number(tokens, limit - 3, self.language) is not None
        ):
            return True  # "12 children, 4 of them under five": a part of the count's persons
        for k in (limit - 1, limit - 2):
            found = self.lex.noun_set.match_span(tokens, k) if k >= 1 else None
            if found is None or k + found[1] != limit:
                continue
            persons = found[0].value == PERSON or names_group(found[0].value)
            if persons and read_number(tokens, k - 1, self.language) is not None:
                return True
        return False

    def _age_of_a_person(self, quantity: Quantity) -> bool:
        """ "a man of 67", and a bare number set off after a name ("shopkeeper Len Harte,
        52, said", «Иван Орлов, 58,», "Əli Həsənov, 61,"): a person's age, no count."""
        tokens, first = self.tokens, quantity.first
        if quantity.np_first >= 0 or quantity.count is None or quantity.count > 120 or first < 2:
            return False
        if tokens[first - 1].lower == "of" and tokens[first - 2].lower in _ONE_PERSON_EN:
            return True
        after = quantity.end_token + 1
        if tokens[first - 1].text != "," or not (
            after >= len(tokens) or tokens[after].text in {".", ",", ";", ")"}
        ):
            return False
        if self._one_person_before(first - 2):
            return True
        # A full name: two capitalised words or more, not a place after a preposition ("in
        # Lipa, 11": a count).
        k = first - 2
        while k >= 0 and tokens[k].kind == "word" and tokens[k].capitalised:
            k -= 1
        return first - 2 - k >= 2 and (k < 0 or tokens[k].lower not in _PLACE_PREPOSITIONS)

    def _one_person_before(self, noun: int) -> bool:
        """Is ``noun`` a noun in the singular after a determiner, not after a preposition ("the
        driver", "a nurse"; not "in the village", "the guards")? English."""
        tokens = self.tokens
        if self.language != "en" or noun < 1 or tokens[noun].kind != "word":
            return False
        word = tokens[noun].lower
        if word.endswith("s") and not word.endswith("ss"):
            return False
        if tokens[noun - 1].lower not in _ONE_PERSON_DETERMINERS_EN:
            return False
        return noun < 2 or tokens[noun - 2].lower not in _PLACE_PREPOSITIONS

    def _ages_set_off(self, quantity: Quantity) -> bool:
        """ "Two brothers, 17 and 19, were shot", «Двое мужчин, 34 и 41 года, задержаны»:
        bare numbers set off by commas right after a count of persons, as many as it counts,
        are their ages."""
        if quantity.np_first >= 0 and quantity.noun != UNIT:
            return False
        tokens, first = self.tokens, quantity.first
        while (
            first >= 2 and tokens[first - 1].lower in _JOINING and tokens[first - 2].kind == "num"
        ):
            first -= 2
        if first < 3 or tokens[first - 1].text != ",":
            return False
        numbers, k = 0, first
        while k < len(tokens) and tokens[k].kind == "num":
            numbers += 1
            k += 1
            if k < len(tokens) and tokens[k].lower in _YEARS_OF_AGE:
                k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower == "old")
            if k + 1 < len(tokens) and tokens[k].lower in _JOINING and tokens[k + 1].kind == "num":
                k += 1
        if numbers < 2 or k >= len(tokens) or tokens[k].text not in {",", ".", ";"}:
            return False
        # The count of the persons before the opening comma, their noun after it.
        for j in range(first - 3, max(-1, first - 6), -1):
            run = read_number(tokens, j, self.language)
            if run is not None and run.last < first - 2:
                between = tokens[run.last + 1 : first - 1]
                return run.value == numbers and all(t.kind == "word" for t in between)
        return False

    def _one_age_of_them_all(self, quantity: Quantity) -> bool:
        """ "two students, both 19, …", "three brothers, all 17, …": one bare number set off
        by commas after "both" or "all" right after a count of persons is the age they all
        are, no count (English)."""
        tokens, first = self.tokens, quantity.first
        if self.language != "en" or quantity.np_first >= 0 or first < 4:
            return False
        if tokens[first - 1].lower not in {"both", "all", "each"} or tokens[first - 2].text != ",":
            return False
        if quantity.count is None or quantity.count > 120 or quantity.qualifier != "exact":
            return False  # "two of them, both over 70": an age limit, read as one
        k = quantity.end_token + 1
        if k < len(tokens) and tokens[k].lower in _YEARS_OF_AGE:
            k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower == "old")
        if k < len(tokens) and tokens[k].text not in {",", ".", ";"}:
            return False
        # The count of the persons before the comma, their noun after it.
        for j in range(first - 4, max(-1, first - 7), -1):
            run = read_number(tokens, j, self.language)
            if run is not None and run.last < first - 2:
                between = tokens[run.last + 1 : first - 2]
                return bool(between) and all(t.kind == "word" for t in between)
        return False

    def _after_an_age(self, quantity: Quantity) -> bool:
        """ "two boys aged 15 and 16", "aged 15, 16 or 17": a bare number joined to an age
        after "aged" is an age too (one with a noun of its own, "aged 40, 12 women", counts)."""
        if quantity.np_first >= 0 and quantity.noun != UNIT:
            return False
        tokens, k = self.tokens, quantity.first
        while k >= 2 and tokens[k - 1].lower in _JOINING and tokens[k - 2].kind == "num":
            k -= 2
            if self._after_an_age_word(k):
                return True
        return False

    def _after_an_age_word(self, first: int) -> bool:
        """ "aged 15", «возрастом 40», «в возрасте 34», and a span opened after it ("aged
        between 20 and 30", «в возрасте от 18 до 25 лет»)."""
        tokens = self.tokens
        k = first - 1
        if k >= 1 and tokens[k].lower in _AGE_SPAN_OPENINGS:
            k -= 1
        if k >= 1 and tokens[k].lower == "of" and tokens[k - 1].lower == "age":
            k -= 1  # "under the age of 18", "at the age of 16"
        return k >= 0 and tokens[k].lower in AGE_WORDS

    def _joined_to_years(self, quantity: Quantity) -> bool:
        """«дети 5 и 9 лет», «двое детей, семи и двенадцати лет»: a bare number joined to
        later ones whose noun is «лет» or «года» shares that noun, years (of age), as «5 и 9
        лет» is «5 лет и 9 лет»; the last number takes the noun itself. Russian only: an
        English "5 and 9 years" is rare and said with "old", which "aged" mostly goes with."""
        if self.language != "ru" or (quantity.np_first >= 0 and quantity.noun != UNIT):
            return False
        tokens, k = self.tokens, quantity.end_token + 1
        joined = False
        while k + 1 < len(tokens) and tokens[k].lower in _JOINING:
            run = read_number(tokens, k + 1, self.language)
            if run is None:
                return False
            joined, k = True, run.last + 1
        return joined and k < len(tokens) and tokens[k].lower in _YEARS_OF_AGE

    def _ru_age_in_the_dative(self, quantity: Quantity) -> bool:
        """«ему было 80», «мне 67 лет», «ей только исполнилось 15»: Russian says a person's age
        with the person in the dative and the number, bare or with «лет», after «было» or
        «исполнилось» or none («вернули им 12 тел» counts bodies)."""
        if self.language != "ru" or (quantity.np_first >= 0 and quantity.noun != UNIT):
            return False
        k = quantity.first - 1
        while k > 0 and self.tokens[k].lower in _RU_AGE_VERBS:
            k -= 1
        return k >= 0 and self.tokens[k].lower in _RU_DATIVE_PRONOUNS

    def _age_as_predicate(self, first: int) -> bool:
        """ "The average age of the 40 people killed was 34", «Средний возраст погибших — 34»:
        the number an age is said to be, after a copula, in a clause whose subject is an age."""
        tokens = self.tokens
        if tokens[first - 1].lower not in _AGE_LINKS and tokens[first - 1].key not in _AGE_LINKS:
            return False
        k = first - 2
        while k >= 0 and tokens[k].text not in _CLAUSE_ENDS:
            if tokens[k].lower in _AGE_SUBJECTS or tokens[k].key in _AGE_SUBJECTS:
                return True
            k -= 1
        return False

    def _age_after_who_was(self, quantity: Quantity) -> bool:
        """ "Old Mr Terk, who was 84, died", "268 persons who were under 18 when they
        disappeared": a bare number, or an age limit, after "who" and a copula is what the
        persons were, their age; a count there has a noun ("who were 12 men" is rare English).
        Not "those who were 40 or more": a number over a life's span is no age."""
        tokens, first = self.tokens, quantity.first
        if self.language != "en" or first < 2 or quantity.count is None or quantity.count > 120:
            return False
        if quantity.np_first >= 0 and quantity.noun != UNIT:
            return False
        if quantity.qualifier != "exact" and (
            not quantity.qualifier_words or quantity.qualifier_words.lower() not in AGE_LIMITS
        ):
            return False
        copula = first - 1
        return tokens[copula].lower in EN_COPULA and tokens[copula - 1].lower == "who"

    def _said_of_a_count(self, copula: int) -> bool:
        """Is the word at ``copula`` a copula after a number ("212 were", «из них 40 были»),
        or after a part of a count ("eight of the dead were", "15 of those killed were")?"""
        tokens = self.tokens
        if copula < 1 or tokens[copula].lower not in _COUNT_COPULAS:
            return False
        if read_number(tokens, copula - 1, self.language) is not None:
            return True
        return self.language == "en" and self._part_before(copula)

    def _part_before(self, copula: int) -> bool:
        """ "eight of the dead were", "15 of those killed in May were": a number, then "of"
        and the short phrase naming its whole, as the subject of ``copula``."""
        tokens = self.tokens
        for k in range(copula - 2, max(-1, copula - 8), -1):
            if tokens[k].text in _CLAUSE_ENDS or tokens[k].text == ",":
                return False
            if tokens[k].lower == "of" and self._number_ends_at(k - 1):
                return True
        return False

    def _number_ends_at(self, last: int) -> bool:
        for first in range(last, max(-1, last - 4), -1):
            run = read_number(self.tokens, first, self.language)
            if run is not None and run.last == last:
                return True
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
