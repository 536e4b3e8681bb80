"""Detect the writing system (and, for Latin, the orthography) of a name."""

from __future__ import annotations

import enum
import functools
import re

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
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_ARMENIAN = re.compile(r"[\u0531-\u058f\ufb13-\ufb17]")
_AZ_ONLY = re.compile(r"[əƏğĞıŞşÇçÖöÜüİ]|oğlu|qızı|[qQ][aeioı]")


@functools.lru_cache(maxsize=200_000)
def detect_script(text: str) -> Script:
    """Return the dominant script of ``text`` (majority of its letters).

    Latin text is reported as Azerbaijani Latin when it uses a letter only Azerbaijani
    spelling has, the patronymic words ``oğlu``/``qızı``, or q before a vowel (English
    writes that sound g or k); otherwise as plain Latin.
    """
    latin = len(_LATIN.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    armenian = len(_ARMENIAN.findall(text))
    other = len(_LETTER.findall(text)) - latin - cyrillic - armenian
    counts = {"latin": latin, "cyrillic": cyrillic, "armenian": armenian, "other": other}
    dominant = max(counts, key=lambda key: counts[key])
    if counts[dominant] == 0:
        return Script.EMPTY
    if dominant == "cyrillic":
        return Script.CYRILLIC
    if dominant == "armenian":
        return Script.ARMENIAN
    if dominant == "other":
        return Script.OTHER
    return Script.LATIN_AZERBAIJANI if _AZ_ONLY.search(text) else Script.LATIN
