"""The capture history of a case: which lists name each linked person (input to MSE)."""

from __future__ import annotations

from collections import defaultdict
from statistics import median

import pandas as pd

from rightsledger.analysis.estimation import CaptureHistory, EstimationInputError
from rightsledger.cases.models import Case
from rightsledger.registry.models import SourceRecord
from rightsledger.registry.stats import age_at_event

STRATA = ("sex", "age_group", "event_place", "place_of_origin")


def age_group(age: float | None) -> str:
    if age is None:
        return "unknown age"
    if age < 18:
        return "under 18"
    return "60 and over" if age >= 60 else "18 to 59"


def case_capture_history(case: Case, *, stratify: str | None = None,
                         status: str | None = None) -> CaptureHistory:  # fmt: skip
    """One row per linked person, one 0/1 column per source list (optionally one stratum).

    ``status`` keeps only persons some record gives that status (e.g. "killed"), so the
    estimate is of that population.
    """
    if stratify is not None and stratify not in STRATA:
        raise EstimationInputError(f"cannot stratify by {stratify!r}; choose one of {STRATA}")
    lists: dict[int, set[str]] = defaultdict(set)
    facts: dict[int, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    statuses: dict[int, set[str]] = defaultdict(set)
    for record in SourceRecord.objects.filter(case=case, person__isnull=False).values(
        "person_id", "source__title", "status", "sex", "age", "birth_year", "event_date",
        "event_place", "place_of_origin",
    ):  # fmt: skip
        person = record["person_id"]
        lists[person].add(record["source__title"])
        statuses[person].add(record["status"])
        for name in ("sex", "event_place", "place_of_origin"):
            if record[name]:
                facts[person][name].append(record[name])
        age = age_at_event(record)
        if age is not None:
            facts[person]["age"].append(age)
    persons = [p for p in lists if status is None or status in statuses[p]]
    if not persons:
        raise EstimationInputError("no linked persons to estimate from (import lists and link)")
    names = sorted({name for p in persons for name in lists[p]})
    frame = pd.DataFrame([[int(n in lists[p]) for n in names] for p in persons], columns=names)
    if stratify:
        frame["stratum"] = [_stratum(facts[p], stratify) for p in persons]
    return CaptureHistory.from_records(frame, lists=names,
                                       stratum_column="stratum" if stratify else None)  # fmt: skip


def _stratum(facts: dict[str, list[object]], field: str) -> str:
    if field == "age_group":
        ages = [float(a) for a in facts.get("age", [])]  # type: ignore[arg-type]
        return age_group(median(ages) if ages else None)
    values = facts.get(field, [])
    return str(max(set(values), key=values.count)) if values else "unknown"
