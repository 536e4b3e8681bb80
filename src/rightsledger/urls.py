from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("rightsledger.api_urls")),
    path("", include("rightsledger.registry.urls")),
    path("", include("rightsledger.jobs.urls")),
    path("", include("rightsledger.evidence.urls")),
    path("", include("rightsledger.legal.urls")),
    path("", include("rightsledger.missing.urls")),
    path("", include("rightsledger.reports.urls")),
    path("", include("rightsledger.archive.urls")),
    path("", include("rightsledger.protection.urls")),
    path("", include("rightsledger.accounts.urls")),
    path("", include("rightsledger.cases.urls")),
    path("", include("rightsledger.records.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]

handler400 = "rightsledger.web.views.errors.bad_request"
