from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from rightsledger.api import views
from rightsledger.evidence import views as evidence_api
from rightsledger.protection import views as protection_api

router = DefaultRouter()
router.register("cases", views.CaseViewSet, basename="case")
router.register("memberships", views.MembershipViewSet, basename="membership")
router.register("places", views.PlaceViewSet, basename="place")
router.register("place-names", views.PlaceNameViewSet, basename="placename")
router.register("events", views.EventViewSet, basename="event")
router.register("acts", views.ActViewSet, basename="act")
router.register("persons", views.PersonViewSet, basename="person")
router.register("person-names", views.PersonNameViewSet, basename="personname")
router.register("relationships", views.RelationshipViewSet, basename="relationship")
router.register("involvements", views.InvolvementViewSet, basename="involvement")
router.register("statuses", views.StatusRecordViewSet, basename="statusrecord")
router.register("sources", views.SourceViewSet, basename="source")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("history", views.HistoryViewSet, basename="history")
router.register("evidence", evidence_api.EvidenceItemViewSet, basename="evidenceitem")
router.register("evidence-links", evidence_api.EvidenceLinkViewSet, basename="evidencelink")
router.register("consents", protection_api.ConsentViewSet, basename="consent")
router.register("classifications", protection_api.ClassificationViewSet, basename="classification")
router.register(
    "protected-persons", protection_api.ProtectedIdentityViewSet, basename="protectedidentity"
)

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("", include(router.urls)),
]
