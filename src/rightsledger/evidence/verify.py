"""Verification of everything that can be verified: stored files, history and custody
chains, and every recorded row against the state its history gives it.

Each check yields problems naming exactly what failed; an empty result means every file
re-hashed to its recorded digests, every chain link, custody entry and seal holds, and every
row is as its last history entry left it (``verify_records``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from rightsledger.cases.history import chains_for
from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.evidence.models import ChainSeal, CustodyEntry, EvidenceItem, StoredObject
from rightsledger.evidence.store import Digest, ObjectStore, StoreError, get_store

CUSTODY_TYPE = "evidence.custody"


@dataclass(frozen=True)
class Problem:
    kind: str  # "file", "history", "record", "custody", "item", "seal"
    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.kind} {self.where}: {self.problem}"


@dataclass
class VerifyReport:
    problems: list[Problem] = field(default_factory=list)
    files_checked: int = 0
    entries_checked: int = 0
    chains_checked: int = 0
    custody_checked: int = 0
    rows_checked: int = 0
    heads: dict[str, int] = field(default_factory=dict)  # chain -> last sequence checked

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(
    case: Case | None = None, *, store: ObjectStore | None = None, since: int | None = None
) -> VerifyReport:
    """Everything, or with ``since`` (and a case) what the links from that sequence on
    touched: their chain, rows, custody entries and files."""
    from rightsledger.evidence.verify_records import check_records

    report = VerifyReport()
    store = store or get_store()
    records = check_records(case, since=since)
    items = None if since is None else {int(k) for k in records.touched_items}
    report.problems += verify_files(case, store, report, items=items)
    report.problems += verify_items(case, items=items)
    report.chains_checked = len(chains_for(case))
    report.problems += [
        Problem("history", f"{p.chain}#{p.sequence}" if p.sequence else p.chain, p.problem)
        for p in records.chain_problems
    ]
    report.entries_checked = records.entries
    report.rows_checked = records.rows
    report.heads = records.heads
    report.problems += [
        Problem("record", f"{p.label} {p.key}", p.problem) for p in records.row_problems
    ]
    report.problems += [Problem("record", label, text) for label, text in records.summaries()]
    report.problems += verify_custody(case, report, since=since)
    report.problems += verify_seals(case)
    return report


def _objects(case: Case | None, items: set[int] | None) -> list[tuple[str, str, int]]:
    objects = StoredObject.objects.order_by("sha256")
    if case is not None or items is not None:
        of = EvidenceItem.objects.filter(case=case) if case is not None else EvidenceItem.objects
        if items is not None:
            of = of.filter(pk__in=items)
        objects = objects.filter(sha256__in=of.values("stored_object_id"))
    return list(objects.values_list("sha256", "sha512", "size"))


def verify_files(
    case: Case | None,
    store: ObjectStore,
    report: VerifyReport | None = None,
    *,
    items: set[int] | None = None,
) -> Iterator[Problem]:
    """Re-hash every stored object (in threads: hashlib releases the GIL while hashing).

    ``items``: only the objects of these evidence items.
    """
    objects = _objects(case, items)

    def check(row: tuple[str, str, int]) -> Problem | None:
        sha256, sha512, size = row
        try:
            found = store.rehash(sha256)
        except (StoreError, OSError) as exc:
            return Problem("file", sha256, f"cannot be read ({exc})")
        return _compare(sha256, Digest(sha256, sha512, size), found)

    with ThreadPoolExecutor(max_workers=min(8, (os.cpu_count() or 2))) as pool:
        for outcome in pool.map(check, objects):
            if report is not None:
                report.files_checked += 1
            if outcome is not None:
                yield outcome


def _compare(name: str, expected: Digest, found: Digest) -> Problem | None:
    if found.size != expected.size:
        return Problem("file", name, f"size {found.size}, recorded {expected.size} (altered)")
    if found.sha256 != expected.sha256:
        return Problem("file", name, "SHA-256 does not match (altered)")
    if found.sha512 != expected.sha512:
        return Problem("file", name, "SHA-512 does not match (altered)")
    return None


def verify_items(case: Case | None, *, items: set[int] | None = None) -> Iterator[Problem]:
    """Each item points at the object its recorded hash names, with its recorded size."""
    found = EvidenceItem.objects.select_related("stored_object").order_by("pk")
    if case is not None:
        found = found.filter(case=case)
    if items is not None:
        found = found.filter(pk__in=items)
    for item in found.iterator(chunk_size=2000):
        if item.sha256 != item.stored_object_id:
            yield Problem("item", f"evidence {item.pk}", "hash differs from its stored object")
        elif item.size != item.stored_object.size:
            yield Problem("item", f"evidence {item.pk}", "size differs from its stored object")


def verify_custody(
    case: Case | None, report: VerifyReport | None = None, *, since: int | None = None
) -> Iterator[Problem]:
    """Each custody row agrees with the chained history entry written with it, and each
    custody entry of the history still has its row."""
    entries = CustodyEntry.objects.select_related("history_entry", "item").order_by("pk")
    chained = HistoryEntry.objects.filter(object_type=CUSTODY_TYPE)
    if case is not None:
        entries = entries.filter(case=case)
        chained = chained.filter(case=case)
    if since is not None:
        entries = entries.filter(history_entry__sequence__gte=since)
        chained = chained.filter(sequence__gte=since)
    rowless = chained.exclude(pk__in=CustodyEntry.objects.values("history_entry_id"))
    for chain, sequence in rowless.order_by("chain", "sequence").values_list("chain", "sequence"):
        yield Problem("custody", f"{chain}#{sequence}", "its custody row is gone")
    for entry in entries.iterator(chunk_size=2000):
        if report is not None:
            report.custody_checked += 1
        history = entry.history_entry
        where = f"custody {entry.pk} ({history.chain}#{history.sequence})"
        if history.after != entry.chained_content() or history.case_id != entry.case_id:
            yield Problem("custody", where, "differs from its chained history entry (altered)")
        elif history.timestamp != entry.timestamp:
            yield Problem("custody", where, "time differs from its chained history entry")
        elif entry.item_sha256 != entry.item.sha256:
            yield Problem("custody", where, "item hash differs from the item's (altered)")


def verify_seals(case: Case | None) -> Iterator[Problem]:
    from rightsledger.evidence.signing import check_seal

    seals = ChainSeal.objects.order_by("pk")
    if case is not None:
        seals = seals.filter(chain=f"case:{case.pk}")
    for seal in seals:
        problem = check_seal(seal)
        if problem:
            yield Problem("seal", f"{seal.chain}#{seal.sequence}", problem)
