from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from rightsledger.legal.catalogue_files import catalogue_hash
from rightsledger.legal.queries import InstrumentView, catalogue, catalogue_as_dicts
from rightsledger.legal.texts import LANGUAGES


class Command(BaseCommand):
    help = (
        "The legal catalogue: instruments, their provisions, and crimes with their elements "
        "(each element material, mental or contextual), summarised in the chosen language."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--instrument", metavar="CODE", help="Only this instrument, e.g. RS.")
        parser.add_argument(
            "--search", default="", help="Only provisions whose texts contain this."
        )
        parser.add_argument("--language", choices=LANGUAGES, default="en",
                            help="Language of the summaries (default: en).")  # fmt: skip
        parser.add_argument("--json", action="store_true", help="Print the catalogue as JSON.")
        parser.add_argument("--files-hash", action="store_true",
                            help="Print the hash of the shipped data files, for release.yaml.")  # fmt: skip

    def handle(self, *args: Any, **options: Any) -> None:
        if options["files_hash"]:
            self.stdout.write(catalogue_hash())
            return
        with translation.override(options["language"]):
            views = catalogue(instrument=options["instrument"], query=options["search"],
                              language=options["language"])  # fmt: skip
            if options["instrument"] and not views:
                raise CommandError(f"no instrument {options['instrument']!r} in the catalogue "
                                   "(is it loaded? run `rightsledger init`)")  # fmt: skip
            if options["json"]:
                self.stdout.write(
                    json.dumps(catalogue_as_dicts(views), ensure_ascii=False, indent=1)
                )
                return
            for view in views:
                self._write(view)

    def _write(self, view: InstrumentView) -> None:
        self.stdout.write(f"{view.code} — {view.title}")
        self.stdout.write(f"  {view.edition}")
        for provision in view.provisions:
            self.stdout.write(f"\n  {provision.code} [{provision.kind}] {provision.title}")
            self.stdout.write(f"    {provision.summary}")
            for related in provision.related:
                self.stdout.write(f"    {related.kind_label} {related.code}")
            for crime in provision.crimes:
                self.stdout.write(f"    crime {crime.code}: {crime.name} ({crime.category_label})")
                for element in crime.elements:
                    shared = f" [shared: {element.context_key}]" if element.context_key else ""
                    self.stdout.write(
                        f"      {element.label:>2} {element.kind}{shared}: {element.text}"
                    )
        self.stdout.write("")
