"""Catalogue texts in several languages: one dict per text, ``{"en": …, "ru": …, "az": …}``.

The catalogue is shipped data, not interface strings, so its translations travel with the
data files rather than in the gettext catalogues; English is always present and is the
fallback for a language a text has not been written in yet.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import get_language

FALLBACK = "en"
REQUIRED_LANGUAGES = ("en", "ru")
LANGUAGES = ("en", "ru", "az")


def current_language() -> str:
    return (get_language() or FALLBACK).split("-")[0]


def localized(texts: Mapping[str, str] | None, language: str | None = None) -> str:
    """The text in ``language`` (default: the active one), else in English, else empty."""
    if not texts:
        return ""
    return texts.get(language or current_language()) or texts.get(FALLBACK) or ""


def missing_languages(texts: Mapping[str, str] | None) -> list[str]:
    """The required languages a text lacks (blank counts as missing)."""
    return [code for code in REQUIRED_LANGUAGES if not (texts or {}).get(code, "").strip()]
