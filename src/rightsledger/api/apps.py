from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "rightsledger.api"
    label = "api"
    verbose_name = "API"
