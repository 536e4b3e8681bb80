from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from rightsledger.cases.models import Case, CaseScopedModel


class Job(CaseScopedModel):
    """One long piece of work of a case, as its pages and the command line show it.

    The queue entry that makes a worker run it is django-tasks' ``DBTaskResult`` (its id is
    ``task_id``); this row is what people see: status, progress, message, result, and the
    lease (``worker``, ``heartbeat_at``) that tells a running job from one whose worker died.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")
        CANCELLED = "cancelled", _("cancelled")

    # A job that makes its case (``import-bag``) has none until it has made it: while it
    # runs, and if it fails, it is on no case's page, and the one access check (``restrict``)
    # shows it to the account that started it alone (``caseless_starter_lookup``). Every other
    # kind has its case from ``submit`` on, and its function reads it as a case: so it is typed.
    case: models.ForeignKey[Case, Case] = models.ForeignKey(  # type: ignore[misc]
        Case, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    caseless_starter_lookup = "created_by"
    kind = models.CharField(max_length=40)
    parameters = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, help_text=_("percent"))
    message = models.CharField(max_length=500, blank=True)
    result = models.JSONField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # The queue entry of the current attempt: only that entry may start the job.
    task_id = models.CharField(max_length=64, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # The lease: who runs it and when it last said so.
    worker = models.CharField(max_length=100, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    cancel_requested = models.BooleanField(default=False)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip

    class Meta:
        ordering = ["-pk"]
        indexes = [models.Index(fields=["status", "heartbeat_at"], name="jobs_status_beat_idx")]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk} ({self.status})"

    @property
    def active(self) -> bool:
        return self.status in {self.Status.QUEUED, self.Status.RUNNING}


class Worker(models.Model):
    """A running ``rightsledger worker`` (one row per supervising process, on any host)."""

    name = models.CharField(max_length=100, primary_key=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    processes = models.PositiveSmallIntegerField(default=1)
    started_at = models.DateTimeField(auto_now_add=True)
    seen_at = models.DateTimeField()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ScheduledRun(models.Model):
    """When a scheduled job (``rightsledger.jobs.schedule``) is next due, installation-wide.

    Workers on several hosts all look; a conditional update of this row lets exactly one of
    them start each run.
    """

    name = models.CharField(max_length=40, primary_key=True)
    next_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} at {self.next_at:%Y-%m-%d %H:%M}"
