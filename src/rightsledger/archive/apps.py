from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    name = "rightsledger.archive"
    label = "archive"
    verbose_name = "Archive (BagIt export and import)"
