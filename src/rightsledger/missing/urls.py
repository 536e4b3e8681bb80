from django.urls import path

from rightsledger.missing import views, views_import

c = "c/<slug:slug>/missing/"

urlpatterns = [
    path(c, views.overview, name="missing-home"),
    path(f"{c}figures/<str:key>/", views.figure, name="missing-figure"),
    path(f"{c}import/", views_import.upload, name="missing-import"),
    path(f"{c}import/<str:token>/", views_import.columns, name="missing-import-columns"),
    path(f"{c}files/new/", views.file_new, name="missing-file-new"),
    path(f"{c}files/<int:pk>/", views.file_detail, name="missing-file"),
    path(f"{c}files/<int:pk>/edit/", views.file_edit, name="missing-file-edit"),
    path(f"{c}files/<int:pk>/relatives/new/", views.relative_new, name="missing-relative-new"),
    path(f"{c}files/<int:pk>/attach/", views.file_attach, name="missing-file-attach"),
    path(f"{c}sites/", views.site_list, name="missing-sites"),
    path(f"{c}sites/geojson/", views.sites_geojson, name="missing-sites-geojson"),
    path(f"{c}sites/new/", views.site_edit, name="missing-site-new"),
    path(f"{c}sites/<int:pk>/", views.site_detail, name="missing-site"),
    path(f"{c}sites/<int:pk>/edit/", views.site_edit, name="missing-site-edit"),
    path(f"{c}sites/<int:pk>/status/", views.site_status, name="missing-site-status"),
    path(f"{c}sites/<int:pk>/attach/", views.site_attach, name="missing-site-attach"),
    path(f"{c}remains/new/", views.remains_edit, name="missing-remains-new"),
    path(f"{c}remains/<int:pk>/", views.remains_detail, name="missing-remains"),
    path(f"{c}remains/<int:pk>/edit/", views.remains_edit, name="missing-remains-edit"),
    path(f"{c}remains/<int:pk>/samples/new/", views.sample_new, name="missing-sample-new"),
    path(f"{c}remains/<int:pk>/reports/new/", views.report_new, name="missing-report-new"),
    path(f"{c}remains/<int:pk>/candidates/", views.remains_candidates,
         name="missing-candidates"),
    path(f"{c}remains/<int:pk>/identify/", views.identify, name="missing-identify"),
    path(f"{c}identifications/<int:pk>/", views.identification_detail,
         name="missing-identification"),
    path(f"{c}identifications/<int:pk>/lines/new/", views.line_new, name="missing-line-new"),
    path(f"{c}identifications/<int:pk>/<str:step>/", views.identification_step,
         name="missing-identification-step"),
]  # fmt: skip
