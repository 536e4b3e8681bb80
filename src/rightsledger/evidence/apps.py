from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "rightsledger.evidence"
    label = "evidence"
    verbose_name = "Evidence"

    def ready(self) -> None:
        from rightsledger.evidence import deletion
        from rightsledger.web.deletion import register_dependents

        register_dependents(deletion.LABELS)
        # The rolling verification: a job kind, and the worker's schedule that queues it.
        from django.conf import settings

        from rightsledger.jobs.runner import declare_kinds
        from rightsledger.jobs.schedule import declare_schedule

        declare_kinds("rightsledger.evidence.rolling", "verify-slice")
        declare_schedule(
            "verify-slice",
            every_seconds=lambda: settings.VERIFY_EVERY_MINUTES * 60,
            start="rightsledger.evidence.rolling.start_scheduled_slice",
        )
