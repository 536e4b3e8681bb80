"""A case file made in the browser, kept with its hash so anyone can compare a copy."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import CaseScopedModel

FORMATS = ("pdf", "html")
PURPOSES = ("internal", "sharing", "publication")
LANGUAGES = ("en", "ru", "az")


class Report(CaseScopedModel):
    """One file made from the record as it stood at one link of the case's history chain.

    Its creation is a history entry (who made which file, for whom); that entry is not part
    of what a case file reports, so the record head a file names skips such entries
    (``queries.record_head``) and the same record gives the same bytes again.
    """

    event = models.ForeignKey(
        "records.Event", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    format = models.CharField(_("format"), max_length=8, choices=[(f, f.upper()) for f in FORMATS])
    purpose = models.CharField(_("purpose"), max_length=16, choices=[(p, p) for p in PURPOSES])
    recipient = models.CharField(_("recipient"), max_length=300, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=[(x, x) for x in LANGUAGES])
    record_sequence = models.BigIntegerField(_("record as of history entry"))
    record_hash = models.CharField(_("hash of that entry"), max_length=64)
    sha256 = models.CharField("SHA-256", max_length=64)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    # Made by an owner or editor for internal use: it may show what only they may see of
    # protected persons (birth dates, ages, origins), so only they may download it.
    discloses_identities = models.BooleanField(default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-pk"]

    def __str__(self) -> str:
        return f"case file {self.sha256[:12]} ({self.format}, {self.purpose}, {self.language})"

    @property
    def file_name(self) -> str:
        return f"{self.case.slug}-case-file-{self.record_sequence}-{self.language}.{self.format}"
