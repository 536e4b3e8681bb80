"""The number words CLDR does not spell out, by language: Russian collective numerals
(«двое», «трое») and their adverbs («вдесятером»), halves («полтора», «полсотни» and their other cases), «оба», dozens,
abbreviated scales («тыс.», «млн», "k"), and the written Azerbaijani sixty and eighty ("altmış",
"səksən")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NumberWord:
    value: float
    scale: bool  # multiplies what precedes it (hundred in en/az, thousand, million …)


# The Russian collective numerals in the nominative, two to ten: they count persons
# («трое погибли»), never bodies or things («три тела», not «трое тел»).
RU_COLLECTIVE_NOMINATIVES = (
    "двое",
    "трое",
    "четверо",
    "пятеро",
    "шестеро",
    "семеро",
    "восьмеро",
    "девятеро",
    "десятеро",
)

EXTRA: dict[str, dict[str, NumberWord]] = {
    "en": {
        "dozen": NumberWord(12, True),
        "dozens": NumberWord(12, True),
        "k": NumberWord(1000, True),
        "mln": NumberWord(10**6, True),
        "mn": NumberWord(10**6, True),
        "bn": NumberWord(10**9, True),
    },
    "ru": {
        **{
            word: NumberWord(value, False)
            for value, word in enumerate(RU_COLLECTIVE_NOMINATIVES, 2)
        },
        # Their datives «двоим», «троим», which the morphology takes for verbs (двоить,
        # троить): «применили к двоим из задержанных насилие».
        "двоим": NumberWord(2, False),
        "троим": NumberWord(3, False),
        # The adverbs of a number of persons together: «мы вдесятером ушли», «втроём».
        **{
            word: NumberWord(value, False)
            for value, words in enumerate(
                (
                    ("вдвоём", "вдвоем"),
                    ("втроём", "втроем"),
                    ("вчетвером",),
                    ("впятером",),
                    ("вшестером",),
                    ("всемером",),
                    ("ввосьмером",),
                    ("вдевятером",),
                    ("вдесятером",),
                ),
                2,
            )
            for word in words
        },
        "полмиллиона": NumberWord(500_000, False),
        "полтысячи": NumberWord(500, False),
        "полсотни": NumberWord(50, False),
        # Their other cases, by the dictionary form the token's key gives: «более
        # полусотни», «около полутысячи», «с полусотней».
        "полусотня": NumberWord(50, False),
        "полтысяча": NumberWord(500, False),
        "полутысяча": NumberWord(500, False),
        "полдюжины": NumberWord(6, False),
        "полудюжина": NumberWord(6, False),
        # «две дюжины»: twelve, a scale as "dozen" is.
        "дюжина": NumberWord(12, True),
        # «оба журналиста», «обоих погибших», «обе женщины»: two, in every case and gender.
        "оба": NumberWord(2, False),
        "полтора": NumberWord(1.5, False),
        "полторы": NumberWord(1.5, False),
        "полутора": NumberWord(1.5, False),
        "тыс": NumberWord(1000, True),
        "млн": NumberWord(10**6, True),
        "млрд": NumberWord(10**9, True),
        "десяток": NumberWord(10, True),
        # «более сотни», «около сотни», «две сотни»: a hundred, as «тысяча» is a thousand
        # (the bare plural «сотни», hundreds, is a vague count, read before numbers are).
        "сотня": NumberWord(100, True),
    },
    # CLDR spells sixty "atmış" and eighty "səqsən" (as they are spoken); the written standard
    # is "altmış" and "səksən".
    "az": {
        "milyard": NumberWord(10**9, True),
        "mln": NumberWord(10**6, True),
        "altmış": NumberWord(60, False),
        "səksən": NumberWord(80, False),
    },
}
