"""Appending to, and verifying, the hash-chained history.

Each entry's hash covers its content and the previous entry's hash, so changing, removing
or reordering any entry breaks every link after it.  Appends happen inside the caller's
transaction (an action), so a failed action leaves no entry behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from rightsledger.cases.models import Case, ChainHead, HistoryEntry

GENESIS_HASH = "0" * 64
GLOBAL_CHAIN = "global"


def chain_key(case: Case | None) -> str:
    return GLOBAL_CHAIN if case is None else f"case:{case.pk}"


def canonical_json(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    ).encode("utf-8")


def compute_entry_hash(entry: HistoryEntry) -> str:
    return hashlib.sha256(canonical_json(entry.hashed_content())).hexdigest()


def append_entry(
    *,
    case: Case | None,
    actor: Any,
    action: str,
    object_type: str,
    object_id: str,
    object_repr: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    message: str = "",
) -> HistoryEntry:
    """Append one entry to the chain of ``case`` (or the global chain)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("history entries are written only inside an action's transaction")
    key = chain_key(case)
    head, _ = ChainHead.objects.get_or_create(key=key)
    # Re-read under a row lock: concurrent actions on one case append one after the other.
    head = ChainHead.objects.select_for_update().get(pk=head.pk)
    actor_name = getattr(actor, "get_username", lambda: "")() if actor is not None else ""
    entry = HistoryEntry(
        chain=key,
        sequence=head.sequence + 1,
        case=case,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_name=actor_name or "system",
        # Microseconds are dropped so the stored value and the hashed value agree on every
        # database backend.
        timestamp=dt.datetime.now(tz=dt.UTC).replace(microsecond=0),
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        object_repr=object_repr[:300],
        before=_json_roundtrip(before),
        after=_json_roundtrip(after),
        message=message,
        previous_hash=head.entry_hash or GENESIS_HASH,
    )
    entry.entry_hash = compute_entry_hash(entry)
    entry.save(force_insert=True)
    head.sequence = entry.sequence
    head.entry_hash = entry.entry_hash
    head.save(update_fields=["sequence", "entry_hash"])
    return entry


def _json_roundtrip(value: dict[str, Any] | None) -> dict[str, Any] | None:
    # Store exactly what is hashed: the JSON form, not Python objects that the database
    # would serialise differently.
    return None if value is None else json.loads(canonical_json(value))


@dataclass(frozen=True)
class ChainProblem:
    chain: str
    sequence: int | None
    problem: str

    def __str__(self) -> str:
        where = f"{self.chain}#{self.sequence}" if self.sequence is not None else self.chain
        return f"history {where}: {self.problem}"


def verify_chain(key: str, *, batch_size: int = 2000) -> Iterator[ChainProblem]:
    """Walk one chain and yield every broken link, stored-hash mismatch or gap."""
    expected_previous = GENESIS_HASH
    expected_sequence = 1
    entries = HistoryEntry.objects.filter(chain=key).order_by("sequence")
    for entry in entries.iterator(chunk_size=batch_size):
        if entry.sequence != expected_sequence:
            yield ChainProblem(key, entry.sequence, f"expected link {expected_sequence} (gap)")
        if entry.previous_hash != expected_previous:
            yield ChainProblem(key, entry.sequence, "does not link to the previous entry")
        if compute_entry_hash(entry) != entry.entry_hash:
            yield ChainProblem(key, entry.sequence, "content does not match its hash (altered)")
        expected_previous = entry.entry_hash
        expected_sequence = entry.sequence + 1
    head = ChainHead.objects.filter(key=key).first()
    last_sequence = expected_sequence - 1
    if head is not None and (head.sequence, head.entry_hash or GENESIS_HASH) != (
        last_sequence,
        expected_previous,
    ):
        yield ChainProblem(key, None, "chain head does not match the last entry (truncated?)")


def chains_for(case: Case | None) -> list[str]:
    if case is not None:
        return [chain_key(case)]
    return list(HistoryEntry.objects.order_by().values_list("chain", flat=True).distinct())
