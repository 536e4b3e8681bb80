"""Each case's qualifications and their matrix.

A *qualification* is a proposition a named user makes (or a source asserts) about a case,
an event or an act; the *element links* tie the claims, records and evidence items of the
case to the elements of the crime it names.  Nothing here states that a crime occurred.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import CaseScopedModel
from rightsledger.legal.models.catalogue import Crime, Element, Provision


class QualificationStatus(models.TextChoices):
    ALLEGED = "alleged", _("alleged")
    UNDER_ANALYSIS = "under_analysis", _("under analysis")
    SUPPORTED = "supported", _("supported in the analysis")
    CONTESTED = "contested", _("contested")


class Qualification(CaseScopedModel):
    """A proposition: the acts of this case / event / act may constitute this crime or violation."""

    provision = models.ForeignKey(Provision, on_delete=models.PROTECT, related_name="+")
    crime = models.ForeignKey(
        Crime, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    event = models.ForeignKey(
        "records.Event", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    act = models.ForeignKey(
        "records.Act", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    # Copied so the proposition stays attributed if the account is renamed or removed.
    proposer_name = models.CharField(max_length=150, blank=True)
    attributed_to = models.ForeignKey(
        "records.Source", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        help_text=_("The source (a statement, a report) that asserts this qualification."),
    )  # fmt: skip
    locator = models.CharField(max_length=300, blank=True, help_text=_("Page, paragraph…"))
    status = models.CharField(
        max_length=16, choices=QualificationStatus.choices, default=QualificationStatus.ALLEGED
    )
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["case", "status"])]

    def __str__(self) -> str:
        crime: Any = self.crime
        what = crime.code if crime is not None else self.provision.code
        return f"proposed qualification {what}"

    def clean(self) -> None:
        from rightsledger.records.models import same_case

        same_case(self, self.event, self.act, self.attributed_to)
        if self.crime_id and self.provision_id and self.crime.provision_id != self.provision_id:  # type: ignore[union-attr]
            raise ValidationError({"provision": _("The provision must be the crime's provision.")})
        if self.act_id and self.event_id and self.act.event_id != self.event_id:  # type: ignore[union-attr]
            raise ValidationError({"act": _("The act is not part of this event.")})
        if not self.proposed_by_id and not self.attributed_to_id:
            raise ValidationError(
                _("A qualification is proposed by a named user or attributed to a source.")
            )


class Stance(models.TextChoices):
    SUPPORTS = "supports", _("supports")
    CONTRADICTS = "contradicts", _("contradicts")


ALREADY_LINKED = _("This record is already linked to this element, with this stance.")

# What can be linked to an element, by the name the API, CLI and forms use.
LINK_TARGETS: dict[str, str] = {
    "claim": "records.claim",
    "act": "records.act",
    "event": "records.event",
    "person": "records.person",
    "involvement": "records.involvement",
    "status": "records.statusrecord",
    "evidence": "evidence.evidenceitem",
}


class ElementLink(CaseScopedModel):
    """A claim, record or evidence item that supports or contradicts one element.

    A link to a shared contextual element belongs to the case (``qualification`` empty,
    ``context_key`` set) and shows in every qualification whose crime has that context.
    A qualification under a provision without elements links with ``element`` empty.
    """

    qualification = models.ForeignKey(
        Qualification, null=True, blank=True, on_delete=models.CASCADE, related_name="links"
    )
    element = models.ForeignKey(
        Element, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    context_key = models.CharField(max_length=40, blank=True)
    stance = models.CharField(max_length=12, choices=Stance.choices, default=Stance.SUPPORTS)
    target_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["qualification", "element", "stance", "target_type", "target_id"],
                condition=models.Q(qualification__isnull=False, element__isnull=False),
                name="one_link_per_element_and_target",
                violation_error_message=ALREADY_LINKED,
            ),
            models.UniqueConstraint(
                fields=["qualification", "stance", "target_type", "target_id"],
                condition=models.Q(qualification__isnull=False, element__isnull=True),
                name="one_link_per_provision_and_target",
                violation_error_message=ALREADY_LINKED,
            ),
            models.UniqueConstraint(
                fields=["case", "context_key", "stance", "target_type", "target_id"],
                condition=models.Q(qualification__isnull=True),
                name="one_shared_link_per_context_and_target",
                violation_error_message=ALREADY_LINKED,
            ),
        ]
        indexes = [
            models.Index(fields=["case", "context_key"]),
            models.Index(fields=["case", "target_type", "target_id"]),
        ]

    def __str__(self) -> str:
        where = f"context {self.context_key}" if self.context_key else f"{self.element or '—'}"
        return f"{self.target_type.model}:{self.target_id} {self.stance} {where}"

    def clean(self) -> None:
        self._clean_place()
        self._clean_target()

    def _clean_place(self) -> None:
        element: Any = self.element if self.element_id else None
        qualification: Any = self.qualification if self.qualification_id else None
        if qualification is not None and qualification.case_id != self.case_id:
            raise ValidationError(
                {"qualification": _("Linked records must belong to the same case.")}
            )
        if self.context_key:
            if (
                qualification is not None
                or element is None
                or element.context_key != self.context_key
            ):
                raise ValidationError(
                    {"element": _("A shared link names a shared contextual element.")}
                )
            return
        if qualification is None:
            raise ValidationError({"qualification": _("Name the qualification this link is for.")})
        if element is None:
            if qualification.crime_id:
                raise ValidationError({"element": _("Name the element this link is for.")})
        elif element.crime_id != qualification.crime_id:
            raise ValidationError(
                {"element": _("This element is not one of the crime's elements.")}
            )
        elif element.is_shared:
            raise ValidationError(
                {"element": _("A shared contextual element is linked once for the case.")}
            )

    def _clean_target(self) -> None:
        if not self.target_type_id:
            return
        label = f"{self.target_type.app_label}.{self.target_type.model}"
        if label not in LINK_TARGETS.values():
            raise ValidationError({"target_type": _("Link claims, records or evidence items.")})
        model = self.target_type.model_class()
        target = model._default_manager.filter(pk=self.target_id).first() if model else None
        if target is None or getattr(target, "case_id", None) != self.case_id:
            raise ValidationError({"target_id": _("No such record in this case.")})
