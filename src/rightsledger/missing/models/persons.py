"""A missing person's file: how they went missing, ante-mortem data, and the relatives who
reported them or gave reference samples."""

from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.missing import vocabulary as mv
from rightsledger.missing.models.base import MissingModel, range_in_order
from rightsledger.records import vocabulary as v

HEIGHT = [MinValueValidator(40), MaxValueValidator(250)]
# The ante-mortem data: what the family and records say of the body and belongings.
ANTE_MORTEM_FIELDS = (
    "height_min_cm", "height_max_cm", "build", "hair", "eyes", "dental_notes",
    "distinguishing_marks", "clothing_and_belongings", "medical_history",
)  # fmt: skip


class MissingPersonFile(MissingModel):
    """The file of one person reported missing: one per person of the record."""

    person = models.OneToOneField(
        "records.Person", on_delete=models.PROTECT, related_name="missing_file",
        verbose_name=_("person"),
    )  # fmt: skip
    event = models.ForeignKey(
        "records.Event", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("event"), help_text=_("The event in which the person went missing."),
    )  # fmt: skip
    circumstances = models.TextField(_("circumstances"), blank=True)
    last_seen_date = models.DateField(_("last seen on"), null=True, blank=True)
    last_seen_precision = models.CharField(
        _("precision of that date"), max_length=16, choices=v.DatePrecision.choices,
        default=v.DatePrecision.UNKNOWN,
    )  # fmt: skip
    last_seen_place = models.ForeignKey(
        "records.Place", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("last seen at"),
    )  # fmt: skip
    last_seen_with = models.CharField(_("last seen with"), max_length=500, blank=True)
    reported_by = models.CharField(_("reported by"), max_length=300, blank=True)
    reported_on = models.DateField(_("reported on"), null=True, blank=True)
    height_min_cm = models.PositiveSmallIntegerField(
        _("height from (cm)"), null=True, blank=True, validators=HEIGHT
    )
    height_max_cm = models.PositiveSmallIntegerField(
        _("height to (cm)"), null=True, blank=True, validators=HEIGHT
    )
    build = models.CharField(_("build"), max_length=100, blank=True)
    hair = models.CharField(_("hair"), max_length=200, blank=True)
    eyes = models.CharField(_("eyes"), max_length=100, blank=True)
    dental_notes = models.TextField(_("dental notes"), blank=True)
    distinguishing_marks = models.TextField(_("distinguishing marks"), blank=True)
    clothing_and_belongings = models.TextField(_("clothing and belongings"), blank=True)
    medical_history = models.TextField(_("medical history"), blank=True)
    notes = models.TextField(_("notes"), blank=True)

    confidential_fields: ClassVar[tuple[str, ...]] = ANTE_MORTEM_FIELDS
    never_shared = True

    class Meta:
        ordering = ["pk"]
        verbose_name = _("missing person's file")

    def __str__(self) -> str:
        return f"missing person's file {self.pk} (person {self.person_id})"

    def clean(self) -> None:
        self.same_case(
            person=self.person if self.person_id else None, event=self.event,
            last_seen_place=self.last_seen_place,
        )  # fmt: skip
        range_in_order(self.height_min_cm, self.height_max_cm, "height_max_cm")
        if self.height_max_cm is not None and self.height_min_cm is None:
            self.height_min_cm = self.height_max_cm
        if self.height_min_cm is not None and self.height_max_cm is None:
            self.height_max_cm = self.height_min_cm
        if self.last_seen_date and self.reported_on and self.reported_on < self.last_seen_date:
            raise ValidationError({"reported_on": _("Reported missing before the date last seen.")})
        if self.last_seen_date and self.last_seen_precision == v.DatePrecision.UNKNOWN:
            self.last_seen_precision = v.DatePrecision.DAY


class ReferenceDonor(MissingModel):
    """A relative of a missing person: who reported them, or gave a reference sample, or both.

    A relative is not a person of the record (they are not part of what happened); their
    name and contact are confidential.  A sample is taken only with consent for the purpose
    of identification; whether it may serve other purposes is recorded apart.
    """

    file = models.ForeignKey(
        MissingPersonFile, on_delete=models.CASCADE, related_name="relatives",
        verbose_name=_("missing person's file"),
    )  # fmt: skip
    name = models.CharField(_("name"), max_length=300)
    kinship = models.CharField(_("relationship to the missing person"), max_length=16,
                               choices=mv.Kinship.choices)  # fmt: skip
    reported = models.BooleanField(_("reported the person missing"), default=False)
    contact = models.CharField(_("contact"), max_length=300, blank=True)
    sample_kind = models.CharField(_("reference sample"), max_length=16, blank=True,
                                   choices=mv.ReferenceSampleKind.choices)  # fmt: skip
    kit_id = models.CharField(_("kit number"), max_length=64, blank=True)
    sampled_on = models.DateField(_("sample taken on"), null=True, blank=True)
    laboratory = models.CharField(_("laboratory"), max_length=200, blank=True)
    consent_identification = models.CharField(
        _("consent to use the sample for identification"), max_length=16,
        choices=mv.Consent.choices, default=mv.Consent.NOT_ASKED,
    )  # fmt: skip
    consent_other_uses = models.BooleanField(
        _("consent to other uses of the sample"), default=False,
        help_text=_("Research or other cases; never assumed."),
    )  # fmt: skip
    consent_taken_by = models.CharField(_("consent taken by"), max_length=300, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    confidential_fields: ClassVar[tuple[str, ...]] = ("name", "contact", "kit_id", "notes")
    never_shared = True

    class Meta:
        ordering = ["pk"]
        verbose_name = _("relative or reference donor")
        constraints = [
            models.UniqueConstraint(
                fields=["case", "kit_id"], condition=~models.Q(kit_id=""),
                name="one_reference_kit_per_case",
            )
        ]  # fmt: skip

    def __str__(self) -> str:
        # No name: the history's description of the row must not carry it.
        return f"relative {self.pk} ({self.kinship}) of file {self.file_id}"

    @property
    def sampled(self) -> bool:
        return bool(self.sample_kind or self.kit_id)

    def clean(self) -> None:
        self.same_case(file=self.file if self.file_id else None)
        if not self.name.strip():
            raise ValidationError({"name": _("Give the relative's name.")})
        if self.sampled:
            if not (self.sample_kind and self.kit_id):
                raise ValidationError(
                    {"kit_id": _("A reference sample needs its kind and its kit number.")}
                )
            if self.consent_identification != mv.Consent.GRANTED:
                raise ValidationError({"consent_identification": _(
                    "A reference sample is taken only with consent to use it for identification."
                )})  # fmt: skip
        if self.consent_other_uses and self.consent_identification != mv.Consent.GRANTED:
            raise ValidationError({"consent_other_uses": _(
                "Other uses need consent to identification first."
            )})  # fmt: skip
