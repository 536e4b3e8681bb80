"""What a case file shows, read from the record for one user, scope and purpose.

Everything is read through the one access path (``restrict``, which applies the disclosure
policy) and, for ``sharing`` and ``publication``, through the redaction plan of the case's
BagIt export (``archive.redact``): the same rule decides who is pseudonymised and which
records are left out, and every text passes through its scrubbing.  The figures are
``registry.stats.case_figures`` — the very numbers of the figures page — each with its
notes of provenance.  The victims list is streamed (``victims``), never held whole; sources,
events, evidence and the legal matrices are read line by line in ``record_lines``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from rightsledger.archive.redact import plan_redaction, redact_row
from rightsledger.cases.history import chain_key
from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.records import figures as f
from rightsledger.records import models as rm
from rightsledger.records.queries import event_and_descendants, persons_of_event
from rightsledger.registry.stats import CaseFigures, case_figures
from rightsledger.reports.texts import DEFINITIONS

REPORT_OBJECT_TYPE = "reports.report"


@dataclass(frozen=True)
class Head:
    """The last entry of the case's history chain that a case file reports on."""

    chain: str
    sequence: int
    entry_hash: str
    timestamp: Any


def record_head(case: Case, user: Any) -> Head:
    """The record's state as a chain link: the last entry that is not itself a case file's
    (making a file changes nothing a file shows, so the same record keeps its head)."""
    entry = (
        HistoryEntry.objects.restrict(user, "view")
        .filter(chain=chain_key(case))
        .exclude(object_type=REPORT_OBJECT_TYPE)
        .order_by("-sequence")
        .only("chain", "sequence", "entry_hash", "timestamp")
        .first()
    )
    if entry is None:
        return Head(chain_key(case), 0, "", None)
    return Head(entry.chain, entry.sequence, entry.entry_hash, entry.timestamp)


class Redactor:
    """The export's redaction plan, as a case file uses it (one row or one text at a time)."""

    def __init__(self, case: Case, purpose: str, recipient: str) -> None:
        self.plan = plan_redaction(case, purpose, recipient)

    @property
    def full(self) -> bool:
        return self.plan.full

    def row(self, label: str, pk: int, **fields: Any) -> dict[str, Any] | None:
        """The fields as they may leave, or None when the row may not."""
        out = redact_row(self.plan, label, {"pk": pk, "fields": fields})
        return None if out is None else out["fields"]

    def text(self, value: str) -> str:
        return value if self.plan.full or not value else self.plan.scrub(value)[0]

    def pseudonymised(self, person_id: int) -> bool:
        return person_id in self.plan.persons


@dataclass(frozen=True)
class Scope:
    """The case, or one event and the events within it, as seen by one user."""

    case: Case
    user: Any
    event: rm.Event | None
    redactor: Redactor

    @property
    def event_ids(self) -> list[int] | None:
        return event_and_descendants(self.event) if self.event is not None else None

    def persons(self) -> Any:
        persons = rm.Person.objects.restrict(self.user, "view").filter(case=self.case)
        if self.event is not None:
            persons = persons.filter(pk__in=persons_of_event(self.event).values("pk"))
        return persons

    def events(self) -> Any:
        events = rm.Event.objects.restrict(self.user, "view").filter(case=self.case)
        ids = self.event_ids
        return events if ids is None else events.filter(pk__in=ids)


@dataclass
class Notes:
    """Numbered notes of provenance, in the order they are first cited."""

    texts: list[str] = field(default_factory=list)

    def add(self, text: str) -> int:
        self.texts.append(text)
        return len(self.texts)


@dataclass(frozen=True)
class ClaimLine:
    count: str
    source: str
    note: int


@dataclass(frozen=True)
class FigureLine:
    key: str
    label: str
    part_of: str
    documented: int
    note: int
    claims: list[ClaimLine]
    estimate: str
    estimate_note: int
    by_source: dict[str, int]


def number(n: float | int | None) -> str:
    """A count as a reader sees it: digits grouped by thin spaces, the same in every language."""
    if n is None:
        return "?"
    return f"{round(n):,}".replace(",", "\u2009")


def _statuses_of(key: str) -> list[str]:
    if key == "still_missing":
        return list(f.STILL_MISSING_IF)
    if key == "families_with_no_survivor":
        return list(f.DEATH)
    return [f.BY_KEY[key].status]


def _records_behind(scope: Scope, key: str) -> int:
    """The status records that put the figure's persons in it (the records behind a count)."""
    persons = f.figure_persons(
        scope.case, key,
        persons=persons_of_event(scope.event) if scope.event is not None else None,
    )  # fmt: skip
    return rm.StatusRecord.objects.filter(
        case=scope.case, status__in=_statuses_of(key), person_id__in=persons.values("pk")
    ).count()


def figure_lines(scope: Scope, figures: CaseFigures, notes: Notes) -> list[FigureLine]:
    limits = figures.limits
    lines = []
    for row in figures.rows:
        definition = str(DEFINITIONS[row.key]) % {
            "child": limits.child_below, "elderly": limits.elderly_from}  # fmt: skip
        records = _records_behind(scope, row.key)
        if row.key == "families_with_no_survivor":
            counted = ngettext("%(n)s household counted, %(r)s status records of their members.",
                               "%(n)s households counted, %(r)s status records of their members.",
                               row.documented)  # fmt: skip
        else:
            counted = ngettext("%(n)s person counted, from %(r)s status records.",
                               "%(n)s persons counted, from %(r)s status records.",
                               row.documented)  # fmt: skip
        parts = [definition, counted % {"n": number(row.documented), "r": number(records)}]
        if row.by_source:
            given = "; ".join(f"{scope.redactor.text(title)}: {number(n)}"
                              for title, n in sorted(row.by_source.items()))  # fmt: skip
            parts.append(_("Persons by the source giving the status: %(sources)s.")
                         % {"sources": given})  # fmt: skip
        if row.awaiting_review:
            parts.append(ngettext(
                "%(n)s of them has a list row in a pair awaiting review: the figure may change "
                "by up to that many.",
                "%(n)s of them have list rows in pairs awaiting review: the figure may change "
                "by up to that many.", row.awaiting_review) % {"n": number(row.awaiting_review)})  # fmt: skip
        if row.conflicts:
            parts.append(ngettext(
                "%(n)s person is given as a survivor by another source.",
                "%(n)s persons are given as survivors by another source.", row.conflicts,
            ) % {"n": number(row.conflicts)})  # fmt: skip
        note = notes.add(" ".join(parts))
        claims = []
        for claim in row.claims:
            source = scope.redactor.text(claim["source"])
            words = [_("Claim #%(id)s of the source “%(source)s”.") % {"id": claim["claim"],
                                                                   "source": source}]  # fmt: skip
            if claim.get("as_stated"):
                words.append(_("As stated: “%(quote)s”.")
                             % {"quote": scope.redactor.text(claim["as_stated"])})  # fmt: skip
            if claim.get("locator"):
                words.append(_("Where: %(locator)s.")
                             % {"locator": scope.redactor.text(claim["locator"])})  # fmt: skip
            if claim.get("part_of"):
                words.append(_("Part of claim #%(id)s: %(figure)s.")
                             % {"id": claim["parent"],
                                "figure": scope.redactor.text(claim["part_of"])})  # fmt: skip
            count = claim["count"]
            shown = claim["as_given"]
            if isinstance(count, int):  # the digits grouped, the source's words kept
                shown = shown.removesuffix(str(count)) + number(count)
            claims.append(ClaimLine(shown, source, notes.add(" ".join(words))))
        estimate, estimate_note = "", 0
        e = row.estimate
        if e is not None and e.get("estimate") is not None:
            estimate = f"{number(e['estimate'])} ({number(e['lower'])}–{number(e['upper'])})"
            estimate_note = notes.add(
                _("Estimate #%(id)s by %(method)s: %(estimate)s, 95%% interval %(lower)s–%(upper)s; "
                  "%(observed)s persons observed on at least one list. Input fingerprint "
                  "%(fingerprint)s.")
                % {"id": e["id"], "method": e["method"], "estimate": number(e["estimate"]),
                   "lower": number(e["lower"]), "upper": number(e["upper"]),
                   "observed": number(e["observed"]), "fingerprint": e["fingerprint"]}
            )  # fmt: skip
        lines.append(FigureLine(
            key=row.key, label=row.label, part_of=row.part_of, documented=row.documented,
            note=note, claims=claims, estimate=estimate, estimate_note=estimate_note,
            by_source={scope.redactor.text(k): n for k, n in row.by_source.items()},
        ))  # fmt: skip
    return lines


def figures_of(scope: Scope) -> CaseFigures:
    """The figures page's numbers for the scope (``registry.stats.case_figures``)."""
    return case_figures(scope.case, event=scope.event)
