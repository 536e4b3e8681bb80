"""A case file as one read model: everything but the victims list, which is streamed.

``build`` reads the record for one user (through the access check), one scope (the case or
an event with the events within it), one purpose (``internal``, ``sharing`` with a named
recipient, ``publication``) and one language; ``pdf`` and ``html`` lay the result out.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.utils import translation
from django.utils.translation import gettext as _

from rightsledger.cases.models import Case
from rightsledger.errors import InputError
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.ages import AgeLimits, status_age
from rightsledger.records.queries import persons_of_event
from rightsledger.reports import charts, maps, queries, record_lines, victims
from rightsledger.reports.charts import Chart
from rightsledger.reports.estimates import estimate_chart
from rightsledger.reports.models import FORMATS, LANGUAGES, PURPOSES
from rightsledger.reports.queries import Head, Notes, Redactor, Scope, number
from rightsledger.reports.texts import METHOD

AGE_BANDS = (0, 10)  # then the case's child limit, 30, 45, its elderly limit, 75


class ReportError(InputError):
    """A case file that cannot be made as asked (the message says why)."""


@dataclass
class CaseFile:
    scope: Scope
    head: Head
    language: str
    purpose: str
    recipient: str
    made_by: str
    title: str
    scope_label: str
    persons: int
    figures: list[queries.FigureLine]
    notes: list[str]
    differences: list[str]
    sources: list[record_lines.SourceLine]
    events: list[record_lines.EventLine]
    evidence: list[record_lines.EvidenceLine]
    matrices: list[dict[str, Any]]
    charts: list[Chart]
    map: Chart | None
    method: list[str]
    victims_count: int
    limits: AgeLimits
    source_numbers: dict[int, int] = field(default_factory=dict)

    def victims(
        self, progress: Callable[[int], None] | None = None
    ) -> Iterator[victims.VictimLine]:
        return victims.lines(self.scope, self.source_numbers, progress)


def check_options(*, fmt: str, purpose: str, recipient: str, language: str) -> None:
    if fmt not in FORMATS:
        raise ReportError(f"format must be one of {', '.join(FORMATS)}")
    if purpose not in PURPOSES:
        raise ReportError(f"purpose must be one of {', '.join(PURPOSES)}")
    if purpose == "sharing" and not recipient.strip():
        raise ReportError("a case file for sharing names its recipient (--recipient)")
    if language not in LANGUAGES:
        raise ReportError(f"language must be one of {', '.join(LANGUAGES)}")


def build(case: Case, user: Any, *, event: rm.Event | None = None, purpose: str = "internal",
          recipient: str = "", language: str = "en", fmt: str = "pdf") -> CaseFile:  # fmt: skip
    """Read the case file's content (call within ``translation.override(language)``)."""
    check_options(fmt=fmt, purpose=purpose, recipient=recipient, language=language)
    redactor = Redactor(case, purpose, recipient.strip())
    scope = Scope(case=case, user=user, event=event, redactor=redactor)
    head = queries.record_head(case, user)
    figures = queries.figures_of(scope)
    notes = Notes()
    lines = queries.figure_lines(scope, figures, notes)
    sources = record_lines.sources(scope)
    numbers = {s.pk: s.number for s in sources}
    events = record_lines.events(scope, numbers)
    from rightsledger.registry.stats import differences

    made_charts = _charts(scope, figures, lines, events)
    limits = figures.limits
    method = [str(METHOD["figures"]),
              str(METHOD["ages"]) % {"child": limits.child_below, "elderly": limits.elderly_from},
              str(METHOD["linkage"]), *_linkage_run(case), str(METHOD["estimation"])]  # fmt: skip
    if purpose != "internal":
        method.append(str(METHOD["redaction"]) % {"purpose": _purpose_words(purpose, recipient)})
    method.append(str(METHOD["reproduce"]))
    return CaseFile(
        scope=scope, head=head, language=language, purpose=purpose, recipient=recipient.strip(),
        made_by=user.get_username(), title=redactor.text(case.name),
        scope_label=redactor.text(event.title) if event is not None else _("the whole case"),
        persons=figures.persons, figures=lines, notes=notes.texts,
        differences=[redactor.text(s) for s in (differences(r) for r in figures.rows) if s],
        sources=sources, events=events, evidence=record_lines.evidence(scope),
        matrices=record_lines.matrices(scope, language), charts=made_charts,
        map=_map(scope, events), method=method, victims_count=victims.count(scope),
        limits=limits, source_numbers=numbers,
    )  # fmt: skip


def _purpose_words(purpose: str, recipient: str) -> str:
    if purpose == "sharing":
        return _("sharing with %(recipient)s") % {"recipient": recipient.strip()}
    return _("publication") if purpose == "publication" else _("internal use")


def purpose_label(purpose: str, recipient: str) -> str:
    return _purpose_words(purpose, recipient)


def _linkage_run(case: Case) -> list[str]:
    from rightsledger.registry.models import LinkageRun
    from rightsledger.registry.review import pending_pairs

    run = LinkageRun.objects.filter(case=case, is_current=True).order_by("-pk").first()
    if run is None:
        return []
    return [str(METHOD["linkage_run"]) % {
        "records": number(run.records), "persons": number(run.persons),
        "merged": number(run.auto_merged_pairs), "review": number(run.review_pairs),
        "pending": number(pending_pairs(case).count())}]  # fmt: skip


def _bands(limits: AgeLimits) -> list[int]:
    return sorted({*AGE_BANDS, limits.child_below, 30, 45, limits.elderly_from, 75})


def _pyramid(scope: Scope, limits: AgeLimits) -> charts.Chart | None:
    """The killed by age band and sex, by the figures' age rule (each person once: the age
    their first status record 'killed' gives)."""
    rows = rm.StatusRecord.objects.filter(case=scope.case, status=v.VictimStatus.KILLED)
    if scope.event is not None:
        rows = rows.filter(person_id__in=persons_of_event(scope.event).values("pk"))
    ages: dict[int, tuple[str, int | None]] = {}
    for person_id, sex, age in (
        rows.annotate(age=status_age()).order_by("person_id", "pk")
        .values_list("person_id", "person__sex", "age")
    ):  # fmt: skip
        if person_id not in ages or ages[person_id][1] is None:
            ages[person_id] = (sex, age)
    if not ages:
        return None
    edges = _bands(limits)
    names = [f"{a}–{b - 1}" for a, b in itertools.pairwise(edges)] + [f"{edges[-1]}+"]
    women, men = [0] * len(names), [0] * len(names)
    unknown = 0
    for sex, age in ages.values():
        if age is None or sex not in (v.Sex.FEMALE, v.Sex.MALE):
            unknown += 1
            continue
        band = max(i for i, edge in enumerate(edges) if age >= edge)
        (women if sex == v.Sex.FEMALE else men)[band] += 1
    caption = _("Persons killed by age at death and sex (%(n)s persons; %(unknown)s of unknown "
                "age or sex are not shown).") % {"n": number(len(ages)),
                                                  "unknown": number(unknown)}  # fmt: skip
    return charts.pyramid(names, women, men, labels=(_("women"), _("men")), caption=caption)


def _charts(scope: Scope, figures: Any, lines: list[queries.FigureLine],
            events: list[record_lines.EventLine]) -> list[charts.Chart]:  # fmt: skip
    made: list[charts.Chart] = []
    groups = [(line.label, line.documented, line.by_source) for line in lines
              if not line.part_of and line.by_source]  # fmt: skip
    if groups:
        made.append(charts.by_source(
            groups, documented=_("documented by name (all sources)"),
            caption=_("Each figure documented by name, and the persons each source gives it for "
                      "(a person given by several sources counts under each)."),
        ))  # fmt: skip
    pyramid = _pyramid(scope, figures.limits)
    if pyramid is not None:
        made.append(pyramid)
    timeline = timeline_chart(scope)
    if timeline is not None:
        made.append(timeline)
    if scope.event is None:
        from rightsledger.registry.models import StoredEstimate

        documented = {line.key: line.documented for line in lines}
        for row in figures.rows:
            if row.estimate and row.estimate.get("estimate") is not None:
                stored = StoredEstimate.objects.get_restricted_or_404(
                    scope.user, "view", case=scope.case, pk=row.estimate["id"])  # fmt: skip
                chart = estimate_chart(stored, documented.get(row.key))
                if chart is not None:
                    made.append(chart)
    return made


def timeline_chart(scope: Scope) -> charts.Chart | None:
    events = [e for e in scope.events().order_by("start_date", "pk") if e.start_date]
    acts = (
        rm.Act.objects.restrict(scope.user, "view")
        .filter(case=scope.case, event__in=[e.pk for e in scope.events()], date__isnull=False)
        .order_by("date", "pk")
    )  # fmt: skip
    spans = [(scope.redactor.text(e.title), e.start_date, e.end_date or e.start_date)
             for e in events]  # fmt: skip
    marks = [(str(a.get_act_type_display()), a.date) for a in acts if a.date is not None]
    if not spans and not marks:
        return None
    return charts.timeline(spans, marks, caption=_(
        "Events from their first to their last day, and acts by type on the day they happened "
        "(events and acts without a date are not shown)."))  # fmt: skip


def _map(scope: Scope, events: list[record_lines.EventLine]) -> Chart | None:
    points: list[maps.Point] = []
    seen: set[Any] = set()
    for event in scope.events().prefetch_related("places"):
        for place in event.places.all():
            if place.latitude is not None and place.longitude is not None:
                seen.add((place.latitude, place.longitude))
                points.append(maps.Point(place.latitude, place.longitude,
                                         scope.redactor.text(place.name), "event"))  # fmt: skip
    if scope.event is None:  # the case's other places: only for the whole case
        places = rm.Place.objects.restrict(scope.user, "view").filter(
            case=scope.case, latitude__isnull=False, longitude__isnull=False).order_by("pk")  # fmt: skip
        for place in places:
            if (place.latitude, place.longitude) not in seen:
                seen.add((place.latitude, place.longitude))
                points.append(maps.Point(place.latitude or 0.0, place.longitude or 0.0,
                                         scope.redactor.text(place.name), "place"))  # fmt: skip
    if apps.is_installed("rightsledger.missing"):
        from rightsledger.missing.models import BurialSite

        sites = BurialSite.objects.restrict(scope.user, "view").filter(case=scope.case)
        if scope.event is not None:
            sites = sites.filter(event__in=scope.event_ids or [])
        for site in sites.select_related("place").order_by("pk"):
            fields = scope.redactor.row("missing.burialsite", site.pk, name=site.name)
            point = site.point()
            if fields is not None and point is not None:
                points.append(maps.Point(point[0], point[1], fields["name"], "site"))
    return maps.case_map(points, legend={
        "place": _("place"), "event": _("place of an event"), "site": _("burial site")},
        caption=_("Events, places and burial sites with coordinates, over the Natural Earth "
                  "country boundaries, and at the right the region around them."))  # fmt: skip


def build_in(language: str, *args: Any, **kwargs: Any) -> CaseFile:
    with translation.override(language):
        return build(*args, language=language, **kwargs)
