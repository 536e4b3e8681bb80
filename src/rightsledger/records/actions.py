"""Actions on the record that need more than one generic create/update/delete."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from rightsledger.cases.actions import create_object, update_object
from rightsledger.cases.history import append_entry
from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.records.bounds import (
    MAX_NAMES_PER_PERSON,
    MAX_PLACES_PER_EVENT,
    TOO_MANY_NAMES,
    TOO_MANY_PLACES,
    refuse_beyond,
)
from rightsledger.records.models import Claim, Event, Person, PersonName, Place, Source
from rightsledger.records.vocabulary import ClaimKind, SourceKind


def create_person(
    *,
    case: Case,
    acting_user: Any,
    names: Iterable[Mapping[str, Any]] = (),
    **fields: Any,
) -> Person:
    """Create a person together with their names; the first name becomes the display name."""
    names = list(names)
    refuse_beyond(len(names), MAX_NAMES_PER_PERSON, TOO_MANY_NAMES, "names")
    with transaction.atomic():
        display = fields.pop("display_name", "") or (str(names[0]["value"]) if names else "")
        person = create_object(
            Person, acting_user=acting_user, case=case, display_name=display, **fields
        )
        for name in names:
            create_object(PersonName, acting_user=acting_user, case=case, person=person, **name)
    return person


def add_person_name(*, person: Person, acting_user: Any, **fields: Any) -> PersonName:
    with transaction.atomic():
        name = create_object(
            PersonName, acting_user=acting_user, case=person.case, person=person, **fields
        )
        if not person.display_name:
            update_object(person, acting_user=acting_user, display_name=name.value)
    return name


def set_event_places(*, event: Event, places: Iterable[Place], acting_user: Any) -> Event:
    """Replace the places of an event, recording the before and after sets."""
    places = list(places)
    refuse_beyond(len(places), MAX_PLACES_PER_EVENT, TOO_MANY_PLACES, "places")
    with transaction.atomic():
        for place in places:
            if place.case_id != event.case_id:
                from django.core.exceptions import ValidationError

                raise ValidationError({"places": "Linked records must belong to the same case."})
        before = sorted(event.places.values_list("pk", flat=True))
        after = sorted(p.pk for p in places)
        if before != after:
            event.places.set(places)
            append_entry(
                case=event.case,
                actor=acting_user,
                action=HistoryEntry.Action.UPDATE,
                object_type="records.event",
                object_id=str(event.pk),
                object_repr=str(event),
                before={"places": before},
                after={"places": after},
            )
    return event


@dataclass(frozen=True)
class AcceptedStatement:
    source: Source
    claims: list[Claim]
    evidence_item: Any  # evidence.EvidenceItem: the statement's text as received


def accept_statement(
    *,
    case: Case,
    acting_user: Any,
    text: str,
    drafts: Sequence[Mapping[str, Any]],
    source: Source | None = None,
    source_fields: Mapping[str, Any] | None = None,
    file_name: str = "statement.txt",
) -> AcceptedStatement:
    """Record the drafts a person accepted as aggregate claims of one source, all or nothing.

    Each draft holds claim fields (``statements.claim_fields``) and ``parent``, the index of
    the draft it is part of. A new source is created from ``source_fields`` when no
    ``source`` is given. The text is kept as an evidence item with its hash, linked to the
    source; each claim is created with its own history entry, parts after their whole.
    """
    from rightsledger.evidence.actions import ingest_stream

    if not text.strip():
        raise ValidationError({"text": _("The statement is empty.")})
    order = _wholes_first(drafts)
    with transaction.atomic():
        if source is None:
            fields = {"kind": SourceKind.STATEMENT, **(source_fields or {})}
            source = create_object(Source, acting_user=acting_user, case=case, **fields)
        elif source.case_id != case.pk:
            raise ValidationError({"source": _("The source belongs to another case.")})
        item = ingest_stream(
            case=case, chunks=[text.encode("utf-8")], file_name=file_name,
            acting_user=acting_user, source=source, derive=False,
            description=_("Text of the statement “%(title)s”.") % {"title": source.title},
            purpose="statement read into claims",
        ).item  # fmt: skip
        created: dict[int, Claim] = {}
        for index in order:
            fields = dict(drafts[index])
            parent = fields.pop("parent", None)
            fields["kind"] = ClaimKind.AGGREGATE
            fields.setdefault("statement", fields.get("as_stated") or text[:500])
            try:
                created[index] = create_object(
                    Claim, acting_user=acting_user, case=case, source=source,
                    parent=created.get(parent) if parent is not None else None, **fields,
                )  # fmt: skip
            except ValidationError as error:
                raise ValidationError(
                    _("Claim %(number)s: %(problem)s")
                    % {"number": index + 1, "problem": "; ".join(error.messages)}
                ) from error
    return AcceptedStatement(source, [created[i] for i in sorted(created)], item)


def _wholes_first(drafts: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indices of the drafts with every whole before its parts; a bad parent is an error."""
    order: list[int] = []
    state: dict[int, str] = {}

    def visit(index: int) -> None:
        if state.get(index) == "done":
            return
        if state.get(index) == "visiting":
            raise ValidationError(_("A claim cannot be part of itself."))
        state[index] = "visiting"
        parent = drafts[index].get("parent")
        if parent is not None:
            if not isinstance(parent, int) or not 0 <= parent < len(drafts) or parent == index:
                raise ValidationError(
                    _("Claim %(number)s is part of a claim that is not there.")
                    % {"number": index + 1}
                )
            visit(parent)
        state[index] = "done"
        order.append(index)

    for index in range(len(drafts)):
        visit(index)
    return order
