"""Comparison keys of names for linkage: one key per name, whatever the script or spelling.

:func:`fold` (in :mod:`translit`) is the search form of a word.  The keys here go further,
because linkage must also see as one name what clerks' habits make of it:

* passport romanisation writes я, ю after a consonant as ia, iu (Кязим → Kiazim,
  Гюнель → Giunel): an i before a vowel is a glide and is dropped, as y is;
* ç, c and j are one sound class (Elçin is Elcin without diacritics, Orucov is Оруджев
  and Оруч), and so are s and ş (Rəşid is Rasid without them);
* Russian spelling devoices a consonant at the end of a name or after a voiceless one
  (Mehdi → Мехти, Ələkbər → Алекпер, Bünyad → Буният, Əbülfəz → Абульфас);
* renderings that no letter rule gives back (Qasım → Касум, Yusif → Юсуф, Könül →
  Kenul) come from the curated table of :mod:`equivalents`.

Surnames get a *root* as well: the key without -ov/-ev, -li/-lı/-lu and -zadə, so that
Həsənli, Гасанов and Hasanzade are recognised as the same family name in another form.
An *initial class* groups the first letters that can stand for one another in initials
across scripts (Д. and J. for Джавид/Javid, S. and Ш. for Shamil/Şamil).
"""

from __future__ import annotations

import functools
import re

from rightsledger.analysis.names.equivalents import canonical, rendering_lines
from rightsledger.analysis.names.scripts import Script, detect_script
from rightsledger.analysis.names.translit import phonemic

__all__ = [
    "armenian_reading", "initial_class", "initial_letter", "initial_letters", "name_key",
    "name_skeleton", "slipped_ov_ending", "surname_key", "surname_readings", "surname_root",
]  # fmt: skip

_VOWELS = frozenset("aeiouəıöü")
_CLASSES = str.maketrans(
    {"ə": "a", "e": "a", "ı": "i", "ö": "o", "ü": "u", "h": "k", "g": "k", "q": "k",
     "x": "k", "ğ": "k", "c": "j", "ç": "j", "ş": "s", "w": "v"}
)  # fmt: skip
_AZ_SPECIFIC = re.compile(r"[əığşçöü]")
_EN_DIGRAPHS = (("sh", "ş"), ("ch", "ç"), ("kh", "x"), ("zh", "j"), ("gh", "ğ"))
_GLIDE_I = re.compile(r"(?<=.)i(?=[aeou])")
_DROPPED_OV = re.compile(r"(?<=[^aeoəöuüv])va?$")
_ARMENIAN_SURNAME = re.compile(r"[^aeiouəıöü]yan(?:ts)?$")  # -յան, -ян, -yan, -ian
_DOUBLE = re.compile(r"(.)\1+")
_VOICELESS = "kptsf"
_DEVOICED = {"b": "p", "d": "t", "z": "s", "v": "f"}


def _phonemic_letters(word: str, script: Script | None) -> str:
    script = script or detect_script(word)
    if script is Script.LATIN:
        # English "tch" is т+ч (Mkrtchyan), "th" a t (Arthur, Thomas).
        word = word.lower().replace("tch", "tç").replace("th", "t")
    text = phonemic(word, script)
    if script is Script.LATIN_AZERBAIJANI and not _AZ_SPECIFIC.search(text):
        # Azerbaijani only by a q (Shafiqa, Khaliqov): English digraphs written beside it.
        for digraph, sound in _EN_DIGRAPHS:
            text = text.replace(digraph, sound)
    return text


def _without_glides(text: str) -> str:
    text = re.sub(r"(?<=[^aeiouəıöü])ian(?=$|ts)", "yan", text)  # Armenian -յան: -ian, -yan
    text = text.replace("dj", "j")
    if text.startswith("hovh"):  # Armenian Hovh-/Hov- is Ов-/Ог- in Russian spelling
        text = "oh" + text[4:]
    elif text.startswith("hov"):
        text = "ov" + text[3:]
    elif text.startswith("h") and _ARMENIAN_SURNAME.search(text):
        # Russian has no h and drops an Armenian surname's first one: Hayrapetyan,
        # Айрапетян; Hambardzumyan, Амбарцумян (an Azerbaijani Həsənov is Гасанов).
        text = text[1:]
    if len(text) > 2 and text[0] == "i" and text[1] in "aou":
        text = "y" + text[1:]  # passport Ю-, Я- as Iu-, Ia-
    if len(text) > 2 and text[0] == "y" and text[1] in "eəa":
        # A glide before a first e or a is written in one list and not in another:
        # Yeganə, Егана, Ягана, Yagana.
        text = text[1:]
    out = []
    for index, char in enumerate(text):
        if char == "y" and index > 0:
            following = text[index + 1] if index + 1 < len(text) else ""
            if following in _VOWELS:
                continue  # a glide: Алиев/Əliyev, Гюнель/Günel
            char = "i"  # Гусейн/Huseyn/Gusein
        out.append(char)
    return "".join(out)


def _devoice(text: str) -> str:
    """Devoice a voiced consonant at the end or after a voiceless one, as Russian spells."""
    out = list(text)
    for index, char in enumerate(out):
        if char not in _DEVOICED:
            continue
        final = index == len(out) - 1 and char != "v"  # -ov stays -ov
        after_voiceless = index > 0 and out[index - 1] in _VOICELESS
        if final or after_voiceless:
            out[index] = _DEVOICED[char]
    return "".join(out)


@functools.lru_cache(maxsize=300_000)
def letter_key(word: str, script: Script | None = None) -> str:
    """The key of one name word by letter rules alone (no table)."""
    return _letters(_phonemic_letters(word, script))


@functools.lru_cache(maxsize=300_000)
def name_key(text: str, script: Script | None = None) -> str:
    """The comparison key of a given name or father's name (words joined).

    >>> name_key("Qasım") == name_key("Касум") == name_key("Gasim") == name_key("Kasum")
    True
    """
    words = text.replace("-", " ").split()
    return "".join(canonical(letter_key(word, script)) for word in words)


# Surname suffixes in phonemic spelling: -ov/-ev/-yev (feminine -a), -li/-lı/-lu/-lü, -zadə.
# A y before -ev is a glide after a vowel (Babayev) but the vowel ы after a consonant (Saryev).
_SURNAME_SUFFIX = re.compile(
    r"(?P<ov>(?:(?<=[aeiouəıöü])y)?[eoəa]va?)$|(?P<li>l[iıuüy])$|(?P<zada>zad[əea])$"
)


def _letters(text: str) -> str:
    """Letter key of an already phonemic word."""
    text = _without_glides(text)
    if len(text) > 3 and text[-1] == "i" and text[-2] in "aeouə":
        # A final й after a vowel disappears in Russian patronymics: Altay → Алтаевич.
        text = text[:-1]
    if not text:
        return ""
    text = _DOUBLE.sub(r"\1", text.translate(_CLASSES))
    while True:
        shorter = _GLIDE_I.sub("", text)
        if shorter == text:
            break
        text = _DOUBLE.sub(r"\1", shorter)
    return _DOUBLE.sub(r"\1", _devoice(text))


def surname_letters(word: str, script: Script | None = None) -> tuple[str, str]:
    """(root letter key, suffix class) of one surname word by letter rules alone:
    Əliyeva → ("ali", "ov"), Гасанлы → ("kasan", "li"), Vəlizadə → ("vali", "zada")."""
    text = _phonemic_letters(word, script)
    match = _SURNAME_SUFFIX.search(text)
    if match and len(text) - len(match.group(0)) >= 3:
        suffix = next(name for name, value in match.groupdict().items() if value)
        root = _letters(text[: match.start()])
        if len(root) >= 2:
            return root, suffix
    # The ending's vowel left out (Мамедв, Aliyva, Quliv for Quliyev): no surname of the
    # region ends in v after a consonant (but v: Mamedovv is a v doubled) or an i but
    # -ov/-ev.
    dropped = _DROPPED_OV.search(text)
    if dropped and dropped.start() >= 3:
        root = _letters(text[: dropped.start()])
        if len(root) >= 2:
            return root, "ov"
    # A slip in the ending itself (Мамедоа, Aliyeca, Iakuobva) still marks -ov/-ev.
    for ending in ("ova", "eva", "ov", "ev"):
        for size in (len(ending) - 1, len(ending), len(ending) + 1):
            tail = text[-size:]
            if len(text) - size >= 4 and tail[:1] in "oeəa" and one_edit(tail, ending):
                return _letters(text[:-size]), "ov"
    return _letters(text), ""


_OV_ENDINGS = ("ova", "eva", "yeva", "ov", "ev", "yev")


def slipped_ov_ending(text: str) -> list[str]:
    """The roots (phonemic) of ``text`` read as an -ov/-ev ending with one slip in it:
    a letter of the ending replaced or two of its letters swapped (Guseynpva, Safarvoa,
    Alieyv, Dzhafariva), a letter of it left out (Мамедоа, Nesibva), or a letter doubled
    (Eliyeeva).  Letters alone cannot tell which reading a clerk's slip was (Nesibva is
    Nəsibova with its o left out, Guseynpva Guseynova with its o mistyped): every
    reading is given, and the names of the list decide (``linkage.features``)."""
    roots = []
    collapsed = _DOUBLE.sub(r"\1", text)
    if collapsed != text:
        match = _SURNAME_SUFFIX.search(collapsed)
        if match and match.group("ov"):
            roots.append(collapsed[: match.start()])
    for ending in _OV_ENDINGS:
        for size in (len(ending), len(ending) - 1):
            tail = text[-size:]
            # The y of -yev is the glide after a root's vowel: a letter in its place is
            # the root's own (Alışeva is Alışova, not Əliyeva), a y kept marks the ending.
            glide_kept = not ending.startswith("y") or "y" in tail
            if len(text) - size >= 3 and tail != ending and glide_kept and one_edit(tail, ending):
                roots.append(text[:-size])
    return list(dict.fromkeys(roots))


def one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one inserted, deleted, replaced or swapped letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(differ) == 2 and differ[1] == differ[0] + 1
        return len(differ) == 1 or (
            swapped and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@functools.lru_cache(maxsize=300_000)
def _surname_word(word: str, script: Script | None) -> tuple[str, str]:
    root, suffix = surname_letters(word, script)
    return canonical(root), suffix


@functools.lru_cache(maxsize=300_000)
def surname_key(text: str, script: Script | None = None) -> str:
    """The key of a surname: its root and suffix class, masculine and feminine alike.

    Əliyev, Əliyeva, Алиев and Aliev give "ali:ov"; Həsənli and Гасанлы "kasan:li".
    """
    words = text.replace("-", " ").split()
    if not words:
        return ""
    parts = [_surname_word(word, script) for word in words]
    head = "".join(root + suffix for root, suffix in parts[:-1])
    root, suffix = parts[-1]
    return f"{head}{root}:{suffix}" if suffix else head + root


@functools.lru_cache(maxsize=300_000)
def surname_readings(text: str, script: Script | None = None) -> tuple[str, ...]:
    """Keys other than :func:`surname_key` that a surname may stand for if its ending
    carries a slip (:func:`slipped_ov_ending`): "Guseynpva" may be Гусейнова
    ("kusain:ov") or a Guseynp- with its o left out; and an -ov/-ev surname, the
    Armenian -yan surname of its root (:func:`armenian_reading`)."""
    words = text.replace("-", " ").split()
    if not words:
        return ()
    own = surname_key(text, script)
    head = "".join("".join(_surname_word(word, script)) for word in words[:-1])
    readings = []
    last = _phonemic_letters(words[-1], script)
    for root in slipped_ov_ending(last):
        letters = canonical(_letters(root))
        if len(letters) >= 2:
            readings.append(f"{head}{letters}:ov")
    armenian = armenian_reading(last)
    if armenian:
        readings.append(head + armenian)
    return tuple(key for key in dict.fromkeys(readings) if key != own)


def armenian_reading(text: str) -> str | None:
    """The key of the Armenian surname in -yan whose root an -ov/-ev surname (phonemic
    ``text``) has: Russian and Soviet papers often wrote Armenian families with -ов
    (Мартиросов, Аветисов, Карапетов for Martirosyan, Avetisyan, Karapetyan).  Which one
    a surname is, the lists decide: an Azerbaijani Babayev is not an Armenian Babayan
    unless the lists write Babayan far more often (``linkage.features``)."""
    match = _SURNAME_SUFFIX.search(text)
    if not match or not match.group("ov") or match.start() < 3:
        return None
    key = canonical(_letters(text[: match.start()] + "yan"))
    return key if len(key) >= 4 else None


def surname_root(key: str) -> str:
    """The family-name root of a surname key: without -ov/-ev, -li and -zadə."""
    return key.split(":", 1)[0]


@functools.lru_cache(maxsize=300_000)
def name_skeleton(key: str) -> str:
    """The first letter and the consonants of a key: equal for vowel-only differences."""
    if not key:
        return ""
    return _DOUBLE.sub(r"\1", key[0] + re.sub(r"[aeiou]", "", key[1:]))


# First sounds that initials in different scripts may stand for interchangeably.
_INITIAL_CLASSES = {
    # Ə, A, E, Э, Е (Ye-) and I, İ, Y (Iu-, Ya-) stand for one another across scripts.
    **dict.fromkeys("aeəiıy", "a"),
    **dict.fromkeys("oö", "o"),
    **dict.fromkeys("uü", "u"),
    **dict.fromkeys("kgqhxğ", "k"),
    **dict.fromkeys("jcçzd", "j"),  # Джавид: Д. or J. or C.; Жаля: Ж., Zh., J.
    **dict.fromkeys("sş", "s"),  # Şamil: Ş., Ш., Sh. or S.
}


@functools.lru_cache(maxsize=100_000)
def initial_class(text: str, script: Script | None = None) -> str:
    """The class of the first sound of a name or an initial ("Ş." and "S." give one class)."""
    letters = phonemic(text.strip(" ."), script)
    if not letters:
        return ""
    return _INITIAL_CLASSES.get(letters[0], letters[0])


# The first letters (phonemic) of the initials a name written out with this first sound
# may be given as in another list, where they are narrower than its initial class: Ə is
# А. in Russian and E. in English without the marks, but never И.; Y- is Ю., Iu-, Е.,
# but never А.; Ü is U., Ю., and Ո. in Armenian (of Ու); Həsən is H., Г. (Гасан), Х.
# (Хасан) and K. (of Kh.), but never Q.; Qasım and Kamil are Q., К., Г., G., but never
# H. or Х.; Cavid is C., J., Дж. (of d), never З.; Zakir is З., Z., never J.
# Letters not here fit every letter of their initial class.
_LETTER_FITS = {
    "a": "aəe", "ə": "əae", "e": "eəay", "i": "iıy", "ı": "ıiy", "y": "yie",
    "o": "oöy", "ö": "öoy", "u": "uüyo", "ü": "üuyo",
    "h": "hgxkğ", "x": "xhgkğ", "q": "qgkğ", "k": "kqgğ",
    "z": "z", "j": "jdç", "d": "dj", "ç": "çj",
}  # fmt: skip


@functools.lru_cache(maxsize=100_000)
def initial_letter(text: str, script: Script | None = None) -> str:
    """The first letter of a name or an initial as it sounds ("Ю." and "Yu." give y)."""
    return phonemic(text.strip(" ."), script)[:1]


def _fits(letter: str) -> set[str]:
    if letter in _LETTER_FITS:
        return set(_LETTER_FITS[letter])
    group = _INITIAL_CLASSES.get(letter, letter)
    return {letter} | {other for other, cls in _INITIAL_CLASSES.items() if cls == group}


@functools.cache
def _rendering_letters() -> dict[str, frozenset[str]]:
    """Name key → the first letters of the forms of its line in the curated table."""
    out: dict[str, set[str]] = {}
    for forms in rendering_lines():
        out.setdefault(name_key(forms[0]), set()).update(
            initial_letter(form) for form in forms if initial_letter(form)
        )
    return {key: frozenset(letters) for key, letters in out.items()}


@functools.lru_cache(maxsize=100_000)
def initial_letters(text: str, script: Script | None = None) -> str:
    """The first letters of the initials a written-out given or father's name may be
    given as in any list: those its first sound fits, and those of its renderings in
    the curated table (Hakob is А. from Акоп).  One character each."""
    own = initial_letter(text, script)
    if not own:
        return ""
    letters = _fits(own)
    for other in _rendering_letters().get(name_key(text, script), frozenset()):
        letters |= _fits(other)
    return "".join(sorted(letters))
