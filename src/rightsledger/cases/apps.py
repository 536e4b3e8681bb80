from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "rightsledger.cases"
    label = "cases"
    verbose_name = "Cases"
