"""A statement read for a case: the reader's drafts, with the case's places and the legal
catalogue's instruments matched, and the drafts as claim fields.

The reading itself (``rightsledger.analysis.statements``) knows nothing of the record;
this module compares a place named in the text with the case's places in any script
(through the names' comparison forms) and an instrument's code with the catalogue, where
the catalogue is installed. Nothing here writes: accepting drafts is
``records.actions.accept_statement``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.utils.translation import gettext as _

from rightsledger.analysis.names import fold
from rightsledger.analysis.statements import (
    DraftClaim,
    InstrumentMention,
    PlaceMention,
    Reading,
    read_statement,
)
from rightsledger.cases.models import Case
from rightsledger.errors import InputError
from rightsledger.records import vocabulary as v
from rightsledger.records.models import Place

# What may be read as a statement, on the page and by the command alike: a statement or a
# report, not a book.
MAX_STATEMENT_BYTES = 1024 * 1024
MAX_STATEMENT_CHARACTERS = 200_000
# Control characters other than the white space of text; a text file may hold a stray one (a
# form feed from a PDF's pages), a binary file holds many.
_CONTROL = frozenset(chr(c) for c in (*range(0x20), 0x7F)) - set("\t\n\r\f\v")
_MOST_CONTROL_SHARE = 0.01


class StatementTextError(InputError):
    """The text cannot be read as a statement; the message says why."""


def statement_text(content: bytes | str) -> str:
    """The statement as it will be read, its offsets kept and its text stored: UTF-8 (a byte
    order mark dropped), one newline convention, no binary content, within the limits."""
    if isinstance(content, bytes):
        if len(content) > MAX_STATEMENT_BYTES:
            raise StatementTextError(_("The file is over 1 MiB."))
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise StatementTextError(_("The file is not UTF-8 text.")) from error
    text = content.replace("\r\n", "\n").replace("\r", "\n")
    control = sum(1 for character in text if character in _CONTROL)
    if "\x00" in text or control > _MOST_CONTROL_SHARE * len(text):
        raise StatementTextError(_("The file holds binary content, not text."))
    if not text.strip():
        raise StatementTextError(_("The statement is empty."))
    if len(text) > MAX_STATEMENT_CHARACTERS:
        raise StatementTextError(_("The statement is too long to read here."))
    return text


# The reader's codes that the legal catalogue spells otherwise.
CATALOGUE_CODES = {
    "GENOCIDE": ("CPPCG",),
    "ROME": ("RS",),
    "GC": ("GCI", "GCII", "GCIII", "GCIV"),
    "GC-III": ("GCIII",),
    "GC-IV": ("GCIV",),
    "AP-I": ("API",),
    "AP-II": ("APII",),
}
# A word may carry this many more letters than the place's name (case endings: Xocalıda).
_ENDING_LETTERS = 4


@dataclass(frozen=True)
class PlaceMatch:
    mention: PlaceMention
    place: Place | None  # None: a new place to propose


@dataclass(frozen=True)
class InstrumentMatch:
    mention: InstrumentMention
    catalogue: list[Any] = field(default_factory=list)  # legal.Instrument or Provision rows


@dataclass(frozen=True)
class CaseReading:
    reading: Reading
    places: list[PlaceMatch]
    instruments: list[InstrumentMatch]


def read_for_case(case: Case, text: str, language: str = "auto") -> CaseReading:
    reading = read_statement(text, language)
    return CaseReading(
        reading=reading,
        places=match_places(case, reading.places),
        instruments=match_instruments(reading.instruments),
    )


def _key(name: str) -> list[str]:
    return [fold(word) for word in name.replace("-", " ").split() if word]


def _same_name(mention: list[str], known: list[str]) -> bool:
    if len(mention) != len(known) or not known:
        return False
    return all(
        word == base or (word.startswith(base) and len(word) - len(base) <= _ENDING_LETTERS)
        for word, base in zip(mention, known, strict=True)
    )


def match_places(case: Case, mentions: Iterable[PlaceMention]) -> list[PlaceMatch]:
    """Each mention with the case's place of that name, in whichever script it is written."""
    mentions = list(mentions)
    if not mentions:
        return []
    known: list[tuple[list[str], Place]] = []
    for place in Place.objects.filter(case=case).prefetch_related("names"):
        for name in {place.name, *(n.name for n in place.names.all())}:
            known.append((_key(name), place))
    matches = []
    for mention in mentions:
        words = _key(mention.as_stated)
        base = _key(mention.name)
        found = next(
            (p for key, p in known if _same_name(base, key) or _same_name(words, key)), None
        )
        matches.append(PlaceMatch(mention, found))
    return matches


def match_instruments(mentions: Iterable[InstrumentMention]) -> list[InstrumentMatch]:
    """Each mention with its instruments (or provision) in the legal catalogue, if installed."""
    mentions = list(mentions)
    if not mentions or not apps.is_installed("rightsledger.legal"):
        return [InstrumentMatch(m) for m in mentions]
    instrument_model = apps.get_model("legal", "Instrument")
    provision_model = apps.get_model("legal", "Provision")
    matches = []
    for mention in mentions:
        codes = CATALOGUE_CODES.get(mention.code, (mention.code,))
        rows: list[Any] = list(instrument_model.objects.filter(code__in=codes))
        if mention.article and len(rows) == 1:
            provision = provision_model.objects.filter(
                instrument=rows[0], number=mention.article
            ).first()
            rows = [provision] if provision is not None else rows
        matches.append(InstrumentMatch(mention, rows))
    return matches


def claim_fields(draft: DraftClaim) -> dict[str, Any]:
    """The fields of an aggregate claim for one draft (its parent aside)."""
    named = draft.subgroup in v.Subgroup.values and draft.subgroup != v.Subgroup.OTHER
    category = draft.category if draft.category in v.AggregateCategory.values else "other"
    return {
        "kind": v.ClaimKind.AGGREGATE,
        "category": category,
        "subgroup": draft.subgroup if named else v.Subgroup.OTHER,
        "subgroup_label": "" if named else draft.subgroup[:100],
        "count": draft.count,
        "count_low": draft.count_low,
        "count_high": draft.count_high,
        "qualifier": draft.qualifier,
        "qualifier_words": draft.qualifier_words[:100],
        "as_stated": draft.as_stated[:500],
        "start": draft.start,
        "end": draft.end,
    }
