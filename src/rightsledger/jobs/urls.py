from django.urls import path

from rightsledger.jobs import views

urlpatterns = [
    path("c/<slug:slug>/jobs/", views.job_list, name="case-jobs"),
    path("c/<slug:slug>/jobs/<int:pk>/", views.job_detail, name="case-job"),
    path("c/<slug:slug>/jobs/<int:pk>/cancel/", views.job_cancel, name="case-job-cancel"),
    path("c/<slug:slug>/jobs/<int:pk>/retry/", views.job_retry, name="case-job-retry"),
    # A job of no case yet (an import making its case): its starter's alone.
    path("jobs/<int:pk>/", views.job_page, name="job"),
    path("jobs/<int:pk>/cancel/", views.job_page_cancel, name="job-cancel"),
]
