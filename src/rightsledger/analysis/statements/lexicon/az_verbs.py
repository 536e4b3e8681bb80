"""Azerbaijani verbs whose bare stem cannot be a prefix: "öl*" (to die) would take "ölkə"
(country), "qov*" (to drive out) "qovluq" (folder), "uç*" (to collapse) "uçuş" (flight). Their
finite forms are written out here from the stem, by the language's vowel harmony, so a lexicon
names the verb once and gets every tense: "öldü", "öldülər", "ölüb", "ölüblər", "ölmüşdür",
"ölmüşdü", "ölür", "ölürlər", "ölürdü"."""

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
