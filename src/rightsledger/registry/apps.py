from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "rightsledger.registry"
    label = "registry"
    verbose_name = "Victim registry"

    def ready(self) -> None:
        # Registers the registry's background job kinds (estimate, import-list, link).
        from rightsledger.registry import background, estimating  # noqa: F401
