"""Qualifiers after a number ("or more", "600-dən çox", "40 nəfərədək") and the Russian verb of
change that makes «до» a figure reached, not "up to"."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import PERSON, UNIT, Lexicon, names_group
from rightsledger.analysis.statements.quantities.quantity import Quantity, text_between
from rightsledger.analysis.statements.quantities.ranges import (
    CHANGE_PREFIXES_AZ,
    CHANGE_STEMS_RU,
    REVISION_STEMS_RU,
    count_before_a_change,
)
from rightsledger.analysis.statements.tokens import Token

# Words of a multiple before a word of excess: "twice", "(three) times", «вдвое», «в два раза».
_MULTIPLES = frozenset(
    {"twice", "thrice", "times", "вдвое", "втрое", "вчетверо", "впятеро", "раза", "раз"}
)


# What a qualifier after the counted noun opens with: a parenthesis, or a conjunction of
# "and more" (a qualifier that governs a case stands right after the number).
_AFTER_THE_NOUN = frozenset({"(", "or", "и", "или", "və"})


def _az_governs(token: Token, qualifier: str) -> bool:
    """Does the word before an Azerbaijani postposition carry the case it governs?"""
    ending = token.suffix or token.lower
    if qualifier in {"və", "+"}:
        return True  # "40 və daha çox", "40+": joined to the number, no case governed
    if qualifier.rstrip("*") in {"yaxın", "qədər", "çata"}:
        # "600-ə yaxın", "600-ə qədər", "600-ə çata bilər": the dative.
        return ending.endswith(("a", "ə", "dək", "yə", "ya", "nə", "na"))
    if qualifier.startswith(("öt", "aş", "keç")):
        # "300-ü ötüb": a verb of passing takes the number in the accusative.
        return ending.endswith(("ı", "i", "u", "ü"))
    return ending.endswith(("dən", "dan"))


class Qualifiers:
    """Reads the qualifier written after a number or its counted word."""

    tokens: list[Token]
    lex: Lexicon
    language: str

    def _estimate_after_noun(self, quantity: Quantity) -> None:
        """ "4,000 people (estimate)", «12 000 человек (оценка)»: an estimate said in a
        parenthesis after the counted noun qualifies the count as one said after it does; so
        does "or more" ("40 people or more", «40 человек и более», "40 nəfər və daha çox")."""
        j = quantity.np_last + 1
        if quantity.qualifier != "exact" or quantity.np_last < 0 or j >= len(self.tokens):
            return
        after = self.lex.after_set.match(self.tokens, j)
        if after is None or after.elements[0] not in _AFTER_THE_NOUN:
            return
        if self._number_at(j + len(after.elements)):
            # «96 больниц и более 40 тысяч домов», "20 schools and more than 300 homes": the
            # words of excess open the next count, they qualify none after this one's noun.
            return
        quantity.qualifier = after.value
        quantity.qualifier_words = text_between(self.tokens, j, j + len(after.elements) - 1)
        quantity.qualifier_last = j + len(after.elements) - 1

    def _number_at(self, k: int) -> bool:
        """Does a number, in digits or a numeral word, stand at ``k``?"""
        if k >= len(self.tokens):
            return False
        token = self.tokens[k]
        return token.kind == "num" or token.pos in {"NUMR", "NUMB"}

    def _figure_reached(self, i: int) -> bool:
        """«Число погибших возросло до 64», «выросло с 12 до 41»: "до" after a verb of
        change is where a figure went, not "up to"."""
        if self.language != "ru" or self.tokens[i].lower != "до" or i == 0:
            return False
        k = i - 1 - (self.tokens[i - 1].text == ",")  # «выросло на 12, до 41»
        if count_before_a_change(self.tokens, k, self.language):
            return True  # «с 12 до 41», «с двенадцати до двадцати»
        if self.tokens[i - 1].key.startswith(CHANGE_STEMS_RU):
            return True
        # «уточнило число погибших до 15»: a verb of revision before the figure's words;
        # «выросло в четверг до 42», «возросло за сутки до 42»: a verb of change before when.
        window = self.tokens[max(0, i - 4) : i]
        stems = (*REVISION_STEMS_RU, *CHANGE_STEMS_RU)
        return all(t.kind == "word" for t in window) and any(
            t.key.startswith(stems) for t in window
        )

    def _after_a_multiple(self, i: int) -> bool:
        """«вдвое превысило 12», "twice exceeded 12", "three times more than 12": a word of
        excess after a multiple says the count is some times the number, which is then the
        count compared with, no bound of the count."""
        return i > 0 and self.tokens[i - 1].lower in _MULTIPLES

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
                # "40 nəfərədək", "40-adək", "2 500-dək ev": the terminative case (-dək,
                # -dek) on the count or its person noun bounds it from above, like "40 nəfərə
                # qədər" (up to 40); not before a verb of change ("sayı 25-dək artıb": the
                # count rose to 25).
                if quantity.qualifier == "exact" and not self._az_change_after(quantity.last):
                    suffixed = not self._person_at(quantity.last + 1) or not self.tokens[
                        quantity.last + 1
                    ].lower.endswith(("dək", "dek"))
                    word = quantity.last if suffixed else quantity.last + 1
                    quantity.qualifier = "at_most"
                    quantity.qualifier_words = self.tokens[word].text
                    if not suffixed:
                        quantity.qualifier_last = word
                return
            if after is None:
                return
            if after.elements[0] != "(" and not _az_governs(governed, after.elements[0]):
                return  # a parenthesis ("(təxmini)") governs no case
            verb = j + len(after.elements)
            if (
                after.elements[0].startswith("qədər")
                and verb < len(self.tokens)
                and self.tokens[verb].lower.startswith(CHANGE_PREFIXES_AZ)
            ):
                return  # "sayı 41-ə qədər artıb": the count rose to 41, not up to it
        if after is not None and quantity.qualifier == "exact":
            length = len(after.elements)
            quantity.qualifier = after.value
            quantity.qualifier_words = text_between(self.tokens, j, j + length - 1)
            if j == quantity.last + 1:
                quantity.last = j + length - 1
            else:
                quantity.qualifier_last = j + length - 1

    def _az_change_after(self, last: int) -> bool:
        j = last + 1
        return j < len(self.tokens) and self.tokens[j].lower.startswith(CHANGE_PREFIXES_AZ)

    def _az_terminative_person(self, last: int, j: int) -> bool:
        """Does the count (its suffix) or the person noun after it end in -dək/-dek? On the
        count, before no noun or a noun of what is counted, not of a unit ("5-dək gün")."""
        count = self.tokens[last]
        suffix = count.suffix or (count.lower if count.kind == "word" else "")
        if suffix.endswith(("dək", "dek", "dəkdir")):  # "700-dəkdir": is up to 700
            noun = self.lex.noun_set.match(self.tokens, j)
            return noun is None or noun.value != UNIT
        word = self.tokens[j]
        return word.kind == "word" and word.lower.endswith(("dək", "dek")) and self._person_at(j)

    def _person_at(self, j: int) -> bool:
        phrase = self.lex.noun_set.match(self.tokens, j)
        return phrase is not None and (phrase.value == PERSON or names_group(phrase.value))
