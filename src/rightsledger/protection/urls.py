from django.urls import path

from rightsledger.protection import views_web

urlpatterns = [
    path("c/<slug:slug>/protection/", views_web.scan_page, name="protection-scan"),
]
