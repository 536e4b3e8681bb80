from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "rightsledger.web"
    label = "web"
    verbose_name = "Web interface"
