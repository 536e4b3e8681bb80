"""Burial sites, their status over time, and the remains recovered from them."""

from __future__ import annotations

from typing import Any, ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.missing import vocabulary as mv
from rightsledger.missing.models.base import MissingModel, range_in_order

LATITUDE = [MinValueValidator(-90), MaxValueValidator(90)]
LONGITUDE = [MinValueValidator(-180), MaxValueValidator(180)]


def _check_area(area: Any) -> None:
    """An area is one ring of at least three [longitude, latitude] points (GeoJSON order)."""
    if area in (None, [], ""):
        return
    message = _("An area is a list of at least three [longitude, latitude] points.")
    if not isinstance(area, list) or len(area) < 3:
        raise ValidationError({"area": message})
    for point in area:
        if (
            not isinstance(point, list | tuple) or len(point) != 2
            or not all(isinstance(c, int | float) and not isinstance(c, bool) for c in point)
            or not (-180 <= point[0] <= 180 and -90 <= point[1] <= 90)
        ):  # fmt: skip
            raise ValidationError({"area": message})


class BurialSite(MissingModel):
    name = models.CharField(_("name or code"), max_length=200)
    kind = models.CharField(_("kind"), max_length=24, choices=mv.SiteKind.choices)
    place = models.ForeignKey(
        "records.Place", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("nearest place"),
    )  # fmt: skip
    event = models.ForeignKey(
        "records.Event", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("event"), help_text=_("The event whose dead are thought to lie here."),
    )  # fmt: skip
    latitude = models.FloatField(_("latitude"), null=True, blank=True, validators=LATITUDE)
    longitude = models.FloatField(_("longitude"), null=True, blank=True, validators=LONGITUDE)
    area = models.JSONField(
        _("area"), null=True, blank=True,
        help_text=_("The outline, as [longitude, latitude] points."),
    )  # fmt: skip
    precision = models.CharField(_("precision of the location"), max_length=16,
                                 choices=mv.LocationPrecision.choices,
                                 default=mv.LocationPrecision.UNKNOWN)  # fmt: skip
    how_found = models.CharField(_("how it was found"), max_length=16,
                                 choices=mv.HowFound.choices)  # fmt: skip
    found_details = models.TextField(_("how it was found, in detail"), blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("burial site")
        constraints = [
            models.UniqueConstraint(fields=["case", "name"], name="one_site_name_per_case")
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        self.same_case(place=self.place, event=self.event)
        if not self.name.strip():
            raise ValidationError({"name": _("Give the site a name or code.")})
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both latitude and longitude, or neither.")})
        _check_area(self.area)
        if self.area and self.latitude is None:
            # The area's centre stands for the site on maps and in distances.
            self.longitude = sum(p[0] for p in self.area) / len(self.area)
            self.latitude = sum(p[1] for p in self.area) / len(self.area)

    def point(self) -> tuple[float, float] | None:
        """(latitude, longitude): the site's own, else its place's."""
        if self.latitude is not None and self.longitude is not None:
            return self.latitude, self.longitude
        place = self.place
        if place is not None and place.latitude is not None and place.longitude is not None:
            return place.latitude, place.longitude
        return None


class SiteStatusChange(MissingModel):
    """A site's status from a date on: reported, assessed, protected, exhumed, closed."""

    site = models.ForeignKey(BurialSite, on_delete=models.CASCADE, related_name="statuses",
                             verbose_name=_("burial site"))  # fmt: skip
    status = models.CharField(_("status"), max_length=16, choices=mv.SiteStatus.choices)
    date = models.DateField(_("date"))
    team = models.CharField(_("responsible team"), max_length=300, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("status of a site")

    def __str__(self) -> str:
        return f"{self.site_id}: {self.status} on {self.date}"

    def clean(self) -> None:
        self.same_case(site=self.site if self.site_id else None)


class RemainsCase(MissingModel):
    """One body or body part under a unique tag, with the pathologist's post-mortem findings."""

    tag = models.CharField(_("tag"), max_length=64)
    site = models.ForeignKey(
        BurialSite, null=True, blank=True, on_delete=models.PROTECT, related_name="remains",
        verbose_name=_("burial site"),
    )  # fmt: skip
    exhumation = models.CharField(
        _("exhumation"), max_length=200, blank=True,
        help_text=_("Which exhumation or recovery (team, season, grave number)."),
    )  # fmt: skip
    recovered_on = models.DateField(_("recovered on"), null=True, blank=True)
    condition = models.CharField(_("condition"), max_length=24, choices=mv.Condition.choices)
    estimated_sex = models.CharField(_("estimated sex"), max_length=16,
                                     choices=mv.EstimatedSex.choices,
                                     default=mv.EstimatedSex.UNDETERMINED)  # fmt: skip
    age_min = models.PositiveSmallIntegerField(
        _("age from (years)"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    age_max = models.PositiveSmallIntegerField(
        _("age to (years)"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    stature_min_cm = models.PositiveSmallIntegerField(
        _("stature from (cm)"), null=True, blank=True,
        validators=[MinValueValidator(40), MaxValueValidator(250)],
    )  # fmt: skip
    stature_max_cm = models.PositiveSmallIntegerField(
        _("stature to (cm)"), null=True, blank=True,
        validators=[MinValueValidator(40), MaxValueValidator(250)],
    )  # fmt: skip
    trauma = models.TextField(_("trauma"), blank=True)
    cause_of_death = models.TextField(_("cause of death, as stated by the pathologist"),
                                      blank=True)  # fmt: skip
    manner_of_death = models.CharField(_("manner of death, as stated"), max_length=16,
                                       choices=mv.MannerOfDeath.choices, blank=True)  # fmt: skip
    dental_findings = models.TextField(
        _("dental findings"), blank=True,
        help_text=_("The odontologist's chart by FDI tooth number, e.g. \"16 filling; 46 "
                    "missing ante-mortem; 11 lost post-mortem; all other teeth present\"."),
    )  # fmt: skip
    clothing_and_effects = models.TextField(
        _("clothing and effects found"), blank=True,
        help_text=_("Each item with its colour and material, e.g. \"jacket, black leather; "
                    "wristwatch\"."),
    )  # fmt: skip
    pathologist = models.CharField(_("pathologist"), max_length=300, blank=True)
    commingling_group = models.CharField(
        _("commingling group"), max_length=64, blank=True,
        help_text=_("Tags with the same group may be parts of one person."),
    )  # fmt: skip
    notes = models.TextField(_("notes"), blank=True)

    # A dental chart is health data: once the remains are identified, the person's.
    confidential_fields: ClassVar[tuple[str, ...]] = ("dental_findings",)

    class Meta:
        ordering = ["tag"]
        verbose_name = _("remains case")
        constraints = [models.UniqueConstraint(fields=["case", "tag"], name="one_tag_per_case")]

    def __str__(self) -> str:
        return self.tag

    def clean(self) -> None:
        self.same_case(site=self.site if self.site_id else None)
        self.tag = self.tag.strip()
        if not self.tag:
            raise ValidationError({"tag": _("Every remains case has a tag.")})
        range_in_order(self.age_min, self.age_max, "age_max")
        range_in_order(self.stature_min_cm, self.stature_max_cm, "stature_max_cm")


class RemainsSample(MissingModel):
    """A sample taken from remains for DNA analysis (bone, tooth…)."""

    remains = models.ForeignKey(RemainsCase, on_delete=models.CASCADE, related_name="samples",
                                verbose_name=_("remains case"))  # fmt: skip
    kind = models.CharField(_("kind"), max_length=16, choices=mv.SampleKind.choices)
    kit_id = models.CharField(_("sample number"), max_length=64)
    taken_on = models.DateField(_("taken on"), null=True, blank=True)
    laboratory = models.CharField(_("laboratory"), max_length=200, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    confidential_fields: ClassVar[tuple[str, ...]] = ("notes",)
    never_shared = True

    class Meta:
        ordering = ["pk"]
        verbose_name = _("sample of remains")
        constraints = [
            models.UniqueConstraint(fields=["case", "kit_id"], name="one_remains_sample_per_kit")
        ]

    def __str__(self) -> str:
        return self.kit_id

    def clean(self) -> None:
        self.same_case(remains=self.remains if self.remains_id else None)
        self.kit_id = self.kit_id.strip()
        if not self.kit_id:
            raise ValidationError({"kit_id": _("Give the sample's number.")})


class Attachment(MissingModel):
    """An evidence item (a photograph, a plan, a report) attached to a file, site or remains.

    Attached to a missing person's file, the item is ante-mortem data: it never leaves in a
    sharing or publication export, nor do its derivatives.
    """

    item = models.ForeignKey("evidence.EvidenceItem", on_delete=models.PROTECT,
                             related_name="+", verbose_name=_("evidence item"))  # fmt: skip
    file = models.ForeignKey("missing.MissingPersonFile", null=True, blank=True,
                             on_delete=models.CASCADE, related_name="attachments")  # fmt: skip
    site = models.ForeignKey(BurialSite, null=True, blank=True, on_delete=models.CASCADE,
                             related_name="attachments")  # fmt: skip
    remains = models.ForeignKey(RemainsCase, null=True, blank=True, on_delete=models.CASCADE,
                                related_name="attachments")  # fmt: skip
    role = models.CharField(_("what it is"), max_length=16, choices=mv.AttachmentRole.choices)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("attached evidence")

    def __str__(self) -> str:
        return f"evidence {self.item_id} ({self.role})"

    def clean(self) -> None:
        targets = [t for t in (self.file_id, self.site_id, self.remains_id) if t]
        if len(targets) != 1:
            raise ValidationError(_("Attach the item to one file, site or remains case."))
        self.same_case(
            item=self.item if self.item_id else None,
            file=self.file if self.file_id else None,
            site=self.site if self.site_id else None,
            remains=self.remains if self.remains_id else None,
        )  # fmt: skip
