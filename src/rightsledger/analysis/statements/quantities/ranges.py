"""Ranges: "between 8 and 9 thousand", «от 8 до 9 тысяч», "8-9 min", "500-dən 700-dək"."""

from __future__ import annotations

import itertools

from rightsledger.analysis.statements.numerals import NumberRun, read_number, word_value
from rightsledger.analysis.statements.quantities.digits import classify_suffix, num_suffix
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

_RANGE_DASHES = frozenset("-–—")

_RANGE_WORDS = {"en": {"to", "or"}, "ru": {"до", "или"}, "az": {"və", "ilə"}}

# "Maybe" between a guess and a higher one: «пятнадцать, может, двадцать».
_MAYBE_RU = frozenset({"может", "возможно"})

_RANGE_OPENERS = {"en": {"between": "and", "from": "to"}, "ru": {"от": "до"}}

# Verbs of a count that rises (by dictionary form where a morphology knows it): "the toll
# rose to 41"; and the Russian verbs a figure rises or falls by, as stems of their dictionary
# forms (pymorphy3): возрасти, вырасти, увеличиться, достигнуть, подняться, сократиться,
# снизиться, уменьшиться, дойти, доходить («возросло до 64», «сократилось с 41 до 12»).
RISING = {
    "en": frozenset(
        {
            "rose",
            "risen",
            "rises",
            "rising",
            "climbed",
            "climbs",
            "climbing",
            "increased",
            "increases",
            "grew",
            "grows",
            "jumped",
            "jumps",
            # … and falls: "deaths in custody fell from five to three", "dropped to 12".
            "fell",
            "fallen",
            "falls",
            "dropped",
            "drops",
            "declined",
            "decreased",
            "decreases",
        }
    ),
    "ru": frozenset({"возрасти", "вырасти", "увеличиться", "дойти"}),
    "az": frozenset(),
}
# Azerbaijani verbs a count rises, falls or is revised by, as the beginnings of their forms:
# "sayı 41-ə qədər artıb" (rose to 41), "yüksəlib", "azalıb", "enib" (fell: not "endirilib",
# struck), "dəqiqləşdirib" ("artıq", more,
# is no verb of change).
CHANGE_PREFIXES_AZ = ("artıb", "artmış", "artdı", "yüksəl", "azalıb", "azalmış", "azaldı",
                      "dəqiqləşdir", "artırıb", "azaldıb", "enib", "enmiş")  # fmt: skip
CHANGE_STEMS_RU = ("возрас", "вырас", "увелич", "дости", "подня", "поднима", "сократ",
                   "сниз", "уменьш", "дойти", "доход")  # fmt: skip
# Verbs that revise a figure to a number, said before the figure's noun: «уточнило число
# погибших до 15», «скорректировал данные до 40».
REVISION_STEMS_RU = ("уточн", "скорректир", "корректир", "пересмотр", "повыс", "пониз")
# The preposition of the count before a change, or of the change itself: "from 12", «с 12»,
# "rose by 12 to 41", «выросло на 12, до 41».
_CHANGE_FROM = frozenset({"from", "by", "с", "со", "на"})


def count_before_a_change(tokens: list[Token], last: int, language: str) -> bool:
    """Is the number that ends at ``last`` the count before a change ("rose from 12",
    «выросло с 12», «возросло с двенадцати»), in digits or in words?"""
    first = last
    while first >= 0 and _number_token(tokens[first], language):
        first -= 1
    return first < last and from_of_a_change(tokens, first, language)


# How many words an aside between the count before a change and its "to" may run to.
_ASIDE_REACH = 12
_ASIDE_STOPS = frozenset({";", ":", "!", "?"})


def count_before_an_aside(tokens: list[Token], comma: int, language: str) -> bool:
    """Does the aside that closes with the comma at ``comma`` follow the count before a
    change ("risen from 142, as reported last week, to 198", «выросло с 12, по данным
    минздрава, до 20»)? The "to" after the aside gives the count now, as it does with none."""
    if comma < 1 or tokens[comma].text != ",":
        return False
    for k in range(comma - 1, max(0, comma - _ASIDE_REACH) - 1, -1):
        if tokens[k].text in _ASIDE_STOPS or _sentence_ends_at(tokens, k):
            return False
        if tokens[k].text == ",":
            return k < comma - 1 and count_before_a_change(tokens, k - 1, language)
    return False


def _sentence_ends_at(tokens: list[Token], k: int) -> bool:
    """A full stop before a capitalised word ends a sentence; one after an abbreviation
    ("Bulletin No. 4") does not."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].text == "." and (after is None or after.text[:1].isupper())


# The Azerbaijani verbs of a count that rises, written after the count ("9-a yüksəlib").
_RISEN_PREFIXES_AZ = ("artıb", "artmış", "artdı", "yüksəl")
# The "to" of a rise, before the count it rose to ("rose to nine", «возросло до девяти»).
_RISEN_TO = frozenset({"to", "до"})


def risen_to(tokens: list[Token], first: int, last: int, language: str) -> bool:
    """Is the number at ``first``..``last`` the count a figure rose to ("the toll rose to
    nine", «число погибших возросло до девяти», "ölənlərin sayı 9-a yüksəlib")? Such a count
    is a new step of a toll, and the step before it stands."""
    if language == "az":
        after = tokens[last + 1 : last + 3]
        return any(t.lower.startswith(_RISEN_PREFIXES_AZ) for t in after)
    if first < 2 or tokens[first - 1].lower not in _RISEN_TO:
        return False
    verb, rising = tokens[first - 2], RISING.get(language, frozenset())
    return verb.lower in rising or verb.key in rising


def _number_token(token: Token, language: str) -> bool:
    return token.kind == "num" or word_value(token, language) is not None


def from_of_a_change(tokens: list[Token], k: int, language: str) -> bool:
    """Is the word at ``k`` the "from" or "by" of a verb of change ("rose from 12 to 41",
    «выросло с 12 до 41», "rose by 12 to 41")? The numbers give the count before the change
    (or the change) and the count after it, no range."""
    if k < 1 or tokens[k].lower not in _CHANGE_FROM:
        return False
    verb = tokens[k - 1]
    if language == "ru":
        return verb.key.startswith(CHANGE_STEMS_RU)
    rising = RISING.get(language, frozenset())
    if verb.lower in rising or verb.key in rising:
        return True
    return language == "en" and _change_gapped_before(tokens, k)


# The English nouns of a figure that a second clause of a change names with its verb left out
# ("… has risen from 18 to 31, and the number of people injured from 40 to 72"), how many
# words that clause may run to before its "from", and what ends the clause of the change.
_FIGURE_NOUNS_EN = frozenset({"number", "toll", "total", "count", "figure", "tally"})
_GAPPED_REACH = 10
_CLAUSE_STOPS = frozenset({".", ";", ":", "!", "?"})
_GAPPED_JOINERS = frozenset({"and", "while", "whereas"})
# Verbs that give such a clause a "from … to" of its own: a range, no change left out.
_OWN_VERBS_EN = frozenset({"ranged", "ranges", "range", "varied", "varies", "vary", "went",
                           "goes", "was", "were", "is", "are", "stood", "stands"})  # fmt: skip


def _change_gapped_before(tokens: list[Token], k: int) -> bool:
    """Is the English "from" at ``k`` of a change whose verb a clause before gave, the clause
    it opens naming only its figure ("… risen from 18 to 31, and the number of people
    injured from 40 to 72")?"""
    joiner = k - 1
    while joiner >= 0 and tokens[joiner].lower not in _GAPPED_JOINERS:
        if k - joiner > _GAPPED_REACH or tokens[joiner].text in _CLAUSE_STOPS:
            return False
        if tokens[joiner].kind != "word":
            return False  # the clause names a figure: words only
        joiner -= 1
    named = [t.lower for t in tokens[joiner + 1 : k]]
    if joiner < 2 or not set(named) & _FIGURE_NOUNS_EN or set(named) & _OWN_VERBS_EN:
        return False
    if any(a.endswith("ed") and b.endswith("ed") for a, b in itertools.pairwise(named)):
        return False  # "the number of people injured ranged from …": a verb of its own
    # "… from 18 to 31, and": the clause before ends in the count a change went to.
    j = joiner - 1 if tokens[joiner - 1].text == "," else joiner
    last = j - 1
    first = last
    while first >= 0 and _number_token(tokens[first], "en"):
        first -= 1
    if first == last or tokens[first].lower != "to":
        return False
    for m in range(first - 1, max(-1, first - _GAPPED_REACH), -1):
        if tokens[m].text in _CLAUSE_STOPS:
            return False
        if tokens[m].lower == "from" and m >= 1:
            verb = tokens[m - 1]
            return verb.lower in RISING["en"] or verb.key in RISING["en"]
    return False


class Ranges:
    """Reads a range that opens at a number or before it."""

    tokens: list[Token]
    language: str
    masked: set[int]

    def _range_opened_at(self, i: int) -> Quantity | None:
        """ "between 8 and 9", "from 8 to 9", «от 8 до 9»: a range opened by a word."""
        tokens = self.tokens
        opener = _RANGE_OPENERS.get(self.language, {}).get(tokens[i].lower)
        if opener and i + 1 < len(tokens) and not from_of_a_change(tokens, i, self.language):
            return self._range_after_opener(i, opener)
        return None

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

    def _range_after(self, quantity: Quantity, value: float) -> None:
        tokens = self.tokens
        j = quantity.last + 1
        if value == int(value) and self._az_range_by_cases(quantity, int(value)):
            return
        if self._ru_maybe_more_after(quantity, value):
            return
        if j + 1 >= len(tokens):
            return
        link = tokens[j]
        is_dash = link.text in _RANGE_DASHES
        spaced = link.space_before and tokens[j + 1].space_before
        mixed = tokens[quantity.first].kind != "num" and tokens[j + 1].kind == "num"
        before = tokens[quantity.first - 1] if quantity.first > 0 else None
        numbered = before is not None and (
            before.text in {"№", "No", "no"}
            # "UPDATE 2 — 40 residents evacuated": a wire's update, numbered after its word
            # in capitals.
            or (before.kind == "word" and len(before.text) > 1 and before.text.isupper())
        )
        if link.text in {"—", "–"} and spaced and numbered:
            # «в захоронении № 2 — 8 человек»: what is numbered, then a dash for the verb
            # left out; a range is not written with spaces after «№».
            return
        clock = (
            quantity.first > 1
            and tokens[quantity.first - 1].text == ":"
            and not tokens[quantity.first].space_before
            and tokens[quantity.first - 2].kind == "num"
        )
        if link.text in {"—", "–"} and spaced and clock:
            # «06:00 — двое из них скончались»: the minutes of a log line's time, then a
            # spaced dash before what was logged, not the low end of a range.
            return
        if link.text == "—" and spaced and mixed:
            # "yaralılardan biri — 35 yaşlı", «один из них — 28 лет»: after a number in words
            # a spaced em dash sets a description apart ("40 — 60" stays a range).
            return
        if not (is_dash or link.lower in _RANGE_WORDS.get(self.language, set())):
            return
        if not is_dash and from_of_a_change(tokens, quantity.first - 1, self.language):
            return
        high = read_number(tokens, j + 1, self.language)
        if high is not None and _a_score(tokens, quantity.first, j, high):
            # "beat Stanmoor 2-1", «победила 4-2»: a second number no higher than the first,
            # joined by a bare hyphen, is a score or a tally, never a range of persons.
            quantity.non_count = "score"
            quantity.last = high.last
            return
        if high is None or high.value <= value or tokens[j + 1].kind == "numdate":
            return
        if not is_dash and tokens[j + 1].kind != tokens[quantity.first].kind:
            return
        last = high.last
        if tokens[last].kind == "num":
            suffix, suffix_last = num_suffix(tokens, last)
            if classify_suffix(suffix, high.value, self.language):
                return
            last = suffix_last
        if self.language == "az" and link.lower == "ilə":
            if last + 1 < len(tokens) and tokens[last + 1].lower.startswith("arasında"):
                last += 1
            elif not _az_noun_then_between(tokens, last + 1):
                return  # "5 ilə 10 nəfər arasında": the noun between the bound and "arasında"
        quantity.count = None
        low_run = NumberRun(value, quantity.first, quantity.last)
        quantity.low, quantity.high = int(self._low_scaled(low_run, high)), int(high.value)
        quantity.qualifier = "range"
        quantity.last = last

    def _ru_maybe_more_after(self, quantity: Quantity, value: float) -> bool:
        """«человек пятнадцать, может, двадцать», «15, а может быть, 20 человек»: a witness's
        guess and a higher one after "maybe", set off by commas, are a range."""
        tokens, k = self.tokens, quantity.last + 1
        if self.language != "ru" or k >= len(tokens) or tokens[k].text != ",":
            return False
        k += 1
        if k < len(tokens) and tokens[k].lower == "а":
            k += 1
        if k >= len(tokens) or tokens[k].lower not in _MAYBE_RU:
            return False
        k += 1
        if k < len(tokens) and tokens[k].lower == "быть":
            k += 1
        if k >= len(tokens) or tokens[k].text != ",":
            return False
        high = read_number(tokens, k + 1, self.language)
        if high is None or high.value <= value or tokens[k + 1].kind != tokens[quantity.first].kind:
            return False
        quantity.count = None
        quantity.low, quantity.high = int(value), int(high.value)
        quantity.qualifier = "range"
        quantity.last = high.last
        return True

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
            suffix, last = num_suffix(tokens, last)
        else:
            suffix = tokens[last].lower
        if suffix.endswith(_AZ_TERMINATIVE):
            pass
        elif (
            suffix.endswith(("a", "ə"))
            and last + 1 < len(tokens)
            # "qədəri", "qədərini": the bound with the possessive of a part ("onlardan 8
            # mindən 10 minə qədəri", as many as that of them).
            and (tokens[last + 1].lower in _AZ_UP_TO)
        ):
            last += 1
        else:
            return False
        if last + 1 < len(tokens) and tokens[last + 1].lower.startswith(CHANGE_PREFIXES_AZ):
            return False  # "12-dən 41-ə qədər artıb": from 12 to 41, two counts, no range
        quantity.count = None
        quantity.low, quantity.high = value, int(high.value)
        quantity.qualifier = "range"
        quantity.last = last
        return True


# The terminative on an Azerbaijani range's upper bound, bare or with the copula ("500-dən
# 700-dək", "31 mindən 34 minədəkdir": is from 31 to 34 thousand).
_AZ_TERMINATIVE = ("dək", "dak", "dəkdir", "dakdır")
# The word that closes an Azerbaijani range after the dative of its upper bound.
_AZ_UP_TO = frozenset({"qədər", "kimi", "qədəri", "qədərini", "qədərinin", "qədərindən"})


def _a_score(tokens: list[Token], first: int, dash: int, high: NumberRun) -> bool:
    """Are the digits at ``first`` and after the hyphen at ``dash`` a score ("2-1", "3-3"):
    written with no space, the second no higher than the first?"""
    low = tokens[first]
    return (
        tokens[dash].text == "-"
        and not tokens[dash].space_before
        and not tokens[dash + 1].space_before
        and first == dash - 1
        and low.kind == "num"
        and tokens[dash + 1].kind == "num"
        and high.first == high.last
        and low.text.isdigit()
        and high.value <= int(low.text)
    )


def _az_noun_then_between(tokens: list[Token], k: int) -> bool:
    """ "5 ilə 10 nəfər arasında yaralanıb": the counted noun between the upper bound and
    "arasında" (between), which closes the range."""
    return (
        k + 1 < len(tokens)
        and tokens[k].kind == "word"
        and tokens[k + 1].lower.startswith("arasında")
    )
