"""Sites counted are burial sites only where the dead lie in them: "identified four sites where
the dead had been buried", «обнаружены три места захоронения», not "found 40 sites for new
shelters" or "12 sites contaminated with mines".

"Sites", "locations" («места», «участки») say nothing by themselves; a sentence that counts
them as found or located makes them burial sites only when it names the dead, their bodies or
remains, graves, burial or exhumation. Otherwise the count is of places of another kind.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import unread
from rightsledger.analysis.statements.lexicon import SITE
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token, sentence_around, sentences

# The dead and where they lie, by stem, in the three languages.
_DEAD = (
    "bod", "remains", "buri", "grave", "exhum", "dead", "corpse", "skelet", "bones",
    "тел", "труп", "останк", "захорон", "погреб", "эксгум", "могил", "погибш", "кост",
    "meyit", "qalıq", "basdırıl", "dəfn", "məzar", "eksqum", "cəsəd", "sümük",
)  # fmt: skip


def drop_sites_of_no_dead(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """``figures`` without the burial sites counted as sites in a sentence naming no dead."""
    spans = list(sentences(tokens))
    out: list[Figure] = []
    for figure in figures:
        quantity = figure.quantity
        if figure.category == "burial_sites" and quantity.noun == SITE:
            begin, end = sentence_around(spans, quantity.first)
            named = (tokens[k] for k in range(begin, end) if tokens[k].kind == "word")
            if not any(t.lower.startswith(_DEAD) or t.key.startswith(_DEAD) for t in named):
                continue
        out.append(figure)
    return out


# Where the found were taken from: "exhumed 1,240 bodies from 31 sites", "at 5 locations".
_FROM = frozenset({"from", "at", "in"})


def add_sites_found_at(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure]
) -> list[Figure]:
    """``figures`` and a burial-site figure for each count of sites the dead just counted as
    found were taken from, in the same clause ("teams exhumed 1,240 bodies from 31 sites"), as
    "were exhumed from 47 sites" is read: sites that bodies come out of are graves. A count of
    sites after persons found alive, or after nothing found, stays no figure."""
    found = [f for f in figures if f.category == "found_dead" and f.parent is None]
    out = list(figures)
    for quantity in unread(quantities, figures):
        if quantity.noun != SITE or quantity.non_count:
            continue
        k = quantity.first - 1
        if k < 0 or tokens[k].lower not in _FROM:
            continue
        before = next((f for f in reversed(found) if _same_clause(tokens, f.last, k)), None)
        if before is not None:
            out.insert(out.index(before) + 1, Figure(quantity, "burial_sites", bound="noun"))
    return out


def _same_clause(tokens: list[Token], last: int, k: int) -> bool:
    """Does ``last`` stand shortly before ``k`` with no stop between?"""
    return 0 <= k - last <= 6 and not any(tokens[j].text in CLAUSE_STOPS for j in range(last, k))
