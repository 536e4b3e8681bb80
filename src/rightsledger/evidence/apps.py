from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "rightsledger.evidence"
    label = "evidence"
    verbose_name = "Evidence"
