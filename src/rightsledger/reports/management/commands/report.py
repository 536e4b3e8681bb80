from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.http import Http404

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.records.models import Event, Person
from rightsledger.reports.models import FORMATS, LANGUAGES, PURPOSES


class Command(BaseCommand):
    help = (
        "The case file: title page with the record's chain head, the figures documented, "
        "claimed and estimated with their provenance, charts and map, events and acts, legal "
        "qualifications, victims (redacted for the purpose), evidence index, sources, method."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", required=True, help="Case slug.")
        parser.add_argument("--event", type=int, help="Only this event and the events in it.")
        parser.add_argument("--person", type=int,
                            help="Not the case file: this person's dossier (PDF, internal).")  # fmt: skip
        parser.add_argument("--event-page", type=int,
                            help="Not the case file: this event's page (PDF, internal).")  # fmt: skip
        parser.add_argument(
            "--format", choices=FORMATS, default="pdf", help="File format (default: pdf)."
        )
        parser.add_argument("--purpose", choices=PURPOSES, default="internal",
                            help="sharing and publication redact as `export bag` does.")  # fmt: skip
        parser.add_argument("--recipient", default="", help="Who receives a sharing file.")
        parser.add_argument("--language", choices=LANGUAGES, default="en",
                            help="Language of the file (default: en).")  # fmt: skip
        parser.add_argument("--output", type=Path, required=True, help="File to write.")
        parser.add_argument("--seal", action="store_true",
                            help="Also write OUTPUT.sig: the institution's Ed25519 signature "
                                 "of the file (RIGHTSLEDGER_SIGNING_KEY).")  # fmt: skip
        add_actor_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        # Imported here: the charts' libraries load in a second, and --help needs none.
        from rightsledger.reports.actions import render, render_page
        from rightsledger.reports.casefile import ReportError

        user = acting_user(options)
        case = case_for(user, options["case"], "view")
        record = self._page_record(user, case, options)
        event = None
        if options["event"] is not None:
            try:
                event = Event.objects.get_restricted_or_404(user, "view", case=case,
                                                            pk=options["event"])  # fmt: skip
            except Http404:
                raise CommandError(f"no event {options['event']} in {case.slug}") from None
        key = None
        if options["seal"]:
            from django.core.exceptions import ImproperlyConfigured

            from rightsledger.evidence.signing import load_signing_key

            try:
                key = load_signing_key()
            except ImproperlyConfigured as exc:
                raise CommandError(str(exc)) from exc
        target: Path = options["output"]
        # Written beside the target and renamed: a reader never sees half a file.
        partial = target.with_name(f".{target.name}.partial")
        try:
            with partial.open("wb") as stream:
                if record is not None:
                    head = render_page(case, user, record, stream,
                                       language=options["language"]).head  # fmt: skip
                    victims = ""
                else:
                    doc = render(case, user, stream, event=event, fmt=options["format"],
                                 purpose=options["purpose"], recipient=options["recipient"],
                                 language=options["language"])  # fmt: skip
                    head, victims = doc.head, f", {doc.victims_count:,} victims"
            partial.replace(target)
        except ReportError as exc:
            raise CommandError(str(exc)) from exc
        except OSError as exc:
            raise CommandError(f"cannot write {target}: {exc.strerror}") from exc
        finally:
            if partial.exists():
                os.unlink(partial)
        data = target.read_bytes()
        if key is not None:
            target.with_name(target.name + ".sig").write_bytes(key.sign(data))
        self.stdout.write(
            f"wrote {target}: {len(data):,} bytes, SHA-256 {hashlib.sha256(data).hexdigest()}, "
            f"record as of entry {head.sequence} ({head.entry_hash[:16]}…){victims}"
        )

    def _page_record(self, user: Any, case: Any, options: dict[str, Any]) -> Any:
        """The person (--person) or event (--event-page) whose page to make, or None for the
        case file."""
        person, event = options["person"], options["event_page"]
        if person is None and event is None:
            return None
        if person is not None and event is not None:
            raise CommandError("--person and --event-page make one file each: give one")
        if options["format"] != "pdf" or options["purpose"] != "internal" or options["event"]:
            raise CommandError("a record's page is a PDF for internal use: no --format html, "
                               "--purpose or --event with --person or --event-page")  # fmt: skip
        model, pk, what = (Person, person, "person") if person is not None else (
            Event, event, "event")  # fmt: skip
        try:
            return model.objects.get_restricted_or_404(user, "view", case=case, pk=pk)
        except Http404:
            raise CommandError(f"no {what} {pk} in {case.slug}") from None
