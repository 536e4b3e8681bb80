"""Reading a gettext catalogue in tests: every app's completeness test uses this one reader."""

from __future__ import annotations

import ast
import re
from pathlib import Path

FIELD = re.compile(r"^(msgid|msgid_plural|msgstr(?:\[\d\])?) (\".*\")$")


def po_entries(locale: Path, language: str) -> list[tuple[str, list[str]]]:
    """(msgid, its translations) of ``locale/LANGUAGE/LC_MESSAGES/django.po``, obsolete
    entries left out."""
    text = (locale / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    entries = []
    for block in text.split("\n\n"):
        fields: dict[str, str] = {}
        current = None
        for line in block.splitlines():
            match = FIELD.match(line)
            if match:
                current = match.group(1)
                fields[current] = ast.literal_eval(match.group(2))
            elif line.startswith('"') and current:
                fields[current] += ast.literal_eval(line)
        if fields.get("msgid"):
            entries.append(
                (fields["msgid"], [v for k, v in fields.items() if k.startswith("msgstr")])
            )
    return entries
