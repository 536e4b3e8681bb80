"""The filter bars above the lists: typed input that narrows an already restricted queryset.

Cross-table filters use EXISTS so rows never repeat and the main query keeps its index order.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import Case
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.naming import name_prefix_lookup, search_key
from rightsledger.records.summary import persons_in_age_group
from rightsledger.web.paging import SortKey

AGE_GROUP_CHOICES = [
    ("child", _("child (under 18)")),
    ("adult", _("adult (18–59)")),
    ("elderly", _("elderly (60 or over)")),
]


def _blank(choices: Any) -> list[tuple[str, Any]]:
    return [("", _("any")), *list(choices)]


class FilterForm(forms.Form):
    """A GET form whose invalid values are ignored rather than reported (links stay usable)."""

    def __init__(self, data: Any, *, case: Case, user: Any) -> None:
        super().__init__(data or None)
        self.case = case
        self.user = user

    def value(self, name: str) -> Any:
        # Fields with an invalid value are left out of cleaned_data: such a filter is off.
        self.is_valid()
        return getattr(self, "cleaned_data", {}).get(name)

    def active(self) -> bool:
        return any(self.value(name) not in (None, "") for name in self.fields if name != "sort")


def prefix_upper_bound(key: str) -> str:
    """The smallest string after every string that starts with ``key``, in code-point order."""
    return key[:-1] + chr(min(ord(key[-1]) + 1, 0x10FFFF))


def names_matching(case: Case, query: str) -> QuerySet[rm.PersonName]:
    """Names of the case whose search key starts with the query's search key.

    The shared prefix lookup keeps the match exact on every database; the range lets the
    (case, search_key) index both find the names and return them in key order, so a page
    of matches costs a short index range scan however many names the case holds.
    """
    key = search_key(query)
    if not key:
        return rm.PersonName.objects.none()
    return rm.PersonName.objects.filter(
        case=case, search_key__gte=key, search_key__lt=prefix_upper_bound(key)
    ).filter(**name_prefix_lookup(key))


class PersonFilterForm(FilterForm):
    SORTS = {
        "name": SortKey("display_name"),
        "-name": SortKey("display_name", descending=True),
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
    event = forms.IntegerField(label=_("Event"), required=False, widget=forms.HiddenInput)
    place = forms.IntegerField(label=_("Place"), required=False, widget=forms.HiddenInput)
    source = forms.IntegerField(label=_("Source"), required=False, widget=forms.HiddenInput)
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

    def sort_key(self) -> SortKey:
        return self.SORTS.get(self.value("sort") or "name", self.SORTS["name"])

    def searching(self) -> bool:
        return bool(search_key(self.value("q") or ""))

    def matching_names(self, persons: QuerySet[rm.Person]) -> QuerySet[rm.PersonName]:
        """The names matching the search, of persons passing the other filters."""
        return names_matching(self.case, self.value("q") or "").filter(
            Exists(self.apply(persons, by_name=False).filter(pk=OuterRef("person_id")))
        )

    def apply(self, persons: QuerySet[rm.Person], *, by_name: bool = True) -> QuerySet[rm.Person]:
        status = self.value("status")
        if by_name and (query := self.value("q")):
            persons = persons.filter(
                Exists(names_matching(self.case, query).filter(person_id=OuterRef("pk")))
            )
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
            persons = persons_in_age_group(persons, group, status or None)
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
    parent = forms.IntegerField(label=_("Part of"), required=False, widget=forms.HiddenInput)
    place = forms.IntegerField(label=_("Place"), required=False, widget=forms.HiddenInput)
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
    event = forms.IntegerField(label=_("Event"), required=False, widget=forms.HiddenInput)
    place = forms.IntegerField(label=_("Place"), required=False, widget=forms.HiddenInput)
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
    source = forms.IntegerField(label=_("Source"), required=False, widget=forms.HiddenInput)
    event = forms.IntegerField(label=_("Event"), required=False, widget=forms.HiddenInput)
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
