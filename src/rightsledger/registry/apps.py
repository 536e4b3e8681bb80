from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "rightsledger.registry"
    label = "registry"
    verbose_name = "Victim registry"

    def ready(self) -> None:
        # Registers the "estimate" background job kind.
        from rightsledger.registry import estimating  # noqa: F401
