from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rightsledger.cases.cli import Progress, acting_user, add_actor_argument, case_for
from rightsledger.records.models import Source
from rightsledger.registry.importing import (
    ImportRefused,
    ListFileError,
    import_list,
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
        parser.add_argument("file", type=Path)
        parser.add_argument("--case", required=True, help="Case slug.")
        parser.add_argument("--source", required=True, help="Title of the list's source.")
        parser.add_argument("--mapping", type=Path, help="YAML column mapping.")
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
            ) or options["source"]
            progress = Progress(f"importing {options['file'].name}")
            try:
                report = import_list(case=case, source=source, path=options["file"],
                                     acting_user=user, mapping=mapping,
                                     skip_invalid=options["skip_invalid"], progress=progress)  # fmt: skip
            finally:
                progress.close()
        except ImportRefused as exc:
            self.stderr.write(exc.report.summary())  # type: ignore[attr-defined]
            raise CommandError(str(exc)) from exc
        except ListFileError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(report.summary())
        self.stdout.write(f"Imported {report.imported} records into {case.slug}.")
