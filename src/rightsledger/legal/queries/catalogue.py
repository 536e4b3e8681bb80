"""The catalogue as people read it: instruments, provisions, crimes and elements, in a language.

One read path for the catalogue page, the API and ``rightsledger catalogue``: a handful of
queries whatever the size of the catalogue, and search in Python (the catalogue is a few
hundred rows), so a search for "пытк" finds "Пытки" on every database.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from django.db.models import Q

from rightsledger.legal.models import (
    ActTypeMapping,
    ConflictType,
    Crime,
    CrimeCategory,
    Element,
    ElementKind,
    Instrument,
    Provision,
    ProvisionKind,
    ProvisionRelation,
    RelationKind,
)
from rightsledger.legal.texts import current_language, localized


@dataclass(frozen=True)
class ElementView:
    id: int
    number: int
    label: str
    kind: str
    kind_label: str
    text: str
    context_key: str
    specific_intent: bool


@dataclass(frozen=True)
class CrimeView:
    id: int
    code: str
    name: str
    category: str
    category_label: str
    conflict: str
    conflict_label: str
    provision: str
    elements: tuple[ElementView, ...]


@dataclass(frozen=True)
class RelatedView:
    kind: str
    kind_label: str
    code: str
    title: str


@dataclass(frozen=True)
class ProvisionView:
    id: int
    code: str
    number: str
    kind: str
    kind_label: str
    title: str
    summary: str
    related: tuple[RelatedView, ...]
    crimes: tuple[CrimeView, ...]


@dataclass(frozen=True)
class InstrumentView:
    id: int
    code: str
    title: str
    short_title: str
    edition: str
    adopted_on: dt.date | None
    in_force_on: dt.date | None
    published_in: str
    provisions: tuple[ProvisionView, ...]


def element_view(element: Element, language: str) -> ElementView:
    return ElementView(
        id=element.pk, number=element.number, label=element.label, kind=element.kind,
        kind_label=str(ElementKind(element.kind).label), text=localized(element.text, language),
        context_key=element.context_key, specific_intent=element.specific_intent,
    )  # fmt: skip


def _sort_key(element: Element) -> tuple[bool, int]:
    # The numbered elements in the Elements of Crimes' order, article 30's row last.
    return (element.number == 0, element.number)


def crime_views(crimes: list[Crime], language: str) -> dict[int, CrimeView]:
    """Crimes by id with their elements (one query for all the elements)."""
    elements: dict[int, list[Element]] = defaultdict(list)
    for element in Element.objects.filter(crime__in=crimes):
        elements[element.crime_id].append(element)
    return {
        crime.pk: CrimeView(
            id=crime.pk,
            code=crime.code,
            name=localized(crime.name, language),
            category=crime.category,
            category_label=str(CrimeCategory(crime.category).label),
            conflict=crime.conflict,
            conflict_label=str(ConflictType(crime.conflict).label),
            provision=crime.provision.code,
            elements=tuple(
                element_view(e, language) for e in sorted(elements[crime.pk], key=_sort_key)
            ),
        )
        for crime in crimes
    }


def catalogue(
    *, instrument: str | None = None, query: str = "", language: str | None = None
) -> list[InstrumentView]:
    """Instruments with their provisions, related provisions and crimes.

    ``query`` keeps the provisions whose code, title, summary, crimes or elements contain it
    (in ``language``, or English where a text is not written in it), and the instruments
    that keep any.
    """
    language = language or current_language()
    instruments = Instrument.objects.all()
    if instrument:
        instruments = instruments.filter(code__iexact=instrument)
    by_instrument: dict[int, list[Provision]] = defaultdict(list)
    provisions = list(Provision.objects.filter(instrument__in=instruments).order_by("order"))
    for provision in provisions:
        by_instrument[provision.instrument_id].append(provision)
    crimes = list(Crime.objects.filter(provision__in=provisions).select_related("provision"))
    crimes_of: dict[int, list[CrimeView]] = defaultdict(list)
    views = crime_views(crimes, language)
    for crime in crimes:
        crimes_of[crime.provision_id].append(views[crime.pk])
    related = _related(provisions, language)
    needle = query.strip().casefold()
    result = []
    for inst in instruments:
        shown = []
        for p in by_instrument[inst.pk]:
            view = ProvisionView(
                id=p.pk, code=p.code, number=p.number, kind=p.kind,
                kind_label=str(ProvisionKind(p.kind).label), title=localized(p.title, language),
                summary=localized(p.summary, language), related=tuple(related[p.pk]),
                crimes=tuple(crimes_of[p.pk]),
            )  # fmt: skip
            if not needle or needle in _haystack(view):
                shown.append(view)
        if shown or not needle:
            result.append(InstrumentView(
                id=inst.pk, code=inst.code, title=localized(inst.title, language),
                short_title=localized(inst.short_title, language),
                edition=localized(inst.edition, language), adopted_on=inst.adopted_on,
                in_force_on=inst.in_force_on, published_in=inst.published_in,
                provisions=tuple(shown),
            ))  # fmt: skip
    return result


def _related(provisions: list[Provision], language: str) -> dict[int, list[RelatedView]]:
    ids = [p.pk for p in provisions]
    found: dict[int, list[RelatedView]] = defaultdict(list)
    relations = ProvisionRelation.objects.filter(Q(source__in=ids) | Q(target__in=ids))
    for rel in relations.select_related("source", "target"):
        label = str(RelationKind(rel.kind).label)
        found[rel.source_id].append(
            RelatedView(rel.kind, label, rel.target.code, localized(rel.target.title, language))
        )
        # Seen from the right's side: the crime provisions that protect it.
        back = "protected_by" if rel.kind == RelationKind.PROTECTS else rel.kind
        found[rel.target_id].append(
            RelatedView(back, _back_label(rel.kind), rel.source.code,
                        localized(rel.source.title, language))
        )  # fmt: skip
    return found


def _back_label(kind: str) -> str:
    from django.utils.translation import gettext

    return gettext("protected by") if kind == RelationKind.PROTECTS else gettext("corresponds to")


def _haystack(view: ProvisionView) -> str:
    parts = [view.code, view.title, view.summary]
    for crime in view.crimes:
        parts += [crime.code, crime.name, *(e.text for e in crime.elements)]
    return "\n".join(parts).casefold()


def catalogue_as_dicts(views: list[InstrumentView]) -> list[dict[str, Any]]:
    """The JSON form (API, ``catalogue --json``); dates as ISO strings."""

    def plain(value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    return [plain(asdict(view)) for view in views]


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "crime" or "provision"
    id: int
    code: str
    title: str
    case_own: bool  # added by the case rather than the shared catalogue


def suggestions_for(
    act_type: str, case: Any, user: Any, language: str | None = None
) -> list[Suggestion]:
    """Crimes and provisions an act type may engage: the shared mapping and the case's own."""
    language = language or current_language()
    shared = ActTypeMapping.objects.filter(case__isnull=True, act_type=act_type)
    own = ActTypeMapping.objects.restrict(user, "view").filter(case=case, act_type=act_type)
    found: dict[tuple[str, int], Suggestion] = {}
    for mapping in [*shared.select_related("crime", "provision"),
                    *own.select_related("crime", "provision")]:  # fmt: skip
        if mapping.crime_id:
            crime: Any = mapping.crime
            item = Suggestion("crime", crime.pk, crime.code, localized(crime.name, language),
                              mapping.case_id is not None)  # fmt: skip
        else:
            provision: Any = mapping.provision
            item = Suggestion("provision", provision.pk, provision.code,
                              localized(provision.title, language), mapping.case_id is not None)  # fmt: skip
        found.setdefault((item.kind, item.id), item)
    return sorted(found.values(), key=lambda s: (s.kind != "crime", s.code))


@dataclass(frozen=True)
class MappingRow:
    id: int
    kind: str
    code: str
    title: str
    case_own: bool
    note: str


def mapping_table(
    case: Any, user: Any, language: str | None = None
) -> list[tuple[str, str, list[MappingRow]]]:
    """(act type, its label, what it is mapped to): the shared rows, and ``case``'s own."""
    from rightsledger.records.vocabulary import ActType

    language = language or current_language()
    rows = list(
        ActTypeMapping.objects.filter(case__isnull=True).select_related("crime", "provision")
    )
    if case is not None:
        own = ActTypeMapping.objects.restrict(user, "view").filter(case=case)
        rows += list(own.select_related("crime", "provision"))
    by_type: dict[str, list[MappingRow]] = defaultdict(list)
    for m in rows:
        target: Any = m.crime if m.crime_id else m.provision
        title = localized(target.name if m.crime_id else target.title, language)
        by_type[m.act_type].append(MappingRow(m.pk, "crime" if m.crime_id else "provision",
                                              target.code, title, m.case_id is not None, m.note))  # fmt: skip
    return [(value, str(label), sorted(by_type[value], key=lambda r: (r.kind, r.code)))
            for value, label in ActType.choices if by_type[value]]  # fmt: skip
