from django.urls import path

from rightsledger.registry import views

case = "c/<slug:slug>/"

urlpatterns = [
    path(f"{case}registry/", views.overview, name="registry"),
    path(f"{case}figures/", views.figures_page, name="case-figures"),
    path(f"{case}registry/figures/<str:figure>/", views.figure_persons, name="registry-figure"),
    path(f"{case}registry/import/", views.import_upload, name="registry-import"),
    path(f"{case}registry/import/confirm/", views.import_confirm, name="registry-import-confirm"),
    path(f"{case}registry/link/", views.link, name="registry-link"),
    path(f"{case}registry/review/", views.review, name="registry-review"),
    path(f"{case}persons/<int:pk>/split/", views.person_split, name="person-split"),
    path(f"{case}persons/<int:pk>/merge/", views.person_merge, name="person-merge"),
    path(f"{case}registry/estimates/", views.estimates, name="registry-estimates"),
    path(f"{case}registry/estimates/<int:pk>/", views.estimate_detail, name="registry-estimate"),
]
