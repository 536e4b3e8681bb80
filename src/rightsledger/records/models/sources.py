"""Sources and the claims they make."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import CaseScopedModel
from rightsledger.records import vocabulary as v
from rightsledger.records.models.common import same_case
from rightsledger.records.models.events import Act, Event, Place
from rightsledger.records.models.persons import Involvement, Person, Relationship, StatusRecord


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
        same_case(self, self.source if self.source_id else None, self.event)
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
