"""The figures counted fast: the sets ``figures.figure_persons`` defines, counted by scans of
the status records instead of a test of every person.

``figure_persons`` is the definition (a queryset of persons, one EXISTS per person and
figure; the drill-downs list it).  Counted that way SQLite tests a million persons one by
one for every figure, and PostgreSQL joins the whole case once per figure, so the counts
here are equivalent formulations over the status records, whose ``(case, status, person)``
index holds what the single-status figures need:

* a single-status figure: the distinct persons of that status's records (one walk of the
  index, in person order);
* still missing: the persons of missing/captured records EXCEPT those of release, death or
  identification records (two index scans);
* the "of whom" figures of the killed: one pass over the killed records grouped by person,
  each person's sex and whether any of their killed records gives an age in a group;
* conflicts and the figures of a smaller population (an event's persons, the persons with a
  pair awaiting review): the same queries restricted to those persons.

Every status record belongs to its person's case (the write path checks it), so the status
records of a case stand for the persons of the case.  ``tests/records/test_figures_agree.py``
holds every count here equal to ``figure_persons(...).count()`` on a varied case, on SQLite
and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Case as Case_
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)

from rightsledger.cases.models import Case
from rightsledger.records import ages
from rightsledger.records import figures as f
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v

KILLED_PARTS = ("killed_women", "killed_men", "killed_children", "killed_elderly")
# Persons a figure may count: a one-column queryset of their ids or a short list of them
# (None: the whole case).
Among = QuerySet[Any] | list[int] | None


def among_persons(persons: QuerySet[rm.Person] | None) -> Among:
    """A population of persons as the one-column subquery the counts restrict to."""
    return None if persons is None else persons.order_by().values("pk")


def status_rows(case: Case, statuses: tuple[str, ...] | list[str], among: Among = None,
                ) -> QuerySet[rm.StatusRecord]:  # fmt: skip
    rows = rm.StatusRecord.objects.filter(case=case, status__in=list(statuses)).order_by()
    return rows if among is None else rows.filter(person_id__in=among)


def persons_in(rows: QuerySet[rm.StatusRecord]) -> int:
    """How many distinct persons ``rows`` give."""
    return rows.values("person_id").distinct().count()


def persons_by_status(case: Case, among: Among = None) -> dict[str, int]:
    """Persons with a record of each victim status.

    For the whole case, one DISTINCT per status walks the (case, status, person) index in
    order: far cheaper at a million rows than COUNT(DISTINCT …) GROUP BY status, which sorts
    them all.  Within a population (an event, the persons awaiting review) one grouped
    query reads the population once instead of once per status.
    """
    if among is None:
        return {status: persons_in(status_rows(case, [status])) for status in v.VictimStatus.values}
    found = dict.fromkeys(v.VictimStatus.values, 0)
    for row in (
        status_rows(case, v.VictimStatus.values, among)
        .values("status")
        .annotate(n=Count("person_id", distinct=True))
    ):
        found[row["status"]] = row["n"]
    return found


def still_missing(case: Case, among: Among = None) -> int:
    missing = status_rows(case, f.STILL_MISSING_IF, among).values("person_id")
    settled = status_rows(case, f.NO_LONGER_MISSING_IF, among).values("person_id")
    return missing.difference(settled).count()


def _flag(condition: Q) -> Max:
    return Max(Case_(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField()))


def killed_parts(case: Case, among: Among = None) -> dict[str, int]:
    """Of the killed: women, men, children, elderly (``figures`` rules), in one query.

    The killed records are grouped by person (in the index's order): a person is a woman or
    a man by their own sex, a child or elderly if any of their killed records gives an age
    in the group.
    """
    limits = ages.AgeLimits.of(case)
    per_person = (
        status_rows(case, [v.VictimStatus.KILLED], among)
        .annotate(age=ages.status_age())
        .values("person_id")
        .annotate(
            woman=_flag(Q(person__sex=v.Sex.FEMALE)),
            man=_flag(Q(person__sex=v.Sex.MALE)),
            child=_flag(ages.age_group_q("child", limits)),
            elderly=_flag(ages.age_group_q("elderly", limits)),
        )
    )
    found = per_person.aggregate(
        killed_women=Sum("woman"), killed_men=Sum("man"), killed_children=Sum("child"),
        killed_elderly=Sum("elderly"),
    )  # fmt: skip
    return {key: int(found[key] or 0) for key in KILLED_PARTS}


def counts(case: Case, among: Among = None, *, by_status: dict[str, int] | None = None,
           missing: bool = True) -> dict[str, int]:  # fmt: skip
    """Every figure but the families, for the case or the persons ``among`` (without still
    missing, counted 0, when ``missing`` is false)."""
    by_status = by_status if by_status is not None else persons_by_status(case, among)
    found = killed_parts(case, among)
    found["still_missing"] = still_missing(case, among) if missing else 0
    return {
        figure.key: found[figure.key] if figure.key in found else by_status[figure.status]
        for figure in f.FIGURES
        if figure.key != "families_with_no_survivor"
    }


# Persons counted by their ids, this many to a query (SQLite binds at most 32,766 values).
IDS_PER_QUERY = 10_000


def counts_of_persons(case: Case, ids: list[int], *, missing: bool = True) -> dict[str, int]:
    """``counts`` for the persons of ``ids``: a small population (the persons with a pair
    awaiting review, the persons in conflict) read once and counted by id, instead of
    evaluating the query that finds them inside every count.  A person's figures depend on
    that person's records alone, so the counts of disjoint parts add up."""
    total = dict.fromkeys((k for k in f.FIGURE_KEYS if k != "families_with_no_survivor"), 0)
    ids = sorted(set(ids))
    for start in range(0, len(ids), IDS_PER_QUERY):
        for key, n in counts(case, ids[start : start + IDS_PER_QUERY], missing=missing).items():
            total[key] += n
    return total


def conflicting_persons(case: Case, among: Among = None) -> QuerySet[Any]:
    """Persons counted dead whom some source gives only as a survivor (``figures.conflicts``),
    as a subquery: a survivor-only record with no death given by the same source in the
    same row, of a person with a death record."""
    same_row_death = rm.StatusRecord.objects.filter(
        person_id=OuterRef("person_id"), status__in=f.DEATH, source_id=OuterRef("source_id"),
        source_record_id=OuterRef("source_record_id"),
    )  # fmt: skip
    return (
        status_rows(case, f.SURVIVAL_ONLY, among)
        .filter(person_id__in=status_rows(case, f.DEATH, among).values("person_id"))
        .exclude(Exists(same_row_death))
        .values("person_id")
    )


def conflict_counts(case: Case, among: Among = None) -> dict[str, int]:
    """``figures.conflicts(...).count()`` of every figure, by key (0 where none can be)."""
    ids = list(conflicting_persons(case, among).values_list("person_id", flat=True).distinct())
    found = counts_of_persons(case, ids, missing=False)  # no one dead is still missing
    result = dict.fromkeys(f.FIGURE_KEYS, 0)
    for figure in f.FIGURES:
        if figure.status in f.DEATH:
            result[figure.key] = found[figure.key]
    return result
