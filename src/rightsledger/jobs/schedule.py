"""Jobs that the worker starts by itself at intervals (the rolling verification of evidence).

An app declares a schedule in its ``AppConfig.ready()``: a name, how many seconds apart
(read from settings each time; 0 turns it off) and the dotted path of a function that queues
the job — imported only when a run is due.  Each supervising worker calls ``run_due()`` with
its housekeeping; of several workers, on one host or many, exactly one starts each run (a
conditional update of the schedule's ``ScheduledRun`` row).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError
from django.utils import timezone
from django.utils.module_loading import import_string

from rightsledger.jobs.models import ScheduledRun

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Schedule:
    name: str
    every_seconds: Callable[[], float]
    start: str  # dotted path of a function that queues the job (and returns it, or None)


_SCHEDULES: dict[str, Schedule] = {}


def declare_schedule(name: str, *, every_seconds: Callable[[], float], start: str) -> None:
    _SCHEDULES[name] = Schedule(name, every_seconds, start)


def claim(name: str, every: float, now: dt.datetime) -> bool:
    """Whether this caller starts the run of ``name`` due now (then the next is ``every`` on)."""
    with suppress(IntegrityError):  # made by another worker at the same moment
        ScheduledRun.objects.get_or_create(name=name, defaults={"next_at": now})
    later = now + dt.timedelta(seconds=every)
    return bool(ScheduledRun.objects.filter(name=name, next_at__lte=now).update(next_at=later))


def run_due(now: dt.datetime | None = None) -> list[tuple[str, Any]]:
    """Start every schedule that is due; (name, what its start function returned) of each."""
    now = now or timezone.now()
    started = []
    for schedule in list(_SCHEDULES.values()):
        every = schedule.every_seconds()
        if every <= 0 or not claim(schedule.name, every, now):
            continue
        try:
            started.append((schedule.name, import_string(schedule.start)()))
        except Exception:  # one schedule's failure must not stop the worker's housekeeping
            logger.exception("scheduled %s could not be started", schedule.name)
    return started
