from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "rightsledger.registry"
    label = "registry"
    verbose_name = "Victim registry"
