from django.apps import AppConfig


class LegalConfig(AppConfig):
    name = "rightsledger.legal"
    label = "legal"
    verbose_name = "Legal qualification"

    def ready(self) -> None:
        from rightsledger.legal.integrity import protect_link_targets

        protect_link_targets()
