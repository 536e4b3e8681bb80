"""The AM/PM candidate list of a remains case: the still-missing persons of the case ranked
by ``missing.ranking``, each with its reasons in plain words.

Reads ante-mortem data, so it is for readers who may see them (owners and editors: the
"change" permission); the ranking itself is in ``missing.ranking`` (no Django).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from rightsledger.missing.models import MissingPersonFile, RemainsCase
from rightsledger.missing.ranking import (
    Candidate,
    MissingProfile,
    Population,
    Reason,
    RemainsProfile,
    rank,
)
from rightsledger.missing.vocabulary import SiteKind
from rightsledger.records import figures as f
from rightsledger.records import models as rm

READ_PERMISSION = "change"
GRAVES: dict[str, str] = {SiteKind.MASS_GRAVE_PRIMARY: "primary",
                          SiteKind.INDIVIDUAL_GRAVE: "primary",
                          SiteKind.MASS_GRAVE_SECONDARY: "secondary"}  # fmt: skip


@dataclass(frozen=True)
class Explained:
    person: rm.Person
    rank: int
    score: float
    excluded: bool
    reasons: list[tuple[str, float]]  # (sentence, points)


def remains_profile(remains: RemainsCase) -> RemainsProfile:
    site = remains.site
    both = lambda a, b: (float(a), float(b)) if a is not None and b is not None else None  # noqa: E731
    return RemainsProfile(
        estimated_sex=remains.estimated_sex,
        age=both(remains.age_min, remains.age_max),
        stature=both(remains.stature_min_cm, remains.stature_max_cm),
        point=site.point() if site else None,
        recovered=remains.recovered_on,
        burial_date=site.event.start_date if site is not None and site.event else None,
        dental=remains.dental_findings, clothing=remains.clothing_and_effects,
        grave=GRAVES.get(site.kind) if site else None,
    )  # fmt: skip


def population(case: Any, user: Any) -> Population:
    """The case's remains' teeth and clothing, against which a candidate's weigh."""
    rows = (RemainsCase.objects.restrict(user, READ_PERMISSION).filter(case=case)
            .values_list("dental_findings", "clothing_and_effects"))  # fmt: skip
    return Population.of(RemainsProfile(dental=d, clothing=c) for d, c in rows)


def _when_and_where_missing(person_ids: list[int]) -> dict[int, tuple[Any, Any, Any]]:
    """For persons without a file: the date and place of their first missing or captured
    status (its own date, else its act's, else its event's start)."""
    rows = (
        rm.StatusRecord.objects.filter(person_id__in=person_ids, status__in=f.STILL_MISSING_IF)
        .annotate(
            when=Coalesce("date", "involvement__act__date", "involvement__act__event__start_date")
        )
        .order_by(F("when").asc(nulls_last=True), "pk")
        .values_list(
            "person_id",
            "when",
            "involvement__act__place__latitude",
            "involvement__act__place__longitude",
        )
    )
    found: dict[int, tuple[Any, Any, Any]] = {}
    for person_id, when, lat, lon in rows:
        found.setdefault(person_id, (when, lat, lon))
    return found


def missing_profiles(case: Any, user: Any) -> Iterable[MissingProfile]:
    pool = f.figure_persons(case, "still_missing").restrict(user, READ_PERMISSION)
    persons = list(pool.values_list("pk", "sex", "birth_year", "birth_date", "age_at_event"))
    ids = [p[0] for p in persons]
    files = {
        row[0]: row[1:]
        for row in MissingPersonFile.objects.restrict(user, READ_PERMISSION)
        .filter(person_id__in=pool.values("pk"))
        .values_list("person_id", "last_seen_date", "last_seen_place__latitude",
                     "last_seen_place__longitude", "height_min_cm", "height_max_cm",
                     "dental_notes", "clothing_and_belongings")
    }  # fmt: skip
    fallback = _when_and_where_missing([i for i in ids if i not in files or files[i][0] is None])
    for pk, sex, birth_year, birth_date, age_at_event in persons:
        seen, lat, lon, low, high, teeth, clothes = files.get(pk, (None,) * 5 + ("", ""))
        when, flat, flon = fallback.get(pk, (None, None, None))
        seen = seen or when
        if lat is None and flat is not None:
            lat, lon = flat, flon
        born = birth_year or (birth_date.year if birth_date else None)
        age = age_at_event if age_at_event is not None else (
            seen.year - born if seen and born and seen.year >= born else None)  # fmt: skip
        yield MissingProfile(
            key=pk, sex=sex if sex in ("female", "male") else None, age_when_last_seen=age,
            last_seen=seen if isinstance(seen, dt.date) else None,
            last_seen_point=(lat, lon) if lat is not None and lon is not None else None,
            height=(float(low), float(high)) if low is not None and high is not None else None,
            dental=teeth or "", clothing=clothes or "",
        )  # fmt: skip


def sentence(reason: Reason) -> str:
    """A reason in words (the figures are the ranking's, the words ours)."""
    fig = {k: int(v) if isinstance(v, float) and v.is_integer() else v
           for k, v in reason.figures.items()}  # fmt: skip
    if "height_low" in fig:
        low, high = fig["height_low"], fig["height_high"]
        fig["height"] = f"{low}" if low == high else f"{low}–{high}"
    texts = {
        "sex_agrees": _("sex agrees with the estimate"),
        "sex_differs": _("recorded sex differs from the estimate (%(estimate)s)"),
        "age_inside": _("aged %(age)s when last seen, within the estimated %(low)s–%(high)s"),
        "age_outside": _("aged %(age)s when last seen, %(off)s years outside the estimated "
                         "%(low)s–%(high)s"),
        "stature_overlaps": _("reported height %(height)s cm, within the estimated stature "
                              "%(low)s–%(high)s cm"),
        "stature_apart": _("reported height %(height)s cm, %(gap)s cm from the estimated "
                           "stature %(low)s–%(high)s cm"),
        "place_near": _("last seen %(km)s km from the site"),
        "place_far": _("last seen %(km)s km from the site"),
        "place_moved": _("last seen %(km)s km from the site, a secondary grave (remains "
                         "moved there from elsewhere)"),
        "seen_after_recovery": _("last seen alive on %(seen)s, after the remains were "
                                 "recovered (%(recovered)s): cannot be them"),
        "seen_after_burial": _("last seen alive %(days)s days after the burial date known "
                               "for the site (%(burial)s)"),
        "seen_before_burial": _("last seen %(days)s days before the burial date known for "
                                "the site (%(burial)s)"),
        "dental_agrees": _("dental notes agree with the chart of the remains: %(teeth)s"),
        "dental_differs": _("dental notes contradict the chart of the remains (no later "
                            "treatment or loss after death explains it): %(teeth)s"),
        "dental_explained": _("dental notes differ from the chart in ways later treatment, "
                              "a tooth lost after death or a neighbouring tooth explains: "
                              "%(teeth)s"),
        "clothing_shared": _("clothing and belongings described by the family and found "
                             "with the remains share: %(words)s"),
        "clothing_nothing_shared": _("nothing the family described was found with the "
                                     "remains"),
    }  # fmt: skip
    if "estimate" in fig:
        from rightsledger.missing.vocabulary import EstimatedSex

        fig["estimate"] = str(EstimatedSex(str(fig["estimate"])).label)
    return texts[reason.code] % fig


def candidates(remains: RemainsCase, user: Any, limit: int = 20) -> list[Explained]:
    """The best ``limit`` candidates for ``remains`` with their reasons, best first."""
    ranked: list[Candidate] = rank(remains_profile(remains), missing_profiles(remains.case, user),
                                   limit=limit, population=population(remains.case, user))  # fmt: skip
    persons = rm.Person.objects.restrict(user, READ_PERMISSION).in_bulk([c.key for c in ranked])
    return [
        Explained(persons[c.key], number, c.score, c.excluded,
                  [(sentence(r), r.points) for r in c.reasons])
        for number, c in enumerate(ranked, 1) if c.key in persons
    ]  # fmt: skip
