"""The figures of a case: one definition of each, read by every surface.

The dashboard, the Registry tab, the figures page, ``stats``, the API, the capture histories
for estimation and reports all count through this module, so one question has one answer.
Every figure is a set of persons of the record (``figure_persons``): its count is the size
of that set and its drill-down lists exactly those persons.

Definitions (stated here because every published figure depends on them):

* A person *was* killed / injured / captured / released / found dead / identified /
  displaced if any status record of that person gives that status — from any source, a
  list row or a documenter's entry.  Where sources disagree (one says killed, another gives
  the person only as injured, released or displaced), the person is counted by this rule
  and shown as a *conflict* beside the figure (``conflicts``), never silently.
* *Still missing*: recorded missing or captured, with no record of release, death (killed,
  found dead) or identification.
* *Women* / *men*: the person's sex (for persons made from lists, the majority of the rows
  that give one).
* *Age at the event* (``ages.age_expression``): the person's recorded age at the event, else the
  year of the status's date (else its act's date, else its event's start) less the birth
  year.  *Children* are under the case's ``child_age_below`` (18 by default), the
  *elderly* at least its ``elderly_age_from`` (60).  A negative age (born after the
  event) is no age: such a person is never counted as a child.
* A *family with no survivor*: a household of two or more persons — joined through the
  family ids lists give (per list) and the household, parent, spouse and sibling links of
  the record — in which everyone was killed or found dead.  The figure counts households;
  its drill-down lists every member.
* *Uncertainty from linkage*: how many persons of a figure have a list row in a pair still
  awaiting review — the figure could move by about that many once they are decided.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import Case
from rightsledger.cases.querysets import RestrictedQuerySet
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.ages import AgeLimits, age_group_of, persons_in_age_group

DEATH = (v.VictimStatus.KILLED, v.VictimStatus.FOUND_DEAD)
SURVIVAL_ONLY = (v.VictimStatus.INJURED, v.VictimStatus.RELEASED, v.VictimStatus.DISPLACED)
STILL_MISSING_IF = (v.VictimStatus.MISSING, v.VictimStatus.CAPTURED)
NO_LONGER_MISSING_IF = (
    v.VictimStatus.RELEASED,
    v.VictimStatus.KILLED,
    v.VictimStatus.FOUND_DEAD,
    v.VictimStatus.IDENTIFIED,
)
HOUSEHOLD_LINKS = (
    v.RelationshipKind.HOUSEHOLD,
    v.RelationshipKind.PARENT_OF,
    v.RelationshipKind.SPOUSE_OF,
    v.RelationshipKind.SIBLING_OF,
)


@dataclass(frozen=True)
class Figure:
    """One figure: its key (stable, for programs), label (for people) and what it counts."""

    key: str
    label: Any
    status: str = ""  # the victim status it rests on ("" for composite figures)
    part_of: str = ""  # the figure it is an "of whom" of
    claim: tuple[str, str] | None = None  # (category, subgroup) of the claims about it


FIGURES = (
    Figure("killed", _("killed"), "killed", claim=("killed", "all")),
    Figure("killed_women", _("women"), "killed", "killed", ("killed", "women")),
    Figure("killed_men", _("men"), "killed", "killed", ("killed", "men")),
    Figure("killed_children", _("children"), "killed", "killed", ("killed", "children")),
    Figure("killed_elderly", _("elderly"), "killed", "killed", ("killed", "elderly")),
    Figure("injured", _("injured"), "injured", claim=("injured", "all")),
    Figure("captured", _("taken captive"), "captured", claim=("captured", "all")),
    Figure("released", _("released"), "released", claim=("released", "all")),
    Figure("still_missing", _("still missing"), "missing", claim=("missing", "all")),
    Figure("found_dead", _("found dead"), "found_dead", claim=("found_dead", "all")),
    Figure("identified", _("identified"), "identified", claim=("identified", "all")),
    Figure("displaced", _("displaced"), "displaced", claim=("displaced", "all")),
    Figure(
        "families_with_no_survivor",
        _("families with no survivor"),
        claim=("families_wiped_out", "all"),
    ),
)
BY_KEY = {figure.key: figure for figure in FIGURES}
FIGURE_KEYS = tuple(BY_KEY)


@dataclass(frozen=True)
class StatusFact:
    """One status record of a person, as the figures read it (``age`` from ``ages.status_age``)."""

    status: str
    source: int | None
    row: int | None  # the list row (source record) that gives it, if any
    age: int | None


def person_figures(sex: str, facts: Iterable[StatusFact], limits: AgeLimits,
                   ) -> dict[str, set[int | None]]:  # fmt: skip
    """The figures one person is counted in, each with the sources of the records behind it.

    The same rules as ``figure_persons``, for one person whose records are in hand: the
    case's running tallies (``registry.tallies``) are kept with it one person at a time.
    ``tests/registry/test_tallies.py`` holds the two equal on a varied case.
    """
    facts = list(facts)
    by_status: dict[str, set[int | None]] = defaultdict(set)
    for fact in facts:
        by_status[fact.status].add(fact.source)
    found: dict[str, set[int | None]] = {}
    for figure in FIGURES:
        single = figure.status and not figure.part_of and figure.key != "still_missing"
        if single and figure.status in by_status:
            found[figure.key] = by_status[figure.status]
    killed = [fact for fact in facts if fact.status == v.VictimStatus.KILLED]
    if killed:
        sources = by_status[v.VictimStatus.KILLED]
        if sex == v.Sex.FEMALE:
            found["killed_women"] = sources
        elif sex == v.Sex.MALE:
            found["killed_men"] = sources
        groups = {age_group_of(fact.age, limits) for fact in killed}
        for group, key in (("child", "killed_children"), ("elderly", "killed_elderly")):
            if group in groups:
                found[key] = sources
    if not any(status in by_status for status in NO_LONGER_MISSING_IF):
        missing: set[int | None] = set()
        for status in STILL_MISSING_IF:
            missing |= by_status.get(status, set())
        if any(status in by_status for status in STILL_MISSING_IF):
            found["still_missing"] = missing
    return found


def in_conflict(facts: Iterable[StatusFact]) -> bool:
    """Whether some source gives a dead person only as a survivor (``conflicts``): a
    survivor-only record with no death given by the same source in the same list row.
    (As in SQL, a record without a source or a row matches no other.)"""
    facts = list(facts)
    if not any(fact.status in DEATH for fact in facts):
        return False
    death_rows = {
        (fact.source, fact.row)
        for fact in facts
        if fact.status in DEATH and fact.source is not None and fact.row is not None
    }
    return any(
        fact.status in SURVIVAL_ONLY and (fact.source, fact.row) not in death_rows for fact in facts
    )


def _with_status(statuses: Iterable[str]) -> Exists:
    return Exists(rm.StatusRecord.objects.filter(person_id=OuterRef("pk"), status__in=statuses))


def figure_persons(case: Case, key: str, *, persons: QuerySet[rm.Person] | None = None,
                   ) -> RestrictedQuerySet[rm.Person]:  # fmt: skip
    """The persons a figure counts (the figure is ``.count()`` of this, its drill-down this).

    ``persons`` narrows the population first (an event's persons, a filter).
    """
    figure = BY_KEY.get(key)
    if figure is None:
        raise ValueError(f"unknown figure {key!r}; choose one of {', '.join(FIGURE_KEYS)}")
    base: RestrictedQuerySet[rm.Person] = (
        rm.Person.objects.filter(case=case) if persons is None else persons  # type: ignore[assignment]
    )
    limits = AgeLimits.of(case)
    if key == "still_missing":
        return base.filter(_with_status(STILL_MISSING_IF)).exclude(
            _with_status(NO_LONGER_MISSING_IF)
        )
    if key == "families_with_no_survivor":
        return base.filter(pk__in=[p for family in families_with_no_survivor(case) for p in family])
    population = base.filter(_with_status([figure.status]))
    if key == "killed_women":
        return population.filter(sex=v.Sex.FEMALE)
    if key == "killed_men":
        return population.filter(sex=v.Sex.MALE)
    if key == "killed_children":
        return persons_in_age_group(population, "child", limits, "killed")  # type: ignore[return-value]
    if key == "killed_elderly":
        return persons_in_age_group(population, "elderly", limits, "killed")  # type: ignore[return-value]
    return population


def conflicts(case: Case, key: str, persons: QuerySet[rm.Person] | None = None,
              ) -> RestrictedQuerySet[rm.Person]:  # fmt: skip
    """Persons counted in a death figure whom some source gives only as a survivor."""
    counted = figure_persons(case, key, persons=persons)
    if BY_KEY[key].status not in DEATH:
        return counted.none()
    survivor_only = rm.StatusRecord.objects.filter(
        person_id=OuterRef("pk"), status__in=SURVIVAL_ONLY
    ).exclude(
        Exists(
            rm.StatusRecord.objects.filter(
                person_id=OuterRef("person_id"),
                status__in=DEATH,
                source_id=OuterRef("source_id"),
                source_record_id=OuterRef("source_record_id"),
            )
        )
    )
    return counted.filter(Exists(survivor_only))


def families_with_no_survivor(case: Case) -> list[list[int]]:
    """Households (two or more persons) in which everyone was killed or found dead."""
    candidates = households(case)
    if not candidates:
        return []
    members = [p for household in candidates for p in household]
    dead: set[int] = set()
    for start in range(0, len(members), 10_000):  # bound values per query (SQLite's limit)
        dead.update(
            rm.StatusRecord.objects.filter(
                person_id__in=members[start : start + 10_000], status__in=DEATH
            )
            .order_by()
            .values_list("person_id", flat=True)
            .distinct()
        )
    return sorted(family for family in candidates if all(p in dead for p in family))


def households(case: Case) -> list[list[int]]:
    """The households of two or more persons, each a sorted list of person ids.

    Households join the family ids of list rows (a family id is a list's own: per source)
    and the record's household links, across persons.
    """
    parent: dict[Any, Any] = {}

    def find(x: Any) -> Any:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: Any, b: Any) -> None:
        parent[find(a)] = find(b)

    links = rm.Relationship.objects.filter(case=case, kind__in=HOUSEHOLD_LINKS)
    if apps.is_installed("rightsledger.registry"):
        from rightsledger.registry.models import SourceRecord

        family_rows = SourceRecord.objects.filter(case=case, person__isnull=False).exclude(
            family_id=""
        )
        for person_id, source_id, family in family_rows.values_list(
            "person_id", "source_id", "family_id"
        ):
            join(("p", person_id), ("f", source_id, family))
    for person_id, relative_id in links.values_list("person_id", "relative_id"):
        join(("p", person_id), ("p", relative_id))
    found: dict[Any, list[int]] = defaultdict(list)
    for node in list(parent):
        if node[0] == "p":
            found[find(node)].append(node[1])
    return sorted(sorted(m) for m in found.values() if len(m) >= 2)


def household_of(case: Case, person_id: int) -> frozenset[int]:
    """The household of one person, joined as ``families_with_no_survivor`` joins them,
    found by walking out from the person along household links and list family ids (a
    person in none is a household of one, which is no family)."""
    links = rm.Relationship.objects.filter(case=case, kind__in=HOUSEHOLD_LINKS)
    family_rows = None
    if apps.is_installed("rightsledger.registry"):
        from rightsledger.registry.models import SourceRecord

        family_rows = SourceRecord.objects.filter(case=case, person__isnull=False).exclude(
            family_id=""
        )
    members, frontier = {person_id}, {person_id}
    families_seen: set[tuple[int, str]] = set()
    while frontier:
        found: set[int] = set()
        for a, b in links.filter(Q(person_id__in=frontier) | Q(relative_id__in=frontier)
                                 ).values_list("person_id", "relative_id"):  # fmt: skip
            found.update((a, b))
        if family_rows is not None:
            families = set(family_rows.filter(person_id__in=frontier).values_list(
                "source_id", "family_id")) - families_seen  # fmt: skip
            families_seen |= families
            if families:
                same = Q()
                for source_id, family in families:
                    same |= Q(source_id=source_id, family_id=family)
                found.update(family_rows.filter(same).values_list("person_id", flat=True))
        frontier = found - members
        members |= frontier
    return frozenset(members)


def _families_count(case: Case, persons: QuerySet[rm.Person] | None) -> int:
    families = families_with_no_survivor(case)
    if persons is None:
        return len(families)
    inside = set(persons.values_list("pk", flat=True))
    return sum(1 for family in families if set(family) <= inside)


def figure_count(case: Case, key: str, persons: QuerySet[rm.Person] | None = None) -> int:
    """``figure_persons(case, key, persons=persons).count()``, counted fast
    (``records.figure_counts``: the same set, counted over the status records)."""
    from rightsledger.records import figure_counts as fc

    figure = BY_KEY.get(key)
    if figure is None:
        raise ValueError(f"unknown figure {key!r}; choose one of {', '.join(FIGURE_KEYS)}")
    if key == "families_with_no_survivor":
        return _families_count(case, persons)
    among = fc.among_persons(persons)
    if key in fc.KILLED_PARTS:
        return fc.killed_parts(case, among)[key]
    if key == "still_missing":
        return fc.still_missing(case, among)
    return fc.persons_in(fc.status_rows(case, [figure.status], among))


def counts(case: Case, persons: QuerySet[rm.Person] | None = None, *,
           by_status: dict[str, int] | None = None) -> dict[str, int]:  # fmt: skip
    """Every figure of the case (or of a population within it), by key.

    ``by_status`` (``figure_counts.persons_by_status`` of the same population), when the
    caller has it already, saves counting it again.
    """
    from rightsledger.records import figure_counts as fc

    found = fc.counts(case, fc.among_persons(persons), by_status=by_status)
    found["families_with_no_survivor"] = _families_count(case, persons)
    return {key: found[key] for key in FIGURE_KEYS}
