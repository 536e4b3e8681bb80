"""Sites counted are burial sites only where the dead lie in them: "identified four sites where
the dead had been buried", «обнаружены три места захоронения», not "found 40 sites for new
shelters" or "12 sites contaminated with mines".

"Sites", "locations" («места», «участки») say nothing by themselves; a sentence that counts
them as found or located makes them burial sites only when it names the dead, their bodies or
remains, graves, burial or exhumation. Otherwise the count is of places of another kind.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import SITE
from rightsledger.analysis.statements.tokens import Token, sentence_around, sentences

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
