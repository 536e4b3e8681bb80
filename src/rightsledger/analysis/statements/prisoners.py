"""Prisoners as the persons counted: "17 prisoners were tortured", «40 заключённых
подвергались пыткам», "14 məhbus xəsarət alıb".

Persons serving a sentence in a prison are a group of their own, as the prison's staff are;
the same words in a war name captives ("executed 140 prisoners at the school"), counted as
persons. So a count of prisoners is of the subgroup "prisoners" when the statement names a
penal institution (a prison, a penal colony, «колония», "cəzaçəkmə müəssisəsi") and counts
what befell them there. Their detention or captivity, which the noun says already, stays
a count of persons detained, as do detainees anywhere.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.tokens import Token

PRISONERS = "prisoners"
# The noun says these already: a prisoner is held.
_SAID_BY_THE_NOUN = frozenset({"detained", "captured"})


def mark_prisoners(tokens: list[Token], figures: list[Figure], lex: Lexicon) -> None:
    """Gives the subgroup "prisoners" to counts of inmates in a statement that names a prison."""
    if not lex.inmates or not any(
        lex.penal_institution_set.match(tokens, k) for k in range(len(tokens))
    ):
        return
    for figure in figures:
        if figure.subgroup != "all" or figure.category in _SAID_BY_THE_NOUN:
            continue
        if _counts_inmates(tokens, figure, lex):
            figure.subgroup = PRISONERS


def _counts_inmates(tokens: list[Token], figure: Figure, lex: Lexicon) -> bool:
    quantity = figure.quantity
    if quantity.np_first < 0 or not quantity.noun.startswith("implied:"):
        return False
    return any(
        lex.inmate_set.match(tokens, k) for k in range(quantity.np_first, quantity.np_last + 1)
    )
