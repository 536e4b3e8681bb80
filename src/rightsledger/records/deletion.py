"""How the deletion page counts the record's models among an object's dependents."""

from __future__ import annotations

from typing import Any

from django.utils.translation import ngettext_lazy

LABELS: dict[str, Any] = {
    "records.event.parent": ngettext_lazy("%(n)d sub-event", "%(n)d sub-events", "n"),
    "records.event": ngettext_lazy("%(n)d event", "%(n)d events", "n"),
    "records.act": ngettext_lazy("%(n)d act", "%(n)d acts", "n"),
    "records.person": ngettext_lazy("%(n)d person", "%(n)d persons", "n"),
    "records.personname": ngettext_lazy("%(n)d name", "%(n)d names", "n"),
    "records.relationship": ngettext_lazy("%(n)d family link", "%(n)d family links", "n"),
    "records.involvement": ngettext_lazy(
        "%(n)d involvement of a person in an act", "%(n)d involvements of persons in acts", "n"
    ),
    "records.statusrecord": ngettext_lazy("%(n)d victim status", "%(n)d victim statuses", "n"),
    "records.source": ngettext_lazy("%(n)d source", "%(n)d sources", "n"),
    "records.claim": ngettext_lazy("%(n)d claim", "%(n)d claims", "n"),
    "records.place": ngettext_lazy("%(n)d place", "%(n)d places", "n"),
}

DETAIL_VIEWS = {
    "records.event": "case-event",
    "records.act": "case-act",
    "records.person": "case-person",
    "records.source": "case-source",
    "records.claim": "case-claim",
}
