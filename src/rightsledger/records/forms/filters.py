"""The filter bars above the lists: typed input that narrows an already restricted queryset.

Cross-table filters use EXISTS so rows never repeat and the main query keeps its index order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from django import forms
from django.db.models import Exists, Model, OuterRef, Q, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import Case
from rightsledger.cases.numbers import WholeNumberField, out_of_range
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.ages import AgeLimits, persons_in_age_group
from rightsledger.records.collation import collated
from rightsledger.records.name_words import (
    NameWord,
    first_of_person,
    persons_named,
    words_starting,
)
from rightsledger.records.naming import search_key
from rightsledger.web.paging import SortKey
from rightsledger.web.views.errors import ExplainedBadRequest

AGE_GROUP_CHOICES = [
    ("child", _("child (under 18)")),
    ("adult", _("adult (18–59)")),
    ("elderly", _("elderly (60 or over)")),
]


def _blank(choices: Any) -> list[tuple[str, Any]]:
    return [("", _("any")), *list(choices)]


class FilterValueOutOfRange(ExplainedBadRequest):
    """A record number no database can hold: answered 400 with this message (not ignored,
    or the list would silently show everything)."""


@dataclass(frozen=True)
class Chip:
    """One filter in force: its label, its value in words, the query without it."""

    label: str
    value: str
    remove: str

    @property
    def text(self) -> str:
        return f"{self.label}: {self.value}"


class FilterForm(forms.Form):
    """A GET form whose invalid values are ignored rather than reported (links stay usable),
    except numbers beyond what a database can hold, which are a bad request."""

    def __init__(self, data: Any, *, case: Case, user: Any) -> None:
        super().__init__(data or None)
        self.case = case
        self.user = user

    def value(self, name: str) -> Any:
        # Fields with an invalid value are left out of cleaned_data: such a filter is off.
        if problems := out_of_range(self):
            raise FilterValueOutOfRange("; ".join(problems))
        return getattr(self, "cleaned_data", {}).get(name)

    def active(self) -> bool:
        return any(self.value(name) not in (None, "") for name in self.fields if name != "sort")

    def chips(self, query: QueryDict) -> list[Chip]:
        """Every filter in force, each with the query that removes it (from the first page)."""
        chips = []
        for name, field in self.fields.items():
            value = self.value(name)
            if name == "sort" or value in (None, ""):
                continue
            rest = query.copy()
            for key in (name, "after"):
                rest.pop(key, None)
            chips.append(Chip(str(field.label), self.describe(name, value), rest.urlencode()))
        return chips

    def describe(self, name: str, value: Any) -> str:
        """A filter's value in words: a choice's label, else the value as given."""
        choices = dict(getattr(self.fields[name], "choices", ()))
        return str(choices.get(value, value))


class PersonFilterForm(FilterForm):
    # By name: the display name in the reader's language's collation (see ``sort_key``).
    SORTS = {
        "name": SortKey("sort_name"),
        "-name": SortKey("sort_name", descending=True),
        "newest": SortKey("pk", descending=True),
        "oldest": SortKey("pk"),
    }
    q = forms.CharField(
        label=_("Name"), required=False, max_length=200, widget=forms.TextInput({"type": "search"})
    )
    status = forms.ChoiceField(
        label=_("Victim status"), required=False, choices=_blank(v.VictimStatus.choices)
    )
    sex = forms.ChoiceField(label=_("Sex"), required=False, choices=_blank(v.Sex.choices))
    age_group = forms.ChoiceField(
        label=_("Age group"), required=False, choices=_blank(AGE_GROUP_CHOICES)
    )
    act_type = forms.ChoiceField(
        label=_("Act type"), required=False, choices=_blank(v.ActType.choices)
    )
    event = WholeNumberField(label=_("Event"), required=False, widget=forms.HiddenInput)
    place = WholeNumberField(label=_("Place"), required=False, widget=forms.HiddenInput)
    source = WholeNumberField(label=_("Source"), required=False, widget=forms.HiddenInput)
    sort = forms.ChoiceField(
        label=_("Sort"),
        required=False,
        choices=[
            ("name", _("name A–Z")),
            ("-name", _("name Z–A")),
            ("newest", _("newest first")),
            ("oldest", _("oldest first")),
        ],
    )

    RECORD_FILTERS: ClassVar[dict[str, type[Model]]] = {
        "event": rm.Event, "place": rm.Place, "source": rm.Source,
    }  # fmt: skip

    def describe(self, name: str, value: Any) -> str:
        model: Any = self.RECORD_FILTERS.get(name)
        if model is None:
            return super().describe(name, value)
        record = model.objects.restrict(self.user, "view").filter(case=self.case, pk=value).first()
        return str(record) if record is not None else _("№ %(number)s") % {"number": value}

    def sort_key(self) -> SortKey:
        return self.SORTS.get(self.value("sort") or "name", self.SORTS["name"])

    def sorted(self, persons: QuerySet[rm.Person]) -> QuerySet[rm.Person]:
        """``persons`` with the ``sort_name`` that ``sort_key`` orders by (an index per language)."""
        return persons.annotate(sort_name=collated("display_name"))

    def searching(self) -> bool:
        return bool(search_key(self.value("q") or ""))

    def walked_words(self) -> QuerySet[NameWord]:
        """The name words a search walks: those starting with its longest word, of persons
        having the others."""
        return words_starting(self.case.pk, self.value("q") or "")

    def matching_words(
        self, persons: QuerySet[rm.Person], *, descending: bool
    ) -> QuerySet[NameWord]:
        """Of the walked words, one of each person that passes the other filters: a
        condition on the rows of a walk, not a walk of its own."""
        return NameWord.objects.filter(
            first_of_person(self.value("q") or "", descending=descending),
            self._passes_other_filters(persons),
        )

    def found_words(self, persons: QuerySet[rm.Person]) -> QuerySet[NameWord]:
        """The walked words of persons passing the other filters (a person's several words
        among them: count their distinct ``person_ref``)."""
        return self.walked_words().filter(self._passes_other_filters(persons))

    def _passes_other_filters(self, persons: QuerySet[rm.Person]) -> Exists:
        return Exists(self.apply(persons, by_name=False).filter(pk=OuterRef("person_ref")))

    def apply(self, persons: QuerySet[rm.Person], *, by_name: bool = True) -> QuerySet[rm.Person]:
        status = self.value("status")
        if by_name and (query := self.value("q")):
            persons = persons.filter(persons_named(query, self.case.pk))
        if status:
            persons = persons.filter(
                Exists(
                    rm.StatusRecord.objects.filter(
                        case=self.case, status=status, person_id=OuterRef("pk")
                    )
                )
            )
        if sex := self.value("sex"):
            persons = persons.filter(sex=sex)
        if group := self.value("age_group"):
            persons = persons_in_age_group(persons, group, AgeLimits.of(self.case), status or None)
        involvement_filter = Q()
        if act_type := self.value("act_type"):
            involvement_filter &= Q(act__act_type=act_type)
        if event := self.value("event"):
            involvement_filter &= Q(act__event_id=event) | Q(act__event__parent_id=event)
        if place := self.value("place"):
            involvement_filter &= Q(act__place_id=place) | Q(act__event__places=place)
        if involvement_filter:
            persons = persons.filter(
                Exists(
                    rm.Involvement.objects.filter(person_id=OuterRef("pk")).filter(
                        involvement_filter
                    )
                )
            )
        if source := self.value("source"):
            persons = persons.filter(
                Exists(
                    rm.Claim.objects.filter(
                        source_id=source,
                        subject_type__app_label="records",
                        subject_type__model="person",
                        subject_id=OuterRef("pk"),
                    )
                )
            )
        return persons


class EventFilterForm(FilterForm):
    q = forms.CharField(label=_("Title"), required=False, max_length=200)
    event_type = forms.ChoiceField(
        label=_("Event type"), required=False, choices=_blank(v.EventType.choices)
    )
    parent = WholeNumberField(label=_("Part of"), required=False, widget=forms.HiddenInput)
    place = WholeNumberField(label=_("Place"), required=False, widget=forms.HiddenInput)
    sort = forms.ChoiceField(
        label=_("Sort"),
        required=False,
        choices=[("date", _("date")), ("-date", _("latest first")), ("title", _("title"))],
    )

    def apply(self, events: QuerySet[rm.Event]) -> QuerySet[rm.Event]:
        if query := self.value("q"):
            events = events.filter(title__icontains=query)
        if event_type := self.value("event_type"):
            events = events.filter(event_type=event_type)
        if parent := self.value("parent"):
            events = events.filter(parent_id=parent)
        if place := self.value("place"):
            events = events.filter(places=place)
        ordering = {
            "date": ["start_date", "title", "pk"],
            "-date": ["-start_date", "title", "pk"],
            "title": ["title", "pk"],
        }[self.value("sort") or "date"]
        return events.order_by(*ordering)


class ActFilterForm(FilterForm):
    act_type = forms.ChoiceField(
        label=_("Act type"), required=False, choices=_blank(v.ActType.choices)
    )
    event = WholeNumberField(label=_("Event"), required=False, widget=forms.HiddenInput)
    place = WholeNumberField(label=_("Place"), required=False, widget=forms.HiddenInput)
    sort = forms.ChoiceField(
        label=_("Sort"),
        required=False,
        choices=[("date", _("date")), ("-date", _("latest first")), ("type", _("type"))],
    )

    def apply(self, acts: QuerySet[rm.Act]) -> QuerySet[rm.Act]:
        if act_type := self.value("act_type"):
            acts = acts.filter(act_type=act_type)
        if event := self.value("event"):
            acts = acts.filter(Q(event_id=event) | Q(event__parent_id=event))
        if place := self.value("place"):
            acts = acts.filter(place_id=place)
        ordering = {
            "date": ["date", "pk"],
            "-date": ["-date", "-pk"],
            "type": ["act_type", "date", "pk"],
        }[self.value("sort") or "date"]
        return acts.order_by(*ordering)


class SourceFilterForm(FilterForm):
    q = forms.CharField(label=_("Title"), required=False, max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=_blank(v.SourceKind.choices))
    reliability = forms.ChoiceField(
        label=_("Reliability"), required=False, choices=_blank(v.Reliability.choices)
    )
    sort = forms.ChoiceField(
        label=_("Sort"),
        required=False,
        choices=[("title", _("title")), ("-date", _("latest first")), ("reliability", _("grade"))],
    )

    def apply(self, sources: QuerySet[rm.Source]) -> QuerySet[rm.Source]:
        if query := self.value("q"):
            sources = sources.filter(Q(title__icontains=query) | Q(author__icontains=query))
        if kind := self.value("kind"):
            sources = sources.filter(kind=kind)
        if reliability := self.value("reliability"):
            sources = sources.filter(reliability=reliability)
        ordering = {
            "title": ["title", "pk"],
            "-date": ["-date", "title", "pk"],
            "reliability": ["reliability", "title", "pk"],
        }[self.value("sort") or "title"]
        return sources.order_by(*ordering)


class ClaimFilterForm(FilterForm):
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=_blank(v.ClaimKind.choices))
    category = forms.ChoiceField(
        label=_("Category"), required=False, choices=_blank(v.AggregateCategory.choices)
    )
    source = WholeNumberField(label=_("Source"), required=False, widget=forms.HiddenInput)
    event = WholeNumberField(label=_("Event"), required=False, widget=forms.HiddenInput)
    sort = forms.ChoiceField(
        label=_("Sort"),
        required=False,
        choices=[("-id", _("newest first")), ("credibility", _("credibility"))],
    )

    def apply(self, claims: QuerySet[rm.Claim]) -> QuerySet[rm.Claim]:
        if kind := self.value("kind"):
            claims = claims.filter(kind=kind)
        if category := self.value("category"):
            claims = claims.filter(category=category)
        if source := self.value("source"):
            claims = claims.filter(source_id=source)
        if event := self.value("event"):
            claims = claims.filter(event_id=event)
        ordering = {"-id": ["-pk"], "credibility": ["credibility", "-pk"]}[
            self.value("sort") or "-id"
        ]
        return claims.order_by(*ordering)
