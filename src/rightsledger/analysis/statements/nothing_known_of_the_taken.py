"""English counts of persons taken of whom nothing is known: "there is still no information
on 4 people pushed into a van", "no news of the 6 men taken from the checkpoint", "no word
on the three students seized at the market". Saying that nothing is known of persons just
told of as taken says their fate is unknown, as "the whereabouts of … remain unknown" would:
by the rules for the taken whose fate is unknown, they disappeared. Not so for persons taken
with nothing said of what is known ("4 people pushed into a van" stays captured), nor for
"no information on" a count of others (the act must be taking).

Russian says it after the taking, of «них» (them), in the taking's sentence: «увезли с собой
человек пять подростков, семьи ничего о них не знают», «… и о них до сих пор ничего не
известно»; or of their fate, with the taking in a clause inside: «судьба 8 человек, которых
нападавшие увезли с собой, остаётся неизвестной» (the clause says how they were taken, the
sentence what is known of them since)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, FULL_STOPS, Token

# Nouns of what is known of persons, after "no": "no information", "no info", "no news".
_KNOWLEDGE = frozenset({"information", "info", "news", "word", "trace", "details"})
# Prepositions between the noun and the persons: "no news of", "no information on".
_ABOUT = frozenset({"on", "of", "about", "regarding", "concerning"})
_THE = frozenset({"the", "these", "those", "all"})
# How far back from the noun of knowledge its "no" may be ("no further information").
_NO_WORDS = 3
# Russian: «о них» and «ничего не» before what is known of them (known, heard), within so
# many words after the count, and no sentence's end between.
_RU_KNOWN = ("зна", "известн", "слыша", "слышн")
_RU_REACH = 12
_RU_WINDOW = 6  # «о них» and «ничего не знают» are this near each other
# «судьба» before the count, with «ещё» or «остальных» between, and what is said of it after.
_RU_FATE = frozenset({"судьба", "судьбе", "судьбу"})
_RU_BEFORE_THE_COUNT = frozenset({"ещё", "еще", "остальных", "других"})
_RU_NOT_KNOWN = ("неизвестн", "невыяснен")
_RU_NOT_SETTLED = ("установлен", "выяснен", "известн")


def unknown_fate_of_the_taken(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Makes a count of persons taken, after "no information on" (or with «ничего о них не
    знают» after it), disappeared."""
    if language not in {"en", "ru"}:
        return
    for figure in figures:
        if figure.category != "captured":
            continue
        if language == "ru" and _ru_fate_unknown(
            tokens, figure.quantity.first, figure.quantity.end_token
        ):
            # «судьба ещё 13 человек, которых …»: the rest of a taken whole stays its part.
            figure.category = "disappeared"
            continue
        if figure.parent is not None:
            continue
        if language == "ru":
            known_nothing = _ru_nothing_known_of_them_after(tokens, figure.quantity.end_token)
        else:
            known_nothing = _nothing_known_before(tokens, figure.quantity.first)
        if known_nothing:
            figure.category = "disappeared"
            for part in figures:
                if part.parent is figure and part.category == "captured":
                    part.category = "disappeared"


def _nothing_known_before(tokens: list[Token], first: int) -> bool:
    k = first - 1
    if k >= 0 and tokens[k].lower in _THE:
        k -= 1
    if k < 1 or tokens[k].lower not in _ABOUT or tokens[k - 1].lower not in _KNOWLEDGE:
        return False
    for j in range(k - 2, max(-1, k - 2 - _NO_WORDS), -1):
        if tokens[j].text in CLAUSE_STOPS:
            return False
        if tokens[j].lower == "no":
            return True
    return False


def _ru_nothing_known_of_them_after(tokens: list[Token], end: int) -> bool:
    """«…, (семьи) ничего о них не знают», «о них ничего не известно»: «о них» and
    «ничего не» + a word of knowing near each other after the count, in its sentence."""
    about_them = nothing = -1
    for k in range(end + 1, min(end + 1 + _RU_REACH, len(tokens) - 1)):
        if tokens[k].text in FULL_STOPS:
            return False
        word = tokens[k].lower
        if word in {"о", "об", "про"} and tokens[k + 1].lower in {"них", "нём", "ней"}:
            about_them = k
        if word == "ничего":
            nothing = k  # «не» follows it, or follows «о них» after it
        if about_them >= 0 and nothing >= 0 and abs(about_them - nothing) <= _RU_WINDOW:
            said = [t.lower for t in tokens[min(about_them, nothing) : k + 4]]
            return "не" in said and any(w.startswith(_RU_KNOWN) for w in said)
    return False


def _ru_fate_unknown(tokens: list[Token], first: int, end: int) -> bool:
    """«Судьба (ещё) 13 человек, которых …, остаётся неизвестной / не установлена»."""
    k = first - 1
    while k >= 0 and tokens[k].lower in _RU_BEFORE_THE_COUNT:
        k -= 1
    if k < 0 or tokens[k].lower not in _RU_FATE:
        return False
    for j in range(end + 1, min(end + 1 + _RU_REACH + 6, len(tokens))):
        word = tokens[j].lower
        if tokens[j].text in FULL_STOPS:
            return False
        if word.startswith(_RU_NOT_KNOWN):
            return True
        if word == "не" and j + 1 < len(tokens) and tokens[j + 1].lower.startswith(_RU_NOT_SETTLED):
            return True
    return False
