"""A place of origin as lists write it, reduced to the settlement's own name.

One village is "Qorçu", "Qorçu kəndi", "с. Горчу", "Gorchu village", "գ. Գորչու" and
"Ağdam rayonu, Qorçu kəndi" in the lists of one case: the word for a kind of settlement
(village, town, city) and the district it lies in come and go with each list's habits,
and no letter rule tells them from the name.  The comparison of places reads the name
that is left when they are set aside; the words are those of the lists' four languages,
with their usual abbreviations.  (The statement reader's words for a kind of place,
``statements.places._KINDS``, answer another question: whether a word in running text
introduces a place's name; they hold no abbreviations and do not tell a district from a
settlement.)
"""

from __future__ import annotations

import functools
import re

__all__ = ["settlement_name"]

# Words that say what kind of settlement the next or the previous word names; written
# without a final dot (abbreviations are read with or without it).
SETTLEMENT_WORDS = frozenset(
    {
        # Azerbaijani, in its own letters and in plain Latin
        "kənd", "kəndi", "k", "kend", "kendi", "qəsəbə", "qəsəbəsi", "qəs", "qesebe",
        "qesebesi", "şəhər", "şəhəri", "ş", "seher", "seheri", "sheher", "sheheri",
        # Russian, and Russian words in Latin letters
        "село", "с", "деревня", "дер", "д", "посёлок", "поселок", "пос", "п", "пгт",
        "город", "г", "гор", "selo", "gorod", "poselok", "derevnya",
        # English
        "village", "vil", "v", "town", "city", "settlement",
        # Armenian
        "գյուղ", "գ", "քաղաք", "ք", "ավան",
    }
)  # fmt: skip
# Words that say the name beside them is a district or a province, not the settlement.
DISTRICT_WORDS = frozenset(
    {
        "rayon", "rayonu", "r", "ray", "bölgə", "bölgəsi", "район", "р-н", "р", "рн",
        "область", "обл", "district", "region", "province", "raion", "շրջան", "մարզ",
    }
)  # fmt: skip
# A part of the place ends at a comma, a semicolon or a bracket ("Ağdam rayonu, Qorçu").
_PARTS = re.compile(r"[,;()]")
# An abbreviation may be written close to the name ("с.Горчу").
_WORDS = re.compile(r"[^\s.]+\.?")


def _words(part: str) -> list[str]:
    return _WORDS.findall(part)


def _kind(word: str) -> str | None:
    # ä is ə in the Latin alphabet of the early 1990s (kändi).
    bare = word.rstrip(".").casefold().replace("ä", "ə")
    if bare in DISTRICT_WORDS:
        return "district"
    if bare in SETTLEMENT_WORDS:
        return "settlement"
    return None


@functools.lru_cache(maxsize=100_000)
def settlement_name(text: str) -> str:
    """``text`` without the words for a kind of settlement and without the parts that
    name a district, where another part names the settlement ("Füzuli r., Alxanlı k."
    gives "Alxanlı").  A district named alone stays, without its word: it is all the list
    says.  A text of such words only is returned as it was."""
    parts = []
    for part in _PARTS.split(text):
        words = _words(part)
        kinds = [_kind(word) for word in words]
        names = [word.rstrip(".") for word, kind in zip(words, kinds, strict=True) if kind is None]
        if names:
            parts.append((" ".join(names), "district" in kinds))
    if not parts:
        return text.strip()
    settlements = [name for name, district in parts if not district]
    return " ".join(settlements or [name for name, _district in parts])
