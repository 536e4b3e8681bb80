"""Actions write the record and its history in one transaction."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction

from rightsledger.cases.actions import create_object, delete_object, update_object
from rightsledger.cases.history import append_entry
from rightsledger.cases.models import HistoryEntry
from rightsledger.records import models as rm
from rightsledger.records.actions import create_person


def test_create_writes_history_with_the_new_state(case: Any, owner: Any) -> None:
    source = create_object(rm.Source, acting_user=owner, case=case, title="Hospital list",
                           kind="list")  # fmt: skip
    entry = HistoryEntry.objects.get(object_type="records.source", object_id=str(source.pk))
    assert entry.action == "create"
    assert entry.after["title"] == "Hospital list"
    assert entry.actor == owner


def test_update_records_before_and_after_of_changed_fields_only(case: Any, owner: Any) -> None:
    source = create_object(rm.Source, acting_user=owner, case=case, title="A", kind="list")
    update_object(source, acting_user=owner, title="B")
    entry = HistoryEntry.objects.filter(object_id=str(source.pk)).latest("sequence")
    assert (entry.before, entry.after) == ({"title": "A"}, {"title": "B"})


def test_update_without_change_writes_nothing(case: Any, owner: Any) -> None:
    source = create_object(rm.Source, acting_user=owner, case=case, title="A", kind="list")
    count = HistoryEntry.objects.count()
    update_object(source, acting_user=owner, title="A")
    assert HistoryEntry.objects.count() == count


def test_a_failing_action_leaves_neither_record_nor_history(case: Any, owner: Any) -> None:
    records, history = rm.Person.objects.count(), HistoryEntry.objects.count()
    with pytest.raises(ValidationError):
        # The second name is blank: the whole person must be refused.
        create_person(case=case, acting_user=owner,
                      names=[{"value": "Leyla"}, {"value": "   "}])  # fmt: skip
    assert rm.Person.objects.count() == records
    assert rm.PersonName.objects.count() == 0
    assert HistoryEntry.objects.count() == history


def test_history_is_rolled_back_with_the_change(case: Any, owner: Any) -> None:
    history = HistoryEntry.objects.count()

    def action_failing_after_the_write() -> None:
        with transaction.atomic():
            create_object(rm.Source, acting_user=owner, case=case, title="X", kind="list")
            raise RuntimeError("a later step of the same action fails")

    with pytest.raises(RuntimeError):
        action_failing_after_the_write()
    assert HistoryEntry.objects.count() == history
    assert not rm.Source.objects.filter(title="X").exists()


def test_history_cannot_be_written_outside_a_transaction(transactional_db: None) -> None:
    with pytest.raises(RuntimeError, match="inside an action"):
        append_entry(case=None, actor=None, action="other", object_type="x", object_id="1",
                     object_repr="x")  # fmt: skip


def test_delete_keeps_the_last_state(case: Any, owner: Any) -> None:
    source = create_object(rm.Source, acting_user=owner, case=case, title="Gone", kind="list")
    pk = source.pk
    delete_object(source, acting_user=owner)
    entry = HistoryEntry.objects.filter(object_id=str(pk)).latest("sequence")
    assert entry.action == "delete"
    assert entry.before["title"] == "Gone"


def test_rows_deleted_with_a_record_each_get_a_history_entry(case: Any, owner: Any) -> None:
    person = create_person(case=case, acting_user=owner,
                           names=[{"value": "Ayla Quarry"}, {"value": "Айла Кварри"}])  # fmt: skip
    names = {str(pk) for pk in person.names.values_list("pk", flat=True)}
    assert len(names) == 2
    pk = person.pk
    delete_object(person, acting_user=owner, message="entered twice")
    entries = HistoryEntry.objects.filter(case=case, action="delete").order_by("sequence")
    top, *dependents = entries
    assert (top.object_type, top.object_id, top.message) == (
        "records.person", str(pk), "entered twice",
    )  # fmt: skip
    assert {e.object_id for e in dependents if e.object_type == "records.personname"} == names
    assert {e.before["value"] for e in dependents} == {"Ayla Quarry", "Айла Кварри"}
    assert {e.message for e in dependents} == {f"deleted with records.person {pk}"}
    assert not rm.PersonName.objects.filter(pk__in=names).exists()


def test_status_follows_the_involvement_person(case: Any, owner: Any) -> None:
    from tests.factories import involvement

    inv = involvement(case, owner)
    status = create_object(rm.StatusRecord, acting_user=owner, case=case, involvement=inv,
                           status="missing")  # fmt: skip
    assert status.person_id == inv.person_id


def test_only_victims_have_a_status(case: Any, owner: Any) -> None:
    from tests.factories import act, person

    witness = create_object(rm.Involvement, acting_user=owner, case=case, act=act(case, owner),
                            person=person(case, owner), role="witness")  # fmt: skip
    with pytest.raises(ValidationError, match="Only victims"):
        create_object(rm.StatusRecord, acting_user=owner, case=case, involvement=witness,
                      status="killed")  # fmt: skip


def test_an_event_cannot_contain_itself(case: Any, owner: Any) -> None:
    from tests.factories import event

    parent = event(case, owner)
    child = create_object(rm.Event, acting_user=owner, case=case, title="child", parent=parent)
    with pytest.raises(ValidationError, match="contain itself"):
        update_object(parent, acting_user=owner, parent=child)


def test_last_owner_cannot_be_demoted(case: Any, owner: Any) -> None:
    from rightsledger.cases.actions import set_membership

    with pytest.raises(ValidationError, match="at least one owner"):
        set_membership(case=case, user=owner, role="viewer", acting_user=owner)
    assert case.memberships.get(user=owner).role == "owner"
