"""Appending to, and verifying, the hash-chained history.

Each entry's hash covers its content and the previous entry's hash, so changing, removing
or reordering any entry breaks every link after it.  Appends happen inside the caller's
transaction (an action), so a failed action leaves no entry behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from rightsledger.cases.models import Case, ChainHead, HistoryEntry

GENESIS_HASH = "0" * 64
GLOBAL_CHAIN = "global"


def chain_key(case: Case | None) -> str:
    return GLOBAL_CHAIN if case is None else f"case:{case.pk}"


# One encoder for every call (``json.dumps`` with options builds a new one each time, which
# is a third of the cost of hashing a small row).
CANONICAL_ENCODER = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
)


def canonical_json(value: Any) -> bytes:
    return CANONICAL_ENCODER.encode(value).encode("utf-8")


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
    state_hash: str = "",
) -> HistoryEntry:
    """Append one entry to the chain of ``case`` (or the global chain).

    ``state_hash`` is the changed row's state after the change (``cases.state.state_hash``);
    every entry that creates or changes a row gives it, so ``verify`` can check the row.
    """
    entry = EntryContent(action, object_type, str(object_id), object_repr, before, after,
                         message, state_hash)  # fmt: skip
    return append_entries(case=case, actor=actor, contents=[entry])[0]


@dataclass(frozen=True)
class EntryContent:
    """What one history entry says; ``append_entries`` chains it."""

    action: str
    object_type: str
    object_id: str
    object_repr: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    message: str = ""
    state_hash: str = ""


#: Entries inserted per statement when many are appended at once.
APPEND_BATCH = 1000


def append_entries(
    *, case: Case | None, actor: Any, contents: Sequence[EntryContent]
) -> list[HistoryEntry]:
    """Append one entry per item of ``contents``, in order, to the chain of ``case``.

    The chain head is locked and moved once, and the entries inserted in batches: a deletion
    that takes 50,000 rows with it writes its 50,000 entries in seconds, not minutes, and
    each entry still links to the one before it exactly as one appended alone would.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("history entries are written only inside an action's transaction")
    key = chain_key(case)
    head, _ = ChainHead.objects.get_or_create(key=key)
    # Re-read under a row lock: concurrent actions on one case append one after the other.
    head = ChainHead.objects.select_for_update().get(pk=head.pk)
    actor_name = getattr(actor, "get_username", lambda: "")() if actor is not None else ""
    # Microseconds are dropped so the stored value and the hashed value agree on every
    # database backend.
    timestamp = dt.datetime.now(tz=dt.UTC).replace(microsecond=0)
    entries = []
    sequence, previous = head.sequence, head.entry_hash or GENESIS_HASH
    for content in contents:
        sequence += 1
        entry = HistoryEntry(
            chain=key,
            sequence=sequence,
            case=case,
            actor=actor if getattr(actor, "pk", None) else None,
            actor_name=actor_name or "system",
            timestamp=timestamp,
            action=content.action,
            object_type=content.object_type,
            object_id=content.object_id,
            object_repr=content.object_repr[:300],
            before=_json_roundtrip(content.before),
            after=_json_roundtrip(content.after),
            message=content.message,
            state_hash=content.state_hash,
            previous_hash=previous,
        )
        entry.entry_hash = previous = compute_entry_hash(entry)
        entries.append(entry)
    if len(entries) == 1:
        entries[0].save(force_insert=True)
    else:
        HistoryEntry.objects.bulk_create(entries, batch_size=APPEND_BATCH)
    if entries:
        head.sequence, head.entry_hash = sequence, previous
        head.save(update_fields=["sequence", "entry_hash"])
    return entries


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


def verify_chain(
    key: str,
    *,
    batch_size: int = 2000,
    since: int = 1,
    visit: Callable[[HistoryEntry], None] | None = None,
) -> Iterator[ChainProblem]:
    """Walk one chain and yield every broken link, stored-hash mismatch or gap.

    ``since``: start at that link, trusting the hash of the one before it (a later run after
    a full one).  ``visit`` is called with every entry in order (one pass serves whoever
    also needs the entries, such as ``verify``'s replay of the records' states).
    """
    expected_previous = GENESIS_HASH
    expected_sequence = max(1, since)
    if expected_sequence > 1:
        start = HistoryEntry.objects.filter(chain=key, sequence=expected_sequence - 1).first()
        if start is None:
            yield ChainProblem(key, expected_sequence - 1, "no such link to start from")
            return
        expected_previous = start.entry_hash
    entries = HistoryEntry.objects.filter(chain=key, sequence__gte=expected_sequence)
    for entry in entries.order_by("sequence").iterator(chunk_size=batch_size):
        if entry.sequence != expected_sequence:
            yield ChainProblem(key, entry.sequence, f"expected link {expected_sequence} (gap)")
        if entry.previous_hash != expected_previous:
            yield ChainProblem(key, entry.sequence, "does not link to the previous entry")
        if compute_entry_hash(entry) != entry.entry_hash:
            yield ChainProblem(key, entry.sequence, "content does not match its hash (altered)")
        if visit is not None:
            visit(entry)
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
