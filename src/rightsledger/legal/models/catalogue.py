"""The legal catalogue, shared by every case: instruments, provisions, crimes, their elements
and the act types mapped to them.

Catalogue rows are global: readable by every signed-in user, changed by administrators
only, every change an entry of the global history chain.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import Case
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
