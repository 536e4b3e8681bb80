"""Actions on the record that need more than one generic create/update/delete."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction

from rightsledger.cases.actions import create_object, update_object
from rightsledger.cases.history import append_entry
from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.records.models import Event, Person, PersonName, Place


def create_person(
    *,
    case: Case,
    acting_user: Any,
    names: Iterable[Mapping[str, Any]] = (),
    **fields: Any,
) -> Person:
    """Create a person together with their names; the first name becomes the display name."""
    names = list(names)
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
