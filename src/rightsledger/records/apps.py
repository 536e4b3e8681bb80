from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "rightsledger.records"
    label = "records"
    verbose_name = "Records"
