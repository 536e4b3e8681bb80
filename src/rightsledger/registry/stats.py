"""Documented, claimed and estimated, side by side: the read model behind every figure view.

The documented figures come from ``rightsledger.records.figures`` (the one definition); this
module adds what only the registry knows — which figures rest on pairs still awaiting
review, the latest estimate of the undocumented total — and the claims sources made, and
says how they differ in plain words.  The figures page, the Registry tab, ``stats`` and the
API all read ``case_figures``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Value
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from rightsledger.cases.models import Case
from rightsledger.records import ages
from rightsledger.records import figure_counts as fc
from rightsledger.records import figures as f
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.queries import event_and_descendants, nested, persons_of_event
from rightsledger.registry import tallies
from rightsledger.registry.models import (
    LinkageRun,
    ListImport,
    SourceLabels,
    SourceRecord,
    StoredEstimate,
    source_labels,
)

FIGURES = f.FIGURE_KEYS
# Figures an estimate of the undocumented total can be made for: persons with one status.
ESTIMABLE = ("killed", "injured", "captured", "found_dead", "displaced")


@dataclass(frozen=True)
class FigureRow:
    key: str
    label: str
    part_of: str
    documented: int
    by_source: dict[str, int]
    conflicts: int
    awaiting_review: int
    claims: list[dict[str, Any]]
    estimate: dict[str, Any] | None
    sources: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "label": self.label, "part_of": self.part_of or None,
            "documented": self.documented, "by_source": self.by_source,
            "conflicts": self.conflicts, "awaiting_review": self.awaiting_review,
            "claimed": self.claims, "estimate": self.estimate,
        }  # fmt: skip


@dataclass(frozen=True)
class ClaimedFigures:
    by_figure: dict[tuple[str, str], list[dict[str, Any]]]
    others: list[dict[str, Any]]  # wholes before their parts, each with its depth


@dataclass(frozen=True)
class CaseFigures:
    case: str
    event: int | None
    persons: int
    limits: ages.AgeLimits
    rows: list[FigureRow]
    lists_since_linkage: int = 0
    notes: list[str] = field(default_factory=list)
    # Claims about no figure of the table: other categories, free-label subgroups.
    other_claims: list[dict[str, Any]] = field(default_factory=list)

    @property
    def figures(self) -> dict[str, int]:
        return {row.key: row.documented for row in self.rows}

    def row(self, key: str) -> FigureRow:
        return next(r for r in self.rows if r.key == key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "case": self.case, "event": self.event, "persons": self.persons,
            "thresholds": {"child_below": self.limits.child_below,
                           "elderly_from": self.limits.elderly_from},
            "figures": self.figures, "rows": [r.to_dict() for r in self.rows],
            "lists_imported_since_last_linkage": self.lists_since_linkage,
            "differences": [differences(r) for r in self.rows if differences(r)],
            "other_claimed": self.other_claims,
        }  # fmt: skip

    def summary(self) -> str:
        lines = [f"{self.case}: {self.persons:,} persons"]
        if self.lists_since_linkage:
            lines.append(
                f"  ({self.lists_since_linkage} lists imported since the last linkage run)"
            )
        for row in self.rows:
            indent = "    " if row.part_of else "  "
            text = f"{indent}{row.label:28} {row.documented:>8,}"
            if row.awaiting_review:
                text += f"  (up to {row.awaiting_review} could change: pairs awaiting review)"
            if row.conflicts:
                text += f"  ({row.conflicts} given as survivors by another source)"
            lines.append(text)
            if sentence := differences(row):
                lines.append(f"{indent}  {sentence}")
        if self.other_claims:
            lines.append(_("Other figures claimed by sources:"))
        for claim in self.other_claims:
            indent = "  " * (claim["depth"] + 1)
            lines.append(f"{indent}{claim['figure']} — {claim['source']}")
        return "\n".join(lines)


def differences(row: FigureRow) -> str:
    """Documented, claimed and estimated of one figure, in plain words."""
    parts = []
    for claim in row.claims:
        figure = row.label if not claim.get("group") else f"{row.label} ({claim['group']})"
        parts.append(
            _("%(source)s claims %(count)s %(figure)s")
            % {"source": claim["source"], "count": claim["as_given"], "figure": figure}
        )
    if not parts and row.estimate is None:
        return ""
    parts.append(
        ngettext(
            "%(n)s documented by name in %(s)s source",
            "%(n)s documented by name in %(s)s sources",
            row.sources,
        )
        % {"n": f"{row.documented:,}", "s": row.sources}
    )
    if row.estimate is not None and row.estimate.get("estimate") is not None:
        parts.append(
            _("estimated total %(estimate)s (%(lower)s–%(upper)s)")
            % {key: f"{row.estimate[key]:,.0f}" if row.estimate.get(key) is not None else "?"
               for key in ("estimate", "lower", "upper")}
        )  # fmt: skip
    return "; ".join(parts) + "."


def _pending_persons(case: Case) -> QuerySet[Any]:
    """Persons with a record in a pair awaiting review, as a one-column subquery."""
    from rightsledger.registry.review import pending_pairs

    pairs = pending_pairs(case)
    return SourceRecord.objects.filter(
        Q(pk__in=pairs.values("record_a_id")) | Q(pk__in=pairs.values("record_b_id")),
        person__isnull=False,
    ).values("person_id")


def _titled(rows: QuerySet[rm.StatusRecord], by: str, counts: dict[str, Count],
            labels: SourceLabels) -> dict[str, dict[str, int]]:  # fmt: skip
    """Distinct persons of ``rows`` by the source giving them (named by ``labels``), for each
    of ``counts`` (a name → a distinct count), grouped first by the field ``by``:
    ``{(by value, count name): {source: persons}}`` flattened to ``{"value:name": …}``."""
    found: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows.values(by, "source_id").annotate(**counts):
        for name in counts:
            if row[name]:
                found[f"{row[by]}:{name}"][labels[row["source_id"]]] = row[name]
    return found


def documented_by_source(case: Case, among: fc.Among = None) -> dict[str, dict[str, int]]:
    """For every figure resting on statuses: its persons by the source giving them that status.

    A person counts once under each source that gives one of the figure's statuses (for
    still missing: missing or captured) — the sets ``figure_persons`` defines, with the
    records behind them grouped by source: the single-status figures in one grouped query,
    the killed women and men in another, children and elderly in a third.
    """
    persons = Count("person_id", distinct=True)
    labels = source_labels(case.pk)
    single = [fig.status for fig in f.FIGURES if not fig.part_of and fig.key != "still_missing"]
    singles = _titled(fc.status_rows(case, [s for s in single if s], among), "status",
                      {"n": persons}, labels)  # fmt: skip
    killed = fc.status_rows(case, [v.VictimStatus.KILLED], among)
    by_sex = _titled(killed.filter(person__sex__in=[v.Sex.FEMALE, v.Sex.MALE]), "person__sex",
                     {"n": persons}, labels)  # fmt: skip
    limits = ages.AgeLimits.of(case)
    aged = killed.annotate(age=ages.status_age())

    def persons_in(group: str) -> Count:
        members = aged.filter(ages.age_group_q(group, limits)).values("person_id")
        return Count("person_id", distinct=True, filter=Q(person_id__in=members))

    by_age = _titled(killed.annotate(k=Value("killed")), "k",
                     {"child": persons_in("child"), "elderly": persons_in("elderly")}, labels)  # fmt: skip
    # NOT EXISTS (an anti-join), never NOT IN: PostgreSQL cannot turn NOT IN over a large
    # subquery into a join and re-reads it for every row.
    settled = rm.StatusRecord.objects.filter(
        case=case, person_id=OuterRef("person_id"), status__in=f.NO_LONGER_MISSING_IF
    )
    missing = fc.status_rows(case, f.STILL_MISSING_IF, among).exclude(Exists(settled))
    parts = {
        "killed_women": by_sex.get(f"{v.Sex.FEMALE}:n", {}),
        "killed_men": by_sex.get(f"{v.Sex.MALE}:n", {}),
        "killed_children": by_age.get("killed:child", {}),
        "killed_elderly": by_age.get("killed:elderly", {}),
        "still_missing": _titled(missing.annotate(k=Value("m")), "k", {"n": persons}, labels).get(
            "m:n", {}
        ),
    }
    return {
        figure.key: parts[figure.key] if figure.key in parts else singles.get(
            f"{figure.status}:n", {})
        for figure in f.FIGURES
        if figure.status
    }  # fmt: skip


@dataclass(frozen=True)
class Documented:
    """What the record documents for one population: the numbers behind every figure view
    (no words: labels and sentences are made in the reader's language when shown)."""

    persons: int
    figures: dict[str, int]
    by_source: dict[str, dict[str, int]]
    conflicts: dict[str, int]
    awaiting_review: dict[str, int]
    lists_since_linkage: int


def documented(case: Case, event: rm.Event | None = None) -> Documented:
    """Count everything ``case_figures`` shows for the case (or one event), uncached,
    by the queries that define the figures."""
    persons = persons_of_event(event) if event is not None else None
    population = persons if persons is not None else rm.Person.objects.filter(case=case)
    among = fc.among_persons(persons)
    by_status = fc.persons_by_status(case, among)
    waiting = population.filter(pk__in=_pending_persons(case)).values_list("pk", flat=True)
    awaiting = fc.counts_of_persons(case, list(waiting))
    return Documented(
        persons=population.count(),
        figures=f.counts(case, persons, by_status=by_status),
        by_source=documented_by_source(case, among),
        conflicts=fc.conflict_counts(case, among),
        awaiting_review={k: awaiting.get(k, 0) for k in f.FIGURE_KEYS},
        lists_since_linkage=_lists_since_linkage(case),
    )


def tallied(case: Case, event: rm.Event | None = None) -> Documented:
    """``documented`` for the whole case (or one event and its sub-events), read from the
    running tallies (``tallies``): the same numbers, moved by each change instead of counted
    again (an event's kept beside the case's, ``tallies.event_counts``)."""
    if event is None:
        counts = tallies.as_counts(tallies.current(case).counts)
    else:
        counts = tallies.as_counts(tallies.event_counts(case, event))
    labels = source_labels(case.pk)
    by_source = {
        key: {labels[source_id]: n for source_id, n in sources.items()}
        for key, sources in counts["by_source"].items()
    }
    return Documented(
        persons=counts["persons"], figures=counts["figures"],
        by_source={figure.key: by_source.get(figure.key, {}) for figure in f.FIGURES
                   if figure.status},
        conflicts=counts["conflicts"], awaiting_review=counts["awaiting_review"],
        lists_since_linkage=_lists_since_linkage(case),
    )  # fmt: skip


def _lists_since_linkage(case: Case) -> int:
    """Lists imported since the current linkage run (when there is anything to link)."""
    last_run = LinkageRun.objects.filter(case=case, is_current=True).order_by("-pk").first()
    since = ListImport.objects.filter(case=case)
    if last_run is not None:
        since = since.filter(imported_at__gt=last_run.finished_at)
    if not since.exists():
        return 0
    return since.count() if SourceRecord.objects.filter(
        case=case, documented=False).count() >= 2 else 0  # fmt: skip


def _claim_line(claim: rm.Claim) -> dict[str, Any]:
    if claim.count is not None or claim.count_low is None:
        count: int | str | None = claim.count  # None: a vague count ("dozens")
    else:
        count = f"{claim.count_low}–{claim.count_high}"
    return {
        "count": count, "as_given": claim.count_text, "source": claim.source.title,
        "claim": claim.pk, "event": claim.event_id, "as_stated": claim.as_stated,
        "locator": claim.locator, "parent": claim.parent_id,
        # "of whom 106 women" names the figure it is part of: "613 killed".
        "part_of": claim.parent.figure_text if claim.parent is not None else None,
    }  # fmt: skip


def _claims(case: Case, event: rm.Event | None) -> ClaimedFigures:
    """The sources' aggregate claims: those about a figure of the table by its (category,
    subgroup), and every other claim (homes destroyed, journalists killed, persons detained)
    with its parts after their whole, so none a source made is left off the page."""
    claims = rm.Claim.objects.filter(case=case, kind="aggregate").select_related("source", "parent")
    if event is not None:
        claims = claims.filter(event__in=event_and_descendants(event))
    tabled = {figure.claim for figure in f.FIGURES if figure.claim}
    by_figure: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    others: list[rm.Claim] = []
    for claim in claims.order_by("pk"):
        key = (claim.category, claim.subgroup or "all")
        if key in tabled:
            by_figure[key].append(_claim_line(claim))
        elif _of_civilians(claim) and (claim.category, "all") in tabled:
            # "613 civilians killed" is set beside the killed, named as the civilians it
            # counts: the documented may hold combatants the claim leaves out.
            by_figure[(claim.category, "all")].append(
                {**_claim_line(claim), "group": claim.subgroup_label}
            )
        else:
            others.append(claim)
    other_lines = [
        {**_claim_line(claim), "figure": claim.figure_text, "category": claim.category,
         "subgroup": claim.subgroup_label or claim.subgroup or "all", "depth": depth}
        for claim, depth in nested(others)
    ]  # fmt: skip
    return ClaimedFigures(by_figure, other_lines)


def _of_civilians(claim: rm.Claim) -> bool:
    """Is the claim a whole figure of the civilians (the statement reader's label)?"""
    return claim.parent_id is None and claim.subgroup_label.strip().lower() == "civilians"


def _estimates(case: Case) -> dict[str, dict[str, Any]]:
    latest: dict[str, dict[str, Any]] = {}
    for stored in StoredEstimate.objects.filter(case=case, stratify="").order_by("-pk"):
        key = stored.status_filter or "all"
        if key not in latest:
            latest[key] = {"id": stored.pk, "method": stored.method, "estimate": stored.estimate,
                           "lower": stored.lower, "upper": stored.upper,
                           "observed": stored.observed, "fingerprint": stored.fingerprint}  # fmt: skip
    return latest


def case_figures(case: Case, *, event: rm.Event | None = None) -> CaseFigures:
    """Every figure of the case (or of one event and its sub-events), side by side: the
    counts from the running tallies (exact whenever read: they catch up with the history
    first); claims and estimates, small tables, read each time."""
    counted = tallied(case, event)
    claimed = _claims(case, event)
    estimates = _estimates(case) if event is None else {}
    rows = []
    for figure in f.FIGURES:
        by_source = counted.by_source.get(figure.key, {})
        rows.append(FigureRow(
            key=figure.key, label=str(figure.label), part_of=figure.part_of,
            documented=counted.figures[figure.key], by_source=by_source,
            conflicts=counted.conflicts[figure.key],
            awaiting_review=counted.awaiting_review[figure.key]
            if figure.key != "families_with_no_survivor" else 0,
            claims=claimed.by_figure.get(figure.claim, []) if figure.claim else [],
            estimate=estimates.get(figure.status) if figure.key in ESTIMABLE else None,
            sources=len(by_source),
        ))  # fmt: skip
    return CaseFigures(
        case=case.slug, event=event.pk if event else None, persons=counted.persons,
        limits=ages.AgeLimits.of(case), rows=rows, lists_since_linkage=counted.lists_since_linkage,
        other_claims=claimed.others,
    )  # fmt: skip
