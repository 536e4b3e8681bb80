"""Search keys for names, so that one query finds a name in any script or spelling.

Each word is reduced to the cross-script comparison form of the names package ("Əliyev",
"Алиев", "Aliev" and "Aliyev" share one form); words keep their order, so a search is a
prefix of the recorded name, word by word ("Əliyev Həs" finds "Алиев Гасан").
"""

from __future__ import annotations

from rightsledger.analysis.names import fold


def search_key(value: str) -> str:
    words = (fold(word) for word in value.split())
    return " ".join(word for word in words if word)[:300]
