"""Evidence's API paths beside its router viewsets: the resumable (tus) uploads."""

from django.urls import path

from rightsledger.evidence.views_resumable import UploadCreateView, UploadView

urlpatterns = [
    path("evidence/uploads/", UploadCreateView.as_view(), name="evidence-uploads"),
    path("evidence/uploads/<str:upload_id>/", UploadView.as_view(), name="evidence-upload"),
]
