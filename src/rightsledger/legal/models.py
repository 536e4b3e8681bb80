"""The legal catalogue (shared by every case) and each case's qualifications and their matrix.

Catalogue rows are global: readable by every signed-in user, changed by administrators
only, every change an entry of the global history chain.  A *qualification* is a
proposition a named user makes (or a source asserts) about a case, an event or an act; the
*element links* tie the claims, records and evidence items of the case to the elements of
the crime it names.  Nothing here states that a crime occurred.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import Case, CaseScopedModel
from rightsledger.cases.querysets import RestrictedQuerySet
from rightsledger.legal.texts import localized
from rightsledger.records.vocabulary import ActType


class Origin(models.TextChoices):
    SHIPPED = "shipped", _("shipped with Rightsledger")
    LOCAL = "local", _("changed by an administrator")


class CatalogueModel(models.Model):
    """A row of the shared catalogue.

    ``origin`` tells a newer shipped release which rows it may update: an administrator's
    change makes a row ``local``, and releases leave local rows as they are.
    """

    origin = models.CharField(max_length=8, choices=Origin.choices, default=Origin.SHIPPED)

    class Meta:
        abstract = True


class CatalogueRelease(models.Model):
    """One version of the shipped catalogue data, and the hash of the files it was read from."""

    version = models.CharField(max_length=32, unique=True)
    sha256 = models.CharField(max_length=64)
    loaded_at = models.DateTimeField()
    counts = models.JSONField(default=dict)

    class Meta:
        ordering = ["loaded_at"]

    def __str__(self) -> str:
        return f"legal catalogue {self.version}"


class Instrument(CatalogueModel):
    code = models.CharField(max_length=16, unique=True)
    title = models.JSONField(default=dict)
    short_title = models.JSONField(default=dict)
    # Which official edition and date the summaries follow, and where it is published.
    edition = models.JSONField(default=dict)
    adopted_on = models.DateField(null=True, blank=True)
    in_force_on = models.DateField(null=True, blank=True)
    published_in = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.code


class ProvisionKind(models.TextChoices):
    RIGHT = "right", _("right")
    PROHIBITION = "prohibition", _("prohibition")
    OBLIGATION = "obligation", _("obligation of states")
    CRIME = "crime", _("crime")
    GENERAL = "general", _("general rule")


class Provision(CatalogueModel):
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT, related_name="provisions")
    number = models.CharField(
        max_length=40, help_text=_("As the instrument numbers it, e.g. 8(2)(a)(i).")
    )
    # "<instrument> <number>", e.g. "RS 8(2)(a)(i)": how people and files refer to it.
    code = models.CharField(max_length=60, unique=True, editable=False)
    kind = models.CharField(max_length=16, choices=ProvisionKind.choices)
    title = models.JSONField(default=dict)
    summary = models.JSONField(default=dict)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["instrument__order", "order"]
        constraints = [
            models.UniqueConstraint(fields=["instrument", "number"], name="one_provision_number")
        ]

    def __str__(self) -> str:
        return self.code

    def clean_fields(self, exclude: Any = None) -> None:
        # The code always follows the instrument and the number; set before fields are checked.
        if self.instrument_id:
            self.code = f"{self.instrument.code} {self.number}"
        super().clean_fields(exclude=exclude)


class RelationKind(models.TextChoices):
    PROTECTS = "protects", _("protects the right in")
    CORRESPONDS = "corresponds", _("corresponds to")


class ProvisionRelation(CatalogueModel):
    """``source`` (typically a crime's provision) protects or corresponds to ``target``."""

    source = models.ForeignKey(Provision, on_delete=models.CASCADE, related_name="relations_out")
    target = models.ForeignKey(Provision, on_delete=models.CASCADE, related_name="relations_in")
    kind = models.CharField(max_length=16, choices=RelationKind.choices)

    class Meta:
        ordering = ["source", "kind", "target"]
        constraints = [
            models.UniqueConstraint(fields=["source", "target", "kind"], name="one_relation")
        ]

    def __str__(self) -> str:
        return f"{self.source_id} {self.kind} {self.target_id}"

    def clean(self) -> None:
        if self.source_id and self.source_id == self.target_id:
            raise ValidationError(_("A provision is not related to itself."))


class CrimeCategory(models.TextChoices):
    GENOCIDE = "genocide", _("genocide")
    CRIME_AGAINST_HUMANITY = "crime_against_humanity", _("crime against humanity")
    WAR_CRIME = "war_crime", _("war crime")


class ConflictType(models.TextChoices):
    NONE = "", _("not tied to an armed conflict")
    INTERNATIONAL = "international", _("international armed conflict")
    NON_INTERNATIONAL = "non_international", _("armed conflict not of an international character")


class Crime(CatalogueModel):
    # As the Elements of Crimes designates it, e.g. "7(1)(a)" or "8(2)(a)(ii)-1".
    code = models.CharField(max_length=40, unique=True)
    provision = models.ForeignKey(Provision, on_delete=models.PROTECT, related_name="crimes")
    category = models.CharField(max_length=32, choices=CrimeCategory.choices)
    conflict = models.CharField(max_length=20, choices=ConflictType.choices, blank=True)
    name = models.JSONField(default=dict)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return f"{self.code} {localized(self.name, 'en')}"


class ElementKind(models.TextChoices):
    MATERIAL = "material", _("material")
    MENTAL = "mental", _("mental")
    CONTEXTUAL = "contextual", _("contextual")


GENERAL_MENTAL_ELEMENT = 0  # the number of the row for article 30's intent and knowledge


class Element(CatalogueModel):
    """One element of a crime, numbered as in the Elements of Crimes.

    Number 0 is the general mental element of article 30 (intent and knowledge), which
    applies wherever an element states no mental element of its own.
    """

    crime = models.ForeignKey(Crime, on_delete=models.CASCADE, related_name="elements")
    number = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=16, choices=ElementKind.choices)
    text = models.JSONField(default=dict)
    # Contextual elements with the same key are argued once per case and shared by its
    # qualifications (the attack on a civilian population, the armed conflict…).
    context_key = models.CharField(max_length=40, blank=True)
    specific_intent = models.BooleanField(default=False)

    class Meta:
        ordering = ["crime", "number"]
        constraints = [
            models.UniqueConstraint(fields=["crime", "number"], name="one_element_number")
        ]

    def __str__(self) -> str:
        return f"{self.crime.code} element {self.label}"

    @property
    def label(self) -> str:
        return "30" if self.number == GENERAL_MENTAL_ELEMENT else str(self.number)

    @property
    def is_shared(self) -> bool:
        return self.kind == ElementKind.CONTEXTUAL and bool(self.context_key)

    def clean(self) -> None:
        if self.context_key and self.kind != ElementKind.CONTEXTUAL:
            raise ValidationError({"context_key": _("Only contextual elements are shared.")})


class ActTypeMapping(CatalogueModel):
    """An act type and a provision or crime it may engage; shared, or a case's own addition."""

    act_type = models.CharField(max_length=32, choices=ActType.choices)
    provision = models.ForeignKey(
        Provision, null=True, blank=True, on_delete=models.CASCADE, related_name="act_types"
    )
    crime = models.ForeignKey(
        Crime, null=True, blank=True, on_delete=models.CASCADE, related_name="act_types"
    )
    case = models.ForeignKey(
        Case, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        help_text=_("Empty: part of the shared catalogue."),
    )  # fmt: skip
    note = models.TextField(blank=True)

    objects = RestrictedQuerySet.as_manager()
    case_lookup = "case"  # restrict() gives a user's cases' own rows; shared rows need no access

    class Meta:
        ordering = ["act_type", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(provision__isnull=True, crime__isnull=False)
                | models.Q(provision__isnull=False, crime__isnull=True),
                name="mapping_names_provision_or_crime",
            )
        ]

    def __str__(self) -> str:
        target = self.crime.code if self.crime_id else self.provision.code  # type: ignore[union-attr]
        return f"{self.act_type} → {target}"

    def clean(self) -> None:
        if bool(self.provision_id) == bool(self.crime_id):
            raise ValidationError(_("Map the act type to a provision or to a crime (one of them)."))


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
