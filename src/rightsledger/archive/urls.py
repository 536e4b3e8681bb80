from django.urls import path

from rightsledger.archive import views

c = "c/<slug:slug>/exports/"
urlpatterns = [
    path(c, views.bag_exports, name="case-bag-exports"),
    path(f"{c}<int:pk>/", views.bag_export, name="case-bag-export"),
    path(f"{c}<int:pk>/download/", views.bag_download, name="case-bag-download"),
]
