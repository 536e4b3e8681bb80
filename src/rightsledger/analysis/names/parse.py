"""Split a personal name into given name, patronymic and surname, whatever its order."""

from __future__ import annotations

import dataclasses
import enum
import functools
import re
from collections import Counter
from collections.abc import Iterable

from rightsledger.analysis.names.scripts import Script, detect_script
from rightsledger.analysis.names.translit import fold, phonemic, skeleton

__all__ = [
    "NameOrder",
    "ParsedName",
    "detect_order",
    "parse_name",
    "parse_patronymic",
    "surname_like",
]


class NameOrder(enum.StrEnum):
    SURNAME_FIRST = "surname_first"
    """Official order in Azerbaijan, Russia and Armenia: Əliyev Həsən Əli oğlu."""
    GIVEN_FIRST = "given_first"
    """Western or informal order: Hasan Aliyev, Гасан Алиевич Алиев."""
    UNKNOWN = "unknown"


# Azerbaijani patronymic words (son of / daughter of) in the spellings lists use.
_SON_WORDS = frozenset(
    ("oğlu", "oglu", "ogly", "oglı", "ogli", "oğlı", "ohlu", "ogl", "оглы", "оглу", "огли")
)
_DAUGHTER_WORDS = frozenset(
    ("qızı", "qizi", "gizi", "gyzy", "qyzy", "kızı", "kizi", "kyzy", "kyzi", "гызы", "кызы",
     "кизи", "гизи", "qız")
)  # fmt: skip
# Russian patronymic endings, in Cyrillic and in the usual romanisations; longest first.
_RU_PATRONYMIC = re.compile(
    r"(?P<stem>.{2,}?)(?:"
    r"(?P<male>[ое]вич|[eo]vich|yevich|[eo]vic|[eo]vitch|ич|ich)"
    r"|(?P<female>[ое]вна|[eo]vna|yevna|ична|ichna|инична|inichna)"
    r")$",
    re.IGNORECASE,
)
# Surname endings shared by Azerbaijani, Russian and Armenian surnames (phonemic spelling).
_SURNAME_ENDING = re.compile(
    r"(?:[oe]va?|yeva?|zad[əae]|yan(?:ts)?|ian(?:ts)?|enko|sk(?:i|iy|ii|aya|y)|ogl[uı])$"
)
_SURNAME_ENDING_LONG = re.compile(r"(?:l[iıuü]|ly)$")  # Həsənli, Xanlı; but not Əli, Vəli
_FEMININE_SURNAME = re.compile(r"(?:[oe]va|yeva|ina|skaya)$")
_MASCULINE_SURNAME = re.compile(r"(?:[oe]v|yev|sk(?:i|iy|ii|y))$")
_BRACKETS = re.compile(r"[(\[{].*?[)\]}]")
_SPLIT = re.compile(r"[\s,;/]+")


@dataclasses.dataclass(frozen=True, slots=True)
class ParsedName:
    """A name split into its parts, originals kept, with derived comparison forms.

    ``given``, ``surname`` and ``patronymic`` keep the original spelling; ``father`` is the
    father's given name that the patronymic is formed from ("Əli" for "Əli oğlu", "Али"
    for "Алиевич").  ``*_fold`` are cross-script comparison forms, ``*_key`` blocking keys.
    """

    original: str
    script: Script
    order: NameOrder
    given: str
    surname: str
    patronymic: str
    father: str
    sex: str | None
    given_fold: str
    surname_fold: str
    father_fold: str
    given_key: str
    surname_key: str
    father_key: str

    @property
    def folded_tokens(self) -> tuple[str, ...]:
        """The folds of given name, surname and father's name, sorted: order-free form."""
        return tuple(sorted(f for f in (self.given_fold, self.surname_fold, self.father_fold) if f))


def _clean(text: str | None) -> str:
    if not text:
        return ""
    return " ".join(_BRACKETS.sub(" ", str(text)).split())


@functools.lru_cache(maxsize=100_000)
def parse_patronymic(text: str) -> tuple[str, str | None]:
    """Return (father's given name, sex) for a patronymic in any of the known forms.

    "Əli oğlu" → ("Əli", "M"); "Алиевна" → ("Али", "F"); "Ali" → ("Ali", None).
    """
    words = [w for w in _SPLIT.split(_clean(text).replace("-", " ")) if w]
    if not words:
        return "", None
    last = words[-1].lower()
    if len(words) > 1 and last in _SON_WORDS:
        return " ".join(words[:-1]), "M"
    if len(words) > 1 and last in _DAUGHTER_WORDS:
        return " ".join(words[:-1]), "F"
    match = _RU_PATRONYMIC.match(words[-1])
    if match and len(words) == 1:
        stem = match.group("stem")
        if stem.lower().endswith("y") and match.group(0)[len(stem) :].lower().startswith("e"):
            stem = stem[:-1]  # Musayevich: Musa + yevich
        return stem, "M" if match.group("male") else "F"
    return " ".join(words), None


def _is_russian_patronymic(word: str) -> bool:
    match = _RU_PATRONYMIC.match(word)
    if not match or len(word) < 6:
        return False
    ending = word[len(match.group("stem")) :].lower()
    return ending not in ("ич", "ich") or detect_script(word) is Script.CYRILLIC


@functools.lru_cache(maxsize=200_000)
def surname_like(word: str) -> bool:
    """True when a word has an ending typical of surnames in the region (-ov, -yev, -li, …)."""
    spelled = phonemic(word)
    if len(spelled) < 4:
        return False
    if _SURNAME_ENDING.search(spelled):
        return True
    return len(spelled) >= 6 and bool(_SURNAME_ENDING_LONG.search(spelled))


def _split_tokens(text: str) -> tuple[list[str], list[str], str | None, bool]:
    """Return (name words, patronymic words, patronymic sex, comma after first word)."""
    comma_after_first = bool(re.match(r"^\s*[^\s,]+\s*,", text))
    words = [w for w in _SPLIT.split(text) if w]
    words = [w for w in words if w.strip("-.")]
    names: list[str] = []
    patronymic: list[str] = []
    sex: str | None = None
    index = 0
    while index < len(words):
        word = words[index]
        lower = word.lower().strip(".")
        marker_sex = "M" if lower in _SON_WORDS else "F" if lower in _DAUGHTER_WORDS else None
        if marker_sex and names and not patronymic:
            patronymic = [names.pop(), word]
            sex = marker_sex
        elif not patronymic and _is_russian_patronymic(word) and names:
            patronymic = [word]
            sex = parse_patronymic(word)[1]
        else:
            names.append(word)
        index += 1
    return names, patronymic, sex, comma_after_first


def _choose_surname(
    names: list[str], patronymic_at_end: bool, comma: bool, hint: NameOrder
) -> tuple[int, NameOrder]:
    """Return (index of the surname word in ``names``, the order this implies)."""
    if comma:
        return 0, NameOrder.SURNAME_FIRST
    candidates = [i for i, word in enumerate(names) if surname_like(word)]
    if len(candidates) == 1:
        index = candidates[0]
        if index == 0:
            return 0, NameOrder.SURNAME_FIRST
        if index == len(names) - 1:
            return index, NameOrder.GIVEN_FIRST
        return index, NameOrder.UNKNOWN
    if len(candidates) > 1:
        if hint is NameOrder.GIVEN_FIRST:
            return candidates[-1], NameOrder.UNKNOWN
        return candidates[0], NameOrder.UNKNOWN
    if not patronymic_at_end and len(names) >= 2:
        return len(names) - 1, NameOrder.GIVEN_FIRST  # Гасан Алиевич Алиев
    if hint is NameOrder.GIVEN_FIRST:
        return len(names) - 1, NameOrder.UNKNOWN
    return 0, NameOrder.UNKNOWN


def _sex_from_surname(surname: str) -> str | None:
    spelled = phonemic(surname.split()[-1]) if surname else ""
    if _FEMININE_SURNAME.search(spelled):
        return "F"
    if _MASCULINE_SURNAME.search(spelled):
        return "M"
    return None


@functools.lru_cache(maxsize=200_000)
def _join_fold(text: str, script: Script) -> str:
    return "".join(fold(word, script) for word in text.replace("-", " ").split())


@functools.lru_cache(maxsize=200_000)
def _join_key(text: str, script: Script) -> str:
    words = text.replace("-", " ").split()
    return skeleton(words[-1], script) if words else ""


def parse_name(
    full_name: str | None = None,
    *,
    given: str | None = None,
    surname: str | None = None,
    patronymic: str | None = None,
    order_hint: NameOrder = NameOrder.UNKNOWN,
) -> ParsedName:
    """Parse a name given as one string, as separate parts, or both.

    Parts given separately win over what is parsed from ``full_name``.  ``order_hint`` is
    the order to assume when the words themselves do not tell (e.g. the list's usual order,
    from :func:`detect_order`); without it, the official surname-first order is assumed.
    """
    text = _clean(full_name)
    given_part, surname_part, patronymic_part = _clean(given), _clean(surname), _clean(patronymic)
    order = NameOrder.UNKNOWN
    sex: str | None = None
    if text and not (given_part and surname_part):
        names, patronymic_words, sex, comma = _split_tokens(text)
        parsed_given, parsed_surname, parsed_patronymic = "", "", " ".join(patronymic_words)
        if names:
            at_end = bool(patronymic_words) and text.rstrip().endswith(patronymic_words[-1])
            index, order = _choose_surname(names, at_end or not patronymic_words, comma, order_hint)
            parsed_surname = names[index]
            rest = names[:index] + names[index + 1 :]
            if not patronymic_words and len(rest) == 2:
                # Three bare words: the third is the father's name (Əliyev Həsən Əli).
                rest, parsed_patronymic = rest[:1], rest[1]
            parsed_given = " ".join(rest)
        given_part = given_part or parsed_given
        surname_part = surname_part or parsed_surname
        patronymic_part = patronymic_part or parsed_patronymic
    elif given_part and surname_part:
        order = order_hint
    father, patronymic_sex = parse_patronymic(patronymic_part)
    sex = patronymic_sex or sex or _sex_from_surname(surname_part)
    script = detect_script(" ".join((text, given_part, surname_part, patronymic_part)))
    word_script = script if script is Script.LATIN_AZERBAIJANI else None
    return ParsedName(
        original=text or " ".join(p for p in (surname_part, given_part, patronymic_part) if p),
        script=script,
        order=order,
        given=given_part,
        surname=surname_part,
        patronymic=patronymic_part,
        father=father,
        sex=sex,
        given_fold=_join_fold(given_part, word_script or detect_script(given_part)),
        surname_fold=_join_fold(surname_part, word_script or detect_script(surname_part)),
        father_fold=_join_fold(father, word_script or detect_script(father)),
        given_key=_join_key(given_part, word_script or detect_script(given_part)),
        surname_key=_join_key(surname_part, word_script or detect_script(surname_part)),
        father_key=_join_key(father, word_script or detect_script(father)),
    )


def detect_order(names: Iterable[str], *, sample: int = 2000) -> NameOrder:
    """Return the order most names of a list use, judged on up to ``sample`` names."""
    votes: Counter[NameOrder] = Counter()
    for index, name in enumerate(names):
        if index >= sample:
            break
        order = parse_name(name).order
        if order is not NameOrder.UNKNOWN:
            votes[order] += 1
    if not votes:
        return NameOrder.UNKNOWN
    (best, count), *rest = votes.most_common()
    if rest and rest[0][1] * 2 > count:
        return NameOrder.UNKNOWN  # no clear majority
    return best
