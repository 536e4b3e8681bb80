"""Evidence: content-addressed stored objects, the case's items, their links and custody."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import Case, CaseScopedModel, HistoryEntry
from rightsledger.cases.querysets import RestrictedQuerySet


class StoredObject(models.Model):
    """One immutable byte string in the store, named by its SHA-256.

    Not case-scoped and never exposed by the API: identical bytes uploaded to two cases are
    stored once, and nothing about one case's items can be learnt from another's.
    """

    sha256 = models.CharField(max_length=64, primary_key=True)
    sha512 = models.CharField(max_length=128)
    size = models.PositiveBigIntegerField()
    mime_type = models.CharField(max_length=200)
    stored_at = models.DateTimeField()
    # When its bytes were last read back and found to hash to the digests above (at first,
    # when they were stored); the rolling verification re-hashes the oldest first.
    verified_at = models.DateTimeField(null=True, blank=True, db_index=True)

    def __str__(self) -> str:
        return f"{self.sha256[:12]}… ({self.size} bytes)"


class DerivativeKind(models.TextChoices):
    STRIPPED = "stripped", _("metadata stripped")
    TEXT = "text", _("extracted text")
    THUMBNAIL = "thumbnail", _("thumbnail")
    REDACTED = "redacted", _("redacted copy")


class EvidenceItem(CaseScopedModel):
    """A file preserved for a case: an original as received, or a derivative of one."""

    stored_object = models.ForeignKey(StoredObject, on_delete=models.PROTECT, related_name="+")
    # Copied from the stored object so listing and verifying need no join.
    sha256 = models.CharField(max_length=64)
    original_name = models.CharField(max_length=255)
    description = models.TextField(blank=True)
    source = models.ForeignKey(
        "records.Source", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    received_from = models.CharField(max_length=300, blank=True)
    mime_type = models.CharField(max_length=200)
    size = models.PositiveBigIntegerField()
    embedded_metadata = models.JSONField(default=dict, blank=True)
    inspection_problems = models.JSONField(default=list, blank=True)
    derived_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="derivatives"
    )
    derivative_kind = models.CharField(max_length=16, choices=DerivativeKind.choices, blank=True)
    # Text found in the file (or in its text derivative), for search.
    extracted_text = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "sha256"],
                condition=models.Q(derived_from__isnull=True),
                name="one_original_per_content_per_case",
            ),
            models.UniqueConstraint(
                fields=["derived_from", "derivative_kind"], name="one_derivative_of_a_kind"
            ),
        ]
        indexes = [models.Index(fields=["case", "sha256"])]

    def __str__(self) -> str:
        return self.original_name

    def clean(self) -> None:
        if self.derived_from_id and self.derived_from.case_id != self.case_id:  # type: ignore[union-attr]
            raise ValidationError(_("Linked records must belong to the same case."))
        if self.source_id and self.source.case_id != self.case_id:  # type: ignore[union-attr]
            raise ValidationError({"source": _("Linked records must belong to the same case.")})
        if bool(self.derived_from_id) != bool(self.derivative_kind):
            raise ValidationError(_("A derivative needs both its original and its kind."))


# The records an item can be linked to, by API name.
LINKABLE_MODELS = {
    "event": "records.event",
    "act": "records.act",
    "person": "records.person",
    "source": "records.source",
    "claim": "records.claim",
}


class EvidenceLink(CaseScopedModel):
    """Evidence item ↔ event, act, person, source or claim of the same case."""

    item = models.ForeignKey(EvidenceItem, on_delete=models.CASCADE, related_name="links")
    target_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "target_type", "target_id"], name="one_link_per_target"
            )
        ]
        indexes = [models.Index(fields=["case", "target_type", "target_id"])]

    def __str__(self) -> str:
        return f"{self.item} → {self.target_type.model}:{self.target_id}"

    def clean(self) -> None:
        if self.item_id and self.item.case_id != self.case_id:
            raise ValidationError({"item": _("Linked records must belong to the same case.")})
        if not self.target_type_id:
            return
        label = f"{self.target_type.app_label}.{self.target_type.model}"
        if label not in LINKABLE_MODELS.values():
            raise ValidationError({"target_type": _("Evidence links to events, acts, persons, "
                                                    "sources and claims.")})  # fmt: skip
        model = self.target_type.model_class()
        target = model._default_manager.filter(pk=self.target_id).first() if model else None
        if target is None or getattr(target, "case_id", None) != self.case_id:
            raise ValidationError({"target_id": _("No such record in this case.")})


class CustodyAction(models.TextChoices):
    RECEIVED = "received", _("received")
    VIEWED = "viewed", _("viewed")
    DOWNLOADED = "downloaded", _("downloaded")
    EXPORTED = "exported", _("exported")
    TRANSFERRED = "transferred", _("transferred")
    VERIFIED = "verified", _("verified")
    DERIVED = "derived", _("derivative made")


class CustodyEntry(CaseScopedModel):
    """One handling of one item.

    The tamper evidence comes from the case's hash chain: every custody entry is written
    together with a history entry whose ``after`` holds exactly the fields below, and
    ``verify`` checks that the two still agree.
    """

    item = models.ForeignKey(EvidenceItem, on_delete=models.PROTECT, related_name="custody")
    action = models.CharField(max_length=16, choices=CustodyAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150)
    timestamp = models.DateTimeField()
    purpose = models.CharField(max_length=500, blank=True)
    counterpart = models.CharField(
        max_length=300, blank=True, help_text=_("From or to whom, and how (received, transferred).")
    )
    item_sha256 = models.CharField(max_length=64)
    history_entry = models.OneToOneField(HistoryEntry, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["case", "item"])]

    def __str__(self) -> str:
        return f"{self.item} {self.action} by {self.actor_name} at {self.timestamp:%Y-%m-%d %H:%M}"

    def chained_content(self) -> dict[str, object]:
        """The fields the history entry carries, to be compared by ``verify``."""
        return {
            "custody": self.action,
            "item": self.item_id,
            "item_sha256": self.item_sha256,
            "actor": self.actor_name,
            "purpose": self.purpose,
            "counterpart": self.counterpart,
        }


class ChainSeal(models.Model):
    """A chain head signed with the institution's Ed25519 key, and/or an RFC 3161 token."""

    chain = models.CharField(max_length=40)
    sequence = models.BigIntegerField()
    entry_hash = models.CharField(max_length=64)
    sealed_at = models.DateTimeField()
    public_key = models.CharField(max_length=64, blank=True, help_text="Ed25519, hex")
    signature = models.CharField(max_length=128, blank=True, help_text="hex")
    timestamp_token = models.BinaryField(null=True, blank=True, help_text="RFC 3161, DER")
    timestamp_authority = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["chain", "sequence"]

    def __str__(self) -> str:
        return f"seal {self.chain}#{self.sequence}"


class ResumableUpload(models.Model):
    """A file being received in pieces (the tus protocol), not yet evidence.

    Only its sender sees it, and only while they may still add evidence to its case.  Its
    bytes wait in the store's staging area (``staged_name`` under ``tmp``); when the last
    byte arrives they go through the same ingest as any upload, and ``item`` names the
    evidence item made (or found).  Until then nothing of it is an item of the case.

    Operational state, not part of the record: its case is ``target_case``, not ``case``,
    so that bags, the record's verification and the protection scan, which take every model
    with a ``case``, leave it out; access goes through ``restrict`` all the same.
    """

    id = models.UUIDField(primary_key=True)
    target_case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                   related_name="+")  # fmt: skip
    length = models.PositiveBigIntegerField()
    offset = models.PositiveBigIntegerField(default=0)
    file_name = models.CharField(max_length=255)
    description = models.TextField(blank=True)
    received_from = models.CharField(max_length=300, blank=True)
    purpose = models.CharField(max_length=500, blank=True)
    source = models.ForeignKey(
        "records.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()
    # When a byte last arrived: with STAGING_MAX_AGE_HOURS, when the upload expires.
    touched_at = models.DateTimeField()
    item = models.ForeignKey(
        EvidenceItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = RestrictedQuerySet.as_manager()
    case_lookup = "target_case"

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["touched_at"])]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.offset}/{self.length} bytes)"

    @property
    def staged_name(self) -> str:
        return f"tus-{self.id.hex}"
