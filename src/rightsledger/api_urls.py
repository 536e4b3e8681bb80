"""The API's route table: every app's viewsets under /api/ (the apps name their routes)."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from rightsledger.accounts.views import obtain_token
from rightsledger.cases.views_api import ROUTES as CASE_ROUTES
from rightsledger.evidence.views import ROUTES as EVIDENCE_ROUTES
from rightsledger.legal.views_api import ROUTES as LEGAL_ROUTES
from rightsledger.missing.views_api import ROUTES as MISSING_ROUTES
from rightsledger.protection.views import ROUTES as PROTECTION_ROUTES
from rightsledger.records import views_api as records_api

router = DefaultRouter()
for prefix, viewset, basename in (
    *CASE_ROUTES, *records_api.ROUTES, *EVIDENCE_ROUTES, *PROTECTION_ROUTES, *LEGAL_ROUTES,
    *MISSING_ROUTES,
):  # fmt: skip
    router.register(prefix, viewset, basename=basename)

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("token/", obtain_token, name="api-token"),
    path("cases/<slug:slug>/summary/", records_api.case_summary, name="case-summary"),
    path("cases/<slug:slug>/figures/", records_api.case_figures, name="case-figures-api"),
    # Before the router, whose evidence/<pk>/ would take evidence/uploads/.
    path("", include("rightsledger.evidence.api_urls")),
    path("", include(router.urls)),
]
