from django.urls import path

from rightsledger.archive import views, views_import

c = "c/<slug:slug>/exports/"
urlpatterns = [
    path(c, views.bag_exports, name="case-bag-exports"),
    path(f"{c}<int:pk>/", views.bag_export, name="case-bag-export"),
    path(f"{c}<int:pk>/download/", views.bag_download, name="case-bag-download"),
    path("cases/import/", views_import.bag_import, name="case-import"),
    path("c/<slug:slug>/imported/<int:pk>/", views_import.bag_imported, name="case-bag-import"),
]
