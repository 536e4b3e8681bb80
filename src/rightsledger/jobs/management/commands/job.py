from __future__ import annotations

import json
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.http import Http404

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.jobs.models import Job

FINISHED = {Job.Status.DONE, Job.Status.FAILED, Job.Status.CANCELLED}


def job_for(user: Any, pk: int, *, to_change: bool = False) -> Job:
    """The job through the one access check; a job the user may not see is "no job".

    To cancel or retry it, the user needs the permission its kind was started with.
    """
    from rightsledger.jobs.runner import permission_for, refresh_interrupted

    try:
        job = Job.objects.get_restricted_or_404(user, "view", pk=pk)
        if to_change:
            job = Job.objects.get_restricted_or_404(user, permission_for(job.kind), pk=pk)
    except Http404:
        raise CommandError(f"no job {pk} that {user.get_username()} may "
                           f"{'change' if to_change else 'see'}") from None  # fmt: skip
    return refresh_interrupted(job)


def line(job: Job) -> str:
    message = job.message.splitlines()[0] if job.message else ""
    return (f"{job.pk}\t{job.kind}\t{job.status}\t{job.progress}%\t{job.attempts}\t"
            f"{job.created_at:%Y-%m-%d %H:%M}\t{message}")  # fmt: skip


class Command(BaseCommand):
    help = "List, show, wait for, cancel and retry a case's background jobs."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True, metavar="ACTION")
        listing = sub.add_parser("list", help="The case's jobs, newest first: id, kind, status, "
                                               "progress, attempts, created, message.")  # fmt: skip
        listing.add_argument("--case", required=True, metavar="SLUG", help="The case.")
        listing.add_argument("--status", choices=Job.Status.values,
                             help="Only jobs in this state.")  # fmt: skip
        listing.add_argument("--limit", type=int, default=50, metavar="N",
                             help="At most N jobs (default: 50).")  # fmt: skip
        add_actor_argument(listing)
        for name, text in [
            ("show", "A job's state, progress, message and result."),
            ("wait", "Wait until a job has finished; exit non-zero unless it is done."),
            ("cancel", "Cancel a waiting job, or ask a running one to stop."),
            ("retry", "Queue a failed or cancelled job again."),
        ]:
            action = sub.add_parser(name, help=text)
            action.add_argument("id", type=int, metavar="ID", help="The job's number.")
            add_actor_argument(action)
            if name in {"show", "wait"}:
                action.add_argument("--json", action="store_true",
                                    help="Print the job as JSON.")  # fmt: skip
            if name == "wait":
                action.add_argument("--timeout", type=float, default=0, metavar="SECONDS",
                                    help="Give up after this long (default: never).")  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        user = acting_user(options)
        getattr(self, f"handle_{options['subcommand']}")(user, options)

    def handle_list(self, user: Any, options: dict[str, Any]) -> None:
        case = case_for(user, options["case"], "view")
        jobs = Job.objects.restrict(user, "view").filter(case=case)
        if options["status"]:
            jobs = jobs.filter(status=options["status"])
        for job in jobs.order_by("-pk")[: max(1, options["limit"])]:
            self.stdout.write(line(job))

    def show(self, job: Job, as_json: bool) -> None:
        if as_json:
            self.stdout.write(json.dumps({
                "id": job.pk, "case": job.case.slug if job.case else None, "kind": job.kind, "status": job.status,
                "progress": job.progress, "attempts": job.attempts, "message": job.message,
                "result": job.result, "worker": job.worker,
                "created_at": job.created_at.isoformat(),
                "finished_at": job.finished_at.isoformat() if job.finished_at else None,
            }, ensure_ascii=False, default=str))  # fmt: skip
            return
        self.stdout.write(line(job))
        summary = (job.result or {}).get("summary") if isinstance(job.result, dict) else None
        if job.message and "\n" in job.message:
            self.stdout.write(job.message)
        if summary:
            self.stdout.write(str(summary))

    def handle_show(self, user: Any, options: dict[str, Any]) -> None:
        self.show(job_for(user, options["id"]), options["json"])

    def handle_wait(self, user: Any, options: dict[str, Any]) -> None:
        job = job_for(user, options["id"])
        deadline = time.monotonic() + options["timeout"] if options["timeout"] > 0 else None
        while job.status not in FINISHED:
            if deadline is not None and time.monotonic() > deadline:
                raise CommandError(f"job {job.pk} is still {job.status} ({job.progress}%)")
            time.sleep(0.5)
            job = job_for(user, job.pk)
        self.show(job, options["json"])
        if job.status != Job.Status.DONE:
            raise CommandError(f"job {job.pk} {job.status}: {job.message}")

    def handle_cancel(self, user: Any, options: dict[str, Any]) -> None:
        from rightsledger.jobs.actions import JobStateError, cancel_job

        try:
            job = cancel_job(job_for(user, options["id"], to_change=True), acting_user=user)
        except JobStateError as error:
            raise CommandError(str(error)) from None
        if job.status == Job.Status.CANCELLED:
            self.stdout.write(f"job {job.pk} cancelled")
        else:
            self.stdout.write(f"job {job.pk} asked to stop; its worker stops it within seconds")

    def handle_retry(self, user: Any, options: dict[str, Any]) -> None:
        from rightsledger.jobs.actions import JobStateError, retry_job

        try:
            job = retry_job(job_for(user, options["id"], to_change=True), acting_user=user)
        except JobStateError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"job {job.pk} queued again")
