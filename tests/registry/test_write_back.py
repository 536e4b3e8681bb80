"""The linkage's write-back: rows and their facts moved, persons retired, and the history.

The write-back moves facts by set operations and reads rows back as values for the bulk
history (``cases.state.row_state``), and retires persons without Django's deletion collector
(``bulk_writes.delete_rows``). These tests hold what that relies on: every hash it records is
the hash of the row as an instance (before a deletion, after a change), the rows are listed
in the order the history has always listed them, a person anything refers to is never
retired, and a person an element of a legal qualification rests on stops the run.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db.models import ProtectedError

from rightsledger.cases import actions as case_actions
from rightsledger.cases.actions import create_object
from rightsledger.cases.models import HistoryEntry
from rightsledger.cases.state import state_hash
from rightsledger.evidence.verify import verify
from rightsledger.protection.actions import protect_person
from rightsledger.protection.models import Consent
from rightsledger.records import models as rm
from rightsledger.registry.importing import import_list
from rightsledger.registry.linking import regroup
from rightsledger.registry.models import LinkedPerson, SourceRecord
from tests import factories

HEADER = "record_id,full_name,sex,birth_year,age,event_date,status"
NAMES = ["Plain Gone", "Kept Secret", "Elder Sibling", "Younger Sibling", "Claimed Victim",
         "Consenting Witness", "Remains Found", "Linked Victim"]  # fmt: skip


@pytest.fixture
def rows(case: Any, owner: Any, tmp_path: Path) -> dict[str, tuple[SourceRecord, SourceRecord]]:
    """Two lists naming the same eight people (each row a person of its own, as imported);
    name → (row of list A, row of list B)."""
    for name, status in (("A", "killed"), ("B", "missing")):
        lines = [f"{name.lower()}{n},{full},m,1960,,1992-02-26,{status}"
                 for n, full in enumerate(NAMES, start=1)]  # fmt: skip
        path = tmp_path / f"{name}.csv"
        path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
        import_list(case=case, source=f"List {name}", path=path, acting_user=owner)
    found = {r.record_id: r for r in SourceRecord.objects.filter(case=case)}
    return {full: (found[f"a{n}"], found[f"b{n}"]) for n, full in enumerate(NAMES, start=1)}


def _hold_persons(case: Any, owner: Any, rows: dict[str, Any]) -> None:
    """What keeps a list-made person from retiring, each on list A's row's person."""
    person = {name: a.person for name, (a, _) in rows.items()}
    protect_person(person["Kept Secret"], category="witness", acting_user=owner)
    create_object(rm.Relationship, acting_user=owner, case=case, kind="sibling_of",
                  person=person["Elder Sibling"], relative=person["Younger Sibling"])  # fmt: skip
    create_object(rm.Claim, acting_user=owner, case=case, source=factories.source(case, owner),
                  kind="individual", credibility=2, statement="He was killed at home.",
                  subject_type=ContentType.objects.get_for_model(rm.Person),
                  subject_id=person["Claimed Victim"].pk)  # fmt: skip
    create_object(Consent, acting_user=owner, case=case, person=person["Consenting Witness"],
                  purpose="documentation", granted=True, given_on=dt.date(2024, 5, 1),
                  taken_by="field team 2")  # fmt: skip


def _join(case: Any, owner: Any, rows: dict[str, Any], *,
          into_a: frozenset[str] = frozenset()) -> None:  # fmt: skip
    """Each person's two rows as one person: list B's row's person keeps them (its row first
    in the group), but for the names in ``into_a``."""
    groups = [[a.pk, b.pk] if name in into_a else [b.pk, a.pk] for name, (a, b) in rows.items()]
    regroup(case=case, groups=groups, acting_user=owner, message="joined")


def test_held_persons_stay_and_every_row_is_recorded_as_it_is(
    case: Any, owner: Any, rows: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _hold_persons(case, owner, rows)
    list_a = {name: a.person_id for name, (a, _) in rows.items()}
    persons_before = {p.pk: p for p in rm.Person.objects.filter(case=case)}
    markers_before = {m.pk: m for m in LinkedPerson.objects.filter(case=case)}
    # One row an entry: the entries' order is then the order of the rows in the history.
    monkeypatch.setattr(case_actions, "BULK_ENTRY_ROWS", 1)
    last = HistoryEntry.objects.filter(case=case).order_by("-sequence").first()
    assert last is not None
    # "Kept Secret": list B's row moves into the protected person and takes its pseudonym.
    _join(case, owner, rows, into_a=frozenset({"Kept Secret"}))

    # Left with no row: list A's persons but those something refers to, and list B's person
    # whose row moved into the protected person.
    retired = {list_a["Plain Gone"], list_a["Remains Found"], list_a["Linked Victim"],
               rows["Kept Secret"][1].person_id}  # fmt: skip
    assert set(rm.Person.objects.filter(case=case).values_list("pk", flat=True)) \
        == set(persons_before) - retired  # fmt: skip
    secret = rm.Person.objects.get(pk=list_a["Kept Secret"])
    assert {n.value for n in secret.names.all()} == {secret.protected_identity.pseudonym}
    report = verify(case)
    assert report.ok, [str(p) for p in report.problems[:5]]

    entries = list(HistoryEntry.objects.filter(case=case, action="bulk",
                                               sequence__gt=last.sequence).order_by("sequence"))  # fmt: skip
    listed = []
    for entry in entries:
        assert entry.after is not None
        ((label, by_action),) = entry.after["rows"].items()
        ((action, digests),) = by_action.items()
        ((pk, digest),) = digests.items()
        listed.append((label, action, pk, digest))
    changed = [(label, pk, digest) for label, action, pk, digest in listed if action == "update"]
    deleted = [(label, pk, digest) for label, action, pk, digest in listed if action == "delete"]
    assert all(action in {"update", "delete"} for _, action, _, _ in listed)
    # Every row changed is recorded with the hash of the row as it now is…
    models = {"registry.sourcerecord": SourceRecord, "records.personname": rm.PersonName,
              "records.involvement": rm.Involvement, "records.statusrecord": rm.StatusRecord,
              "records.person": rm.Person}  # fmt: skip
    for label, pk, digest in changed:
        assert digest == state_hash(models[label].objects.get(pk=pk)), (label, pk)
    # …and every row removed with the hash of the row as it was: the markers by id, then
    # the persons in their model's order.
    gone_markers = sorted(pk for pk, m in markers_before.items() if m.person_id in retired)
    gone_persons = sorted(retired, key=lambda pk: (persons_before[pk].display_name, pk))
    assert deleted == [
        *(("registry.linkedperson", str(pk), state_hash(markers_before[pk]))
          for pk in gone_markers),
        *(("records.person", str(pk), state_hash(persons_before[pk])) for pk in gone_persons),
    ]  # fmt: skip
    # The order: the rows moved, then the facts of those rows (names, involvements, statuses,
    # each in their model's order), then the persons whose fields changed.
    labels = [label for label, _, _ in changed]
    kinds = ["registry.sourcerecord", "records.personname", "records.involvement",
             "records.statusrecord", "records.person"]  # fmt: skip
    assert labels == sorted(labels, key=kinds.index)
    for label in kinds[1:4]:
        pks = [int(pk) for lab, pk, _ in changed if lab == label]
        assert pks == sorted(pks), label
    assert labels.count("registry.sourcerecord") == len(NAMES)


def test_a_person_with_an_identification_is_held(
    case: Any, owner: Any, rows: dict[str, Any]
) -> None:
    from rightsledger.missing import actions as missing_actions
    from tests.missing.endpoints import remains

    held = rows["Remains Found"][0].person
    missing_actions.propose_identification(remains=remains(case, owner), person=held,
                                           acting_user=owner)  # fmt: skip
    _join(case, owner, rows)
    assert rm.Person.objects.filter(pk=held.pk).exists()
    assert not rm.Person.objects.filter(pk=rows["Plain Gone"][0].person_id).exists()
    assert verify(case).ok


def test_a_person_an_element_rests_on_stops_the_run(
    case: Any, owner: Any, analyst: Any, rows: dict[str, Any]
) -> None:
    from rightsledger.legal.actions import link_to_element

    linked = rows["Linked Victim"][0].person
    proposed = factories.qualification(case, analyst)
    link_to_element(qualification=proposed, element=proposed.crime.elements.get(number=1),
                    target=linked, acting_user=analyst)  # fmt: skip
    people = rm.Person.objects.filter(case=case).count()
    with pytest.raises(ProtectedError, match="unlink it first"):
        _join(case, owner, rows)
    assert rm.Person.objects.filter(case=case).count() == people
    assert SourceRecord.objects.get(pk=rows["Linked Victim"][0].pk).person_id == linked.pk
    assert verify(case).ok
