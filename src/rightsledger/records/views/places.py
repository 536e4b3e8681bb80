"""Places, and the map (Leaflet over a base layer shipped with the project)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from rightsledger.records import models as rm
from rightsledger.records.forms.records import PlaceForm
from rightsledger.web.access import case_access
from rightsledger.web.views.base import edit_page, render_case


@login_required
def place_list(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    places = (
        rm.Place.objects.restrict(request.user, "view")
        .filter(case=access.case)
        .select_related("parent")
        .prefetch_related("names")
        .order_by("name", "pk")
    )
    return render_case(request, access, "records/places/list.html", {"places": places})


@login_required
def place_map(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    places = (
        rm.Place.objects.restrict(request.user, "view")
        .filter(case=access.case, latitude__isnull=False)
        .order_by("name")
    )
    return render_case(request, access, "records/places/map.html", {"places": places})


@login_required
def places_geojson(request: HttpRequest, slug: str) -> JsonResponse:
    """The case's places with coordinates, as GeoJSON points for the map."""
    access = case_access(request, slug)
    places = rm.Place.objects.restrict(request.user, "view").filter(
        case=access.case, latitude__isnull=False, longitude__isnull=False
    )
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p.longitude, p.latitude]},
            "properties": {
                "name": p.name,
                "url": reverse("case-persons", kwargs={"slug": slug}) + f"?place={p.pk}",
                "events_url": reverse("case-events", kwargs={"slug": slug}) + f"?place={p.pk}",
            },
        }
        for p in places
    ]
    return JsonResponse({"type": "FeatureCollection", "features": features})


@login_required
def place_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    access = case_access(request, slug, "change")
    place = (
        rm.Place.objects.get_restricted_or_404(request.user, "change", pk=pk, case=access.case)
        if pk is not None
        else None
    )
    form = PlaceForm(request.POST or None, case=access.case, user=request.user, instance=place)
    return edit_page(
        request, access, [form], title=_("Edit place") if place else _("New place"),
        success_url=lambda _p: reverse("case-places", kwargs={"slug": slug}),
    )  # fmt: skip
