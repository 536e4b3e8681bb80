"""The case matrix: each qualification's elements, what is linked to each, and the gaps.

Read through ``restrict`` only: a user sees the qualifications, links and linked records of
cases they belong to.  The queries do not grow with the number of qualifications or links
(one per linked kind of record), so the dashboard can show every qualification of a case.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from rightsledger.cases.models import Case
from rightsledger.legal.gaps import Gap, Support, gaps_of
from rightsledger.legal.models import (
    LINK_TARGETS,
    ElementLink,
    Qualification,
    QualificationStatus,
    Stance,
)
from rightsledger.legal.queries.catalogue import ElementView, crime_views
from rightsledger.legal.texts import current_language, localized

GAP_LABELS = {
    Gap.NOTHING_LINKED: gettext_lazy("nothing linked"),
    Gap.ONLY_UNCORROBORATED_CLAIMS: gettext_lazy("only uncorroborated claims"),
    Gap.ONLY_WEAK_SOURCES: gettext_lazy("only sources graded E or F"),
}
_KIND_OF_LABEL = {label: kind for kind, label in LINK_TARGETS.items()}
_GRADES = "ABCDEF"


@dataclass(frozen=True)
class LinkView:
    id: int
    stance: str
    target_kind: str
    target_id: int
    label: str
    note: str
    source_title: str
    reliability: str | None
    credibility: int | None
    shared: bool
    found: bool  # False when the linked record was deleted since
    act_id: int | None = None  # an involvement's act, to link to it
    source_id: int | None = None

    @property
    def support(self) -> Support:
        kind = {"claim": "claim", "evidence": "evidence"}.get(self.target_kind, "record")
        return Support(kind, self.source_id, self.reliability, self.credibility)


@dataclass(frozen=True)
class RowView:
    element: ElementView | None  # None: a provision without elements, one row
    shared: bool
    supporting: tuple[LinkView, ...]
    contradicting: tuple[LinkView, ...]
    gaps: tuple[Gap, ...]

    @property
    def gap_labels(self) -> list[str]:
        return [str(GAP_LABELS[gap]) for gap in self.gaps]


@dataclass(frozen=True)
class MatrixView:
    qualification: Qualification
    title: str
    provision_code: str
    crime_code: str
    subject: str
    proposer: str
    rows: tuple[RowView, ...]

    @property
    def status_label(self) -> str:
        return str(QualificationStatus(self.qualification.status).label)

    @property
    def rows_with_gaps(self) -> int:
        return sum(1 for row in self.rows if row.gaps)


def subject_of(qualification: Qualification) -> str:
    """What the proposition is about, in neutral words."""
    if qualification.act_id:
        act: Any = qualification.act
        return _("the act “%(act)s”") % {"act": f"{act.get_act_type_display()} — {act.event}"}
    if qualification.event_id:
        return _("the event “%(event)s”") % {"event": qualification.event}
    return _("the case as a whole")


def proposer_of(qualification: Qualification) -> str:
    """Who puts the proposition forward: a named user, a source, or both."""
    parts = []
    if qualification.proposed_by_id or qualification.proposer_name:
        parts.append(_("proposed by %(name)s") % {"name": qualification.proposer_name})
    if qualification.attributed_to_id:
        source = str(qualification.attributed_to)
        if qualification.locator:
            source = f"{source}, {qualification.locator}"
        parts.append(_("attributed to %(source)s") % {"source": source})
    return "; ".join(parts)


def title_of(qualification: Qualification, language: str | None = None) -> str:
    if qualification.crime_id:
        return localized(qualification.crime.name, language)  # type: ignore[union-attr]
    return localized(qualification.provision.title, language)


def case_matrices(
    case: Case, user: Any, *, ids: Iterable[int] | None = None, language: str | None = None
) -> list[MatrixView]:
    """The matrices of the case's qualifications that ``user`` may see (``ids``: only these)."""
    language = language or current_language()
    qualifications = (
        Qualification.objects.restrict(user, "view")
        .filter(case=case)
        .select_related(
            "provision", "crime__provision", "event", "act", "act__event", "attributed_to"
        )
        .order_by("pk")
    )
    if ids is not None:
        qualifications = qualifications.filter(pk__in=list(ids))
    qualifications_list = list(qualifications)
    crimes = crime_views([q.crime for q in qualifications_list if q.crime is not None], language)
    links = (
        ElementLink.objects.restrict(user, "view")
        .filter(case=case)
        .filter(Q(qualification__in=qualifications_list) | Q(qualification__isnull=True))
        .select_related("target_type")
        .order_by("pk")
    )
    views = _link_views(case, user, list(links))
    own: dict[tuple[int, int | None], list[tuple[ElementLink, LinkView]]] = defaultdict(list)
    shared: dict[str, list[tuple[ElementLink, LinkView]]] = defaultdict(list)
    for link, view in views:
        if link.qualification_id is None:
            shared[link.context_key].append((link, view))
        else:
            own[(link.qualification_id, link.element_id)].append((link, view))
    result = []
    for q in qualifications_list:
        if q.crime_id is None:
            rows = [_row(None, own[(q.pk, None)], shared=False)]
        else:
            rows = [
                _row(e, shared[e.context_key] if e.context_key else own[(q.pk, e.id)],
                     shared=bool(e.context_key))
                for e in crimes[q.crime_id].elements
            ]  # fmt: skip
        result.append(MatrixView(
            qualification=q, title=title_of(q, language), provision_code=q.provision.code,
            crime_code=q.crime.code if q.crime else "", subject=subject_of(q),
            proposer=proposer_of(q), rows=tuple(rows),
        ))  # fmt: skip
    return result


def _row(element: ElementView | None, links: list[tuple[ElementLink, LinkView]], *,
         shared: bool) -> RowView:  # fmt: skip
    supporting = tuple(v for _l, v in links if v.stance == Stance.SUPPORTS)
    contradicting = tuple(v for _l, v in links if v.stance == Stance.CONTRADICTS)
    found = [v.support for v in supporting if v.found]
    return RowView(element, shared, supporting, contradicting, gaps_of(found))


def _link_views(
    case: Case, user: Any, links: list[ElementLink]
) -> list[tuple[ElementLink, LinkView]]:
    by_type: dict[int, set[int]] = defaultdict(set)
    for link in links:
        by_type[link.target_type_id].add(link.target_id)
    targets: dict[tuple[int, int], dict[str, Any]] = {}
    for type_id, target_ids in by_type.items():
        content_type = ContentType.objects.get_for_id(type_id)
        kind = _KIND_OF_LABEL.get(f"{content_type.app_label}.{content_type.model}")
        if kind is not None:
            for pk, found in _describe(kind, content_type, case, user, target_ids).items():
                targets[(type_id, pk)] = found
    out = []
    for link in links:
        label = f"{link.target_type.app_label}.{link.target_type.model}"
        kind = _KIND_OF_LABEL.get(label, label)
        described: dict[str, Any] | None = targets.get((link.target_type_id, link.target_id))
        out.append((link, LinkView(
            id=link.pk, stance=link.stance, target_kind=kind, target_id=link.target_id,
            label=described["label"] if described else _("(record no longer in the case)"),
            note=link.note, source_title=(described or {}).get("source_title", ""),
            reliability=(described or {}).get("reliability"),
            credibility=(described or {}).get("credibility"),
            shared=link.qualification_id is None, found=described is not None,
            act_id=(described or {}).get("act_id"), source_id=(described or {}).get("source_id"),
        )))  # fmt: skip
    return out


def _best_grade(grades: Iterable[str | None]) -> str | None:
    known = [g for g in grades if g]
    return min(known, key=_GRADES.index) if known else None


def _describe(kind: str, content_type: ContentType, case: Case, user: Any,
              ids: set[int]) -> dict[int, dict[str, Any]]:  # fmt: skip
    """Label, source and grades of each linked record of one kind that ``user`` may see."""
    model: Any = content_type.model_class()
    rows = model.objects.restrict(user, "view").filter(case=case, pk__in=ids)
    has_source = any(f.name == "source" for f in model._meta.fields)
    if has_source:
        rows = rows.select_related("source")
    if kind == "act":
        rows = rows.select_related("event")
    if kind == "involvement":
        rows = rows.select_related("person", "act", "act__event")
    described: dict[int, dict[str, Any]] = {}
    for obj in rows:
        source = getattr(obj, "source", None) if has_source else None
        entry: dict[str, Any] = {
            "label": _label(kind, obj), "source_id": source.pk if source else None,
            "source_title": source.title if source else "",
            "reliability": source.reliability if source else None,
            "credibility": obj.credibility if kind == "claim" else None,
            "act_id": obj.act_id if kind == "involvement" else None,
        }  # fmt: skip
        described[obj.pk] = entry
    if kind not in {"claim", "evidence"}:
        _grade_records_by_claims(content_type, case, user, described)
    return described


def _grade_records_by_claims(content_type: ContentType, case: Case, user: Any,
                             described: dict[int, dict[str, Any]]) -> None:  # fmt: skip
    """A record is as well sourced as the best claims made about it."""
    from rightsledger.records.models import Claim

    claims = (
        Claim.objects.restrict(user, "view")
        .filter(case=case, subject_type=content_type, subject_id__in=list(described))
        .select_related("source")
    )
    about: dict[int, list[Any]] = defaultdict(list)
    for claim in claims:
        about[claim.subject_id].append(claim)  # type: ignore[index]
    for pk, entry in described.items():
        found = about.get(pk, [])
        if not found:
            continue
        entry["reliability"] = _best_grade(
            [entry["reliability"], *(c.source.reliability for c in found)]
        )
        entry["credibility"] = min(c.credibility for c in found)
        if not entry["source_title"]:
            best = min(found, key=lambda c: _GRADES.index(c.source.reliability))
            entry["source_title"], entry["source_id"] = best.source.title, best.source_id


def _label(kind: str, obj: Any) -> str:
    if kind == "claim":
        statement = " ".join(obj.statement.split())
        return statement if len(statement) <= 200 else statement[:199] + "…"
    if kind == "evidence":
        return f"{obj.original_name} (SHA-256 {obj.sha256[:12]}…)"
    if kind == "act":
        return f"{obj.get_act_type_display()} — {obj.event}"
    return str(obj)
