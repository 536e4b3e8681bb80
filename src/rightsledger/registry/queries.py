"""Read models of the registry for a person: the list rows behind them, statuses by source,
why their rows were joined, and the bulk history entries that wrote them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

from rightsledger.cases.models import BulkRowRef, Case, HistoryEntry
from rightsledger.records import figures as f
from rightsledger.records import models as rm
from rightsledger.registry.models import MatchDecision, ReviewPair, SourceRecord, source_labels


@dataclass(frozen=True)
class ListRow:
    record: SourceRecord
    cells: list[tuple[str, str]]  # (the file's column, the cell as it stood)


@dataclass(frozen=True)
class SourceStatuses:
    source: str
    statuses: list[rm.StatusRecord]
    conflicting: bool


def person_rows(user: Any, case: Case, person: rm.Person) -> list[ListRow]:
    """Every list row of the person, verbatim with its file's header (names masked by the
    disclosure rule for readers who may not re-identify a protected person)."""
    records = (
        SourceRecord.objects.restrict(user, "view")
        .filter(case=case, person=person, documented=False)
        .select_related("source", "list_import", "raw_row")
        .order_by("pk")
    )
    rows = []
    for record in records:  # read through the access path: masked where they must be
        header = list(record.list_import.header) if record.list_import else []
        cells = list(record.raw_row.cells) if record.raw_row else []
        if getattr(record, "_disclosure_masked", False):
            # The verbatim row names the person: show the masked canonical fields only.
            cells, header = [record.display_name], [str(_column_label())]
        rows.append(
            ListRow(
                record, list(zip(header + [""] * (len(cells) - len(header)), cells, strict=False))
            )
        )
    return rows


def _column_label() -> Any:
    from django.utils.translation import gettext_lazy as _

    return _("name (protected)")


def statuses_by_source(user: Any, case: Case, person: rm.Person) -> list[SourceStatuses]:
    """The person's statuses grouped by who gives them; a source that gives the person only
    as a survivor while another gives a death is marked as conflicting."""
    statuses = (
        rm.StatusRecord.objects.restrict(user, "view")
        .filter(case=case, person=person)
        .select_related("source", "source_record")
        .order_by("date", "pk")
    )
    labels = source_labels(case.pk)
    grouped: dict[str, list[rm.StatusRecord]] = defaultdict(list)
    for status in statuses:
        grouped[labels[status.source_id]].append(status)
    given = {name: {s.status for s in items} for name, items in grouped.items()}
    someone_says_dead = any(g & set(f.DEATH) for g in given.values())
    return [
        SourceStatuses(
            name, items,
            conflicting=someone_says_dead and not given[name] & set(f.DEATH)
            and bool(given[name] & set(f.SURVIVAL_ONLY)),
        )
        for name, items in grouped.items()
    ]  # fmt: skip


def joining_evidence(user: Any, case: Case, person: rm.Person) -> dict[str, Any]:
    """Why the person's rows are one person: decisions by reviewers, and pairs the linkage
    scored (with what spoke for and against), among the person's own records."""
    ids = list(
        SourceRecord.objects.restrict(user, "view")
        .filter(case=case, person=person)
        .values_list("pk", flat=True)
    )
    decisions = (
        MatchDecision.objects.restrict(user, "view")
        .filter(case=case, record_a_id__in=ids, record_b_id__in=ids)
        .select_related("decided_by")
    )
    pairs = ReviewPair.objects.restrict(user, "view").filter(
        case=case, run__is_current=True, record_a_id__in=ids, record_b_id__in=ids
    )
    return {"records": len(ids), "decisions": list(decisions), "pairs": list(pairs)}


#: Rows of one type looked up by ``bulk_history`` (a statement's parameters are limited:
#: SQLite allows 32,766); a person page shows 50 entries.
BULK_HISTORY_ROWS = 5000


def bulk_history(user: Any, case: Case, rows: dict[str, list[int]]) -> QuerySet[HistoryEntry]:
    """Bulk history entries (imports, linkage runs, splits) that wrote any of ``rows``
    (object type -> ids; the first ``BULK_HISTORY_ROWS`` ids of each type), newest first.

    Found through the index of bulk rows (``cases.bulk_refs``), read through the access
    path: the entries come from ``restrict``, so the disclosure policy masks them.
    """
    named = Q(pk__in=[])
    for object_type, ids in rows.items():
        if ids:
            wanted = [str(pk) for pk in ids[:BULK_HISTORY_ROWS]]
            named |= Q(object_type=object_type, object_id__in=wanted)
    entries = BulkRowRef.objects.filter(named).values("entry_id")
    return (
        HistoryEntry.objects.restrict(user, "view")
        .filter(case=case, action=HistoryEntry.Action.BULK, pk__in=entries)
        .order_by("-sequence")
    )


def rows_excerpt(entries: Iterable[HistoryEntry], rows: dict[str, list[int]]) -> list[HistoryEntry]:
    """Bulk entries as a page about ``rows`` shows them: what each entry says of itself
    (summary, part, counts) and, of the up to 5,000 rows it names, only ``rows``.

    Printed whole, the three to eight bulk entries of a person made from lists made the
    person page megabytes long and took most of its time.  In memory only: the stored
    entries stay as written, and the case's history shows them whole.
    """
    wanted = {object_type: {str(pk) for pk in ids} for object_type, ids in rows.items()}
    shown = []
    for entry in entries:
        after = entry.after
        if isinstance(after, dict) and isinstance(after.get("rows"), dict):
            excerpt: dict[str, dict[str, dict[str, str]]] = {}
            for object_type, by_action in after["rows"].items():
                ours = wanted.get(object_type, set())
                for action, ids in by_action.items():
                    kept = {pk: digest for pk, digest in ids.items() if pk in ours}
                    if kept:
                        excerpt.setdefault(object_type, {})[action] = kept
            entry.after = {**after, "rows": excerpt}
        shown.append(entry)
    return shown
