"""The capture history of a case: which lists name each person (input to MSE).

The population is a figure's persons (``records.figures``), so an estimate of "killed" is
of exactly the persons the killed figure counts; a person is captured by a list when one of
the list's rows belongs to them.  Persons entered by hand and named in no list are left
out: documenters' entries are not a list with a capture process of its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from rightsledger.analysis.estimation import EstimationInputError
from rightsledger.cases.models import Case
from rightsledger.records import ages
from rightsledger.records import figures as f
from rightsledger.records import models as rm
from rightsledger.registry.models import SourceRecord

if TYPE_CHECKING:
    from rightsledger.analysis.estimation import CaptureHistory

STRATA = ("sex", "age_group", "event_place", "place_of_origin")
STATUS_FIGURE = {"missing": "still_missing"}


def case_capture_history(case: Case, *, stratify: str | None = None,
                         status: str | None = None) -> CaptureHistory:  # fmt: skip
    """One row per person named in a list, one 0/1 column per list (optionally a stratum).

    ``status`` keeps the persons of that status's figure ("killed": the killed figure).
    """
    import pandas as pd

    from rightsledger.analysis.estimation import CaptureHistory

    if stratify is not None and stratify not in STRATA:
        raise EstimationInputError(f"cannot stratify by {stratify!r}; choose one of {STRATA}")
    persons: Any = rm.Person.objects.filter(case=case)
    if status:
        key = STATUS_FIGURE.get(status, status)
        if key not in f.BY_KEY:
            raise EstimationInputError(f"no figure for the status {status!r}")
        persons = f.figure_persons(case, key)
    lists: dict[int, set[str]] = defaultdict(set)
    places: dict[int, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    rows = SourceRecord.objects.filter(case=case, documented=False, person__in=persons)
    for person, title, event_place, origin in rows.values_list(
        "person_id", "source__title", "event_place", "place_of_origin"
    ):
        lists[person].add(title)
        if event_place:
            places[person]["event_place"][event_place] += 1
        if origin:
            places[person]["place_of_origin"][origin] += 1
    if not lists:
        raise EstimationInputError("no persons named in a list to estimate from (import lists)")
    order = sorted(lists)
    names = sorted({name for p in order for name in lists[p]})
    frame = pd.DataFrame([[int(n in lists[p]) for n in names] for p in order], columns=names)
    if stratify:
        frame["stratum"] = _strata(case, order, stratify, places, status)
    return CaptureHistory.from_records(frame, lists=names,
                                       stratum_column="stratum" if stratify else None)  # fmt: skip


def _strata(case: Case, order: list[int], stratify: str,
            places: dict[int, dict[str, Counter[str]]], status: str | None) -> list[str]:  # fmt: skip
    if stratify == "sex":
        sexes = dict(rm.Person.objects.filter(pk__in=order).values_list("pk", "sex"))
        return [sexes.get(p) or "unknown" for p in order]
    if stratify == "age_group":
        return [_age_groups(case, order, status).get(p, "unknown") for p in order]
    return [
        places[p][stratify].most_common(1)[0][0] if places[p][stratify] else "unknown"
        for p in order
    ]


def _age_groups(case: Case, order: list[int], status: str | None) -> dict[int, str]:
    """Each person's age group by the figures' age rule (at their first status of ``status``)."""
    limits = ages.AgeLimits.of(case)
    statuses = rm.StatusRecord.objects.filter(case=case, person_id__in=order)
    if status:
        statuses = statuses.filter(status=status)
    groups: dict[int, str] = {}
    for person, age in (
        statuses.annotate(age=ages.status_age()).order_by("pk").values_list("person_id", "age")
    ):
        if person not in groups or groups[person] == "unknown":
            groups[person] = ages.age_group_of(age, limits)
    return groups
