"""Run record linkage on a case's records and store the result as persons.

The analysis core (``rightsledger.analysis.linkage``) decides which records are one person;
this module feeds it the records and the binding human decisions, then writes the outcome:
persons (reused where their records stay together, created otherwise), review pairs with
their evidence, and one history entry describing the run — all in one transaction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

import pandas as pd
from django.conf import settings
from django.db import transaction

from rightsledger.analysis.linkage import Decision, DecisionKind, LinkageConfig, link
from rightsledger.cases.actions import record_bulk_changes
from rightsledger.cases.bulk_writes import insert_rows, row_maker
from rightsledger.cases.models import Case
from rightsledger.cases.state import RowState
from rightsledger.errors import InputError
from rightsledger.records import models as rm
from rightsledger.registry.derive import person_fields
from rightsledger.registry.models import (
    LinkageRun,
    LinkedPerson,
    MatchDecision,
    ReviewPair,
    SourceRecord,
)
from rightsledger.registry.persons import (
    Changes,
    move_records,
    refresh_documented_records,
    refresh_list_persons,
    retire_orphans,
)

RECORD_FIELDS = ["record_id", "full_name", "given_name", "surname", "patronymic", "sex",
                 "birth_date", "birth_year", "age", "place_of_origin", "event_date",
                 "event_place", "status", "family_id"]  # fmt: skip
VERDICT_TO_KIND: dict[str, DecisionKind] = {
    MatchDecision.Verdict.MATCH: DecisionKind.MATCH,
    MatchDecision.Verdict.NON_MATCH: DecisionKind.NO_MATCH,
    MatchDecision.Verdict.UNSURE: DecisionKind.UNSURE,
}


class LinkageError(InputError):
    """The case's records cannot be linked as they are (too few, conflicting decisions)."""


@dataclass(frozen=True)
class LinkageOutcome:
    run: LinkageRun
    records: int
    persons: int
    auto_merged_pairs: int
    review_pairs: int

    def summary(self) -> str:
        return (
            f"records {self.records:,}; persons {self.persons:,}; auto-merged pairs "
            f"{self.auto_merged_pairs:,}; pairs awaiting review {self.review_pairs:,}"
        )


DOCUMENTED_SOURCE = "documented"


def records_frame(case: Case) -> pd.DataFrame:
    """The linkage input: every list row, and the documented record of each hand-entered
    person (under the pseudo-source ``documented``)."""
    rows = (
        SourceRecord.objects.filter(case=case)
        .order_by("pk")
        .values("pk", "source_id", *RECORD_FIELDS)
    )
    frame = pd.DataFrame.from_records(list(rows), columns=["pk", "source_id", *RECORD_FIELDS])
    frame.insert(0, "record_key", frame["pk"].astype(str))
    frame.insert(
        1,
        "source",
        frame["source_id"].map(lambda s: DOCUMENTED_SOURCE if pd.isna(s) else str(int(s))),
    )
    for column in ("birth_year", "age"):
        frame[column] = frame[column].map(lambda v: "" if pd.isna(v) else str(int(v)))
    return frame.drop(columns=["pk", "source_id"]).fillna("")


def linkage_config(*, backend: str | None = None, spark_master: str | None = None,
                   ) -> LinkageConfig:  # fmt: skip
    """The configuration of a run: the installation's backend and Spark master
    (``RIGHTSLEDGER_LINKAGE_BACKEND``, ``RIGHTSLEDGER_SPARK_MASTER``) unless given.

    The model and its settings are the same on every backend; which engine linked is
    recorded with the run and matters to nothing downstream.
    """
    try:
        return LinkageConfig(
            backend=backend or settings.LINKAGE_BACKEND,  # type: ignore[arg-type]
            spark_master=spark_master or settings.SPARK_MASTER,
            spark_driver_memory=settings.SPARK_DRIVER_MEMORY,
        )
    except ValueError as exc:
        raise LinkageError(f"linkage settings: {exc}") from exc


def decisions_for(case: Case) -> list[Decision]:
    return [
        Decision(str(a), str(b), VERDICT_TO_KIND[verdict])
        for a, b, verdict in MatchDecision.objects.filter(case=case).values_list(
            "record_a_id", "record_b_id", "verdict"
        )
    ]


def run_linkage(*, case: Case, acting_user: Any, config: LinkageConfig | None = None,
                ) -> LinkageOutcome:  # fmt: skip
    """Link the case's list rows and hand-entered persons into persons of the record.

    Everything is written in one transaction with its history: the documented records of
    hand-entered persons brought up to date, rows (and the names, involvements and statuses
    derived from them) moved to their persons, list-made persons' fields recomputed, persons
    left without rows retired, and the pairs for review.
    """
    with transaction.atomic():
        changes = refresh_documented_records(case)
        frame = records_frame(case)
        if frame.empty:
            raise LinkageError("the case has no imported records to link")
        try:
            result = link(frame, config or linkage_config(), decisions_for(case))
        except ValueError as exc:
            raise LinkageError(str(exc)) from exc
        clusters = result.clusters
        members: dict[str, list[int]] = defaultdict(list)
        for record_key, person_key in zip(
            clusters["record_key"], clusters["person_key"], strict=True
        ):
            members[str(person_key)].append(int(record_key))
        run = LinkageRun.objects.create(
            case=case, started_by=acting_user if getattr(acting_user, "pk", None) else None,
            parameters={"fingerprint": result.fingerprint, "config": _json_safe(result.config)},
            records=result.records, persons=result.persons,
            auto_merged_pairs=len(result.merged_pairs), review_pairs=len(result.review_pairs),
        )  # fmt: skip
        earlier = list(LinkageRun.objects.filter(case=case, is_current=True).exclude(pk=run.pk))
        LinkageRun.objects.filter(pk__in=[r.pk for r in earlier]).update(is_current=False)
        for earlier_run in earlier:
            earlier_run.is_current = False
        changes.created.append(run)
        changes.updated += earlier
        changes.add(_assign_persons(case, list(members.values())))
        changes.created += _store_review_pairs(case, run, result)
        persons = rm.Person.objects.filter(case=case).count()
        record_bulk_changes(
            case=case, acting_user=acting_user,
            summary={"id": run.pk, "records": run.records, "persons": persons,
                     "auto_merged_pairs": run.auto_merged_pairs,
                     "review_pairs": run.review_pairs, "fingerprint": result.fingerprint},
            message=f"linkage run {run.pk}: {result.records} records into {result.persons} persons",
            created=changes.created, updated=_unique(changes.updated), deleted=changes.deleted,
        )  # fmt: skip
    return LinkageOutcome(run, result.records, result.persons, run.auto_merged_pairs,
                          run.review_pairs)  # fmt: skip


def regroup(*, case: Case, groups: list[list[int]], acting_user: Any, message: str) -> None:
    """Group the case's records (by pk) into persons as given, through the linkage's write
    path: what a run does with its clusters, for a grouping decided elsewhere."""
    with transaction.atomic():
        changes = _assign_persons(case, groups)
        record_bulk_changes(
            case=case, acting_user=acting_user, summary={"groups": len(groups)}, message=message,
            created=changes.created, updated=_unique(changes.updated), deleted=changes.deleted,
        )  # fmt: skip


def _unique(rows: list[Any]) -> list[Any]:
    """Each row once (the last object standing for it holds its final state)."""
    seen: dict[tuple[str, Any], Any] = {}
    for row in rows:
        label = row.label if isinstance(row, RowState) else row._meta.label_lower
        seen[(label, row.pk)] = row
    return list(seen.values())


def _json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value if isinstance(value, str | int | float | bool | type(None)) else str(value)


def _assign_persons(case: Case, groups: list[list[int]]) -> Changes:
    """Point every record at its person, keeping a person's id while its records stay together.

    A documented record pins its group to its (hand-entered) person; two hand-entered
    persons are never merged by linkage (only by a person's decision), so each keeps its own
    documented record.  Otherwise a group keeps the list-made person most of its records
    had, or gets a new one.
    """
    changes = Changes()
    records = {r.pk: r for r in SourceRecord.objects.filter(case=case)}
    made = set(LinkedPerson.objects.filter(case=case).values_list("person_id", flat=True))
    claimed: set[int] = set()
    target: dict[int, int | None] = {}
    # Larger groups choose first, so a person keeps its id with the bulk of its records.
    ordered = sorted(groups, key=len, reverse=True)
    for group in ordered:
        pinned = sorted(records[r].person_id for r in group if records[r].documented)  # type: ignore[type-var]
        if pinned:
            reuse: int | None = pinned[0]
        else:
            votes = Counter(records[r].person_id for r in group if records[r].person_id in made)
            reuse = next((p for p, _ in votes.most_common() if p not in claimed), None)
        if reuse is not None:
            claimed.add(reuse)
        for record_pk in group:
            if not records[record_pk].documented:
                target[record_pk] = reuse
    new_groups = [g for g in ordered if any(r in target and target[r] is None for r in g)]
    new_person, new_marker = row_maker(rm.Person), row_maker(LinkedPerson)
    new_persons = [
        new_person(case_id=case.pk,
                   **person_fields(records[r] for r in g if not records[r].documented))
        for g in new_groups
    ]  # fmt: skip
    insert_rows(rm.Person, new_persons)
    markers = [new_marker(case_id=case.pk, person_id=p.pk) for p in new_persons]
    insert_rows(LinkedPerson, markers)
    changes.created += [*new_persons, *markers]
    for group, person in zip(new_groups, new_persons, strict=True):
        for record_pk in group:
            if record_pk in target:
                target[record_pk] = person.pk
    before = {pk: r.person_id for pk, r in records.items()}
    moves = {pk: p for pk, p in target.items() if p is not None and before[pk] != p}
    changes.add(move_records(case, moves, records))
    touched = set(moves.values()) | {p for pk in moves if (p := before[pk]) is not None}
    changes.add(refresh_list_persons(case, touched - {p.pk for p in new_persons}, records))
    changes.add(retire_orphans(case))
    return changes


def _store_review_pairs(case: Case, run: LinkageRun, result: Any) -> list[ReviewPair]:
    evidence: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in result.evidence.itertuples(index=False):
        evidence[(str(row.left), str(row.right))].append(
            {
                "comparison": str(row.comparison),
                "level": str(row.level),
                "match_weight": round(float(row.match_weight), 3),
            }
        )
    pairs = []
    for row in result.review_pairs.itertuples(index=False):
        a, b = sorted((int(row.left), int(row.right)))
        items = evidence.get((str(row.left), str(row.right))) or evidence.get(
            (str(row.right), str(row.left)), []
        )
        pairs.append(ReviewPair(
            case=case, run=run, record_a_id=a, record_b_id=b,
            match_probability=float(row.match_probability),
            match_weight=float(row.match_weight),
            evidence=sorted(items, key=lambda e: -abs(e["match_weight"])),
        ))  # fmt: skip
    insert_rows(ReviewPair, pairs)
    return pairs
