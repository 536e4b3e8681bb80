from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "rightsledger.jobs"
    label = "jobs"
    verbose_name = "Background jobs"
