"""Protecting people: protected identities, classifications and consent."""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import CaseScopedModel


class ProtectionCategory(models.TextChoices):
    WITNESS = "witness", _("witness")
    VICTIM_AT_RISK = "victim_at_risk", _("victim at risk")
    CHILD = "child", _("child")
    OTHER = "other", _("other person at risk")


class ProtectedIdentity(CaseScopedModel):
    """The real identity of a protected person, encrypted; the record shows the pseudonym.

    ``ciphertext`` is a Fernet token (AES-128-CBC + HMAC-SHA256) under a key that is never
    in the database.  The person's plain fields (display name, names, search keys) hold
    ``pseudonym`` instead.
    """

    person = models.OneToOneField(
        "records.Person", on_delete=models.PROTECT, related_name="protected_identity"
    )
    category = models.CharField(max_length=16, choices=ProtectionCategory.choices)
    pseudonym = models.CharField(max_length=40)
    ciphertext = models.TextField()
    # Sequences of the case's history entries written before protection that show the name
    # (they cannot be rewritten without breaking the chain); see ``protection.masking``.
    exposed_in_history = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name_plural = "protected identities"

    def __str__(self) -> str:
        return self.pseudonym

    def clean(self) -> None:
        if self.person_id and self.person.case_id != self.case_id:
            raise ValidationError({"person": _("Linked records must belong to the same case.")})


class Level(models.TextChoices):
    """How far a record (or one of its fields) may travel."""

    PUBLIC = "public", _("public: may be published")
    INTERNAL = "internal", _("internal: may be shared with named bodies, not published")
    CONFIDENTIAL = "confidential", _("confidential: never leaves the institution")


class Classification(CaseScopedModel):
    """The classification of one record of the case, or of one field of it."""

    target_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    field = models.CharField(max_length=100, blank=True, help_text=_("Blank: the whole record."))
    level = models.CharField(max_length=16, choices=Level.choices)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id", "field"], name="one_classification_per_field"
            )
        ]

    def __str__(self) -> str:
        where = f"{self.target_type.model}:{self.target_id}"
        return f"{where}{'.' + self.field if self.field else ''} {self.level}"

    def clean(self) -> None:
        if not self.target_type_id:
            return
        model = self.target_type.model_class()
        if model is None or model._meta.app_label not in {"records", "evidence"}:
            raise ValidationError({"target_type": _("Only records and evidence are classified.")})
        target = model._default_manager.filter(pk=self.target_id).first()
        if target is None or getattr(target, "case_id", None) != self.case_id:
            raise ValidationError({"target_id": _("No such record in this case.")})
        if self.field and self.field not in {f.name for f in model._meta.concrete_fields}:
            raise ValidationError({"field": _("No such field on that record.")})


class ConsentPurpose(models.TextChoices):
    DOCUMENTATION = "documentation", _("documentation")
    SHARING = "sharing", _("sharing with a named body")
    PUBLICATION = "publication", _("publication")


class Consent(CaseScopedModel):
    """What a person agreed (or refused) to, for one purpose, when and before whom."""

    person = models.ForeignKey("records.Person", on_delete=models.CASCADE, related_name="+")
    purpose = models.CharField(max_length=16, choices=ConsentPurpose.choices)
    recipient = models.CharField(
        max_length=300, blank=True, help_text=_("The named body, for sharing.")
    )
    granted = models.BooleanField()
    given_on = models.DateField()
    taken_by = models.CharField(max_length=300, help_text=_("Who took the consent."))
    withdrawn_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["case", "person", "purpose"])]

    def __str__(self) -> str:
        verb = "granted" if self.granted else "refused"
        return f"{self.person}: {self.purpose} {verb} on {self.given_on}"

    def clean(self) -> None:
        if self.person_id and self.person.case_id != self.case_id:
            raise ValidationError({"person": _("Linked records must belong to the same case.")})
        if self.purpose == ConsentPurpose.SHARING and not self.recipient.strip():
            raise ValidationError({"recipient": _("Sharing consent names the body it is for.")})
        if self.withdrawn_on and self.withdrawn_on < self.given_on:
            raise ValidationError({"withdrawn_on": _("Withdrawn before it was given.")})
