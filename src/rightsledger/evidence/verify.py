"""Verification of everything that can be verified: stored files, history and custody chains.

Each check yields problems naming exactly what failed; an empty result means every file
re-hashed to its recorded digests and every chain link, custody entry and seal holds.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from rightsledger.cases.history import chains_for, verify_chain
from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.evidence.models import ChainSeal, CustodyEntry, EvidenceItem, StoredObject
from rightsledger.evidence.store import Digest, ObjectStore, StoreError, get_store


@dataclass(frozen=True)
class Problem:
    kind: str  # "file", "history", "custody", "item", "seal"
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

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(case: Case | None = None, *, store: ObjectStore | None = None) -> VerifyReport:
    report = VerifyReport()
    store = store or get_store()
    report.problems += verify_files(case, store, report)
    report.problems += verify_items(case)
    for key in chains_for(case):
        report.chains_checked += 1
        report.problems += [
            Problem("history", f"{p.chain}#{p.sequence}" if p.sequence else p.chain, p.problem)
            for p in verify_chain(key)
        ]
    report.entries_checked = _entry_count(case)
    report.problems += verify_custody(case, report)
    report.problems += verify_seals(case)
    return report


def _entry_count(case: Case | None) -> int:
    entries = HistoryEntry.objects.all()
    return (entries.filter(case=case) if case is not None else entries).count()


def _objects(case: Case | None) -> list[tuple[str, str, int]]:
    objects = StoredObject.objects.order_by("sha256")
    if case is not None:
        objects = objects.filter(
            sha256__in=EvidenceItem.objects.filter(case=case).values("stored_object_id")
        )
    return list(objects.values_list("sha256", "sha512", "size"))


def verify_files(
    case: Case | None, store: ObjectStore, report: VerifyReport | None = None
) -> Iterator[Problem]:
    """Re-hash every stored object (in threads: hashlib releases the GIL while hashing)."""
    objects = _objects(case)

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


def verify_items(case: Case | None) -> Iterator[Problem]:
    """Each item points at the object its recorded hash names, with its recorded size."""
    items = EvidenceItem.objects.select_related("stored_object").order_by("pk")
    if case is not None:
        items = items.filter(case=case)
    for item in items.iterator(chunk_size=2000):
        if item.sha256 != item.stored_object_id:
            yield Problem("item", f"evidence {item.pk}", "hash differs from its stored object")
        elif item.size != item.stored_object.size:
            yield Problem("item", f"evidence {item.pk}", "size differs from its stored object")


def verify_custody(case: Case | None, report: VerifyReport | None = None) -> Iterator[Problem]:
    """Each custody row agrees with the chained history entry written with it."""
    entries = CustodyEntry.objects.select_related("history_entry", "item").order_by("pk")
    if case is not None:
        entries = entries.filter(case=case)
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
