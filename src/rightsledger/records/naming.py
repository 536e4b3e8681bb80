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


def name_prefix_lookup(key: str, field: str = "search_key") -> dict[str, str]:
    """Filter arguments matching ``field`` values that start with ``key``, using an index.

    The right form differs by database: PostgreSQL's LIKE 'key%' uses the pattern-ops index
    whatever the collation, while a range would follow the collation (which may ignore
    spaces); SQLite's LIKE is case-insensitive and cannot use the index, while its binary
    collation makes the code-point range exact.
    """
    from django.db import connection

    if connection.vendor == "sqlite":
        return {f"{field}__gte": key, f"{field}__lt": key + "\U0010ffff"}
    return {f"{field}__startswith": key}
