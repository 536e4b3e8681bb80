"""Which of English, Russian and Azerbaijani a statement is written in.

py3langid (a maintained fork of langid.py; its model ships inside the package) decides,
restricted to the three languages. Cyrillic text is Russian unless it carries the letters
of Azerbaijani Cyrillic; a Latin text with ə is Azerbaijani whatever the model says, since
no English or Russian word has it.
"""

from __future__ import annotations

import functools
from typing import Any

LANGUAGES = ("en", "ru", "az")
_AZ_CYRILLIC = frozenset("әғҹһјөүҝ")


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect_language(text: str) -> str:
    letters = [ch for ch in text.lower() if ch.isalpha()]
    if not letters:
        return "en"
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    if cyrillic * 2 > len(letters):
        return "az" if any(ch in _AZ_CYRILLIC for ch in letters) else "ru"
    if "ə" in letters:
        return "az"
    language, _score = _identifier().classify(text)
    return language if language in LANGUAGES else "en"
