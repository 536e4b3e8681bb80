"""Search keys for names: one folded form so that a prefix search ignores case and accents."""

from __future__ import annotations

import unicodedata


def search_key(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())[:300]
