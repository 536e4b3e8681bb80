"""English "leave" as flight: persons forced or made to leave are displaced when they leave
where they live — their homes, a village, a country, a place by name — or when no place is
named at all ("Troops forced 4,000 people to leave"); not when they leave a place they only
were in ("forced 200 people to leave the stadium"). Persons who "left" are displaced only when
where they lived is named after it ("600 villagers left Drummach") or when they "have left
since" a time. Russian «покинули» is read so in ``scanning``."""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import Token

# The stems of where persons live.
_HOME_PLACES_EN = (
    "home", "house", "village", "town", "cit", "countr", "area", "region", "district",
    "neighbo", "settlement", "camp", "island", "territor", "province", "land", "zone",
    "enclave", "quarter", "valley", "strip",
)  # fmt: skip
# Words after "leave" that go on to something other than a place: "leave in a hurry".
_NO_PLACE = frozenset({"and", "or", "in", "for", "after", "before", "as", "when", "because"})


def leaves_a_home_place(tokens: list[Token], leave: int, end: int, begin: int = 0) -> bool:
    """Does the English "leave" at ``leave`` leave a home place, or no place named? "It"
    leaves the place named before it in the sentence (from ``begin``): "detained in the
    country, and 17 were forced to leave it"."""
    k = leave + 1
    if k >= end or tokens[k].kind != "word" or tokens[k].lower in _NO_PLACE:
        return True
    if tokens[k].lower == "it":
        return any(
            tokens[j].kind == "word" and tokens[j].lower.startswith(_HOME_PLACES_EN)
            for j in range(begin, leave)
        )
    return _home_place_named(tokens, k, end)


def left_a_home_place(tokens: list[Token], left: int, begin: int, end: int) -> bool:
    """Did persons, by the English "left" at ``left``, leave where they lived, named after it
    ("600 villagers left Drummach", "1,500 people have left the Lowgate quarter", "left the
    town")? "Left" alone says nothing of flight ("were left behind", "left 3 dead", "left
    for work", "left the hospital"); "left for" a place where people live is
    (``_went_to_a_place_to_live``)."""
    if left > begin and tokens[left - 1].lower in _PASSIVE:
        return False
    k = left + 1
    if _left_since(tokens, left, begin, end) or _residents_left_then(tokens, left, begin, end):
        return True
    if k < end and tokens[k].lower == "for":
        return _went_to_a_place_to_live(tokens, k + 1, end)
    if k >= end or tokens[k].kind != "word" or tokens[k].lower in _NO_PLACE:
        return False
    return _home_place_named(tokens, k, end)


def _left_since(tokens: list[Token], left: int, begin: int, end: int) -> bool:
    """ "40,000 residents have left since the spring": persons who have left, counted from a
    time up to now, have left where they live (a visit or a shift is not counted so)."""
    return (
        begin < left < end - 1
        and tokens[left - 1].lower in {"have", "has"}
        and tokens[left + 1].lower == "since"
    )


# Persons named by the place they live in, who left it with no place named: "about 300
# residents left after the second night", "most villagers left when the shelling began".
_DWELLERS = frozenset({"residents", "inhabitants", "villagers", "townspeople", "islanders"})
# … with a time or a cause after "left" ("left in the village", "left at home" are those who
# remain).
_WHEN = frozenset({"after", "during", "overnight", "before", "when", "as", "because"})
# "the 40 residents left after the raid are elderly", "only 30 villagers left": those who
# remain, counted; how far before "left" such a word may stand.
_REMAINING_WORDS = frozenset({"the", "only", "just", "there", "still"})
_REMAINING_REACH = 4


def _residents_left_then(tokens: list[Token], left: int, begin: int, end: int) -> bool:
    """ "Roughly 300 residents left after the second night": the dwellers of a place who left
    at a time, or for a cause, named after "left" (no place named) left the place they live in."""
    if not begin < left < end - 1 or tokens[left - 1].lower not in _DWELLERS:
        return False
    if tokens[left + 1].lower not in _WHEN:
        return False
    start = max(begin, left - _REMAINING_REACH)
    return not any(tokens[j].lower in _REMAINING_WORDS for j in range(start, left))


# "were left homeless", "was left behind": "left" of what others did to the persons.
_PASSIVE = frozenset({"were", "was", "been", "being", "be", "are", "is", "get", "got"})


def _went_to_a_place_to_live(tokens: list[Token], k: int, end: int) -> bool:
    """ "600 residents have left for the villages of Dunn and Loe", "left for neighbouring
    countries": persons who left for a place where people live went to live elsewhere. A
    place by name alone may be a trip's end ("left for Geneva"), someone's home a visit ("left
    for my sister's village"), and other ends are no flight ("left for work", "left for the
    hospital")."""
    for j in range(k, min(end, k + 3)):
        word = tokens[j]
        if word.kind != "word" or _possessive(word):
            return False  # "left for my sister's village": someone's home, no place to live in
        if word.lower.startswith(_HOME_PLACES_EN) and not word.text[:1].isupper():
            return True
    return False


_POSSESSIVES = frozenset({"my", "our", "his", "her", "their", "your", "'s", "’s"})


def _possessive(word: Token) -> bool:
    return word.lower in _POSSESSIVES or word.lower.endswith(("'s", "’s"))


def _home_place_named(tokens: list[Token], k: int, end: int) -> bool:
    # The place within three words: "leave their native village", "leave the occupied area".
    for j in range(k, min(end, k + 3)):
        word = tokens[j]
        if word.kind != "word":
            return False
        if word.lower.startswith(_HOME_PLACES_EN) or word.text[:1].isupper():
            return True
    return False
