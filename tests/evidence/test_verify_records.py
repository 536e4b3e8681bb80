"""`verify` checks the records themselves: every row against its last history entry.

Each test edits the database directly, as someone with database access and no business
there would, and expects `verify` to fail naming exactly that row.
"""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from rightsledger.cases.actions import create_object, delete_object, update_object
from rightsledger.cases.history import compute_entry_hash
from rightsledger.cases.models import ChainHead, HistoryEntry, Membership
from rightsledger.evidence.verify import verify
from rightsledger.protection.actions import protect_person
from rightsledger.protection.models import ProtectedIdentity
from rightsledger.records import models as rm
from tests import factories


@pytest.fixture
def record(case: Any, owner: Any) -> dict[str, Any]:
    """A small case with one of each kind of row the tests tamper with."""
    involvement = factories.involvement(case, owner)
    person = involvement.person
    status = create_object(rm.StatusRecord, acting_user=owner, case=case,
                           involvement=involvement, status="killed")  # fmt: skip
    claim = create_object(rm.Claim, acting_user=owner, case=case, source=factories.source(
        case, owner), kind="aggregate", statement="613 killed", event=involvement.act.event,
        category="killed", count=613)  # fmt: skip
    item = factories.evidence_item(case, owner)
    witness = factories.person(case, owner)
    identity = protect_person(witness, category="witness", acting_user=owner)
    alone = factories.person(case, owner)
    update_object(alone, acting_user=owner, notes="seen at the school")
    return {"person": person, "name": person.names.get(), "status": status, "claim": claim,
            "item": item, "identity": identity, "alone": alone,
            "membership": Membership.objects.get(case=case, user__username="viewer")}  # fmt: skip


def problems(case: Any = None, **options: Any) -> list[str]:
    return [str(p) for p in verify(case, **options).problems]


def sql(statement: str, *params: Any) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, list(params))


def test_an_untouched_record_passes(case: Any, record: dict[str, Any]) -> None:
    report = verify(case)
    assert report.problems == []
    assert report.rows_checked >= 12  # case, 3 memberships, persons, names, status, claim…


TAMPERING = {
    "person's name": ("records_person", "display_name", "Mallory", "person", "records.person"),
    "name row": ("records_personname", "value", "Mallory", "name", "records.personname"),
    "status": ("records_statusrecord", "status", "released", "status", "records.statusrecord"),
    "aggregate count": ("records_claim", "count", 61, "claim", "records.claim"),
    "evidence item's name": ("evidence_evidenceitem", "original_name", "other.txt", "item",
                             "evidence.evidenceitem"),
    "membership role": ("cases_membership", "role", "owner", "membership", "cases.membership"),
    "protected identity's ciphertext": ("protection_protectedidentity", "ciphertext", "gAAAAx",
                                        "identity", "protection.protectedidentity"),
}  # fmt: skip


@pytest.mark.parametrize("what", sorted(TAMPERING))
def test_a_direct_edit_is_named(case: Any, record: dict[str, Any], what: str) -> None:
    table, column, value, key, label = TAMPERING[what]
    row = record[key]
    sql(f"UPDATE {table} SET {column} = %s WHERE id = %s", value, row.pk)  # noqa: S608 - test
    assert problems(case) == [
        f"record {label} {row.pk}: altered outside the record (differs from its last history entry)"
    ]


def test_every_edit_is_named_by_the_command_which_exits_non_zero(
    case: Any, record: dict[str, Any]
) -> None:
    for table, column, value, key, _label in TAMPERING.values():
        sql(f"UPDATE {table} SET {column} = %s WHERE id = %s", value, record[key].pk)  # noqa: S608
    out = StringIO()
    with pytest.raises(CommandError, match=f"{len(TAMPERING)} problem"):
        call_command("verify", stdout=out)
    for _table, _column, _value, key, label in TAMPERING.values():
        assert f"FAIL record {label} {record[key].pk}: altered outside the record" in (
            out.getvalue()
        )


def test_a_deleted_row_is_named(case: Any, record: dict[str, Any]) -> None:
    alone = record["alone"]
    name = alone.names.get()
    sql("DELETE FROM records_personname WHERE person_id = %s", alone.pk)
    sql("DELETE FROM records_person WHERE id = %s", alone.pk)
    assert sorted(problems(case)) == [
        f"record records.person {alone.pk}: gone, but the history records no deletion",
        f"record records.personname {name.pk}: gone, but the history records no deletion",
    ]


def test_a_row_written_outside_the_record_is_named(case: Any, record: dict[str, Any]) -> None:
    source = rm.Source.objects.create(case=case, title="Planted list", kind="list")
    assert problems(case) == [
        f"record records.source {source.pk}: not in the history (written outside the record)"
    ]


def test_a_deleted_row_that_reappears_is_named(
    case: Any, owner: Any, record: dict[str, Any]
) -> None:
    source = factories.source(case, owner)
    pk = source.pk
    delete_object(source, acting_user=owner)
    source.pk = pk
    source.save(force_insert=True)  # back, behind the history's back
    assert problems(case) == [
        f"record records.source {source.pk}: present, but the history records its deletion"
    ]


def test_changes_through_the_actions_pass(case: Any, owner: Any, record: dict[str, Any]) -> None:
    update_object(record["claim"], acting_user=owner, count=614)
    update_object(record["name"], acting_user=owner, value="Nargiz Guliyeva")  # new search key
    delete_object(record["alone"], acting_user=owner)  # takes its name with it
    from rightsledger.cases.actions import remove_membership

    remove_membership(membership=record["membership"], acting_user=owner)
    assert problems() == []


def test_bulk_writes_are_checked_row_by_row(case: Any, owner: Any) -> None:
    from django.db import transaction

    from rightsledger.cases.actions import record_bulk_changes

    with transaction.atomic():
        persons = rm.Person.objects.bulk_create(
            [rm.Person(case=case, display_name=f"Listed {i}") for i in range(7)]
        )
        record_bulk_changes(case=case, acting_user=owner, message="list", summary={"id": 1},
                            created=persons)  # fmt: skip
    assert problems(case) == []
    rm.Person.objects.filter(pk=persons[3].pk).update(sex="female")
    assert problems(case) == [
        f"record records.person {persons[3].pk}: altered outside the record (differs from "
        "its last history entry)"
    ]


def _as_before_state_hashes(case: Any) -> None:
    """Rewrite the case's chain as it was written before entries carried state hashes."""
    previous = "0" * 64
    for entry in HistoryEntry.objects.filter(case=case).order_by("sequence"):
        entry.state_hash = ""
        entry.previous_hash = previous
        entry.entry_hash = compute_entry_hash(entry)
        entry.save(update_fields=["state_hash", "previous_hash", "entry_hash"])
        previous = entry.entry_hash
    ChainHead.objects.filter(key=f"case:{case.pk}").update(entry_hash=previous)


def test_old_entries_without_state_hashes_are_checked_from_their_snapshots(
    case: Any, owner: Any, record: dict[str, Any]
) -> None:
    update_object(record["claim"], acting_user=owner, count=614)
    update_object(record["name"], acting_user=owner, value="Nargiz Guliyeva")
    _as_before_state_hashes(case)
    assert problems(case) == []
    sql("UPDATE records_claim SET count = 7 WHERE id = %s", record["claim"].pk)
    assert problems(case) == [
        f"record records.claim {record['claim'].pk}: altered outside the record (differs "
        "from its last history entry)"
    ]


def test_the_entry_hash_covers_the_state_hash(case: Any, record: dict[str, Any]) -> None:
    entry = HistoryEntry.objects.filter(case=case).exclude(state_hash="").last()
    assert entry is not None
    HistoryEntry.objects.filter(pk=entry.pk).update(state_hash="0" * 64)
    assert f"history {entry.chain}#{entry.sequence}: content does not match its hash " \
           "(altered)" in problems(case)  # fmt: skip


def test_since_checks_the_later_links_and_the_rows_they_touched(
    case: Any, owner: Any, record: dict[str, Any]
) -> None:
    head = ChainHead.objects.get(key=f"case:{case.pk}").sequence
    claim = update_object(record["claim"], acting_user=owner, count=600)
    report = verify(case, since=head + 1)
    assert report.ok
    assert report.entries_checked == 1
    assert report.rows_checked == 1
    sql("UPDATE records_claim SET count = 7 WHERE id = %s", claim.pk)
    assert problems(case, since=head + 1) == [
        f"record records.claim {claim.pk}: altered outside the record (differs from its last "
        "history entry)"
    ]
    with pytest.raises(CommandError, match="needs --case"):
        call_command("verify", "--since", "3", stdout=StringIO())


def test_the_full_run_says_where_to_start_next_time(case: Any, record: dict[str, Any]) -> None:
    out = StringIO()
    call_command("verify", "--case", case.slug, stdout=out)
    head = ChainHead.objects.get(key=f"case:{case.pk}").sequence
    assert f"verify --case {case.slug} --since {head + 1}" in out.getvalue()


def test_protected_identities_are_covered(case: Any, record: dict[str, Any]) -> None:
    identity = record["identity"]
    ProtectedIdentity.objects.filter(pk=identity.pk).delete()
    assert problems(case) == [
        f"record protection.protectedidentity {identity.pk}: gone, but the history records "
        "no deletion"
    ]


def test_many_problems_of_one_kind_are_counted_after_the_first_ones(case: Any, owner: Any) -> None:
    rm.Source.objects.bulk_create(
        [rm.Source(case=case, title=f"Planted {i}", kind="list") for i in range(30)]
    )
    found = problems(case)
    assert len(found) == 26
    assert found[-1] == "record records.source: 5 more rows not in the history (written " \
                        "outside the record)"  # fmt: skip
