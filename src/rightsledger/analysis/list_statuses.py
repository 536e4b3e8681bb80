"""Statuses as victim lists write them, read once for the import and for the linkage.

A list says what befell a person in its own words: "killed", «погиб», "şəhid", զոհվել է;
"captured", «заложник», "əsir götürülüb", գերի; "released", «освобожден», "azad edilib",
ազատ արձակված.  :data:`STATUS_WORDS` gives the registry's status (``VictimStatus``) each
word stands for; the import records it, and the linkage reads a capture and a release from
it (``linkage.fates``).  Plain Python: no Django, no pandas.
"""

from __future__ import annotations

__all__ = ["STATUS_WORDS", "read_list_status"]

# The registry's status → the words lists write for it (lower case, words apart by spaces).
STATUS_WORDS = {
    "killed": {"killed", "dead", "died", "murdered", "executed", "погиб", "погибла", "убит",
               "убита", "həlak", "həlak olub", "öldürülüb", "şəhid"},
    "injured": {"injured", "wounded", "ранен", "ранена", "yaralı", "yaralanıb"},
    "captured": {"captured", "captive", "hostage", "taken hostage", "detained", "в плену",
                 "плен", "заложник", "заложница", "взят в плен", "взята в плен", "əsir",
                 "girov", "əsir götürülüb", "əsir alınıb", "գերի", "պատանդ",
                 "գերեվարված"},
    "released": {"released", "freed", "освобожден", "освобождена", "освобождён",
                 "освобождёна", "azad", "azad edilib", "azad olunub", "ազատ արձակված",
                 "ազատվել է"},
    "missing": {"missing", "disappeared", "пропал", "пропала", "пропал без вести", "itkin",
                "itkin düşüb"},
    "found_dead": {"found dead", "found_dead", "body found", "найден мертвым", "meyiti tapılıb"},
    "identified": {"identified", "опознан", "опознана", "tanınıb"},
    "displaced": {"displaced", "refugee", "беженец", "перемещен", "köçkün", "qaçqın"},
}  # fmt: skip

_STATUS_OF = {word: status for status, words in STATUS_WORDS.items() for word in (*words, status)}


def read_list_status(text: str) -> str | None:
    """The registry's status a list's word stands for ("Взят в плен", "taken_hostage" and
    "captured" are ``captured``), or None for a word the table does not know."""
    folded = " ".join(str(text).casefold().replace("_", " ").split())
    return _STATUS_OF.get(folded)
