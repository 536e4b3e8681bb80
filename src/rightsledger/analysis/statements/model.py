"""What reading a statement yields: frozen results, each with its words and place in the text.

Offsets are character positions in the text as given (``text[start:end] == as_stated``), so
anyone can check every draft against the original.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

# Claim categories a statement can count. The values are the stored codes of the record's
# aggregate claims; the reader knows nothing of the record and keeps its own list.
CATEGORIES = (
    "killed",
    "injured",
    "captured",
    "released",
    "missing",
    "disappeared",
    "detained",
    "tortured",
    "displaced",
    "identified",
    "found_dead",
    "families_wiped_out",
    "burial_sites",
    "property_destroyed",
)
# The categories that count things (sites, property), not persons.
THING_CATEGORIES = frozenset({"burial_sites", "property_destroyed"})
# Named subgroups; any other subgroup is a free label in English ("journalists", "homes").
SUBGROUPS = ("all", "women", "men", "children", "elderly")
QUALIFIERS = ("exact", "at_least", "at_most", "about", "range", "vague")
PRECISIONS = ("day", "month", "year", "approximate")


@dataclass(frozen=True)
class DraftClaim:
    """One figure as stated: what was counted, of whom, how many, and how sure the text is."""

    category: str
    subgroup: str
    count: int | None
    count_low: int | None
    count_high: int | None
    qualifier: str
    as_stated: str
    start: int
    end: int
    parent: int | None = None
    # The qualifying or vague words exactly as written ("some", "не менее", "onlarla").
    qualifier_words: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DateMention:
    """A date or period; ``start``/``end`` are ISO dates, ``span`` the characters it covers."""

    start: str | None
    end: str | None
    precision: str
    as_stated: str
    span: tuple[int, int]
    # True when the year was not written beside the day and was taken from the nearest date.
    year_inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span)
        return data


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text; ``name`` is its base form (case endings removed)."""

    name: str
    as_stated: str
    span: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span)
        return data


@dataclass(frozen=True)
class InstrumentMention:
    """An instrument (by code: ICCPR, CAT, GENOCIDE, GC-IV, ROME …) or one of its provisions."""

    code: str
    article: str | None
    as_stated: str
    span: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span)
        return data


@dataclass(frozen=True)
class Reading:
    """Everything read from one statement; nothing here is a record until a person accepts it."""

    language: str
    claims: tuple[DraftClaim, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    instruments: tuple[InstrumentMention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "claims": [c.to_dict() for c in self.claims],
            "dates": [d.to_dict() for d in self.dates],
            "places": [p.to_dict() for p in self.places],
            "instruments": [i.to_dict() for i in self.instruments],
        }
