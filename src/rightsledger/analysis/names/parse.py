"""Split a personal name into given name, patronymic and surname, whatever its order."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from rightsledger.analysis.names.keys import one_edit
from rightsledger.analysis.names.parsed import NameOrder, ParsedName
from rightsledger.analysis.names.scripts import Script, detect_script
from rightsledger.analysis.names.translit import phonemic
from rightsledger.analysis.names.words import (
    DAUGHTER_WORDS,
    SON_WORDS,
    is_initial,
    marker_sex,
    spaced,
)

__all__ = [
    "NameOrder",
    "ParsedName",
    "detect_order",
    "parse_name",
    "parse_patronymic",
    "surname_like",
]


# Russian patronymic endings, in Cyrillic, in the usual romanisations, in Azerbaijani
# Latin (Qriqoroviç: ч is ç there) and in Armenian script (Գեյդարովիչ); longest first.
_RU_PATRONYMIC = re.compile(
    r"(?P<stem>.{2,}?)(?:"
    r"(?P<male>[ое]вич|[eo]vich|yevich|[eo]vi[cç]|[eo]vitch|ич|ich|(?:յ?ե|ո)վիչ)"
    r"|(?P<female>[ое]вна|[eo]vna|yevna|ична|ichna|инична|inichna|(?:յ?ե|ո)վնա)"
    r")$",
    re.IGNORECASE,
)
# The endings a slip may blur, for :func:`parse_patronymic` (longest first).
_RU_ENDINGS = (
    ("ovich", "M"), ("evich", "M"), ("ович", "M"), ("евич", "M"), ("oviç", "M"), ("eviç", "M"),
    ("ovna", "F"), ("evna", "F"), ("овна", "F"), ("евна", "F"),
)  # fmt: skip
# Surname endings shared by Azerbaijani, Russian and Armenian surnames (phonemic spelling).
_SURNAME_ENDING = re.compile(
    r"(?:[oe]va?|yeva?|zad[əae]|yan(?:ts)?|ian(?:ts)?|enko|sk(?:i|iy|ii|aya|y)|ogl[uı])$"
)
_SURNAME_ENDING_LONG = re.compile(r"(?:l[iıuü]|ly)$")  # Həsənli, Xanlı; but not Əli, Vəli
_FEMININE_SURNAME = re.compile(r"(?:[oe]va|yeva|ina|skaya)$")
_MASCULINE_SURNAME = re.compile(r"(?:[oe]v|yev|sk(?:i|iy|ii|y))$")
_BRACKETS = re.compile(r"[(\[{].*?[)\]}]")
_SPLIT = re.compile(r"[\s,;/]+")
_COMMA_AFTER_FIRST = re.compile(r"^\s*[^\s,]+\s*,")


# Digits a scanned list's text recognition reads for the letters they look like, by the
# script of the word they stand in: Salman0v, E1dar, 5adıqlı, 8əylərov; Нарги3, Ба6аева.
_OCR_DIGITS = {
    Script.LATIN: {"0": "o", "1": "l", "5": "s", "8": "b"},
    Script.CYRILLIC: {"0": "о", "3": "з", "6": "б"},
}
_OCR_DIGITS[Script.LATIN_AZERBAIJANI] = _OCR_DIGITS[Script.LATIN]
# A digit with a letter beside it, in a word of letters (not "1965", nor "3-cü").
_DIGIT_IN_WORD = re.compile(r"(?<=[^\W\d_])\d|\d(?=[^\W\d_])")


def _letters_for_digits(word: str) -> str:
    """``word`` with each digit that stands beside a letter read as the letter it looks
    like in the word's script (:data:`_OCR_DIGITS`): capital where it begins the word or
    the word is in capitals.  A word with more digits than one or two, or of a script
    without such a table, is left as it is."""
    if not _DIGIT_IN_WORD.search(word) or sum(c.isdigit() for c in word) > 2:
        return word
    table = _OCR_DIGITS.get(detect_script(word))
    if table is None:
        return word
    capitals = word.isupper()

    def letter(match: re.Match[str]) -> str:
        found = table.get(match.group())
        if found is None:
            return match.group()
        return found.upper() if capitals or match.start() == 0 else found

    return _DIGIT_IN_WORD.sub(letter, word)


@functools.lru_cache(maxsize=200_000)
def _clean(text: str | None) -> str:
    if not text:
        return ""
    return " ".join(_letters_for_digits(word) for word in _BRACKETS.sub(" ", str(text)).split())


@functools.lru_cache(maxsize=100_000)
def parse_patronymic(text: str) -> tuple[str, str | None]:
    """Return (father's given name, sex) for a patronymic in any of the known forms.

    "Əli oğlu" → ("Əli", "M"); "Алиевна" → ("Али", "F"); "Ali" → ("Ali", None).
    """
    words = [w for w in _SPLIT.split(_clean(text).replace("-", " ")) if w]
    if not words:
        return "", None
    marker = marker_sex(words[-1].lower().strip("."), last=True) if len(words) > 1 else None
    if marker:
        return " ".join(words[:-1]), marker
    if len(words) == 1:
        fused = _fused_marker(words[0])
        if fused is not None:
            return fused
    match = _RU_PATRONYMIC.match(words[-1])
    if match and len(words) == 1:
        stem = match.group("stem")
        if stem.lower().endswith("y") and match.group(0)[len(stem) :].lower().startswith("e"):
            stem = stem[:-1]  # Musayevich: Musa + yevich
        return stem, "M" if match.group("male") else "F"
    if len(words) == 1 and len(words[0]) >= 7:
        # A slip in the ending (Мамедовнв, Мамедова): one edit from a Russian ending.
        lower = words[0].lower()
        for ending, sex in _RU_ENDINGS:
            for size in (len(ending) - 1, len(ending), len(ending) + 1):
                if len(lower) - size >= 3 and one_edit(lower[-size:], ending):
                    return words[0][:-size], sex
    if len(words) == 1 and len(words[0]) > 3 and words[0].endswith("ի"):
        # Armenian names the father in the genitive: Սամվելի, "of Samvel".
        return words[0][:-1], None
    return " ".join(words), None


# The son/daughter words a typed list runs into the father's name (Əliqızı, Vaqifoğlu,
# Алиоглы): four letters or more, so that no name's own ending is taken for one.
_FUSED_MARKERS = tuple(
    sorted((w for w in (*SON_WORDS, *DAUGHTER_WORDS) if len(w) >= 4), key=len, reverse=True)
)


def _fused_marker(word: str) -> tuple[str, str | None] | None:
    """(father's name, sex) of a patronymic written as one word, the father's name and
    oğlu/qızı run together ("Əliqızı"), or None.  Read only where a patronymic stands:
    a surname may end in -oğlu (Qaraoğlu), a patronymic's son-word is a word apart."""
    lower = word.lower()
    for marker in _FUSED_MARKERS:
        if lower.endswith(marker) and len(lower) - len(marker) >= 3:
            return word[: -len(marker)], marker_sex(marker, last=False)
    return None


def _patronymic_ending(word: str) -> str | None:
    """The Russian patronymic ending of ``word`` (-ович, -евна, -ич …), lower case, or None."""
    match = _RU_PATRONYMIC.match(word)
    return None if match is None else word[len(match.group("stem")) :].lower()


@functools.lru_cache(maxsize=200_000)
def _is_russian_patronymic(word: str) -> bool:
    ending = _patronymic_ending(word)
    if ending is None or len(word) < 6:
        return False
    return ending not in ("ич", "ich") or detect_script(word) is Script.CYRILLIC


@functools.lru_cache(maxsize=200_000)
def _bare_ich(word: str) -> bool:
    """A patronymic's ending that is -ич alone, not -ович/-евич (Ильич, but also Мкртич)."""
    return _patronymic_ending(word) in ("ич", "ich")


@functools.lru_cache(maxsize=200_000)
def _strong_surname(word: str) -> bool:
    """A surname by an ending no given name has (-ov, -yev, -yan, -zadə, …), not -li."""
    spelled = phonemic(word)
    return len(spelled) >= 4 and bool(_SURNAME_ENDING.search(spelled))


@functools.lru_cache(maxsize=200_000)
def surname_like(word: str) -> bool:
    """True when a word has an ending typical of surnames in the region (-ov, -yev, -li, …)."""
    spelled = phonemic(word)
    if len(spelled) < 4:
        return False
    if _SURNAME_ENDING.search(spelled):
        return True
    return len(spelled) >= 6 and (
        bool(_SURNAME_ENDING_LONG.search(spelled)) or _slipped_ending(spelled)
    )


def _slipped_ending(spelled: str) -> bool:
    """An -ova, -eva or -yev with one letter mistyped or two swapped, or -ova with its o
    left out (Guseynpva, Dzhafariva, Safarvoa, Alieyv, Nesibva): still a surname's
    ending, which no given name of the region has."""
    tail = spelled[-3:]
    if any(one_edit(tail, ending) and tail != ending for ending in ("ova", "eva", "yev")):
        return True
    return tail[1:] == "va" and tail[0] not in "aeiouəıöüyv"


def _split_tokens(text: str) -> tuple[list[str], list[str], str | None, bool, list[str]]:
    """Return (name words, patronymic words, patronymic sex, comma after first word,
    initials)."""
    comma_after_first = bool(_COMMA_AFTER_FIRST.match(text))
    words = [w for w in _SPLIT.split(spaced(text)) if w]
    words = [w for w in words if w.strip("-.")]
    names: list[str] = []
    patronymic: list[str] = []
    initials: list[str] = []
    sex: str | None = None
    index = 0
    while index < len(words):
        word = words[index]
        lower = word.lower().strip(".")
        # A slip is read in the son/daughter word where it ends the name, or where it
        # stands between a given and a father's name and a surname (Akif Həsən oğku
        # Əhmədov); elsewhere a name one letter from oğlu or qızı stays a name.
        slip_allowed = index == len(words) - 1 or (
            index == len(words) - 2
            and len(names) >= 2
            and _strong_surname(words[-1])
            and not marker_sex(words[-1].lower().strip("."), last=True)
        )
        marked = marker_sex(lower, last=slip_allowed)
        # A slip takes the word before it as the father's name only when a name is left
        # besides (Əliyeva Aynur Kamal qızu); "Əliyeva Qızu" is a surname and a given name.
        if marked and len(names) < 2 and not marker_sex(lower, last=False):
            marked = None
        after_initial = index > 0 and is_initial(words[index - 1])
        # A bare -ич after the surname alone is a given name (Варданян Мкртич, Варданян
        # Мкртич Ашотович), not a father's name with the given name left out, where it
        # ends the name or a patronymic follows it.
        ich_given_name = (
            len(names) < 2
            and _bare_ich(word)
            and (index == len(words) - 1 or _is_russian_patronymic(words[index + 1]))
        )
        if is_initial(word):
            initials.append(word)
        elif marked and after_initial and initials and not patronymic:
            # The father's initial before the son/daughter word (Əliyeva Leyla M. qızı,
            # Мамедов Гаджи А. оглы): the name before it is the given name.
            patronymic = [initials.pop(), word]
            sex = marked
        elif marked and names and not patronymic:
            patronymic = [names.pop(), word]
            sex = marked
        elif not patronymic and _is_russian_patronymic(word) and names and not ich_given_name:
            patronymic = [word]
            sex = parse_patronymic(word)[1]
        else:
            names.append(word)
        index += 1
    return names, patronymic, sex, comma_after_first, initials


@functools.lru_cache(maxsize=200_000)
def in_capitals(text: str) -> bool:
    """Written in capitals, two letters or more (MAMEDOVA, not the initial A.)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _choose_surname(
    names: list[str], patronymic_at_end: bool, comma: bool, hint: NameOrder
) -> tuple[int, NameOrder]:
    """Return (index of the surname word in ``names``, the order this implies)."""
    if comma:
        return 0, NameOrder.SURNAME_FIRST
    capitals = [i for i, word in enumerate(names) if in_capitals(word)]
    if len(capitals) == 1 and len(names) > 1:
        # One word in capitals among words that are not: the list marks its surname so,
        # wherever it stands (MAMEDOVA Nargiz, Nargiz MAMEDOVA).
        index = capitals[0]
        if index == 0:
            return 0, NameOrder.SURNAME_FIRST
        return index, NameOrder.GIVEN_FIRST if index == len(names) - 1 else NameOrder.UNKNOWN
    candidates = [i for i, word in enumerate(names) if surname_like(word)]
    if len(candidates) > 1:
        # Given names end in -li, -lu too (Məmmədəli, Hüseynqulu), never in -ov, -yan:
        # beside a word with such an ending, a word in -li is the given name.
        strong = [i for i in candidates if _strong_surname(names[i])]
        candidates = strong if len(strong) == 1 else candidates
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


@functools.lru_cache(maxsize=200_000)
def _sex_from_surname(surname: str) -> str | None:
    spelled = phonemic(surname.split()[-1]) if surname else ""
    if _FEMININE_SURNAME.search(spelled):
        return "F"
    if _MASCULINE_SURNAME.search(spelled):
        return "M"
    return None


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
    if in_capitals(given_part) and surname_part and not in_capitals(surname_part):
        # A list whose columns are not kept (GAFAROV | Mamed): the word in capitals is the
        # surname, as in a name written whole.
        given_part, surname_part = surname_part, given_part
    order = NameOrder.UNKNOWN
    sex: str | None = None
    initials: list[str] = []
    if text and not (given_part and surname_part):
        names, patronymic_words, sex, comma, initials = _split_tokens(text)
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
            if len(names) == 1 and initials:
                # One word and initials: their places tell the order (G. Pashaev, Pashaev G.).
                first_is_initial = is_initial(spaced(text).split()[0])
                order = NameOrder.GIVEN_FIRST if first_is_initial else NameOrder.SURNAME_FIRST
        # Initials stand for what the words left open: Gasimov H.V., A.M. Jabbarov,
        # Salmanov Şamil T.
        if initials and not parsed_given:
            parsed_given, initials = initials[0], initials[1:]
        if initials and not parsed_patronymic:
            parsed_patronymic = initials[0]
        given_part = given_part or parsed_given
        surname_part = surname_part or parsed_surname
        patronymic_part = patronymic_part or parsed_patronymic
    elif given_part and surname_part:
        order = order_hint
    father, patronymic_sex = parse_patronymic(patronymic_part)
    sex = patronymic_sex or sex or _sex_from_surname(surname_part)
    return ParsedName(
        original=text or " ".join(p for p in (surname_part, given_part, patronymic_part) if p),
        script=_script_of_parts(text, given_part, surname_part, patronymic_part),
        order=order,
        given=given_part,
        surname=surname_part,
        patronymic=patronymic_part,
        father=father,
        sex=sex,
    )


def _script_of_parts(*parts: str) -> Script:
    """The script of a whole name from its parts' (each part is read once, cached): the
    script of most letters, and Azerbaijani Latin if any part has its marks."""
    letters: dict[Script, int] = {}
    for part in parts:
        script = detect_script(part)
        if script is Script.LATIN_AZERBAIJANI:
            return script
        if script is not Script.EMPTY:
            letters[script] = letters.get(script, 0) + len(part)
    # The first script of the most letters, as Counter.most_common(1) would take it: a
    # plain dict, as this runs once for every name parsed.
    return max(letters, key=letters.__getitem__) if letters else Script.EMPTY


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
