"""The record's API: places, events, acts, persons and their names, family links,
involvements, statuses, sources, claims — and a case's summary and figures."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.decorators import api_view
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from rightsledger.api.pagination import LargeListPagination
from rightsledger.api.views import CaseScopedViewSet
from rightsledger.cases.models import Case
from rightsledger.records import filtersets as f
from rightsledger.records import models as rm
from rightsledger.records import serializers as s
from rightsledger.records.summary import cached_case_summary


class PlaceViewSet(CaseScopedViewSet):
    queryset = rm.Place.objects.all()
    serializer_class = s.PlaceSerializer
    filterset_class = f.PlaceFilterSet
    prefetch_related = ("names",)


class PlaceNameViewSet(CaseScopedViewSet):
    queryset = rm.PlaceName.objects.all()
    serializer_class = s.PlaceNameSerializer
    filterset_class = f.PlaceNameFilterSet


class EventViewSet(CaseScopedViewSet):
    queryset = rm.Event.objects.all()
    serializer_class = s.EventSerializer
    filterset_class = f.EventFilterSet
    prefetch_related = ("places",)
    ordering_fields = ["start_date", "title", "id"]


class ActViewSet(CaseScopedViewSet):
    queryset = rm.Act.objects.all()
    serializer_class = s.ActSerializer
    filterset_class = f.ActFilterSet
    ordering_fields = ["date", "act_type", "id"]


class PersonViewSet(CaseScopedViewSet):
    queryset = rm.Person.objects.all()
    serializer_class = s.PersonSerializer
    filterset_class = f.PersonFilterSet
    pagination_class = LargeListPagination
    prefetch_related = ("names",)
    ordering_fields = ["id", "display_name", "birth_year"]


class PersonNameViewSet(CaseScopedViewSet):
    queryset = rm.PersonName.objects.all()
    serializer_class = s.PersonNameSerializer
    filterset_class = f.PersonNameFilterSet
    pagination_class = LargeListPagination


class RelationshipViewSet(CaseScopedViewSet):
    queryset = rm.Relationship.objects.all()
    serializer_class = s.RelationshipSerializer
    filterset_class = f.RelationshipFilterSet


class InvolvementViewSet(CaseScopedViewSet):
    queryset = rm.Involvement.objects.all()
    serializer_class = s.InvolvementSerializer
    filterset_class = f.InvolvementFilterSet
    pagination_class = LargeListPagination
    prefetch_related = ("statuses",)


class StatusRecordViewSet(CaseScopedViewSet):
    queryset = rm.StatusRecord.objects.all()
    serializer_class = s.StatusRecordSerializer
    filterset_class = f.StatusRecordFilterSet
    pagination_class = LargeListPagination


class SourceViewSet(CaseScopedViewSet):
    queryset = rm.Source.objects.all()
    serializer_class = s.SourceSerializer
    filterset_class = f.SourceFilterSet
    ordering_fields = ["title", "date", "reliability", "id"]


class ClaimViewSet(CaseScopedViewSet):
    queryset = rm.Claim.objects.all()
    serializer_class = s.ClaimSerializer
    filterset_class = f.ClaimFilterSet
    select_related = ("case", "subject_type")


def _case(request: Request, slug: str) -> Case:
    return Case.objects.get_restricted_or_404(request.user, "view", slug=slug)


@extend_schema(responses={200: OpenApiTypes.OBJECT}, operation_id="cases_summary")
@api_view(["GET"])
def case_summary(request: Request, slug: str) -> Response:
    """Headline counts of the case's records (recounted after every change)."""
    return Response(cached_case_summary(_case(request, slug)))


@extend_schema(
    responses={200: OpenApiTypes.OBJECT},
    operation_id="cases_figures",
    parameters=[OpenApiParameter("event", int, description="Only this event and its sub-events.")],
)
@api_view(["GET"])
def case_figures(request: Request, slug: str) -> Response:
    """Every figure, documented (by source), claimed and estimated (``records.figures``)."""
    from rightsledger.registry.stats import case_figures as figures_of

    case = _case(request, slug)
    event = None
    if raw := request.query_params.get("event"):
        if not raw.isdigit() or len(raw) > 18:
            raise ValidationError({"event": "an event id is a whole number"})
        event = rm.Event.objects.get_restricted_or_404(request.user, "view", case=case, pk=int(raw))
    return Response(figures_of(case, event=event).to_dict())


# (prefix, viewset, basename) for the API's router.
ROUTES = [
    ("places", PlaceViewSet, "place"),
    ("place-names", PlaceNameViewSet, "placename"),
    ("events", EventViewSet, "event"),
    ("acts", ActViewSet, "act"),
    ("persons", PersonViewSet, "person"),
    ("person-names", PersonNameViewSet, "personname"),
    ("relationships", RelationshipViewSet, "relationship"),
    ("involvements", InvolvementViewSet, "involvement"),
    ("statuses", StatusRecordViewSet, "statusrecord"),
    ("sources", SourceViewSet, "source"),
    ("claims", ClaimViewSet, "claim"),
]
