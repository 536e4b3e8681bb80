"""Sanity checks on what the record says about a person: warnings, never refusals.

A doubtful combination — born after the event, an age that disagrees with the birth year, a
release dated after the person was killed — may be a typing slip or may be exactly what a
source says; either way it is saved as given and shown as a warning where it was written
(a form, the API, an imported row), so that someone looks at it.

The checks are pure functions of dates and values; ``findings_for`` gathers the facts of the
persons a written record touches (three queries, whatever their number) and applies them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from rightsledger.records import models as rm
from rightsledger.records.vocabulary import DatePrecision, VictimStatus

# A person recorded dead cannot afterwards be injured, captured, released or displaced;
# found dead cannot be followed by a killing either.  (Missing may be reported after a
# death nobody witnessed, and identification follows death by nature.)
ALIVE_AFTER: dict[str, set[str]] = {
    VictimStatus.KILLED: {"injured", "captured", "released", "displaced"},
    VictimStatus.FOUND_DEAD: {"injured", "captured", "released", "displaced", "killed"},
}
# More persons than this behind one event are not checked at each edit of the event.
MOST_PERSONS_CHECKED = 2000


@dataclass(frozen=True)
class Finding:
    """One warning: a stable ``code`` and a message rendered in the reader's language."""

    code: str
    template: Any
    params: dict[str, Any] = field(default_factory=dict)
    about: str = ""  # the person's name, where the record written was not the person

    def __str__(self) -> str:
        text = str(self.template) % {key: str(value) for key, value in self.params.items()}
        return f"{self.about}: {text}" if self.about else text

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": str(self)}


@dataclass(frozen=True)
class Moment:
    """A date and how much of it is known; compared only as far as both are known."""

    date: dt.date
    precision: str = DatePrecision.DAY

    def _parts(self, depth: int) -> tuple[int, ...]:
        return (self.date.year, self.date.month, self.date.day)[:depth]

    def _depth(self) -> int:
        # A date stored without a precision was entered as a full date.
        depths: dict[str, int] = {"month": 2, "year": 1, "approximate": 1}
        return depths.get(self.precision, 3)

    def certainly_before(self, other: Moment) -> bool:
        depth = min(self._depth(), other._depth())
        return self._parts(depth) < other._parts(depth)

    def __str__(self) -> str:
        depth = self._depth()
        if depth == 1:
            return str(self.date.year)
        if depth == 2:
            return f"{self.date.year}-{self.date.month:02d}"
        return self.date.isoformat()


def moment(date: dt.date | None, precision: str = DatePrecision.DAY) -> Moment | None:
    return Moment(date, precision) if date is not None else None


@dataclass(frozen=True)
class Birth:
    date: dt.date | None = None
    precision: str = DatePrecision.UNKNOWN
    year: int | None = None

    def moment(self) -> Moment | None:
        if self.date is not None:
            return Moment(self.date, self.precision)
        if self.year is not None:
            return Moment(dt.date(self.year, 1, 1), DatePrecision.YEAR)
        return None

    def known_year(self) -> int | None:
        return self.year if self.year is not None else (self.date.year if self.date else None)


def born_after(birth: Birth, when: Moment | None) -> Finding | None:
    """Born after ``when`` (the event, or a status's date)."""
    born = birth.moment()
    if born is None or when is None or not when.certainly_before(born):
        return None
    return Finding(
        "born_after_event",
        _("Born in %(born)s, after the event of %(when)s."),
        {"born": born, "when": when},
    )


def age_disagrees(age: int | None, birth: Birth, when: Moment | None) -> Finding | None:
    """An age at the event more than a year off the one the birth year gives."""
    year = birth.known_year()
    if age is None or year is None or when is None:
        return None
    reckoned = when.date.year - year
    if abs(reckoned - age) <= 1:
        return None
    return Finding(
        "age_disagrees",
        _("Age %(age)s at the event disagrees with birth year %(year)s (an event in %(when)s)."),
        {"age": age, "year": year, "when": when.date.year},
    )


def dead_before(statuses: Iterable[tuple[str, Moment | None]]) -> list[Finding]:
    """Statuses that a death recorded earlier rules out ("released" after "killed")."""
    dated = [(status, when) for status, when in statuses if when is not None]
    labels = dict(VictimStatus.choices)
    found: list[Finding] = []
    for death, died in dated:
        for status, when in dated:
            if status in ALIVE_AFTER.get(death, set()) and died.certainly_before(when):
                found.append(
                    Finding(
                        "status_after_death",
                        _("Recorded %(death)s on %(died)s, yet %(status)s later, on %(when)s."),
                        {
                            "death": labels[death],
                            "died": died,
                            "status": labels[status],
                            "when": when,
                        },
                    )
                )
    return found


@dataclass
class PersonFacts:
    """What the checks need to know of one person."""

    name: str
    birth: Birth
    age_at_event: int | None
    events: list[Moment] = field(default_factory=list)
    statuses: list[tuple[str, Moment | None]] = field(default_factory=list)


def person_findings(facts: PersonFacts) -> list[Finding]:
    # Born after the earliest thing recorded of the person is said once.
    moments = [*facts.events, *(when for _status, when in facts.statuses if when is not None)]
    earliest = min(moments, key=lambda m: m.date, default=None)
    found: list[Finding | None] = [born_after(facts.birth, earliest)]
    found += [age_disagrees(facts.age_at_event, facts.birth, when) for when in facts.events]
    found += dead_before(facts.statuses)
    unique: dict[str, Finding] = {}
    for finding in found:
        if finding is not None:
            unique.setdefault(str(finding), finding)
    return list(unique.values())


def _act_moment(act: rm.Act) -> Moment | None:
    if act.date is not None:
        return Moment(act.date, act.date_precision)
    return moment(act.event.start_date, act.event.start_precision)


def facts_of(person_ids: Iterable[int]) -> dict[int, PersonFacts]:
    """The facts of these persons, in three queries."""
    ids = list(person_ids)
    facts = {
        p.pk: PersonFacts(str(p), Birth(p.birth_date, p.birth_precision, p.birth_year),
                          p.age_at_event)
        for p in rm.Person.objects.filter(pk__in=ids).only(
            "display_name", "birth_date", "birth_precision", "birth_year", "age_at_event"
        )
    }  # fmt: skip
    moments: dict[int, set[Moment]] = defaultdict(set)
    for involvement in rm.Involvement.objects.filter(person_id__in=ids).select_related(
        "act__event"
    ):
        if (when := _act_moment(involvement.act)) is not None:
            moments[involvement.person_id].add(when)
    for pk, found in moments.items():
        facts[pk].events = sorted(found, key=lambda m: m.date)
    for status in rm.StatusRecord.objects.filter(person_id__in=ids).order_by("pk"):
        facts[status.person_id].statuses.append(
            (status.status, moment(status.date, status.date_precision))
        )
    return facts


def _persons_touched(record: Any) -> tuple[list[int], bool]:
    """The persons a written record says something about, and whether to name them."""
    if isinstance(record, rm.Person):
        return [record.pk], False
    if isinstance(record, rm.Involvement | rm.StatusRecord):
        return [record.person_id], False
    if isinstance(record, rm.Act):
        involved = rm.Involvement.objects.filter(act=record)
    elif isinstance(record, rm.Event):
        involved = rm.Involvement.objects.filter(
            Q(act__event=record) | Q(act__event__parent=record)
        )
    else:
        return [], False
    ids = involved.order_by().values_list("person_id", flat=True).distinct()
    return list(ids[:MOST_PERSONS_CHECKED]), True


def findings_for(record: Any) -> list[Finding]:
    """Warnings about the persons a record just written touches (none for other records)."""
    ids, named = _persons_touched(record)
    if not ids:
        return []
    found: list[Finding] = []
    for facts in facts_of(ids).values():
        for finding in person_findings(facts):
            found.append(
                Finding(finding.code, finding.template, finding.params, facts.name)
                if named
                else finding
            )
    return found
