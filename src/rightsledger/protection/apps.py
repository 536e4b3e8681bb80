from django.apps import AppConfig


class ProtectionConfig(AppConfig):
    name = "rightsledger.protection"
    label = "protection"
    verbose_name = "Protection of people"

    def ready(self) -> None:
        from rightsledger.cases.actions import install_write_rule
        from rightsledger.cases.querysets import install_disclosure_rule
        from rightsledger.protection import deletion
        from rightsledger.protection.actions import keep_protected_names_encrypted
        from rightsledger.protection.disclosure import apply
        from rightsledger.web.deletion import register_dependents

        register_dependents(deletion.LABELS)
        # One rule for reads (what a reader may see) and one for writes (a protected
        # person's names are stored encrypted, whoever writes them).
        install_disclosure_rule(apply)
        install_write_rule(keep_protected_names_encrypted)
