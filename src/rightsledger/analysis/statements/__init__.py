"""Reading statements into draft claims: figures, dates, places and instruments invoked.

Django-free. ``read_statement(text, language="auto")`` returns a frozen ``Reading``; nothing
is a record until a person accepts it.
"""

from rightsledger.analysis.statements.language import LANGUAGES, detect_language
from rightsledger.analysis.statements.model import (
    CATEGORIES,
    PRECISIONS,
    QUALIFIERS,
    SUBGROUPS,
    DateMention,
    DraftClaim,
    InstrumentMention,
    PlaceMention,
    Reading,
)
from rightsledger.analysis.statements.reader import read_statement

__all__ = [
    "CATEGORIES",
    "LANGUAGES",
    "PRECISIONS",
    "QUALIFIERS",
    "SUBGROUPS",
    "DateMention",
    "DraftClaim",
    "InstrumentMention",
    "PlaceMention",
    "Reading",
    "detect_language",
    "read_statement",
]
