"""String similarity of name keys, as the linkage model's comparison levels use it.

The model computes these in SQL (DuckDB or Spark); :func:`name_agreement` is the same
rule in Python, for explaining a pair to a reviewer.  The thresholds live here once.
"""

from __future__ import annotations

import enum

from rightsledger.analysis.names.keys import name_skeleton

__all__ = [
    "DROPPED_MIN_LENGTH",
    "ESTABLISHED_COUNT",
    "ESTABLISHED_RATIO",
    "SIMILAR_EDITS",
    "SIMILAR_JARO_WINKLER",
    "SIMILAR_MIN_LENGTH",
    "SLIP_MAX_COUNT",
    "VARIANT_EDITS",
    "VARIANT_MIN_LENGTH",
    "Agreement",
    "damerau_levenshtein",
    "jaro_winkler",
    "name_agreement",
    "one_slip",
    "slips_same_first_letter",
    "two_slips",
]

VARIANT_EDITS = 1  # one slip: a letter dropped, doubled, swapped or replaced
VARIANT_MIN_LENGTH = 4  # Əli/Alim, Ali/Ail: in a name this short one slip makes another
# A name with vowels left out (Mmməd) keeps at least this many letters: in two (Laa for
# Lalə) a consonant may have gone too, hidden behind the double it leaves (Leyla: l-l).
DROPPED_MIN_LENGTH = 3
SIMILAR_JARO_WINKLER = 0.88  # a slip on top of a rendering
SIMILAR_EDITS, SIMILAR_MIN_LENGTH = 2, 6  # two slips in a name of six letters or more
# Two names seen this often, the rarer at least 1/ESTABLISHED_RATIO as often as the other,
# are two names, however alike (Əli/Vəli); a slip of a name is far rarer than the name.
ESTABLISHED_COUNT = 5
ESTABLISHED_RATIO = 50
# A slip seldom recurs: a given name written at most this often in the whole input, beside
# an established name a slip or two from it, is that name spoiled (Kasun, Naek, Sbine),
# not a name of its own, where the birth year agrees.
SLIP_MAX_COUNT = 3


class Agreement(enum.StrEnum):
    SAME = "same"
    VARIANT = "variant"
    SIMILAR = "similar"
    DIFFERENT = "different"


def damerau_levenshtein(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbouring letters as one edit."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[len(a)][len(b)]


def jaro_winkler(a: str, b: str, prefix_scale: float = 0.1) -> float:
    """Jaro-Winkler similarity (1.0 for equal strings), as DuckDB computes it."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    window = max(0, max(len(a), len(b)) // 2 - 1)
    a_matched = [False] * len(a)
    b_matched = [False] * len(b)
    matches = 0
    for i, char in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not b_matched[j] and b[j] == char:
                a_matched[i] = b_matched[j] = True
                matches += 1
                break
    if not matches:
        return 0.0
    a_chars = [c for c, m in zip(a, a_matched, strict=True) if m]
    b_chars = [c for c, m in zip(b, b_matched, strict=True) if m]
    transpositions = sum(x != y for x, y in zip(a_chars, b_chars, strict=True)) / 2
    jaro = (matches / len(a) + matches / len(b) + (matches - transpositions) / matches) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * prefix_scale * (1 - jaro)


def _vowels_dropped(a: str, b: str) -> bool:
    return (
        min(len(a), len(b)) >= DROPPED_MIN_LENGTH
        and name_skeleton(a) == name_skeleton(b)
        and damerau_levenshtein(a, b) == abs(len(a) - len(b))
        and a[-1] == b[-1]
    )


def name_agreement(a: str, b: str, *, skeleton: bool = False) -> Agreement:
    """How two name keys agree: the same, one slip apart, similar, or different names.

    A slip keeps the first letter; beyond that, the model also treats two frequent names
    as different however close (Əli/Vəli), which needs the whole input to judge.  With
    ``skeleton`` (given names), a name with vowels left out is similar too (Mmməd/Məmməd:
    the same consonants, only letters dropped, the same last letter).
    """
    if a == b:
        return Agreement.SAME
    if not a or not b or a[0] != b[0]:
        return Agreement.DIFFERENT
    if min(len(a), len(b)) >= VARIANT_MIN_LENGTH and damerau_levenshtein(a, b) <= VARIANT_EDITS:
        return Agreement.VARIANT
    if (
        jaro_winkler(a, b) >= SIMILAR_JARO_WINKLER
        or (
            min(len(a), len(b)) >= SIMILAR_MIN_LENGTH and damerau_levenshtein(a, b) <= SIMILAR_EDITS
        )
        or (skeleton and _vowels_dropped(a, b))
    ):
        return Agreement.SIMILAR
    return Agreement.DIFFERENT


def one_slip(a: str, b: str) -> bool:
    """One slip apart with the same first letter, however short the names (Ai/Ali,
    Alev/Aliev): the test of the model's short-slip levels, which also ask the rest of
    the record to agree and that the two are not both established names (a count of the
    whole input, which one pair cannot give)."""
    return bool(a) and bool(b) and a[0] == b[0] and damerau_levenshtein(a, b) <= VARIANT_EDITS


def slips_same_first_letter(a: str, b: str) -> bool:
    """At most two slips apart with the same first letter, however short the names
    (Маедова/Мамедова, KUIEV/Quliyev): the names' test of the model's level of a surname's
    slips beside an established surname, which also asks given and father's names to agree
    and one of the two surnames to be established (counts of the whole input, which one
    pair cannot give)."""
    return bool(a) and bool(b) and a[0] == b[0] and damerau_levenshtein(a, b) <= SIMILAR_EDITS


def two_slips(a: str, b: str) -> bool:
    """At most two slips apart with the same first letter (Kasun/Kasum, Naek/Narek), or
    another first letter and nothing else (Sabbar/Cabbar): the names' test of the model's
    level of a rare slip, which also asks the birth years to agree and one of the two names
    to be seldom written beside the other, established (counts of the whole input, which
    one pair cannot give)."""
    if not a or not b:
        return False
    if a[0] != b[0]:
        return len(a) > 1 and a[1:] == b[1:]
    return damerau_levenshtein(a, b) <= SIMILAR_EDITS


# The words lists use for a sex; here, not beside the features, so that explaining a pair
# (a review page) does not load pandas.
SEX_WORDS = {
    "m": "M", "male": "M", "man": "M", "м": "M", "муж": "M", "мужской": "M", "k": "M",
    "kişi": "M", "kisi": "M", "kishi": "M", "ա": "M", "արական": "M",
    "f": "F", "female": "F", "woman": "F", "w": "F", "ж": "F", "жен": "F", "женский": "F",
    "q": "F", "qadın": "F", "qadin": "F", "gadin": "F", "ի": "F", "իգական": "F",
}  # fmt: skip


def normal_sex(value: str) -> str | None:
    """M or F for the words lists use (M, м, kişi, արական; F, ж, qadın, իգական), else None."""
    return SEX_WORDS.get(value.strip().lower())
