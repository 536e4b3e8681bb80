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
from django.db import transaction

from rightsledger.analysis.linkage import Decision, DecisionKind, LinkageConfig, link
from rightsledger.analysis.names import Script, detect_script
from rightsledger.cases.actions import record_bulk_action
from rightsledger.cases.models import Case
from rightsledger.records.models import Person, PersonName
from rightsledger.records.naming import search_key
from rightsledger.registry.models import (
    LinkageRun,
    LinkedPerson,
    MatchDecision,
    ReviewPair,
    SourceRecord,
)

RECORD_FIELDS = ["record_id", "full_name", "given_name", "surname", "patronymic", "sex",
                 "birth_date", "birth_year", "age", "place_of_origin", "event_date",
                 "event_place", "status", "family_id"]  # fmt: skip
SCRIPT_CODES = {
    Script.LATIN_AZERBAIJANI: "Latn",
    Script.LATIN: "Latn",
    Script.CYRILLIC: "Cyrl",
    Script.ARMENIAN: "Armn",
}
VERDICT_TO_KIND: dict[str, DecisionKind] = {
    MatchDecision.Verdict.MATCH: DecisionKind.MATCH,
    MatchDecision.Verdict.NON_MATCH: DecisionKind.NO_MATCH,
    MatchDecision.Verdict.UNSURE: DecisionKind.UNSURE,
}


class LinkageError(ValueError):
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


def records_frame(case: Case) -> pd.DataFrame:
    rows = (
        SourceRecord.objects.filter(case=case)
        .order_by("pk")
        .values("pk", "source_id", *RECORD_FIELDS)
    )
    frame = pd.DataFrame.from_records(list(rows), columns=["pk", "source_id", *RECORD_FIELDS])
    frame.insert(0, "record_key", frame["pk"].astype(str))
    frame.insert(1, "source", frame["source_id"].astype(str))
    for column in ("birth_year", "age"):
        frame[column] = frame[column].map(lambda v: "" if pd.isna(v) else str(int(v)))
    return frame.drop(columns=["pk", "source_id"]).fillna("")


def decisions_for(case: Case) -> list[Decision]:
    return [
        Decision(str(a), str(b), VERDICT_TO_KIND[verdict])
        for a, b, verdict in MatchDecision.objects.filter(case=case).values_list(
            "record_a_id", "record_b_id", "verdict"
        )
    ]


def run_linkage(*, case: Case, acting_user: Any, config: LinkageConfig | None = None,
                ) -> LinkageOutcome:  # fmt: skip
    frame = records_frame(case)
    if frame.empty:
        raise LinkageError("the case has no imported records to link")
    try:
        result = link(frame, config or LinkageConfig(), decisions_for(case))
    except ValueError as exc:
        raise LinkageError(str(exc)) from exc
    clusters = result.clusters
    members: dict[str, list[int]] = defaultdict(list)
    for record_key, person_key in zip(clusters["record_key"], clusters["person_key"], strict=True):
        members[str(person_key)].append(int(record_key))
    with transaction.atomic():
        run = LinkageRun.objects.create(
            case=case, started_by=acting_user if getattr(acting_user, "pk", None) else None,
            parameters={"fingerprint": result.fingerprint, "config": _json_safe(result.config)},
            records=result.records, persons=result.persons,
            auto_merged_pairs=len(result.merged_pairs), review_pairs=len(result.review_pairs),
        )  # fmt: skip
        LinkageRun.objects.filter(case=case).exclude(pk=run.pk).update(is_current=False)
        _assign_persons(case, run, list(members.values()))
        _store_review_pairs(case, run, result)
        record_bulk_action(
            case=case, acting_user=acting_user, object_type="registry.linkagerun",
            summary={"id": run.pk, "records": run.records, "persons": run.persons,
                     "auto_merged_pairs": run.auto_merged_pairs,
                     "review_pairs": run.review_pairs, "fingerprint": result.fingerprint},
            message=f"linkage run {run.pk}: {result.records} records into {result.persons} persons",
        )  # fmt: skip
    return LinkageOutcome(run, result.records, result.persons, run.auto_merged_pairs,
                          run.review_pairs)  # fmt: skip


def _json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value if isinstance(value, str | int | float | bool | type(None)) else str(value)


def _assign_persons(case: Case, run: LinkageRun, groups: list[list[int]]) -> None:
    """Point every record at its person, keeping a person's id while its records stay together."""
    # One read of the case's records: their current persons, and the rows to update.
    records = {r.pk: r for r in SourceRecord.objects.filter(case=case)}
    current = {pk: r.person_id for pk, r in records.items()}
    claimed: set[int] = set()
    assignment: dict[int, int | None] = {}
    # Larger groups choose first, so a person keeps its id with the bulk of its records.
    for group in sorted(groups, key=len, reverse=True):
        votes = Counter(current[r] for r in group if current.get(r) is not None)
        reuse = next((p for p, _ in votes.most_common() if p not in claimed), None)
        if reuse is not None:
            claimed.add(reuse)
        for record_pk in group:
            assignment[record_pk] = reuse
    new_groups = [g for g in groups if assignment[g[0]] is None]
    new_persons = [_person_from(case, [records[r] for r in g]) for g in new_groups]
    Person.objects.bulk_create(new_persons, batch_size=5000)
    LinkedPerson.objects.bulk_create(
        [LinkedPerson(case=case, person=p, created_by_run=run) for p in new_persons],
        batch_size=5000,
    )
    for group, person in zip(new_groups, new_persons, strict=True):
        for record_pk in group:
            assignment[record_pk] = person.pk
    changed = [records[r] for r, p in assignment.items() if records[r].person_id != p]
    for record in changed:
        record.person_id = assignment[record.pk]
    SourceRecord.objects.bulk_update(changed, ["person"], batch_size=5000)
    # Every record now has a person (new groups were just given one).
    _add_missing_names(case, groups, records, {r: p for r, p in assignment.items() if p})
    # Persons the linkage made that no record points to any more are retired.
    orphans = LinkedPerson.objects.filter(case=case).exclude(
        person_id__in=SourceRecord.objects.filter(case=case, person__isnull=False).values(
            "person_id"
        )
    )
    Person.objects.filter(pk__in=orphans.values("person_id"), involvements__isnull=True).delete()


def _person_from(case: Case, records: list[SourceRecord]) -> Person:
    sexes = Counter(r.sex for r in records if r.sex in {"male", "female"})
    years = Counter(r.birth_year for r in records if r.birth_year)
    return Person(
        case=case,
        display_name=next((r.display_name for r in records if r.display_name), "")[:300],
        sex=sexes.most_common(1)[0][0] if sexes else "unknown",
        birth_year=years.most_common(1)[0][0] if years else None,
    )


def _add_missing_names(case: Case, groups: list[list[int]], records: dict[int, SourceRecord],
                       assignment: dict[int, int]) -> None:  # fmt: skip
    existing = set(PersonName.objects.filter(case=case, person__linkage__isnull=False)
                   .values_list("person_id", "value"))  # fmt: skip
    names = []
    for group in groups:
        person_id = assignment[group[0]]
        for record in (records[r] for r in group):
            value = record.display_name[:300]
            if value and (person_id, value) not in existing:
                existing.add((person_id, value))
                names.append(PersonName(case=case, person_id=person_id, kind="full", value=value,
                                        script=_script_code(value), search_key=search_key(value)))  # fmt: skip
    PersonName.objects.bulk_create(names, batch_size=5000)


def _script_code(value: str) -> str:
    """ISO 15924 code of the name's script, as PersonName records it."""
    return SCRIPT_CODES.get(detect_script(value), "")


def _store_review_pairs(case: Case, run: LinkageRun, result: Any) -> None:
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
    ReviewPair.objects.bulk_create(pairs, batch_size=5000)
