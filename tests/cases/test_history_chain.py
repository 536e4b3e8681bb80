"""The history is hash-chained: any change to a stored entry is detected."""

from __future__ import annotations

from typing import Any

from django.db import connection

from rightsledger.cases.actions import create_object, update_object
from rightsledger.cases.history import chain_key, verify_chain
from rightsledger.cases.models import HistoryEntry
from rightsledger.records import models as rm


def fill(case: Any, owner: Any) -> None:
    for i in range(5):
        source = create_object(rm.Source, acting_user=owner, case=case, title=f"S{i}", kind="list")
        update_object(source, acting_user=owner, title=f"S{i}-revised")


def test_an_untouched_chain_verifies(case: Any, owner: Any) -> None:
    fill(case, owner)
    assert list(verify_chain(chain_key(case))) == []
    sequences = list(HistoryEntry.objects.filter(case=case).values_list("sequence", flat=True))
    assert sequences == list(range(1, len(sequences) + 1))


def test_one_changed_field_is_detected_and_located(case: Any, owner: Any) -> None:
    fill(case, owner)
    target = HistoryEntry.objects.filter(case=case).order_by("sequence")[4]
    # Tamper directly in the database, as an attacker with database access would.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE cases_historyentry SET actor_name = %s WHERE id = %s", ["mallory", target.pk]
        )
    problems = list(verify_chain(chain_key(case)))
    assert [p.sequence for p in problems] == [target.sequence]
    assert "altered" in str(problems[0])


def test_a_removed_entry_is_detected(case: Any, owner: Any) -> None:
    fill(case, owner)
    target = HistoryEntry.objects.filter(case=case).order_by("sequence")[3]
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM cases_historyentry WHERE id = %s", [target.pk])
    problems = list(verify_chain(chain_key(case)))
    assert problems
    assert problems[0].sequence == target.sequence + 1


def test_a_truncated_chain_is_detected(case: Any, owner: Any) -> None:
    fill(case, owner)
    last = HistoryEntry.objects.filter(case=case).order_by("-sequence").first()
    assert last is not None
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM cases_historyentry WHERE id = %s", [last.pk])
    problems = list(verify_chain(chain_key(case)))
    assert any("truncated" in str(p) for p in problems)


def test_rehashing_a_forged_entry_still_breaks_the_next_link(case: Any, owner: Any) -> None:
    from rightsledger.cases.history import compute_entry_hash

    fill(case, owner)
    target = HistoryEntry.objects.filter(case=case).order_by("sequence")[2]
    target.after = {"title": "forged"}
    target.entry_hash = compute_entry_hash(target)
    HistoryEntry.objects.filter(pk=target.pk).update(after=target.after,
                                                     entry_hash=target.entry_hash)  # fmt: skip
    problems = list(verify_chain(chain_key(case)))
    assert [p.sequence for p in problems] == [target.sequence + 1]
