"""Rolling verification: every stored object re-hashed in turn, a slice at a time.

A full ``verify`` of 10 TB reads 10 TB.  Instead, the job worker runs a slice every
``VERIFY_EVERY_MINUTES`` (``rightsledger.jobs.schedule``): the case whose evidence was least
recently verified, and in it the objects least recently verified, re-hashed (both digests,
in ``VERIFY_THREADS`` threads) until ``VERIFY_SLICE_BYTES`` are read or
``VERIFY_SLICE_SECONDS`` have passed — of those last verified more than half of
``VERIFY_CYCLE_DAYS`` ago (``due_before``).  Each object found intact gets ``verified_at``; an
object that is missing or altered does not, so the next slice reads it again, and the slice's
job fails naming it — on that case's jobs page, and in the worker's log at ERROR.  Over a
cycle every object is read once; ``coverage()`` says how far behind the oldest is.

Objects are shared between cases (identical bytes are stored once): one found intact
through one case counts for all.  A slice writes no custody entries: re-reading is the
store's upkeep, not a handling of the item (``verify --record-custody`` records one).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Count, F, Min, Q, Sum
from django.utils import timezone

from rightsledger.cases.models import Case
from rightsledger.evidence.models import EvidenceItem, StoredObject
from rightsledger.evidence.store import Digest, ObjectStore, StoreError, get_store
from rightsledger.evidence.verify import Problem, _compare
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import job_kind, submit

logger = logging.getLogger("rightsledger.evidence")

KIND = "verify-slice"
BATCH = 500  # objects read from the database at a time


@dataclass(frozen=True)
class Budget:
    max_bytes: int
    max_seconds: float
    threads: int

    @classmethod
    def from_settings(cls, **overrides: Any) -> Budget:
        values = {
            "max_bytes": settings.VERIFY_SLICE_BYTES,
            "max_seconds": settings.VERIFY_SLICE_SECONDS,
            "threads": settings.VERIFY_THREADS or os.cpu_count() or 1,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(int(values["max_bytes"]), float(values["max_seconds"]), int(values["threads"]))


@dataclass
class SliceReport:
    case: str
    objects: int = 0
    bytes: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def rate(self) -> float:
        """Bytes re-hashed per second over the slice (all threads)."""
        return self.bytes / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        text = (f"case {self.case}: {self.objects} objects, {self.bytes / 2**20:,.1f} MiB "
                f"re-hashed in {self.seconds:,.1f} s ({self.rate / 2**20:,.1f} MiB/s)")  # fmt: skip
        if self.problems:
            text += f"; {len(self.problems)} FAILED: " + "; ".join(map(str, self.problems))
        return text

    def as_dict(self) -> dict[str, Any]:
        return {"case": self.case, "objects": self.objects, "bytes": self.bytes,
                "seconds": round(self.seconds, 3), "problems": [str(p) for p in self.problems],
                "summary": self.summary()}  # fmt: skip


def objects_of(case: Case) -> Any:
    return StoredObject.objects.filter(
        sha256__in=EvidenceItem.objects.filter(case=case).values("stored_object_id")
    )


def due_before(now: dt.datetime | None = None) -> dt.datetime:
    """Objects last verified before this are due: half a cycle ago.

    A small store is then read about twice per cycle, not every hour; a large one as fast
    as the slices allow, oldest first.
    """
    return (now or timezone.now()) - dt.timedelta(days=int(settings.VERIFY_CYCLE_DAYS)) / 2


def _due(objects: Any, field: str, before: dt.datetime | None) -> Any:
    if before is None:
        return objects
    return objects.filter(Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__lt": before}))


def case_due(before: dt.datetime | None = None) -> Case | None:
    """The case whose least recently verified object was verified longest ago (and, with
    ``before``, before that)."""
    items = _due(EvidenceItem.objects, "stored_object__verified_at", before)
    oldest = (
        items.values("case_id")
        .annotate(oldest=Min("stored_object__verified_at"))
        .order_by(F("oldest").asc(nulls_first=True), "case_id")
        .first()
    )
    return Case.objects.filter(pk=oldest["case_id"]).first() if oldest else None


def _due_objects(case: Case, before: dt.datetime | None) -> Iterator[tuple[str, str, int]]:
    """The case's objects, least recently verified first, read a batch at a time."""
    ordered = _due(objects_of(case), "verified_at", before).order_by(
        F("verified_at").asc(nulls_first=True), "sha256"
    )
    seen = 0
    while True:
        batch = list(ordered.values_list("sha256", "sha512", "size")[seen : seen + BATCH])
        yield from batch
        if len(batch) < BATCH:
            return
        seen += BATCH


def verify_slice(
    case: Case,
    *,
    budget: Budget,
    store: ObjectStore | None = None,
    progress: Callable[[int, str], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
    before: dt.datetime | None = None,
) -> SliceReport:
    """Re-hash the case's least recently verified objects within ``budget`` (with ``before``,
    only those last verified before then).

    At least one object is read, however large: a budget smaller than the largest object
    would otherwise never reach it.  An object read again meanwhile (it may belong to
    another case too) is simply read again.
    """
    store = store or get_store()
    report = SliceReport(case=case.slug)
    started = clock()
    total = objects_of(case).aggregate(n=Sum("size"))["n"] or 0
    wanted = min(budget.max_bytes, total) or 1

    def check(row: tuple[str, str, int]) -> tuple[str, int, Problem | None]:
        sha256, sha512, size = row
        try:
            found = store.rehash(sha256)
        except (StoreError, OSError) as exc:
            return sha256, size, Problem("file", sha256, f"cannot be read ({exc})")
        return sha256, size, _compare(sha256, Digest(sha256, sha512, size), found)

    intact: list[str] = []

    def record(outcome: tuple[str, int, Problem | None]) -> None:
        sha256, size, problem = outcome
        report.objects += 1
        report.bytes += size
        if problem is None:
            intact.append(sha256)
        else:
            report.problems.append(problem)
        if len(intact) >= BATCH:
            _mark_verified(intact)
        if progress is not None:
            progress(min(99, 100 * report.bytes // wanted), f"{report.objects} objects, "
                     f"{report.bytes / 2**20:,.0f} MiB re-hashed")  # fmt: skip

    # Objects are handed out as threads free up, so the budget is checked before each one.
    with ThreadPoolExecutor(max_workers=budget.threads, thread_name_prefix="verify") as pool:
        running: list[Future[tuple[str, int, Problem | None]]] = []
        handed = 0
        for row in _due_objects(case, before):
            if handed and (handed >= budget.max_bytes or clock() - started >= budget.max_seconds):
                break
            while len(running) >= budget.threads:
                record(running.pop(0).result())
            running.append(pool.submit(check, row))
            handed += row[2]
        for future in running:
            record(future.result())
    _mark_verified(intact)
    report.seconds = clock() - started
    for problem in report.problems:
        logger.error("rolling verification, case %s: %s", case.slug, problem)
    return report


def _mark_verified(intact: list[str]) -> None:
    if intact:
        StoredObject.objects.filter(sha256__in=intact).update(verified_at=timezone.now())
        intact.clear()


@dataclass(frozen=True)
class Coverage:
    objects: int
    bytes: int
    oldest: dt.datetime | None  # the least recently verified object's last verification
    stale_objects: int  # not verified within the cycle
    stale_bytes: int
    cycle: dt.timedelta

    def summary(self) -> str:
        oldest = f"{self.oldest:%Y-%m-%d %H:%M} UTC" if self.oldest else "never"
        return (f"{self.objects:,} objects ({self.bytes / 2**30:,.2f} GiB); least recently "
                f"verified: {oldest}; not verified within {self.cycle.days} days: "
                f"{self.stale_objects:,} objects ({self.stale_bytes / 2**30:,.2f} GiB)")  # fmt: skip


def coverage(now: dt.datetime | None = None) -> Coverage:
    """How far the rolling verification is behind, over every stored object."""
    cycle = dt.timedelta(days=int(settings.VERIFY_CYCLE_DAYS))
    cutoff = (now or timezone.now()) - cycle
    everything = StoredObject.objects.aggregate(
        n=Count("sha256"), b=Sum("size"), oldest=Min("verified_at")
    )
    stale = StoredObject.objects.filter(verified_at__lt=cutoff) | StoredObject.objects.filter(
        verified_at__isnull=True
    )
    stale_sums = stale.aggregate(n=Count("sha256"), b=Sum("size"))
    return Coverage(
        objects=everything["n"] or 0, bytes=everything["b"] or 0, oldest=everything["oldest"],
        stale_objects=stale_sums["n"] or 0, stale_bytes=stale_sums["b"] or 0, cycle=cycle,
    )  # fmt: skip


class VerificationFailed(Exception):
    """A slice found objects missing or altered (its job fails, naming them)."""


@job_kind(KIND, permission="manage")
def verify_slice_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    budget = Budget.from_settings(**{k: job.parameters.get(k) for k in ("max_bytes",
                                     "max_seconds", "threads")})  # fmt: skip
    # The schedule's slices read only what is due; a slice asked for by hand reads the
    # least recently verified whatever their age.
    before = due_before() if job.parameters.get("due_only") else None
    outcome = verify_slice(job.case, budget=budget, progress=report, before=before)
    if not outcome.ok:
        raise VerificationFailed(outcome.summary())
    return outcome.as_dict()


def start_scheduled_slice() -> Job | None:
    """Queue the next slice (the worker's schedule calls this), unless one is on its way."""
    if Job.objects.filter(kind=KIND, status__in=[Job.Status.QUEUED, Job.Status.RUNNING]).exists():
        return None
    case = case_due(due_before())
    if case is None:
        return None
    return submit(case=case, kind=KIND, parameters={"due_only": True}, acting_user=None)
