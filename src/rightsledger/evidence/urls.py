from django.urls import path

from rightsledger.evidence import views_web

case = "c/<slug:slug>/"

urlpatterns = [
    path(f"{case}evidence/", views_web.evidence_list, name="case-evidence"),
    path(f"{case}evidence/upload/", views_web.evidence_upload, name="case-evidence-upload"),
]
