"""Clothing and belongings: what a family says the person wore or carried against what was
found with the remains, as shared words (no Django).

Both sides are free text written by different people ("blue jeans, sneakers" against
"denim trousers, blue; sports shoes"), so each is reduced to a set of words: garments,
materials, colours and objects, with common synonyms brought to one word and filler
("colour indeterminate", "remains of") dropped.  A word found on both sides weighs by how
rare it is among the descriptions of the case's other remains — a black jacket says
little where half the bodies wore one, a prayer-bead string much more — and by how often
families are right about what was worn.  A word missing from the remains says
a little against (it is often missing for the right person too: cloth rots, colours fade,
pathologists describe what they see).  Clothing is weak
evidence — in Bosnia, identifications made on clothing alone were often wrong — so its
points are capped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

RIGHT_ABOUT_AN_ITEM = 0.8  # families describe what was worn that day, mostly
FOUND_AND_SAID = 0.5  # a thing worn is found and described with the remains about half the time
CAP = 6.0  # clothing never weighs more than this for a candidate
DEFAULT_SHARE = 0.1  # how common a word is when there are no other descriptions
PHRASES = (  # several words for one thing: each brought to one word
    (r"sports? shoes|sneakers?|running shoes|trainers?", "trainers"),
    (r"denim trousers|denim jeans|denims?|jeans", "jeans"),
    (r"tracksuit (bottoms|trousers|pants)|track ?suit|jogging (bottoms|trousers)", "tracksuit"),
    (r"t[- ]?shirts?|tee[- ]?shirts?", "tshirt"),
    (r"pullovers?|jumpers?|sweaters?|jerseys?", "sweater"),
    (r"wrist ?watch(es)?|watch(es)?", "watch"),
    (r"key ?rings?|keys?", "keys"),
    (r"wedding ring|signet ring|rings?", "ring"),
    (r"yellow metal|golden|gold", "gold"),
    (r"white metal|silver", "silver"),
    (r"prayer beads|rosary|rosaries|tasbih|misbaha|tespih", "prayerbeads"),
    (r"pants|slacks|trousers", "trousers"),
    (r"anoraks?|parkas?|windcheaters?|jackets?", "jacket"),
    (r"overcoats?|coats?", "coat"),
    (r"wellingtons|gumboots|rubber boots", "rubberboots"),
    (r"camouflage|camo|military pattern", "camouflage"),
    (r"navy( blue)?|dark blue", "darkblue"),
    (r"gr[ae]y", "grey"),
    (r"colou?rs?", ""),
)
FILLER = frozenset(["a", "an", "and", "the", "of", "with", "on", "in", "or", "no", "not", "his", "her", "its", "some", "pair", "pairs", "remains", "remnants", "fragments", "fragment", "piece", "pieces", "part", "parts", "item", "items", "indeterminate", "unknown", "recovered", "found", "wearing", "wore", "worn", "was", "were", "had", "carried", "carrying", "possibly", "probably", "likely", "clothing", "clothes", "other"])  # fmt: skip


@lru_cache(maxsize=65536)
def words(text: str) -> frozenset[str]:
    """The words of a description that say what it is, in one spelling each."""
    text = text.casefold()
    for pattern, word in PHRASES:
        text = re.sub(rf"\b({pattern})\b", f" {word} ", text)
    found = set()
    for word in re.findall(r"[^\W\d_]+", text):
        if len(word) < 3 or word in FILLER:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]  # shoes → shoe, boots → boot
        found.add(word)
    return frozenset(found)


@dataclass(frozen=True)
class Shares:
    """How many descriptions (of the case's remains) use each word."""

    counts: Counter[str]
    described: int

    @classmethod
    def of(cls, descriptions: Iterable[str | None]) -> Shares:
        counts: Counter[str] = Counter()
        described = 0
        for text in descriptions:
            if text:
                counts.update(words(text))
                described += 1
        return cls(counts, described)

    def share(self, word: str) -> float:
        if not self.described:
            return DEFAULT_SHARE
        return (self.counts[word] + 1) / (self.described + 2)


@dataclass(frozen=True)
class Comparison:
    shared: tuple[str, ...]  # the words both sides use, rarest first
    points: float


def compare(am_text: str, pm_text: str, found: Shares | None = None) -> Comparison | None:
    """The family's description against what was found (None: one side says nothing).

    ``found``: how often each word is used in the descriptions of the case's remains — how
    often a stranger's remains would show it.
    """
    am, pm = words(am_text), words(pm_text)
    if not am or not pm:
        return None
    found = found or Shares(Counter(), 0)
    shared = sorted(am & pm, key=lambda w: (found.share(w), w))
    points = 0.0
    for word in am:
        anyone = found.share(word)
        # The remains' description uses the word because it is the person's (the family
        # right, the thing kept and described) or as any remains' might; or it does not.
        # (A thing worn is found at least as often as the word is on any remains.)
        found_if_worn = max(FOUND_AND_SAID, anyone)
        same = RIGHT_ABOUT_AN_ITEM * found_if_worn + (1 - RIGHT_ABOUT_AN_ITEM) * anyone
        if word in pm:
            points += math.log(same / anyone)
        else:
            points += math.log((1 - same) / (1 - anyone))
    return Comparison(tuple(shared), max(-CAP, min(CAP, points)))
