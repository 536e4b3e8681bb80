"""Read models of the missing app: its figures (per case or event) and what drills down
from them, a site's dossier, and the conflicts to resolve.

The figures that ``records.figures`` defines — still missing, identified — are read from
it (``figure_persons``), never defined again here.  This module defines only what the
record alone does not know:

* *reported missing*: persons with a missing person's file, or recorded missing (a
  "missing" status from any source);
* *remains recovered*: remains cases (tags: a body or a body part; commingled parts of one
  person are counted apart until identified) — of sites of the event, for an event;
* *handed over*: persons whose remains were handed over to the family (an identification
  that reached that step).

For an event, the persons are those of the event (``records.queries.persons_of_event``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import Case
from rightsledger.cases.querysets import RestrictedQuerySet
from rightsledger.missing import vocabulary as mv
from rightsledger.missing.models import (
    BurialSite,
    Identification,
    MissingPersonFile,
    RemainsCase,
)
from rightsledger.records import figures as f
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.queries import event_and_descendants, persons_of_event

PERSON_FIGURES = ("reported_missing", "still_missing", "identified", "handed_over")
FIGURES = ("reported_missing", "still_missing", "remains_recovered", "identified", "handed_over")
LABELS = {
    "reported_missing": _("reported missing"),
    "still_missing": f.BY_KEY["still_missing"].label,
    "remains_recovered": _("remains recovered"),
    "identified": f.BY_KEY["identified"].label,
    "handed_over": _("handed over to their families"),
}
# Figures the records define: their drill-down is the registry's list of those persons.
RECORD_FIGURES = ("still_missing", "identified")


@dataclass(frozen=True)
class MissingFigure:
    key: str
    label: Any
    count: int
    unit: str  # "persons" or "remains"


def figure_persons(case: Case, key: str, event: rm.Event | None = None,
                   ) -> RestrictedQuerySet[rm.Person]:  # fmt: skip
    """The persons a person figure counts (its count is ``.count()`` of this)."""
    if key not in PERSON_FIGURES:
        raise ValueError(f"unknown figure {key!r}; choose one of {', '.join(PERSON_FIGURES)}")
    population = persons_of_event(event) if event is not None else None
    if key in RECORD_FIGURES:
        return f.figure_persons(case, key, persons=population)
    base: Any = rm.Person.objects.filter(case=case) if population is None else population
    if key == "reported_missing":
        recorded = rm.StatusRecord.objects.filter(
            person_id=OuterRef("pk"), status=v.VictimStatus.MISSING
        )
        files = MissingPersonFile.objects.filter(person_id=OuterRef("pk"))
        return base.filter(Exists(files) | Exists(recorded))
    handed = Identification.objects.filter(
        person_id=OuterRef("pk"), status=mv.IdentificationStatus.HANDED_OVER
    )
    return base.filter(Exists(handed))


def remains_of(case: Case, event: rm.Event | None = None) -> RestrictedQuerySet[RemainsCase]:
    """The remains cases of the case, or of the sites of an event (and the events in it)."""
    remains = RemainsCase.objects.filter(case=case)
    if event is not None:
        remains = remains.filter(site__event_id__in=event_and_descendants(event))
    return remains


def figures(case: Case, event: rm.Event | None = None) -> list[MissingFigure]:
    rows = [
        MissingFigure(key, LABELS[key], figure_persons(case, key, event).count(), "persons")
        for key in PERSON_FIGURES
    ]
    rows.insert(2, MissingFigure("remains_recovered", LABELS["remains_recovered"],
                                 remains_of(case, event).count(), "remains"))  # fmt: skip
    return rows


def figures_as_dict(case: Case, event: rm.Event | None = None) -> dict[str, Any]:
    return {"case": case.slug, "event": event.pk if event else None,
            "figures": {row.key: row.count for row in figures(case, event)}}  # fmt: skip


# --- dossiers ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Rival:
    person: rm.Person
    identifications: list[Identification]


def rivals(case: Case, user: Any) -> list[Rival]:
    """Persons with standing identifications of several remains not known to be one body."""
    standing = (
        Identification.objects.restrict(user, "view")
        .filter(case=case)
        .exclude(status=mv.IdentificationStatus.WITHDRAWN)
        .select_related("remains", "person")
        .order_by("person_id", "pk")
    )
    by_person: dict[int, list[Identification]] = {}
    for identification in standing:
        by_person.setdefault(identification.person_id, []).append(identification)
    found = []
    for group in by_person.values():
        bodies = {i.remains.commingling_group or f"tag:{i.remains_id}" for i in group}
        if len(bodies) > 1:
            found.append(Rival(group[0].person, group))
    return found


def site_status(site: BurialSite) -> Any:
    latest = site.statuses.order_by("-date", "-pk").first()
    return latest


def sites_with_status(case: Case, user: Any) -> list[tuple[BurialSite, Any, int]]:
    """Each site with its current status and how many remains cases came from it."""
    from django.db.models import Count

    sites = (
        BurialSite.objects.restrict(user, "view").filter(case=case)
        .annotate(remains_count=Count("remains")).prefetch_related("statuses")
    )  # fmt: skip
    out: list[tuple[BurialSite, Any, int]] = []
    for site in sites:
        statuses = sorted(site.statuses.all(), key=lambda s: (s.date, s.pk))
        out.append((site, statuses[-1] if statuses else None, site.remains_count))
    return out


def sites_geojson(case: Case, user: Any, url_of: Any) -> dict[str, Any]:
    """Sites with a location, as GeoJSON: a point each, and the outline where one is given."""
    features = []
    for site, status, remains in sites_with_status(case, user):
        point = site.point()
        if point is None:
            continue
        properties = {"name": site.name, "kind": str(site.get_kind_display()),
                      "status": str(status.get_status_display()) if status else "",
                      "remains": remains, "url": url_of(site)}  # fmt: skip
        features.append({"type": "Feature", "properties": properties,
                         "geometry": {"type": "Point", "coordinates": [point[1], point[0]]}})  # fmt: skip
        if site.area:
            ring = [list(p) for p in site.area]
            features.append({"type": "Feature", "properties": {**properties, "outline": True},
                             "geometry": {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}})  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


def standing_identification(remains: RemainsCase) -> Identification | None:
    return (
        Identification.objects.filter(remains=remains)
        .exclude(status=mv.IdentificationStatus.WITHDRAWN)
        .first()
    )


def identifications_of_site(site: BurialSite, user: Any) -> QuerySet[Identification]:
    return (
        Identification.objects.restrict(user, "view")
        .filter(remains__site=site).select_related("remains", "person").order_by("remains__tag")
    )  # fmt: skip


def files_list(case: Case, user: Any) -> QuerySet[MissingPersonFile]:
    still = f.figure_persons(case, "still_missing").values("pk")
    return (
        MissingPersonFile.objects.restrict(user, "view").filter(case=case)
        .select_related("person", "last_seen_place", "event")
        .annotate(still_missing=Q(person_id__in=still))
        .order_by("person__display_name", "pk")
    )  # fmt: skip
