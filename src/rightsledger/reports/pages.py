"""One record's page as a document: a person's dossier or an event's page, for its PDF.

The content is what the record's page shows, read by the same read models
(``records.queries.person_dossier`` and ``event_page``, ``registry.queries.person_rows`` and
``statuses_by_source``) through the one access path, so the disclosure policy applies as on
the page: a reader who may not re-identify a protected person gets the pseudonym, no birth
data and the list rows masked.  Each page names the head of the case's history chain it
was read at (``queries.record_head``), and holds no other date of its making: the same
record gives the same file.  Words come translated (call within the reader's language);
``pages_pdf`` lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from rightsledger.cases.models import Case
from rightsledger.records import models as rm
from rightsledger.records.queries import event_page, person_dossier
from rightsledger.registry.queries import joining_evidence, person_rows, statuses_by_source
from rightsledger.reports.queries import Head, Redactor, Scope, number, record_head
from rightsledger.web.templatetags.rightsledger_web import fuzzy_date


@dataclass(frozen=True)
class Text:
    text: str
    style: str = "body"  # body, small, h2


@dataclass(frozen=True)
class Grid:
    """A table: column headers, rows of text, each column's share of the text width."""

    header: list[str]
    rows: list[list[str]]
    widths: tuple[float, ...]
    mono: tuple[int, ...] = ()  # columns set in the monospaced face (hashes, verbatim cells)


@dataclass(frozen=True)
class Section:
    title: str
    parts: list[Any] = field(default_factory=list)  # Text, Grid or charts.Chart


@dataclass(frozen=True)
class RecordPage:
    """A person's dossier or an event's page, ready to lay out."""

    kind: str  # "person" or "event"
    pk: int
    title: str
    subtitle: str
    facts: list[tuple[str, str, bool]]  # (label, value, whether the value is a hash)
    sections: list[Section]
    head: Head
    case_slug: str
    language: str

    @property
    def file_name(self) -> str:
        return f"{self.case_slug}-{self.kind}-{self.pk}.pdf"

    @property
    def footer(self) -> str:
        what = (_("person № %(n)s") if self.kind == "person" else _("event № %(n)s")) % {
            "n": self.pk}  # fmt: skip
        return _("%(case)s · %(what)s · record as of entry %(n)s (%(hash)s…) · Rightsledger") % {
            "case": self.case_slug, "what": what, "n": self.head.sequence,
            "hash": self.head.entry_hash[:16]}  # fmt: skip


def _record_facts(case: Case, user: Any, head: Head, language: str) -> list[tuple[str, str, bool]]:
    when = head.timestamp.isoformat().replace("+00:00", "Z") if head.timestamp else "—"
    return [
        (_("Record as of"), _("history entry %(n)s of chain %(chain)s, written %(when)s")
         % {"n": head.sequence, "chain": head.chain, "when": when}, False),
        (_("Hash of that entry (SHA-256)"), head.entry_hash or "—", True),
        (_("Made by"), user.get_username(), False),
        (_("Language"), language, False),
    ]  # fmt: skip


def _date(value: Any, precision: str = "day", as_stated: str = "") -> str:
    return str(fuzzy_date(value, precision, as_stated))


# --- A person's dossier -------------------------------------------------------------------


def person(case: Case, user: Any, person: rm.Person, *, language: str) -> RecordPage:
    """The dossier of ``person`` (fetched through ``get_restricted_or_404``) as ``user`` sees it."""
    head = record_head(case, user)
    dossier = person_dossier(user, case, person)
    masked = getattr(person, "_disclosure_masked", False)
    facts: list[tuple[str, str, bool]] = [(_("Case"), case.name, False),
                                          (_("Person number"), str(person.pk), False),
                                          (_("Sex"), str(person.get_sex_display()), False)]  # fmt: skip
    if masked:
        facts.append((_("Born"), _("withheld: the identity of this person is protected"), False))
    else:
        born = (_date(person.birth_date, person.birth_precision) if person.birth_date
                else str(person.birth_year) if person.birth_year else _("unknown"))  # fmt: skip
        facts.append((_("Born"), born, False))
        if person.age_at_event is not None:
            facts.append((_("Age at the event"), str(person.age_at_event), False))
        if person.place_of_origin is not None:
            facts.append((_("Origin"), str(person.place_of_origin), False))
    facts += _record_facts(case, user, head, language)
    names = Section(_("Names and spellings"), [Grid(
        [_("Name"), _("Kind"), _("Script"), _("Language")],
        [[n.value, str(n.get_kind_display()), n.script, n.language] for n in dossier.names],
        (0.55, 0.15, 0.15, 0.15))])  # fmt: skip
    if person.notes and not masked:
        names.parts.append(Text(person.notes))
    sections = [names, _family(person, dossier.family), _acts(dossier.involvements),
                _by_source(user, case, person), _list_rows(user, case, person),
                _claims(dossier.claims, dossier.sources)]  # fmt: skip
    return RecordPage(kind="person", pk=person.pk, title=person.display_name or str(person),
                      subtitle=_("Person's dossier"), facts=facts, sections=sections, head=head,
                      case_slug=case.slug, language=language)  # fmt: skip


def _family(person: rm.Person, links: list[rm.Relationship]) -> Section:
    """Each link as the page says it: "spouse of X" for the person's own links, "X — parent
    of this person" for links that others have to them."""
    rows = []
    for link in links:
        kind = link.get_kind_display()
        if link.person_id == person.pk:
            rows.append([f"{kind} {link.relative}", str(link.relative_id)])
        else:
            rows.append([_("%(person)s — %(kind)s this person") % {
                "person": link.person, "kind": kind}, str(link.person_id)])  # fmt: skip
    if not rows:
        return Section(_("Family"), [Text(_("No family link recorded."))])
    return Section(_("Family"), [Grid([_("Family link"), _("Person number")], rows, (0.8, 0.2))])


def _acts(involvements: list[rm.Involvement]) -> Section:
    rows = []
    for inv in involvements:
        act = inv.act
        when = (_date(act.date, act.date_precision, act.date_as_stated) if act.date
                else _date(act.event.start_date, act.event.start_precision,
                           act.event.date_as_stated))  # fmt: skip
        what = str(act.get_act_type_display()) + (f" · {act.place}" if act.place else "")
        role = str(inv.get_role_display())
        if inv.perpetrator_degree:
            role += f" ({inv.get_perpetrator_degree_display()})"
        statuses = "; ".join(
            str(s.get_status_display()) + (f" ({_date(s.date, s.date_precision)})" if s.date else "")
            for s in inv.statuses.all()
        ) or "—"  # fmt: skip
        rows.append([when, what, act.event.title, role, statuses])
    if not rows:
        return Section(_("Acts and status over time"),
                       [Text(_("Not involved in any recorded act."))])  # fmt: skip
    return Section(_("Acts and status over time"), [Grid(
        [_("Date"), _("Act"), _("Event"), _("Role"), _("Status over time")], rows,
        (0.15, 0.22, 0.23, 0.15, 0.25))])  # fmt: skip


def _by_source(user: Any, case: Case, person: rm.Person) -> Section:
    rows = []
    conflicts = 0
    for group in statuses_by_source(user, case, person):
        given = ", ".join(
            str(s.get_status_display()) + (f" ({_date(s.date, s.date_precision)})" if s.date else "")
            for s in group.statuses
        )  # fmt: skip
        if group.conflicting:
            conflicts += 1
            given += " — " + _("conflict")
        rows.append([group.source, given])
    title = _("Statuses by source")
    if not rows:
        return Section(title, [Text(_("No status recorded."))])
    parts: list[Any] = [Grid([_("Source"), _("Statuses it gives")], rows, (0.4, 0.6))]
    if conflicts:
        parts.append(Text(_("Conflict: a source marked “conflict” gives the person as a survivor, "
                            "another gives a death. The figures count the person by the death; "
                            "see the figure definitions."), "small"))  # fmt: skip
    return Section(title, parts)


def _list_rows(user: Any, case: Case, person: rm.Person) -> Section:
    section = Section(_("Rows of imported lists"))
    rows = person_rows(user, case, person)
    if not rows:
        section.parts.append(Text(_("This person was entered by hand; no list row names them.")))
    for row in rows:
        record = row.record
        where = [record.source.title if record.source else ""]
        if record.list_import is not None:
            where.append(record.list_import.file_name)
        if record.raw_row is not None:
            where.append(_("row %(n)s") % {"n": record.raw_row.row_number})
        section.parts.append(Text(" · ".join(w for w in where if w), "h3"))
        if record.list_import is not None:
            section.parts.append(Text(f"SHA-256 {record.list_import.file_sha256}", "mono"))
        if record.warnings:
            section.parts.append(Text("; ".join(str(w) for w in record.warnings), "small"))
        section.parts.append(Grid([_("Column"), _("As written in the list")],
                                  [[column, str(cell)] for column, cell in row.cells],
                                  (0.3, 0.7), mono=(1,)))  # fmt: skip
    joined = joining_evidence(user, case, person)
    if joined["records"] > 1:
        section.parts.append(Text(ngettext(
            "%(n)s record is joined in this person.",
            "%(n)s records are joined in this person: the linkage judged them to be one human "
            "being.", joined["records"]) % {"n": number(joined["records"])}))  # fmt: skip
        for decision in joined["decisions"]:
            section.parts.append(Text(_("Reviewer's decision: %(verdict)s — %(who)s") % {
                "verdict": decision.get_verdict_display(),
                "who": decision.decided_by or "—"}, "small"))  # fmt: skip
    return section


def _claims(claims: list[rm.Claim], sources: list[rm.Source]) -> Section:
    section = Section(_("Sources and claims"))
    if sources:
        section.parts.append(Grid(
            [_("Source"), _("Kind"), _("Reliability")],
            [[s.title, str(s.get_kind_display()), s.reliability] for s in sources],
            (0.6, 0.25, 0.15)))  # fmt: skip
    if not claims:
        section.parts.append(Text(_("No claim about this person yet.")))
        return section
    section.parts.append(Grid(
        [_("Claim"), _("Source"), _("Where in it"), _("Credibility")],
        [[c.statement, c.source.title, c.locator, str(c.get_credibility_display())]
         for c in claims], (0.5, 0.22, 0.14, 0.14)))  # fmt: skip
    return section


# --- An event's page ----------------------------------------------------------------------


def event(case: Case, user: Any, event: rm.Event, *, language: str) -> RecordPage:
    """The page of ``event`` (fetched through ``get_restricted_or_404``) as ``user`` sees it."""
    from rightsledger.reports.casefile import timeline_chart

    head = record_head(case, user)
    page = event_page(user, case, event)
    when = _date(event.start_date, event.start_precision, event.date_as_stated)
    if event.end_date:
        when += " – " + _date(event.end_date, event.end_precision)
    facts: list[tuple[str, str, bool]] = [(_("Case"), case.name, False),
                                          (_("Event number"), str(event.pk), False),
                                          (_("Type"), str(event.get_event_type_display()), False),
                                          (_("When"), when, False)]  # fmt: skip
    if event.date_as_stated:
        facts.append((_("As stated"), event.date_as_stated, False))
    if event.parent is not None:
        facts.append((_("Part of"), event.parent.title, False))
    facts.append((_("Places"), ", ".join(str(p) for p in page.places) or "—", False))
    facts += _record_facts(case, user, head, language)
    about: list[Any] = [Text(event.description)] if event.description else []
    children = Section(_("Sub-events"), [Grid(
        [_("Event"), _("When"), "№"],
        [[c.title, _date(c.start_date, c.start_precision, c.date_as_stated), str(c.pk)]
         for c in page.children], (0.6, 0.28, 0.12))] if page.children
        else [Text(_("None."))])  # fmt: skip
    acts = Section(_("Acts"), [Grid(
        [_("Act"), _("Date"), _("Place"), _("Persons involved")],
        [[str(a.get_act_type_display()), _date(a.date, a.date_precision, a.date_as_stated),
          str(a.place or ""), number(a.persons)]  # type: ignore[attr-defined]  # annotated
         for a in page.acts],
        (0.33, 0.22, 0.27, 0.18))] if page.acts else [Text(_("None."))])  # fmt: skip
    claims = Section(_("Aggregate claims about this event"), [Grid(
        [_("Source"), _("Count"), _("What"), _("Claim"), _("Where in it")],
        [[c.source.title, _claim_count(c), _claim_what(c), c.statement, c.locator]
         for c in page.claims],
        (0.2, 0.1, 0.2, 0.38, 0.12))] if page.claims else [Text(_("None."))])  # fmt: skip
    scope = Scope(case=case, user=user, event=event, redactor=Redactor(case, "internal", ""))
    chart = timeline_chart(scope)
    kinds = {"event": _("event"), "act": _("act"), "status": _("status")}
    timeline = Section(_("Timeline"), [*([chart] if chart is not None else []), Grid(
        [_("Date"), "", _("What"), _("Detail")],
        [[_date(i.date, i.precision), kinds[i.kind], str(i.label), str(i.detail)]
         for i in page.timeline], (0.18, 0.1, 0.47, 0.25))] if page.timeline
        else [Text(_("None."))])  # fmt: skip
    sections = [Section(_("About the event"), about)] if about else []
    sections += [children, acts, claims, timeline]
    return RecordPage(kind="event", pk=event.pk, title=event.title, subtitle=_("Event"),
                      facts=facts, sections=sections, head=head, case_slug=case.slug,
                      language=language)  # fmt: skip


def _claim_count(claim: rm.Claim) -> str:
    if claim.count is not None:
        return number(claim.count)
    if claim.count_low is not None or claim.count_high is not None:
        return f"{number(claim.count_low) if claim.count_low is not None else ''}–" + (
            number(claim.count_high) if claim.count_high is not None else ""
        )
    return claim.qualifier_words or claim.as_stated


def _claim_what(claim: rm.Claim) -> str:
    what = str(claim.get_category_display())
    if claim.subgroup and claim.subgroup != "all":
        what += f" ({claim.subgroup_text})"  # a free label ("journalists") as stated
    return what
