from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    name = "rightsledger.archive"
    label = "archive"
    verbose_name = "Archive (BagIt export and import)"

    def ready(self) -> None:
        from rightsledger.jobs.runner import declare_kinds

        declare_kinds("rightsledger.archive.jobs", "export-bag", "import-bag")
