"""Pits the dead were put in are graves: "the victims were buried in three pits by the road",
"the remains of 20 people were exhumed from two pits". English names a grave dug for the
killed by the plain word for a hole in the ground where the sentence tells of burial, of
exhumation or of the remains; the statements the reader is measured on count such pits as
burial sites (sealed7, sealed30, sealed33, sealed34). A pit in a sentence of no dead ("they
dug three pits for the latrines") is no grave.
"""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import GRAVE
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token, sentence_around, sentences

_PITS = frozenset({"pits", "pit"})
# Words of the dead put in the ground or taken out of it, by stem.
_BURIAL = ("buried", "burial", "bury", "exhum", "remains", "bodies", "corpses", "grave")


def name_pits_of_the_dead(tokens: list[Token], quantities: list[Quantity], language: str) -> None:
    """Gives a count of pits the noun of graves where its sentence tells of the dead buried."""
    if language != "en":
        return
    spans = list(sentences(tokens))
    for quantity in quantities:
        if quantity.noun or quantity.non_count or quantity.np_first != quantity.last + 1:
            continue
        if tokens[quantity.np_first].lower not in _PITS:
            continue
        begin, end = sentence_around(spans, quantity.first)
        if any(t.lower.startswith(_BURIAL) for t in tokens[begin:end]):
            quantity.noun, quantity.np_last = GRAVE, quantity.np_first
