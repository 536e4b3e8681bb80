from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from rightsledger.cases.cli import acting_user, add_actor_argument, case_for
from rightsledger.legal.export import PURPOSES, matrices_for_export, write_matrices
from rightsledger.legal.texts import LANGUAGES


class Command(BaseCommand):
    help = (
        "The case matrix: each qualification with its provision, status, elements, what "
        "supports or contradicts each element, and the gaps. Text, CSV or JSON."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", required=True, help="Case slug.")
        parser.add_argument("--format", choices=["text", "csv", "json"], default="text",
                            help="Output format (default: text).")  # fmt: skip
        parser.add_argument("--output", type=Path, help="File to write (default: standard output).")
        parser.add_argument("--purpose", choices=PURPOSES, default="internal",
                            help="sharing and publication redact as `export bag` does.")  # fmt: skip
        parser.add_argument("--recipient", default="", help="Who receives a sharing export.")
        parser.add_argument("--language", choices=LANGUAGES, default="en",
                            help="Language of the provisions' summaries (default: en).")  # fmt: skip
        add_actor_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        user = acting_user(options)
        case = case_for(user, options["case"], "view")
        with translation.override(options["language"]):
            try:
                matrices = matrices_for_export(case, user, purpose=options["purpose"],
                                               recipient=options["recipient"],
                                               language=options["language"])  # fmt: skip
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
            if options["format"] == "text":
                self._text(matrices)
                return
            target: Path | None = options["output"]
            if target is None:
                buffer = io.StringIO()
                write_matrices(matrices, options["format"], buffer)
                self.stdout.write(buffer.getvalue(), ending="")
                return
            # Written beside the target and renamed: a reader never sees half a file.
            partial = target.with_name(target.name + ".partial")
            with partial.open("w", encoding="utf-8", newline="") as stream:
                write_matrices(matrices, options["format"], stream)
            partial.replace(target)
            self.stdout.write(f"wrote {len(matrices)} qualifications to {target}")

    def _text(self, matrices: list[dict[str, Any]]) -> None:
        if not matrices:
            self.stdout.write("No qualification has been proposed in this case.")
        for m in matrices:
            gaps = sum(1 for e in m["elements"] if e["gaps"])
            self.stdout.write(f"\n#{m['id']} {m['qualification']} ({m['provision']}) — "
                              f"{m['subject']}; {m['proposed']}; status: {m['status']}; "
                              f"elements with gaps: {gaps} of {len(m['elements'])}")  # fmt: skip
            for e in m["elements"]:
                shared = " [shared]" if e["shared_context"] else ""
                self.stdout.write(f"  {e['element']:>2} {e['kind']}{shared}: {e['text']}")
                for stance, links in (("+", e["supporting"]), ("-", e["contradicting"])):
                    for link in links:
                        self.stdout.write(f"     {stance} {_describe(link)}")
                if e["gap_labels"]:
                    self.stdout.write(f"     gap: {'; '.join(e['gap_labels'])}")


def _describe(link: dict[str, Any]) -> str:
    text = f"{link['kind']} {link['id']}: {link['linked']}"
    grades = [str(g) for g in (link["reliability"], link["credibility"]) if g]
    if grades:
        text += f" [{'/'.join(grades)}]"
    if link["note"]:
        text += f" — {link['note']}"
    return text
