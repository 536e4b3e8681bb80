from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.records.models import Event, Source
from rightsledger.records.vocabulary import Reliability
from rightsledger.registry.importing import (
    ImportRefused,
    ListFileError,
    load_mapping,
    preview_list,
)


class Command(BaseCommand):
    help = (
        "Import a victim list (CSV in any common delimiter and encoding, XLSX or ODS) as one "
        "source's records. Every row is validated first; nothing is written unless all rows "
        "can be records (or --skip-invalid is given)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="The list: CSV, XLSX or ODS.")
        parser.add_argument("--case", required=True, help="Case slug.")
        parser.add_argument("--source", required=True, help="Title of the list's source.")
        parser.add_argument("--mapping", type=Path, help="YAML column mapping.")
        parser.add_argument("--event", type=int,
                            help="Id of the event the list documents (default: an event is "
                                 "made for the list).")  # fmt: skip
        parser.add_argument("--reliability", choices=Reliability.values, default=Reliability.F,
                            help="Reliability grade of a source created here (default F: "
                                 "cannot be judged).")  # fmt: skip
        parser.add_argument("--skip-invalid", action="store_true",
                            help="Import the valid rows and list the skipped ones.")  # fmt: skip
        parser.add_argument("--preview", action="store_true",
                            help="Show format, columns, first rows and the validation report; "
                                 "write nothing.")  # fmt: skip
        add_actor_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        user = acting_user(options)
        case = case_for(user, options["case"], "change")
        try:
            mapping = load_mapping(options["mapping"])
            if options["preview"]:
                report, first = preview_list(options["file"], mapping)
                self.stdout.write(report.summary())
                for cells in first:
                    self.stdout.write(" | ".join(cells))
                return
            source = (
                Source.objects.restrict(user, "change")
                .filter(case=case, title=options["source"])
                .first()
            )
            event = None
            if options["event"] is not None:
                event = (
                    Event.objects.restrict(user, "change")
                    .filter(case=case, pk=options["event"])
                    .first()
                )
                if event is None:
                    raise CommandError(f"no event {options['event']} in this case")
            job = self._run_as_job(case, user, options, mapping, source, event)
        except ImportRefused as exc:
            self.stderr.write(exc.report.summary())  # type: ignore[attr-defined]
            raise CommandError(str(exc)) from exc
        except ListFileError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(str((job.result or {}).get("summary")))
        self.stdout.write(
            f"Imported {(job.result or {}).get('imported')} records into {case.slug}."
        )

    def _run_as_job(self, case: Any, user: Any, options: dict[str, Any], mapping: Any,
                    source: Any, event: Any) -> Any:  # fmt: skip
        """Import through the same job as the browser's (it shows on the case's jobs page),
        run in this process; the job reads the list from the staging area, as a browser
        upload's, and removes it when done."""
        from rightsledger.jobs.inline import run_here
        from rightsledger.staging import upload_dir

        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"cannot read the list: {path} is not a file")
        token = secrets.token_hex(16)
        folder = upload_dir() / token
        folder.mkdir(parents=True, mode=0o700)
        try:
            os.link(path, folder / path.name)  # no copy where the file system allows
        except OSError:
            shutil.copyfile(path, folder / path.name)
        return run_here(case=case, kind="import-list", acting_user=user,
                        label=f"importing {path.name}", parameters={
            "token": token, "file_name": path.name, "source_title": options["source"],
            "source_id": source.pk if source is not None else None,
            "event_id": event.pk if event is not None else None,
            "columns": mapping.columns if mapping else {},
            "status_values": mapping.status_values if mapping else {},
            "skip_invalid": options["skip_invalid"], "reliability": options["reliability"],
        })  # fmt: skip
