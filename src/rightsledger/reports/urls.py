from django.urls import path

from rightsledger.reports import views

c = "c/<slug:slug>/reports/"
urlpatterns = [
    path(c, views.reports, name="case-reports"),
    path(f"{c}<int:pk>/", views.report, name="case-report"),
    path(f"{c}<int:pk>/download/", views.download, name="case-report-download"),
    path("c/<slug:slug>/persons/<int:pk>/pdf/", views.person_pdf, name="case-person-pdf"),
    path("c/<slug:slug>/events/<int:pk>/pdf/", views.event_pdf, name="case-event-pdf"),
]
