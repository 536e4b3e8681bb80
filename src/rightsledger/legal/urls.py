from django.urls import path

from rightsledger.legal import views, views_case

case = "c/<slug:slug>/"

urlpatterns = [
    path("legal/catalogue/", views.catalogue_page, name="legal-catalogue"),
    path("legal/catalogue/<str:kind>/<int:pk>/edit/", views.entry_edit, name="legal-entry-edit"),
    path("legal/act-types/", views.mappings, name="legal-mappings"),
    path("legal/act-types/<int:pk>/remove/", views.mapping_remove, name="legal-mapping-remove"),
    path(f"{case}qualifications/", views_case.qualification_list, name="case-qualifications"),
    path(f"{case}qualifications/new/", views_case.qualification_new, name="case-qualification-new"),
    path(f"{case}qualifications/<int:pk>/", views_case.qualification_detail,
         name="case-qualification"),
    path(f"{case}qualifications/<int:pk>/status/", views_case.qualification_status,
         name="case-qualification-status"),
    path(f"{case}qualifications/<int:pk>/withdraw/", views_case.qualification_withdraw,
         name="case-qualification-withdraw"),
    path(f"{case}qualifications/<int:pk>/link/", views_case.link_record,
         name="case-qualification-link"),
    path(f"{case}qualifications/matrix.<str:fmt>", views_case.matrix_export,
         name="case-matrix-export"),
    path(f"{case}qualifications/act-types/", views_case.case_mappings, name="case-legal-mappings"),
    path(f"{case}qualifications/act-types/<int:pk>/remove/", views_case.case_mapping_remove,
         name="case-legal-mapping-remove"),
    path(f"{case}legal/link/<str:kind>/<int:pk>/", views_case.link_from, name="case-legal-link-from"),
    path(f"{case}legal/links/<int:pk>/remove/", views_case.unlink, name="case-legal-unlink"),
]  # fmt: skip
