"""The words around a case file's content, shared by its PDF and HTML forms."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from rightsledger.records import vocabulary as v
from rightsledger.reports.queries import number

SECTIONS = ("figures", "charts", "events", "legal", "victims", "evidence", "sources", "method")


def title(key: str) -> str:
    return {
        "figures": _("1. The figures: documented, claimed and estimated"),
        "charts": _("2. Charts and map"),
        "events": _("3. Events and acts"),
        "legal": _("4. Legal qualifications and their elements"),
        "victims": _("5. Victims"),
        "evidence": _("6. Evidence index"),
        "sources": _("7. Sources"),
        "method": _("8. Method"),
    }[key]


def contents_line() -> str:
    return _("Contents") + ": " + " · ".join(title(key) for key in SECTIONS)


def title_facts(doc: Any) -> list[tuple[str, str, bool]]:
    """(label, value, whether the value is a hash) for the title page."""
    from rightsledger.reports.casefile import purpose_label

    head = doc.head
    when = head.timestamp.isoformat().replace("+00:00", "Z") if head.timestamp else "—"
    return [
        (_("Case"), doc.title, False),
        (_("Scope"), doc.scope_label, False),
        (_("Record as of"), _("history entry %(n)s of chain %(chain)s, written %(when)s")
         % {"n": head.sequence, "chain": head.chain, "when": when}, False),
        (_("Hash of that entry (SHA-256)"), head.entry_hash or "—", True),
        (_("Made by"), doc.made_by, False),
        (_("Purpose"), purpose_label(doc.purpose, doc.recipient), False),
        (_("Language"), doc.language, False),
        (_("Persons in the scope"), number(doc.persons), False),
    ]  # fmt: skip


def footer(doc: Any) -> str:
    head = doc.head
    return _("%(case)s · record as of entry %(n)s (%(hash)s…) · Rightsledger case file") % {
        "case": doc.scope.case.slug, "n": head.sequence, "hash": head.entry_hash[:16]}  # fmt: skip


def figures_intro(doc: Any) -> str:
    return _(
        "Each figure counts persons of the record by the definition given in its note, with "
        "where the number comes from. Claims are what sources state; estimates are of the "
        "total including persons no list names. Children are under %(child)s, the elderly "
        "%(elderly)s or older."
    ) % {"child": doc.limits.child_below, "elderly": doc.limits.elderly_from}


def figure_columns() -> list[str]:
    return [_("Figure"), _("Documented by name"), _("Claimed by sources"), _("Estimated total")]


def act_columns() -> list[str]:
    return [_("Act"), _("Date"), _("Place"), _("Victims"), _("Sources")]


def source_refs(numbers: list[int]) -> str:
    return ", ".join(f"S{n}" for n in numbers)


def element_columns() -> list[str]:
    return ["", _("Kind"), _("Element"), _("Supported / contradicted by"), _("Gaps")]


def qualification_heading(matrix: dict[str, Any]) -> str:
    return (f"#{matrix['id']} {matrix['qualification']} ({matrix['provision']}) — "
            f"{matrix['subject']}; {_('status')}: {matrix['status']}")  # fmt: skip


def linked(element: dict[str, Any]) -> str:
    parts = [f"+ {link['kind']} {link['id']}: {link['linked']}" for link in element["supporting"]]
    parts += [f"− {link['kind']} {link['id']}: {link['linked']}"
              for link in element["contradicting"]]  # fmt: skip
    return "; ".join(parts) or "—"


def victims_intro(doc: Any) -> str:
    text = ngettext(
        "%(n)s person of the scope has a status record or is a victim of an act.",
        "%(n)s persons of the scope have a status record or are victims of an act.",
        doc.victims_count,
    ) % {"n": number(doc.victims_count)}
    text += " " + _(
        "Names are given in the scripts recorded; the age is at the time of the fact; sources "
        "refer to section 7. Persons shown by a pseudonym are listed last."
    )
    return text


def victim_columns() -> list[str]:
    return ["№", _("Name"), _("Sex"), _("Age"), _("Status"), _("Sources")]


def victim_row(index: int, line: Any) -> list[str]:
    name = f"{line.name} ({line.other_names})" if line.other_names else line.name
    return [str(index), name, line.sex, line.age, line.statuses, line.sources]


def evidence_columns() -> list[str]:
    return ["#", _("Item"), "SHA-256", _("Bytes"), _("Custody")]


def source_columns() -> list[str]:
    return ["", _("Source"), _("Kind"), _("Reliability"), _("Author"), _("Date"),
            _("Status records"), _("Claims")]  # fmt: skip


def reliability_key() -> str:
    return _("Reliability grades") + ": " + "; ".join(str(label) for _key, label in
                                                      v.Reliability.choices)  # fmt: skip
