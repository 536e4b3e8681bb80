from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("rightsledger.api.urls")),
    path("", include("rightsledger.registry.urls")),
    path("", include("rightsledger.evidence.urls")),
    path("", include("rightsledger.web.urls")),
]
