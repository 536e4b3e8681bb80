"""Detect the writing system (and, for Latin, the orthography) of a name."""

from __future__ import annotations

import enum
import functools
import unicodedata

__all__ = ["Script", "detect_script"]


class Script(enum.StrEnum):
    """Writing system of a name as far as it matters for comparison."""

    LATIN_AZERBAIJANI = "latin_az"
    """Latin with Azerbaijani letters (Ə ə, Ğ ğ, I ı, Ş ş, Ç ç, Ö ö, Ü ü) or forms (oğlu)."""
    LATIN = "latin"
    """Plain Latin letters: passport-style English from Russian or Azerbaijani."""
    CYRILLIC = "cyrillic"
    ARMENIAN = "armenian"
    OTHER = "other"
    """Another script (Georgian, Arabic, …): transliterated with ICU's generic rules."""
    EMPTY = "empty"


# Letters that only Azerbaijani (and Turkish) Latin use among the orthographies we meet.
_AZ_LETTERS = frozenset("əƏğĞıŞşÇçÖöÜüİ")
_AZ_WORDS = ("oğlu", "qızı", "qizi", "oglu")


@functools.lru_cache(maxsize=4096)
def _script_of_char(char: str) -> str | None:
    if not char.isalpha():
        return None
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "LATIN"
    if 0x400 <= code <= 0x52F:
        return "CYRILLIC"
    if 0x530 <= code <= 0x58F or 0xFB13 <= code <= 0xFB17:
        return "ARMENIAN"
    name = unicodedata.name(char, "")
    for prefix in ("LATIN", "CYRILLIC", "ARMENIAN"):
        if name.startswith(prefix):
            return prefix
    return "OTHER"


@functools.lru_cache(maxsize=200_000)
def detect_script(text: str) -> Script:
    """Return the dominant script of ``text`` (majority of its letters).

    Latin text is reported as Azerbaijani Latin when it uses a letter only Azerbaijani
    spelling has, or the patronymic words ``oğlu``/``qızı``; otherwise as plain Latin.
    """
    counts: dict[str, int] = {}
    for char in text:
        script = _script_of_char(char)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return Script.EMPTY
    dominant = max(counts, key=lambda key: counts[key])
    if dominant == "CYRILLIC":
        return Script.CYRILLIC
    if dominant == "ARMENIAN":
        return Script.ARMENIAN
    if dominant == "OTHER":
        return Script.OTHER
    lowered = text.lower()
    if any(char in _AZ_LETTERS for char in text) or any(w in lowered for w in _AZ_WORDS[:2]):
        return Script.LATIN_AZERBAIJANI
    # "q" followed by a vowel and "x" are Azerbaijani spellings of sounds English writes
    # as "g"/"k" and "kh"; "qu" is excluded since it is common in other Latin orthographies.
    words = lowered.split()
    for word in words:
        for index, char in enumerate(word[:-1]):
            if char == "q" and word[index + 1] in "aeioı":
                return Script.LATIN_AZERBAIJANI
    return Script.LATIN
