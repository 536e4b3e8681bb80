"""A Russian shelter's headcount said with no verb («В ПВР 112 человек (в т. ч. 38 детей)»,
«в пункте временного размещения 131 человек»): the lexicon reads the centre named alone as
``housed``, for being in a temporary accommodation centre is being put up there. Only where no
verb stands between the centre and the count: «в ПВР работают 12 волонтёров», «в ПВР
доставлены 3 раненых» say what else the counted do or underwent there.
"""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import Token

# The last word of a temporary accommodation centre named with no verb of its own (the
# lexicon's «в ПВР», «в пунктах временного размещения»).
_CENTRE_ENDS = frozenset({"пвр", "размещения"})
# Parts of speech of a verb in the clause: finite, infinitive, short participle, gerund.
_VERB_TAGS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


def centre_named_alone(elements: tuple[str, ...]) -> bool:
    """Is the phrase a temporary accommodation centre with no verb of its own?"""
    return elements[0] == "в" and elements[-1] in _CENTRE_ENDS


def verb_before_the_count(tokens: list[Token], past: int, end: int) -> bool:
    """Does a verb stand after the centre named (ending before ``past``) and before the
    first count of its clause? Then the clause tells its own act, not a headcount."""
    for token in tokens[past:end]:
        if token.kind == "num" or token.pos in {"NUMR", "NUMB"}:
            return False
        if token.kind == "punct" and token.text not in {"(", ")"}:
            return True  # the clause ends with no count: no headcount of the centre
        if token.pos in _VERB_TAGS:
            return True
    return True
