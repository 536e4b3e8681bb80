"""The Protection tab: where free text shows protected persons' names to readers.

For owners and editors (those who may re-identify); anyone else gets 404.  Showing the page
reads no name; each scan (a POST) is recorded as a re-identification of every protected
person of the case, by ``protection.actions.scan_free_text``.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from rightsledger.protection.actions import scan_free_text
from rightsledger.protection.disclosure import REVEAL_PERMISSION
from rightsledger.web.access import case_access
from rightsledger.web.views.base import render_case

SHOWN = 1000  # rows on the page; the command lists them all
KINDS = {
    "records.claim": gettext_lazy("Claim"),
    "records.event": gettext_lazy("Event"),
    "records.act": gettext_lazy("Act"),
    "records.person": gettext_lazy("Person"),
    "records.personname": gettext_lazy("Another person's name"),
    "records.source": gettext_lazy("Source"),
    "records.place": gettext_lazy("Place"),
    "records.placename": gettext_lazy("Place name"),
    "records.involvement": gettext_lazy("Involvement"),
    "records.statusrecord": gettext_lazy("Victim status"),
    "records.relationship": gettext_lazy("Family link"),
    "evidence.evidenceitem": gettext_lazy("Evidence item"),
    "evidence.evidencelink": gettext_lazy("Link to evidence"),
    "evidence.custodyentry": gettext_lazy("Custody entry"),
    "registry.rawrow": gettext_lazy("List row"),
    "registry.sourcerecord": gettext_lazy("List record"),
    "registry.listimport": gettext_lazy("Imported list"),
    "cases.historyentry": gettext_lazy("History entry"),
    "missing.missingpersonfile": gettext_lazy("Missing person's file"),
    "missing.burialsite": gettext_lazy("Burial site"),
    "missing.remainscase": gettext_lazy("Remains case"),
    "missing.identification": gettext_lazy("Identification"),
    "legal.qualification": gettext_lazy("Qualification"),
    "protection.consent": gettext_lazy("Consent"),
}


@login_required
def scan_page(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug, REVEAL_PERMISSION)
    report = None
    words = False
    if request.method == "POST":
        words = request.POST.get("words") == "on"
        report = scan_free_text(access.case, acting_user=request.user, words=words)
    rows = [
        {"hit": hit, "kind": KINDS.get(hit.object_type, hit.object_type)}
        for hit in (report.hits[:SHOWN] if report else [])
    ]
    return render_case(request, access, "protection/scan.html", {
        "title": _("Protected names in free text"), "report": report, "rows": rows,
        "words": words, "more": len(report.hits) - SHOWN if report else 0,
    })  # fmt: skip
