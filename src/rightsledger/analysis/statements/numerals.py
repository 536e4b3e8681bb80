"""Numbers written in words, in English, Russian and Azerbaijani.

The words themselves, with every grammatical form Russian gives them (case and gender:
«двухсот семидесяти пяти», «одной тысячи»), come from the spell-out rules of ICU's CLDR
data through PyICU: each rule set is asked to spell out the base values and the words it
writes are collected. ICU's own parser of spelled-out numbers is not used: it stops early
on forms it did not write itself («тысяча двести семьдесят пять» parses as 1200). The
grammar that combines words into a value (adding units to tens and hundreds, multiplying by
hundred, thousand, million) is ours, and so are the words CLDR does not spell out
(Russian collective numerals «двое», «трое»; «полторы»; "dozen"; abbreviations such as
«тыс.» and «млн»). Azerbaijani numerals take case and possessive endings («beşi», «ikisinə»),
removed here before the lookup.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import icu

from rightsledger.analysis.statements.numeral_words import EXTRA, NumberWord
from rightsledger.analysis.statements.tokens import Token, abbreviation

_BASE_VALUES = (*range(20), *range(20, 100, 10), *range(100, 1000, 100))
_SCALES = (100, 1000, 10**6, 10**9)
_SPLIT = re.compile(r"[\s\-\u00ad]+")


# Azerbaijani endings after a numeral, longest first: possessive ("beşi": five of them) and
# the cases ("beşinə", "beşindən", "beşində", "beşinin"), with their buffer letters.
_AZ_ENDINGS = tuple(
    sorted(
        {
            f"{buffer}{vowel}{case}"
            for buffer in ("", "s", "n", "y")
            for vowel in "iıuü"
            for case in (
                "",
                "n",
                "nə",
                "na",
                "ndən",
                "ndan",
                "ndə",
                "nda",
                "nin",
                "nın",
                "nun",
                "nün",
                # The accusative after the possessive: "onlardan üçünü güllələyiblər",
                # "ikisini", "altısını" (three, two, six of them, as objects).
                "nı",
                "ni",
                "nu",
                "nü",
            )
        }
        | {f"{b}{c}" for b in ("", "y", "n") for c in ("ə", "a")}
        | {f"{b}{c}" for b in ("", "n") for c in ("də", "da", "dən", "dan", "də", "ta", "tə")}
        | {"dan", "dən", "də", "da", "nı", "ni", "nu", "nü", "lə", "la", "ylə", "yla"}
        # Up to ("22 minədək", "yüzədək", "ikiyədək"): the terminative, an upper bound.
        | {f"{b}{v}dək" for b in ("", "y", "n") for v in ("ə", "a")}
        | {"dək"}
        # The terminative with the copula: "köçkünlərin sayı 31 mindən 34 minədəkdir" (is up
        # to thirty-four thousand).
        | {f"{b}{v}dəkdir" for b in ("", "y", "n") for v in ("ə", "a")}
        | {"dəkdir"}
        # The copula: "Girovların sayı yeddidir", "otuzdur" (as "7-dir" after the digits).
        | {f"{d}{v}r" for d in ("d", "t") for v in "iıuü"}
        # Of us ("dördümüzü buraxdılar", "ikimiz", "beşimizdən"): the first plural possessive.
        | {
            f"{link}m{vowel}z{case}"
            for vowel in "iıuü"
            for link in ("", vowel)
            for case in ("", "ı", "i", "u", "ü", "a", "ə", "dan", "dən", "ın", "in", "un", "ün")
        },
        key=len,
        reverse=True,
    )
)
_AZ_VOWELS = tuple("aıoueəiöü")
_AZ_PRONOMINAL_CASE = re.compile(r"n(?:d|t|[əa]$)")
# Azerbaijani pronouns that look like "ten" with an ending (onu, ona, onun, ondan, onda …).
_AZ_NOT_NUMERALS = frozenset({"on"})
# Words that look like a numeral with an ending but are something else: the postposition
# "üçün" ("for": "azad edilməsi üçün", not "of three").
_AZ_NOT_NUMERAL_WORDS = frozenset({"üçün"})


def _rule_sets(formatter: icu.RuleBasedNumberFormat) -> list[str]:
    names = [formatter.getRuleSetName(i) for i in range(formatter.getNumberOfRuleSetNames())]
    return [n for n in names if n.startswith(("%spellout-cardinal", "%spellout-numbering"))
            and not n.endswith("year")]  # fmt: skip


@functools.cache
def number_words(language: str) -> dict[str, NumberWord]:
    """Every spelled-out form of the base numbers and scales in ``language``, lower case."""
    formatter = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(language))
    words: dict[str, NumberWord] = {}
    scales: dict[str, NumberWord] = {}
    for rule_set in _rule_sets(formatter):
        formatter.setDefaultRuleSet(rule_set)
        for value in _BASE_VALUES:
            parts = _SPLIT.split(formatter.format(value).lower())
            if len(parts) == 1:
                words.setdefault(parts[0].replace("ё", "е"), NumberWord(value, False))
        for scale in _SCALES:
            for multiple in (1, 2, 3, 5):
                parts = _SPLIT.split(formatter.format(multiple * scale).lower())
                if len(parts) >= 2:
                    scales[parts[-1].replace("ё", "е")] = NumberWord(scale, True)
    words.update(scales)
    words.update(EXTRA.get(language, {}))
    return words


def az_numeral_stem(word: str) -> str | None:
    """The numeral inside an Azerbaijani word with endings ("beşindən" → "beş"), or None."""
    known = number_words("az")
    if word in known:
        return word
    if word in _AZ_NOT_NUMERAL_WORDS:
        return None
    for ending in _AZ_ENDINGS:
        if ending and word.endswith(ending):
            stem = word[: -len(ending)]
            if stem.endswith(_AZ_VOWELS) and _AZ_PRONOMINAL_CASE.match(ending):
                # The "n" before a case ending follows a possessive ("altısında"), never a
                # vowel of the numeral itself: "altında" is the postposition "under".
                continue
            if stem in known and stem not in _AZ_NOT_NUMERALS and _harmonises(stem, ending):
                return stem
    return None


def az_token_numeral_stem(token: Token) -> str | None:
    """As `az_numeral_stem`, for a token whose context may have settled it: "onu" is
    "him" or "ten of them", and only the words around it tell (`tens_of_them`)."""
    return token.extras.get(AZ_NUMERAL) or az_numeral_stem(token.lower)


# The extra a token carries when its context makes a numeral of it ("onu": ten of them).
AZ_NUMERAL = "az_numeral"


_AZ_FRONT = frozenset("eəiöü")
_AZ_BACK = frozenset("aıou")


def _harmonises(stem: str, ending: str) -> bool:
    """Does the ending's vowel agree with the numeral's last vowel, front or back ("minə",
    "milyona"; "mina", a landmine, is no thousand)?"""
    last = next((c for c in reversed(stem) if c in _AZ_FRONT | _AZ_BACK), "")
    first = next((c for c in ending if c in _AZ_FRONT | _AZ_BACK), "")
    if not last or not first:
        return True
    return (last in _AZ_FRONT) == (first in _AZ_FRONT)


# The plural of «один» counts no one: «одни мужчины» is "men only", «одни …, другие …»
# "some …, others …" (its dictionary form «один» would read it as 1).
_RU_PLURALS_OF_ONE = frozenset({"одни", "одних", "одним", "одними"})


def word_value(token: Token, language: str) -> NumberWord | None:
    if token.kind != "word":
        return None
    if language == "ru" and token.lower in _RU_PLURALS_OF_ONE:
        return None
    known = number_words(language)
    found = known.get(token.lower) or known.get(token.key)
    if found is None and language == "az":
        stem = az_token_numeral_stem(token)
        found = known.get(stem) if stem else None
    return found


@dataclass(frozen=True)
class NumberRun:
    value: float
    first: int  # token indices, inclusive
    last: int


def _fits(last_part: float, value: float, language: str) -> bool:
    """May ``value`` be added after ``last_part`` (twenty + five, двести + семьдесят)?"""
    if language == "az" and last_part == 10:
        return value < 10  # Azerbaijani teens are "on üç": ten three
    if last_part >= 100 and last_part % 100 == 0:
        return value < 100
    if 20 <= last_part < 100 and last_part % 10 == 0:
        return value < 10
    return False


def _is_joiner(tokens: list[Token], i: int, language: str) -> bool:
    """A hyphen inside "seventy-five" or an "and" in "two hundred and five"."""
    token = tokens[i]
    if token.text == "-" and not token.space_before:
        return i + 1 < len(tokens) and not tokens[i + 1].space_before
    return language == "en" and token.lower == "and"


def _half_before_scale(tokens: list[Token], j: int, language: str) -> int:
    """Tokens taken by "half a" / "yarım" before a dozen, a thousand or more, else 0."""
    word = tokens[j].lower
    skip = 0
    if language == "en" and word == "half" and j + 1 < len(tokens):
        skip = 2 if tokens[j + 1].lower in {"a", "an"} else 0
    elif language == "az" and word == "yarım":
        skip = 1
    if not skip or j + skip >= len(tokens):
        return 0
    scale = word_value(tokens[j + skip], language)
    # "half a dozen" is six as "half a million" is 500,000 (not "half a hundred").
    return skip if scale is not None and scale.scale and scale.value != 100 else 0


# The million written onto English digits in headlines and wire copy ("1.1m people"); with a
# space between ("2 m") the letter is a metre, no scale. Other abbreviated scales ("bn",
# "k") are number words (``numeral_words``).
_GLUED_SCALES = {"en": {"m": 1_000_000}}


def read_number(tokens: list[Token], i: int, language: str) -> NumberRun | None:
    """The number that starts at token ``i`` (digits, words, or digits and a scale word)."""
    token = tokens[i]
    if token.kind == "num" and token.value is not None:
        value = token.value
        last = i
        at = _past_case_ending(tokens, i, language)
        following = word_value(tokens[at], language) if at < len(tokens) else None
        glued = _GLUED_SCALES.get(language, {}).get(tokens[at].lower) if at < len(tokens) else None
        if glued is not None and not tokens[at].space_before:
            return NumberRun(value * glued, i, at)  # "1.1m people"
        if following is not None and following.scale and following.value >= 1000:
            value, last = value * following.value, _skip_dot(tokens, at)
            rest = _digits_under_scale(tokens, last + 1, following.value, language)
            if rest is not None and (language != "az" or tokens[at].lower in number_words("az")):
                value, last = value + rest.value, rest.last
        return NumberRun(value, i, last)
    return _read_words(tokens, i, language)


# The endings of a Russian cardinal's oblique cases written onto digits before a scale:
# «свыше 2-х тысяч», «около 5-ти тысяч», «40-ка тысяч» (before no scale, «90-х» is a decade).
_RU_CASE_ENDINGS = frozenset({"х", "ух", "ех", "ёх", "ти", "ми", "ка", "и"})


def _past_case_ending(tokens: list[Token], i: int, language: str) -> int:
    """The token after the digits at ``i`` and a Russian case ending hyphened onto them."""
    if language != "ru" or i + 3 >= len(tokens):
        return i + 1
    hyphen, ending = tokens[i + 1], tokens[i + 2]
    if hyphen.text != "-" or hyphen.space_before or ending.space_before:
        return i + 1
    return i + 3 if ending.lower in _RU_CASE_ENDINGS else i + 1


def _digits_under_scale(
    tokens: list[Token], i: int, scale: float, language: str
) -> NumberRun | None:
    """The digits that finish a number after its thousands: «2 тысячи 300», «3 тыс. 400»,
    "2 min 300" — under a thousand, or a smaller scale («1 млн 200 тыс.»), never a year."""
    if i >= len(tokens) or tokens[i].kind != "num" or not tokens[i].space_before:
        return None
    rest = read_number(tokens, i, language)
    if rest is None or rest.value != int(rest.value) or rest.value >= scale:
        return None
    dash, upper = rest.last + 1, rest.last + 2
    if upper < len(tokens) and tokens[dash].text in {"-", "–", "—"} and tokens[upper].kind == "num":
        return None  # «2 тысячи 300–400»: the digits open a range of their own
    return rest if rest.last > i or rest.value < 1000 else None


def _skip_dot(tokens: list[Token], i: int) -> int:
    """Include the dot of an abbreviated scale («тыс.»), not the full stop after a scale
    written out («превысило 140 тысяч. Десятки …»)."""
    dot = i + 1 < len(tokens) and tokens[i + 1].text == "." and not tokens[i + 1].space_before
    return i + 1 if dot and abbreviation(tokens[i].text) else i


# "bir qədər", "bir az": a little, not one ("100 nəfərdən bir qədər çox", a little over 100).
_AZ_A_LITTLE = frozenset({"qədər", "az"})


# "and a half" between a number and its scale, by language.
_AND_A_HALF = {
    "en": ("and", "a", "half"),
    "ru": ("с", "половиной"),
    "az": ("yarım",),
}


def and_a_half_at(tokens: list[Token], j: int, language: str) -> bool:
    """Do the words of "and a half" stand at ``j`` («два с половиной часа», "iki yarım")?"""
    words = _AND_A_HALF.get(language, ())
    return bool(words) and tuple(t.lower for t in tokens[j : j + len(words)]) == words


def _and_a_half(tokens: list[Token], j: int, language: str) -> int:
    """Tokens of "and a half" at ``j`` when a thousand or more follows them, else 0."""
    words = _AND_A_HALF.get(language, ())
    end = j + len(words)
    if end >= len(tokens) or not and_a_half_at(tokens, j, language):
        return 0
    scale = word_value(tokens[end], language)
    return len(words) if scale is not None and scale.scale and scale.value >= 1000 else 0


# "yarım" (a half) closing a number, bare or in the case the number takes: "min yarımdan çox"
# (more than one and a half thousand), "iki min yarıma yaxın" (nearly 2,500).
_AZ_HALF_FORMS = frozenset({"yarım", "yarımdan", "yarıma", "yarımı", "yarımın", "yarımda"})


def _az_half_after(tokens: list[Token], j: int, language: str) -> bool:
    """ "iki min yarım": "yarım" after a thousand or more, and no scale after it."""
    if language != "az" or tokens[j].lower not in _AZ_HALF_FORMS:
        return False
    after = word_value(tokens[j + 1], language) if j + 1 < len(tokens) else None
    return after is None or not after.scale


def _hundreds_of_a_teen(
    current: float, scale: float, big_scale: float | None, language: str
) -> bool:
    """ "twelve hundred", "twenty-five hundred": English counts hundreds past ten (1,200,
    2,500), when no thousand was said before them."""
    return language == "en" and scale == 100 and big_scale is None and 10 < current < 100


def _next_word_in(tokens: list[Token], i: int, words: frozenset[str]) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].lower in words


# A Russian scale in the genitive, set before a number to say about that many of it:
# «десятка два» (about twenty), «сотни три», «тысяч двенадцать». In the nominative it
# begins a compound instead («тысяча три» is 1003).
_RU_SCALES_IN_THE_GENITIVE = frozenset(
    {"десятка", "десятков", "сотни", "сотен", "тысячи", "тысяч"}
)  # fmt: skip
# The nominative forms of a cardinal whose dictionary form is another word.
_RU_NOMINATIVE_FORMS = frozenset({"две", "полторы", "одна"})


def ru_scale_before_its_number(tokens: list[Token], i: int) -> NumberRun | None:
    """«раненых десятка два», «нас тысячи три», «сгорело десятка полтора домов»: the number
    of tens, hundreds or thousands after the scale, which Russian inverts to say "about"."""
    if i + 1 >= len(tokens) or tokens[i].lower not in _RU_SCALES_IN_THE_GENITIVE:
        return None
    scale = word_value(tokens[i], "ru")
    number = tokens[i + 1]
    value = word_value(number, "ru")
    if scale is None or value is None or value.scale or not 1 < value.value < 100:
        return None
    if number.lower != number.key and number.lower not in _RU_NOMINATIVE_FORMS:
        return None  # «тысячи трёх человек»: one number in the genitive, 1003
    return NumberRun(value.value * scale.value, i, i + 1)


def _read_words(tokens: list[Token], i: int, language: str) -> NumberRun | None:
    if language == "az" and tokens[i].lower == "bir" and _next_word_in(tokens, i, _AZ_A_LITTLE):
        return None
    total = 0.0
    current = 0.0
    last_part: float | None = None
    big_scale: float | None = None
    first = last = i
    j = i
    seen = False
    while j < len(tokens):
        token = tokens[j]
        if seen and current and current < 1000:
            half = _and_a_half(tokens, j, language)
            if half:
                # «две с половиной тысячи», "two and a half million", "iki yarım min".
                current += 0.5
                j += half
                continue
        if seen and _is_joiner(tokens, j, language):
            nxt = word_value(tokens[j + 1], language) if j + 1 < len(tokens) else None
            if nxt is None or (token.lower == "and" and nxt.scale):
                break
            j += 1
            continue
        if seen and not current and big_scale is not None and _az_half_after(tokens, j, language):
            total += 0.5 * big_scale  # "iki min yarım": two thousand and a half
            last = j
            break
        word = word_value(token, language)
        if word is None and language == "en" and token.lower in {"a", "one"} and not seen:
            nxt = word_value(tokens[j + 1], language) if j + 1 < len(tokens) else None
            if nxt is not None and nxt.scale:
                seen, current, last_part, last = True, 1.0, 1.0, j
                j += 1
                continue
        if word is None and not seen and language == "en" and token.lower == "couple":
            of = j + 1 < len(tokens) and tokens[j + 1].lower == "of"
            nxt = word_value(tokens[j + 1 + of], language) if j + 1 + of < len(tokens) else None
            if nxt is not None and nxt.scale:
                # "a couple dozen", "a couple of hundred": two of the scale.
                seen, current, last_part, last = True, 2.0, 2.0, j
                j += 1 + of
                continue
        if word is None and not seen:
            skip = _half_before_scale(tokens, j, language)
            if skip:
                # "half a million", "yarım milyon": a half of the scale that follows.
                seen, current, last_part, last = True, 0.5, 0.5, j
                j += skip
                continue
        if word is None:
            break
        if word.scale:
            if word.value == 100 or word.value == 12:
                if current >= (10 if word.value == 100 else 100) and not _hundreds_of_a_teen(
                    current, word.value, big_scale, language
                ):
                    break
                current = (current or 1) * word.value
                last_part = current
            else:
                if big_scale is not None and word.value >= big_scale:
                    break
                total += (current or 1) * word.value
                current, last_part, big_scale = 0.0, None, word.value
        else:
            if (
                seen
                and current
                and (last_part is None or not _fits(last_part, word.value, language))
            ):
                break
            if seen and not current and last_part is None and big_scale is None:
                break
            current += word.value
            last_part = word.value
        seen = True
        last = j
        j += 1
        if language == "az" and token.lower not in number_words("az"):
            break  # an ending closes the Azerbaijani numeral: "beş yüzdən | yeddi yüzə"
    if not seen:
        return None
    return NumberRun(total + current, first, last)
