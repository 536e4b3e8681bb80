from django.apps import AppConfig


class ProtectionConfig(AppConfig):
    name = "rightsledger.protection"
    label = "protection"
    verbose_name = "Protection of people"
