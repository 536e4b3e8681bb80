"""Filter sets for the record's API lists. Cross-table filters use EXISTS so rows never
repeat."""

from __future__ import annotations

from typing import Any

import django_filters as df
from django.db.models import Exists, OuterRef, QuerySet

from rightsledger.api.filters import CaseFilterSet, WholeNumberFilter
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.name_words import persons_named


class EventFilterSet(CaseFilterSet):
    class Meta:
        model = rm.Event
        fields = ["case", "event_type", "parent"]


class ActFilterSet(CaseFilterSet):
    class Meta:
        model = rm.Act
        fields = ["case", "event", "act_type", "place"]


class PlaceFilterSet(CaseFilterSet):
    class Meta:
        model = rm.Place
        fields = ["case", "parent"]


class PersonFilterSet(CaseFilterSet):
    status = df.ChoiceFilter(choices=v.VictimStatus.choices, method="filter_status")
    name = df.CharFilter(
        method="filter_name", label="name words, any order (each a prefix; any spelling)"
    )
    event = WholeNumberFilter(method="filter_event")
    act_type = df.ChoiceFilter(choices=v.ActType.choices, method="filter_act_type")

    class Meta:
        model = rm.Person
        fields = ["case", "sex", "birth_year", "place_of_origin"]

    def filter_status(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return queryset.filter(
            Exists(
                rm.StatusRecord.objects.filter(
                    case_id=OuterRef("case_id"), status=value, person_id=OuterRef("pk")
                )
            )
        )

    def filter_name(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        # Every word of the query starts a word of one of the person's names, in any order;
        # within the case asked for, found through the name words index.
        return queryset.filter(persons_named(value, self.case_id()))

    def filter_event(self, queryset: QuerySet[Any], name: str, value: int) -> QuerySet[Any]:
        return queryset.filter(
            Exists(rm.Involvement.objects.filter(person_id=OuterRef("pk"), act__event_id=value))
        )

    def filter_act_type(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return queryset.filter(
            Exists(rm.Involvement.objects.filter(person_id=OuterRef("pk"), act__act_type=value))
        )


class PersonNameFilterSet(CaseFilterSet):
    class Meta:
        model = rm.PersonName
        fields = ["case", "person", "kind"]


class RelationshipFilterSet(CaseFilterSet):
    class Meta:
        model = rm.Relationship
        fields = ["case", "person", "relative", "kind"]


class InvolvementFilterSet(CaseFilterSet):
    class Meta:
        model = rm.Involvement
        fields = ["case", "act", "person", "role"]


class StatusRecordFilterSet(CaseFilterSet):
    class Meta:
        model = rm.StatusRecord
        fields = ["case", "involvement", "person", "status"]


class SourceFilterSet(CaseFilterSet):
    class Meta:
        model = rm.Source
        fields = ["case", "kind", "reliability"]


class ClaimFilterSet(CaseFilterSet):
    class Meta:
        model = rm.Claim
        fields = ["case", "source", "kind", "event", "category", "subgroup"]


class PlaceNameFilterSet(CaseFilterSet):
    class Meta:
        model = rm.PlaceName
        fields = ["case", "place"]
