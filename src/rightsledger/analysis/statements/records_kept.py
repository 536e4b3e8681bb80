"""Records kept of persons: an office or a register that "holds 1,046 open records of persons
reported missing" keeps papers, not persons. The verb of holding then names no custody of the
persons the records are of; what befell them is told by the words after ("reported missing")."""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import Token

# English verbs of holding and keeping, in the forms an office or a register uses them.
_KEEPING = frozenset({"holds", "hold", "holding", "held", "keeps", "keep", "keeping", "kept"})
# What an office keeps of persons, in the plural a count takes.
_PAPERS = frozenset({"records", "files", "dossiers", "entries"})
# Words that end the object before any papers: the persons held have a clause of their own
# ("held 30 people and seized their records", "held 30 people whose records were lost").
_PAST_THE_OBJECT = frozenset({"and", "or", "of", "on", "whose", "their", "with", "who", "in"})
# How many words may stand between the verb and the papers: a count and a word or two of
# description ("1,046 open records", "some 300 case files").
_REACH = 4


def records_held(tokens: list[Token], k: int, end: int, language: str) -> bool:
    """Is the English word at ``k`` a verb of holding whose object is records or files of
    persons ("the unit holds 1,046 open records of persons reported missing")? Persons held
    ("the militia holds 40 men") are not, and no more are persons held whose records are
    named later in the clause ("held 30 people and seized their records"): the papers must
    come within a few words, before a conjunction, a relative or a mark."""
    if language != "en" or tokens[k].lower not in _KEEPING:
        return False
    for j in range(k + 1, min(end, k + 1 + _REACH)):
        word = tokens[j].lower
        if word in _PAPERS:
            return True
        if tokens[j].kind == "punct" or word in _PAST_THE_OBJECT:
            return False
    return False
