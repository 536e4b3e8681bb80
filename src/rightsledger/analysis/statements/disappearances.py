"""Persons taken into custody whose fate is then unknown, in a statement that speaks of
enforced disappearance, have disappeared.

"Of those detained, at least 37 have not been seen since … which we regard as enforced
disappearance", "Count 3 (enforced disappearance): the fate of nine of the detainees remains
unknown", «… судьба пятерых из задержанных неизвестна. Это насильственное исчезновение»:
a deprivation of liberty followed by silence on the person's fate is what an enforced
disappearance is, and a statement that names the act counts those persons as its victims.
Where the statement does not name it, the count stays one of the missing ("19 remain
unaccounted for", "41 nəfərin taleyi hələ də məlum deyil"): whether their fate is concealed
is for the reader of the statement to judge, not for the statement's words.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.tokens import Token

_DISAPPEARED = "disappeared"
# What befell the whole: a detention by those who then keep silent on the fate.
_CUSTODY = frozenset({"detained"})


def mark_disappearances(tokens: list[Token], figures: list[Figure], lex: Lexicon) -> None:
    """Gives "disappeared" to the missing who are a part of a figure of the detained, in a
    statement that names enforced disappearance."""
    parts = [
        f
        for f in figures
        if f.category == "missing" and f.parent is not None and f.parent.category in _CUSTODY
    ]
    if parts and _names_disappearance(tokens, lex):
        for figure in parts:
            figure.category = _DISAPPEARED


def _names_disappearance(tokens: list[Token], lex: Lexicon) -> bool:
    """Does the statement name the act ("enforced disappearance", «исчезновение», "yoxa
    çıxarılma")? The lexicon's words for it are the test."""
    for k in range(len(tokens)):
        phrase = lex.trigger_set.match(tokens, k)
        if phrase is not None and phrase.value == _DISAPPEARED:
            return True
    return False
