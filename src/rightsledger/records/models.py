"""Models of the documentation record.  All are case-scoped (see ``CaseScopedModel``)."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import CaseScopedModel
from rightsledger.records import vocabulary as v
from rightsledger.records.bounds import (
    MAX_NAMES_PER_PERSON,
    MAX_NAMES_PER_PLACE,
    MAX_RELATIONSHIPS_PER_PERSON,
    TOO_MANY_NAMES,
    TOO_MANY_PLACE_NAMES,
    TOO_MANY_RELATIONSHIPS,
    refuse_one_more,
)
from rightsledger.records.collation import collated_name_indexes


def _same_case(record: CaseScopedModel, *related: models.Model | None) -> None:
    """Refuse links between records of different cases (a leak across dossiers)."""
    for other in related:
        if other is not None and getattr(other, "case_id", None) != record.case_id:
            raise ValidationError(_("Linked records must belong to the same case."))


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
        _same_case(self, self.parent)
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
        _same_case(self, self.place)
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
        _same_case(self, self.parent)
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
        _same_case(self, self.event if self.event_id else None, self.place)


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
        _same_case(self, self.place_of_origin)
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
        _same_case(self, self.person if self.person_id else None)
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
        _same_case(
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
        _same_case(self, self.act if self.act_id else None, self.person if self.person_id else None)
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
            _same_case(self, self.involvement)
            if self.involvement.role != v.InvolvementRole.VICTIM:
                raise ValidationError({"involvement": _("Only victims have a status.")})


class Source(CaseScopedModel):
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=24, choices=v.SourceKind.choices)
    reliability = models.CharField(
        max_length=1, choices=v.Reliability.choices, default=v.Reliability.F
    )
    author = models.CharField(max_length=300, blank=True, help_text=_("Person or organisation."))
    date = models.DateField(null=True, blank=True)
    reference = models.CharField(max_length=500, blank=True, help_text=_("Where to find it."))
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class Claim(CaseScopedModel):
    """One assertion by one source: about a record (individual) or a count (aggregate)."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="claims")
    kind = models.CharField(max_length=16, choices=v.ClaimKind.choices)
    credibility = models.PositiveSmallIntegerField(
        choices=v.Credibility.choices, default=v.Credibility.CANNOT_JUDGE
    )
    statement = models.TextField(help_text=_("What the source asserts, in its own terms."))
    locator = models.CharField(max_length=300, blank=True, help_text=_("Page, minute, row…"))
    # Individual claims are about one record of the case.
    subject_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    subject_id = models.PositiveBigIntegerField(null=True, blank=True)
    subject = GenericForeignKey("subject_type", "subject_id")
    # Aggregate claims: "source S says N <category> (<subgroup>) in event E".
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    category = models.CharField(max_length=24, choices=v.AggregateCategory.choices, blank=True)
    subgroup = models.CharField(max_length=16, choices=v.Subgroup.choices, blank=True)
    count = models.PositiveIntegerField(null=True, blank=True)
    count_low = models.PositiveIntegerField(null=True, blank=True)
    count_high = models.PositiveIntegerField(null=True, blank=True)
    as_stated = models.CharField(max_length=500, blank=True)
    # A subgroup the vocabulary does not name ("journalists", "homes"): subgroup is "other".
    subgroup_label = models.CharField(max_length=100, blank=True)
    qualifier = models.CharField(
        max_length=16, choices=v.CountQualifier.choices, default=v.CountQualifier.EXACT
    )
    # The qualifying or vague words as written ("some", «не менее», "onlarla").
    qualifier_words = models.CharField(max_length=100, blank=True)
    # "of whom 106 women" is part of "613 killed": the same source, a smaller count.
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="parts",
        verbose_name=_("part of"),
    )  # fmt: skip
    # Where ``as_stated`` stands in the source's text, in characters.
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["case", "kind", "category"])]

    def __str__(self) -> str:
        return f"{self.source}: {self.statement[:80]}"

    @property
    def subgroup_text(self) -> str:
        return self.subgroup_label or str(self.get_subgroup_display())

    @property
    def count_text(self) -> str:
        """The count as the source gives it: "613", "some 150", "80–120", "dozens"."""
        if self.qualifier == v.CountQualifier.VAGUE:
            return self.qualifier_words
        if self.count is None:
            return f"{self.count_low}–{self.count_high}"
        if self.qualifier == v.CountQualifier.EXACT:
            return str(self.count)
        words = self.qualifier_words or self.get_qualifier_display()
        return f"{words} {self.count}"

    @property
    def stated_count(self) -> str:
        """The count as given, or nothing where the claim gives none."""
        if self.count is None and self.count_low is None and not self.qualifier_words:
            return ""
        return self.count_text

    @property
    def figure_text(self) -> str:
        """The figure in words, as every page shows it: "613 killed (women)", "dozens
        displaced", "12 property destroyed (homes)"."""
        words = " ".join(w for w in (self.stated_count, str(self.get_category_display())) if w)
        if self.subgroup in {"", v.Subgroup.ALL}:
            return words
        return f"{words} ({self.subgroup_text})"

    def clean(self) -> None:
        _same_case(self, self.source if self.source_id else None, self.event)
        if self.kind == v.ClaimKind.AGGREGATE:
            self._clean_aggregate()
        else:
            self._clean_individual()

    def _clean_aggregate(self) -> None:
        if not self.category:
            raise ValidationError({"category": _("An aggregate claim needs a category.")})
        self._clean_qualifier()
        if (
            self.count_low is not None
            and self.count_high is not None
            and self.count_low > self.count_high
        ):
            raise ValidationError({"count_high": _("The range's high end is below its low end.")})
        if self.subject_type_id or self.subject_id:
            raise ValidationError({"subject_type": _("An aggregate claim has no subject record.")})
        if not self.subgroup:
            self.subgroup = v.Subgroup.OTHER if self.subgroup_label else v.Subgroup.ALL
        self._clean_place_in_text()
        self._clean_parent()

    def _clean_qualifier(self) -> None:
        ranged = self.count_low is not None or self.count_high is not None
        if self.qualifier == v.CountQualifier.EXACT and self.count is None and ranged:
            self.qualifier = v.CountQualifier.RANGE
        if self.qualifier == v.CountQualifier.VAGUE:
            if self.count is not None or ranged:
                raise ValidationError({"qualifier": _("A vague count has no number.")})
            if not self.qualifier_words:
                raise ValidationError(
                    {"qualifier_words": _("Give the words the source uses (“dozens”…).")}
                )
        elif self.qualifier == v.CountQualifier.RANGE:
            if self.count_low is None or self.count_high is None:
                raise ValidationError({"count_low": _("Give both ends of the range.")})
        elif self.count is None:
            raise ValidationError({"count": _("Give a count, or both ends of a range.")})

    def _clean_place_in_text(self) -> None:
        if (self.start is None) != (self.end is None) or (
            self.start is not None and self.end is not None and self.start >= self.end
        ):
            raise ValidationError({"end": _("Give where the words begin and end in the text.")})

    def _clean_parent(self) -> None:
        if self.parent_id is None:
            return
        parent: Claim | None = self.parent
        if parent is None or (
            parent.case_id != self.case_id
            or parent.source_id != self.source_id
            or parent.kind != v.ClaimKind.AGGREGATE
        ):
            raise ValidationError(
                {"parent": _("A claim is part of another aggregate claim of the same source.")}
            )
        seen = {self.pk} if self.pk else set()
        while parent is not None:
            if parent.pk in seen:
                raise ValidationError({"parent": _("A claim cannot be part of itself.")})
            seen.add(parent.pk)
            parent = parent.parent

    def _clean_individual(self) -> None:
        if self.parent_id is not None:
            raise ValidationError({"parent": _("Only aggregate claims have parts.")})
        if not (self.subject_type_id and self.subject_id):
            raise ValidationError({"subject_id": _("An individual claim is about a record.")})
        model = self.subject_type.model_class() if self.subject_type else None
        if model is None or model._meta.app_label != "records":
            raise ValidationError({"subject_type": _("Claims are about records of a case.")})
        subject = model._default_manager.filter(pk=self.subject_id).first()
        if subject is None or getattr(subject, "case_id", None) != self.case_id:
            raise ValidationError({"subject_id": _("No such record in this case.")})
        if self.category or self.count is not None:
            raise ValidationError({"category": _("Counts belong to aggregate claims.")})


# The index of name words lives beside the searches that use it.
# What an individual claim may be about: key → (model, its name in words). The one map that
# the API, the forms and statement reading use.
CLAIM_SUBJECTS: dict[str, tuple[type[models.Model], Any]] = {
    "person": (Person, _("person")),
    "event": (Event, _("event")),
    "act": (Act, _("act")),
    "place": (Place, _("place")),
    "involvement": (Involvement, _("involvement")),
    "status": (StatusRecord, _("status record")),
    "relationship": (Relationship, _("family link")),
}

from rightsledger.records.name_words import NameWord  # noqa: E402, F401
