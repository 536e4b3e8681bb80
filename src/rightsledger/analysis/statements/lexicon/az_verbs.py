"""Azerbaijani verbs whose bare stem cannot be a prefix: "öl*" (to die) would take "ölkə"
(country), "qov*" (to drive out) "qovluq" (folder), "uç*" (to collapse) "uçuş" (flight). Their
finite forms are written out here from the stem, by the language's vowel harmony, so a lexicon
names the verb once and gets every tense: "öldü", "öldülər", "ölüb", "ölüblər", "ölmüşdür",
"ölmüşdü", "ölür", "ölürlər", "ölürdü". And the light verbs' other forms: the passive of
"etmək" as that of "olmaq", and "et-" for "ed-" (``with_light_verb_forms``)."""

from __future__ import annotations

_VOWELS = "aıoueəiöü"
# The vowel a suffix takes after the stem's last vowel: four-way (ı i u ü) and two-way (a ə).
_FOUR_WAY = {
    "a": "ı",
    "ı": "ı",
    "o": "u",
    "u": "u",
    "e": "i",
    "ə": "i",
    "i": "i",
    "ö": "ü",
    "ü": "ü",
}
_TWO_WAY = {
    "a": "a",
    "ı": "a",
    "o": "a",
    "u": "a",
    "e": "ə",
    "ə": "ə",
    "i": "ə",
    "ö": "ə",
    "ü": "ə",
}

# Past ("-dı"), perfect and evidential ("-ıb", "-mış", with "-dır", "-dı", "-lar" after it),
# present and past continuous ("-ır", "-ırdı"), each with the plural where it is written apart.
# "I" is the four-way vowel, "A" the two-way one; a suffix that begins with a vowel takes "y"
# after a stem that ends in one ("saxlayıb", "saxlayır"). Participles are left to the lexicon:
# the active one names who did it ("öldürən" is the killer), the passive one is a stem of its own.
_FINITE = ("dI", "dIlAr", "Ib", "IblAr", "mIş*", "Ir", "IrlAr", "IrdI*")


def finite_forms(stems: str) -> str:
    """The finite forms of each verb stem, space-separated, as ``each`` takes them."""
    forms: list[str] = []
    for stem in stems.split():
        last = next(ch for ch in reversed(stem) if ch in _VOWELS)
        for suffix in _FINITE:
            ending = suffix.replace("I", _FOUR_WAY[last]).replace("A", _TWO_WAY[last])
            glide = "y" if stem[-1] in _VOWELS and ending[0] in _VOWELS else ""
            forms.append(stem + glide + ending)
    return " ".join(forms)


# The passive of "etmək" ("edil-") and of "olmaq" ("olun-") say the same after a noun ("azad
# edilib", "azad olunub"; "edam edilib", "edam olunub"): their suffixes differ only by vowel
# harmony, front after "edil-", back after "olun-". Each: the other, its last vowel.
_PASSIVES = {"edil": ("olun", "u"), "olun": ("edil", "i")}


def _other_passive(element: str) -> str | None:
    """The element with the other light verb's passive ("edilməyib" → "olunmayıb",
    "olunmuş*" → "edilmiş*"), or None if it is neither."""
    if element[:4] not in _PASSIVES:
        return None
    other, last = _PASSIVES[element[:4]]
    out = []
    for ch in element[4:]:
        if ch in "aə":
            ch = _TWO_WAY[last]
        elif ch in "ıiuü":
            ch = _FOUR_WAY[last]
        last = ch if ch in _VOWELS else last
        out.append(ch)
    return other + "".join(out)


def with_passive_forms(entries: dict[str, str]) -> dict[str, str]:
    """Each phrase with a passive of "etmək" also with that of "olmaq", and the other way: a
    lexicon that writes "edam edil*" gets "edam olun*", and "aşkar olunmayıb" "aşkar
    edilməyib"."""
    out = dict(entries)
    for text, value in entries.items():
        elements = text.split(" ")
        others = [_other_passive(element) or element for element in elements]
        if others != elements:
            out.setdefault(" ".join(others), value)
    return out


def with_et_forms(entries: dict[str, str]) -> dict[str, str]:
    """Each phrase with the verb "etmək" as "ed-" also as "et-": the stem's t is voiced
    before a vowel only ("vəfat edib", "vəfat etmişdir", "məhv etdi", "iddia etdilər"), so
    a lexicon that writes one gets both."""
    out = dict(entries)
    for text, value in entries.items():
        elements = text.split(" ")
        if "ed*" in elements:
            voiceless = " ".join("et*" if element == "ed*" else element for element in elements)
            out.setdefault(voiceless, value)
    return out


def with_light_verb_forms(entries: dict[str, str]) -> dict[str, str]:
    """Each phrase with the other forms of its light verb: the passive of "olmaq" for that
    of "etmək" and back (``with_passive_forms``), and "et-" for "ed-" (``with_et_forms``)."""
    return with_et_forms(with_passive_forms(entries))
