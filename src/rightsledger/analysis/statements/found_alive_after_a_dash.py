"""«61 из них найдены погибшими, 17 — живыми»: Russian leaves the verb out of the second
clause and a dash stands for it; what follows the dash is the clause's own complement. Found
alive is no figure of ours, so a count whose dash is followed by «живыми» (or «живым»,
«живы») is none, whatever the verb it shares would make of it. A count followed by a dash
and any other word («17 — погибшими», «17 — дети») is left to the other rules."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import without
from rightsledger.analysis.statements.tokens import Token

_DASHES = frozenset({"—", "–"})
_ALIVE = frozenset({"живыми", "живым", "живой", "живые", "живы", "жив", "жива"})


def drop_found_alive_after_a_dash(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` without the counts a dash and «живыми» say were found alive."""
    if language != "ru":
        return figures
    alive = {id(f) for f in figures if _alive_after_a_dash(tokens, f.quantity.end_token + 1)}
    return without(figures, alive) if alive else figures


def _alive_after_a_dash(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k].text in _DASHES and tokens[k + 1].lower in _ALIVE
