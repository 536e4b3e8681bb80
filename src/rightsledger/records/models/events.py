"""Places, events and the acts done in them."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import CaseScopedModel
from rightsledger.records import vocabulary as v
from rightsledger.records.bounds import (
    MAX_NAMES_PER_PLACE,
    TOO_MANY_PLACE_NAMES,
    refuse_one_more,
)
from rightsledger.records.models.common import same_case


class Place(CaseScopedModel):
    name = models.CharField(max_length=300, help_text=_("The usual name of the place."))
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    latitude = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        same_case(self, self.parent)
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))
        self._refuse_parent_cycle()

    def _refuse_parent_cycle(self) -> None:
        """Walk up from the new parent: meeting this place again would make a loop."""
        seen: set[int] = set()
        ancestor_id = self.parent_id
        while ancestor_id is not None:
            if self.pk and ancestor_id == self.pk:
                raise ValidationError({"parent": _("A place cannot contain itself.")})
            if ancestor_id in seen:  # rows edited behind the application's back
                raise ValidationError({"parent": _("The places above this one form a loop.")})
            seen.add(ancestor_id)
            ancestor_id = (
                Place.objects.filter(pk=ancestor_id).values_list("parent_id", flat=True).first()
            )


class PlaceName(CaseScopedModel):
    """One name of a place in one language or script."""

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(max_length=300)
    language = models.CharField(max_length=16, blank=True, help_text=_("BCP 47 tag, e.g. az"))
    script = models.CharField(max_length=8, blank=True, help_text=_("ISO 15924, e.g. Latn"))

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        same_case(self, self.place)
        if self._state.adding and self.place_id:
            refuse_one_more(PlaceName.objects.filter(place_id=self.place_id),
                            MAX_NAMES_PER_PLACE, TOO_MANY_PLACE_NAMES, "place")  # fmt: skip


class Event(CaseScopedModel):
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    event_type = models.CharField(max_length=32, choices=v.EventType.choices, default="other")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    start_date = models.DateField(null=True, blank=True)
    start_precision = models.CharField(
        max_length=16, choices=v.DatePrecision.choices, default=v.DatePrecision.UNKNOWN
    )
    end_date = models.DateField(null=True, blank=True)
    end_precision = models.CharField(
        max_length=16, choices=v.DatePrecision.choices, default=v.DatePrecision.UNKNOWN
    )
    date_as_stated = models.CharField(max_length=300, blank=True)
    places = models.ManyToManyField(Place, blank=True, related_name="events")

    class Meta:
        ordering = [models.F("start_date").asc(nulls_first=True), "title"]
        indexes = [models.Index(fields=["case", "start_date"])]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        same_case(self, self.parent)
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date is before the start date.")})
        ancestor = self.parent
        while ancestor is not None:
            if self.pk and ancestor.pk == self.pk:
                raise ValidationError({"parent": _("An event cannot contain itself.")})
            ancestor = ancestor.parent


class Act(CaseScopedModel):
    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="acts")
    act_type = models.CharField(max_length=32, choices=v.ActType.choices)
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=16, choices=v.DatePrecision.choices, default=v.DatePrecision.UNKNOWN
    )
    date_as_stated = models.CharField(max_length=300, blank=True)
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.PROTECT, related_name="acts"
    )
    method = models.CharField(max_length=300, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = [models.F("date").asc(nulls_first=True), "pk"]
        indexes = [models.Index(fields=["case", "act_type"])]

    def __str__(self) -> str:
        return f"{self.get_act_type_display()} — {self.event}"

    def clean(self) -> None:
        same_case(self, self.event if self.event_id else None, self.place)
