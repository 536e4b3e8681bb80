"""One's cases, a new case, a case's members and its history."""

from django.urls import path

from rightsledger.cases import views

case = "c/<slug:slug>/"

urlpatterns = [
    path("", views.home, name="home"),
    path("cases/new/", views.case_new, name="case-new"),
    path(f"{case}members/", views.members, name="case-members"),
    path(f"{case}members/<int:pk>/", views.member_change, name="case-member"),
    path(f"{case}history/", views.case_history, name="case-history"),
    path(f"{case}history/<str:object_type>/<str:pk>/", views.object_history,
         name="object-history"),
]  # fmt: skip
