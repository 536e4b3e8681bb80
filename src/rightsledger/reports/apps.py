from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "rightsledger.reports"
    label = "reports"
    verbose_name = "Reports"

    def ready(self) -> None:
        # The "case-file" job kind, imported when such a job first runs.
        from rightsledger.jobs.runner import declare_kinds

        declare_kinds("rightsledger.reports.jobs", "case-file")
