"""Things counted by a word the lexicon does not know, then named graves: «появились две свежие
траншеи — вероятно, массовые захоронения», "dörd yeni torpaq qazıntısı görünür; bunlar, ehtimal
ki, kütləvi məzarlıqlardır", "four trenches, probably mass graves".

Imagery briefs count what they see first (trenches, pits, disturbed earth) and say what it is
after a dash or a hedge ("probably", «вероятно», "ehtimal ki"). The things are burial sites, as
"three probable mass graves" are; the hedge is the brief's, the figure is what it counts.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import GRAVE, SITE, Lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token, sentences

_HEDGES = frozenset(
    {"—", "–", "probably", "likely", "possibly", "presumably", "вероятно", "возможно",
     "предположительно", "видимо", "bunlar", "ehtimal", "yəqin", "güman"}
)  # fmt: skip
_REACH = 5


def add_graves_named_after(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], lex: Lexicon
) -> list[Figure]:
    """``figures`` and a burial-site figure for each such count."""
    figured = {id(f.quantity) for f in figures}
    added: list[Figure] = []
    for begin, end in sentences(tokens):
        graves = [k for k in range(begin, end) if _grave_named(tokens, k, begin, lex)]
        if not graves:
            continue
        things = [
            q for q in quantities
            if begin <= q.first < graves[0]
            and id(q) not in figured
            and not q.non_count
            and q.noun in {"", SITE}  # a trench or pit is a site until named a grave
            and q.np_last >= 0
            and q.count is not None
        ]  # fmt: skip
        if things:
            added.append(Figure(things[0], "burial_sites", bound="noun"))
    return [*figures, *added]


def _grave_named(tokens: list[Token], k: int, begin: int, lex: Lexicon) -> bool:
    phrase = lex.noun_set.match(tokens, k)
    if phrase is None or phrase.value != GRAVE:
        return False
    before = range(max(begin, k - _REACH), k)
    return any(tokens[j].lower in _HEDGES for j in before)
