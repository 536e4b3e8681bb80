"""Persons, their names, relationships, involvements in acts and statuses."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import CaseScopedModel
from rightsledger.records import vocabulary as v
from rightsledger.records.bounds import (
    MAX_NAMES_PER_PERSON,
    MAX_RELATIONSHIPS_PER_PERSON,
    TOO_MANY_NAMES,
    TOO_MANY_RELATIONSHIPS,
    refuse_one_more,
)
from rightsledger.records.collation import collated_name_indexes
from rightsledger.records.models.common import same_case
from rightsledger.records.models.events import Act, Place


class AttributedModel(CaseScopedModel):
    """A fact about a person that one source gives: from a list row, or entered by hand.

    ``source_record`` is set when the fact was derived from an imported list row (the row is
    kept verbatim, with its file's hash and row number); linkage moves such facts with their
    row from one person to another.  ``source`` says who gives the fact (the list's source,
    or the testimony, report… a documenter attributes it to); blank when not attributed.
    """

    source = models.ForeignKey(
        "records.Source", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    source_record = models.ForeignKey(
        "registry.SourceRecord",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
    )

    class Meta:
        abstract = True


class Person(CaseScopedModel):
    # The first recorded name, kept on the person so lists of a million persons sort and
    # display without a join; every name (this one too) lives in PersonName.
    display_name = models.CharField(max_length=300, blank=True)
    sex = models.CharField(max_length=8, choices=v.Sex.choices, default=v.Sex.UNKNOWN)
    birth_date = models.DateField(null=True, blank=True)
    birth_precision = models.CharField(
        max_length=16, choices=v.DatePrecision.choices, default=v.DatePrecision.UNKNOWN
    )
    birth_year = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1800), MaxValueValidator(2100)]
    )
    age_at_event = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(130)]
    )
    place_of_origin = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.PROTECT, related_name="natives"
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["display_name", "pk"]
        indexes = [
            models.Index(fields=["case", "display_name"]),
            *collated_name_indexes("person"),
            # The API's lists walk a case's persons newest first (cursor on the id): without
            # it the walk reads every later case's persons before reaching this one's.
            models.Index(fields=["case", "id"], name="records_person_case_newest"),
        ]

    def __str__(self) -> str:
        return self.display_name or f"person {self.pk}"

    def clean(self) -> None:
        same_case(self, self.place_of_origin)
        if self.birth_date and self.birth_year and self.birth_date.year != self.birth_year:
            raise ValidationError({"birth_year": _("Birth year disagrees with birth date.")})


class PersonName(AttributedModel):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    kind = models.CharField(max_length=16, choices=v.NameKind.choices, default=v.NameKind.FULL)
    value = models.CharField(max_length=300)
    script = models.CharField(max_length=8, blank=True, help_text=_("ISO 15924, e.g. Cyrl"))
    language = models.CharField(max_length=16, blank=True)
    # Derived from ``value`` for prefix search across scripts and spellings; never shown.
    search_key = models.CharField(max_length=300, editable=False, db_index=False)

    class Meta:
        ordering = ["pk"]
        indexes = [
            models.Index(fields=["case", "search_key"]),
            # LIKE 'prefix%' uses an index on PostgreSQL only with the pattern operator class
            # (other databases ignore opclasses and use the index above).
            # The id last: names sharing a key come in id order, so a page of a name search
            # reads one page of index entries.
            models.Index(
                fields=["case", "search_key", "id"],
                name="personname_prefix_pattern_id",
                opclasses=["int8_ops", "varchar_pattern_ops", "int8_ops"],
            ),
        ]

    def __str__(self) -> str:
        return self.value

    def clean(self) -> None:
        same_case(self, self.person if self.person_id else None)
        if not self.value.strip():
            raise ValidationError({"value": _("A name cannot be blank.")})
        if self._state.adding and self.person_id:
            refuse_one_more(PersonName.objects.filter(person_id=self.person_id),
                            MAX_NAMES_PER_PERSON, TOO_MANY_NAMES, "person")  # fmt: skip

    def save(self, *args: object, **kwargs: object) -> None:
        from rightsledger.records.naming import search_key

        self.search_key = search_key(self.value)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "value" in update_fields:  # type: ignore[operator]
            kwargs["update_fields"] = {*update_fields, "search_key"}  # type: ignore[misc]
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Relationship(CaseScopedModel):
    """A typed family or household link: ``person`` is <kind> ``relative``."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relationships")
    relative = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=v.RelationshipKind.choices)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "relative", "kind"], name="one_relationship_of_a_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} {self.get_kind_display()} {self.relative}"

    def clean(self) -> None:
        same_case(
            self,
            self.person if self.person_id else None,
            self.relative if self.relative_id else None,
        )
        if self.person_id and self.person_id == self.relative_id:
            raise ValidationError(_("A person cannot be their own relative."))
        if self._state.adding and self.person_id:
            refuse_one_more(Relationship.objects.filter(person_id=self.person_id),
                            MAX_RELATIONSHIPS_PER_PERSON, TOO_MANY_RELATIONSHIPS, "person")  # fmt: skip


class Involvement(AttributedModel):
    act = models.ForeignKey(Act, on_delete=models.CASCADE, related_name="involvements")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="involvements")
    role = models.CharField(max_length=16, choices=v.InvolvementRole.choices)
    perpetrator_degree = models.CharField(
        max_length=24, choices=v.PerpetratorDegree.choices, blank=True
    )
    unit = models.CharField(
        max_length=300, blank=True, help_text=_("Unit or organisation of a perpetrator.")
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            # A documenter records one role per person and act; every list row that names
            # the person is an involvement of its own (it moves with its row on re-linking).
            models.UniqueConstraint(
                fields=["act", "person", "role"],
                condition=models.Q(source_record__isnull=True),
                name="one_role_per_act",
            ),
            models.UniqueConstraint(fields=["source_record"], name="one_involvement_per_row"),
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.get_role_display()} — {self.act}"

    def clean(self) -> None:
        same_case(self, self.act if self.act_id else None, self.person if self.person_id else None)
        if self.role != v.InvolvementRole.PERPETRATOR and (self.perpetrator_degree or self.unit):
            raise ValidationError(
                {"perpetrator_degree": _("Only a perpetrator has a degree and a unit.")}
            )


class StatusRecord(AttributedModel):
    """A victim's status at a date (killed, captured, released, …): a person's history."""

    involvement = models.ForeignKey(Involvement, on_delete=models.CASCADE, related_name="statuses")
    # Copied from the involvement so status filters on a million persons use one index.
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="statuses")
    status = models.CharField(max_length=16, choices=v.VictimStatus.choices)
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=16, choices=v.DatePrecision.choices, default=v.DatePrecision.UNKNOWN
    )
    notes = models.TextField(blank=True)

    class Meta:
        # Undated statuses first on every database (PostgreSQL would put NULLs last).
        ordering = [models.F("date").asc(nulls_first=True), "pk"]
        indexes = [models.Index(fields=["case", "status", "person"])]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_status_display()}"

    def clean_fields(self, exclude: object = None) -> None:
        # The person always follows the involvement; set it before fields are checked.
        if self.involvement_id:
            self.person_id = self.involvement.person_id
        super().clean_fields(exclude=exclude)  # type: ignore[arg-type]

    def clean(self) -> None:
        if self.involvement_id:
            same_case(self, self.involvement)
            if self.involvement.role != v.InvolvementRole.VICTIM:
                raise ValidationError({"involvement": _("Only victims have a status.")})
