"""What of the missing app never leaves the institution in a sharing or publication export.

Genetic and ante-mortem data: every row of a model marked ``never_shared`` (missing
persons' files, relatives and reference donors, samples, DNA match reports and the donors
they used), the evidence items that hold such data (photographs attached to a file, the
laboratories' reports) and every derivative of those items (stripped copies, thumbnails,
extracted text).  The archive leaves these rows out and withholds the files; their history
entries go out as "[classified]".  Internal bags (the institution's own backups) keep them.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.apps import apps

from rightsledger.cases.models import Case

EVIDENCE_ITEM = "evidence.evidenceitem"


def _label(model: type) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"  # type: ignore[attr-defined]


def confidential_items(case: Case) -> set[int]:
    """Evidence items holding genetic or ante-mortem data, with all their derivatives."""
    from rightsledger.evidence.models import EvidenceItem
    from rightsledger.missing.models import Attachment, DnaMatchReport

    found = set(
        Attachment.objects.filter(case=case, file__isnull=False).values_list("item_id", flat=True)
    )
    found |= set(DnaMatchReport.objects.filter(case=case).values_list("report_item_id", flat=True))
    frontier = set(found)
    while frontier:  # derivatives of derivatives (a thumbnail of a stripped copy)
        frontier = (
            set(
                EvidenceItem.objects.filter(case=case, derived_from__in=frontier).values_list(
                    "pk", flat=True
                )
            )
            - found
        )
        found |= frontier
    return found


def rows_never_shared(case: Case) -> Iterator[tuple[str, int]]:
    for model in apps.get_app_config("missing").get_models():
        if getattr(model, "never_shared", False):
            for pk in model._default_manager.filter(case=case).values_list("pk", flat=True):
                yield _label(model), pk
    for pk in sorted(confidential_items(case)):
        yield EVIDENCE_ITEM, pk
