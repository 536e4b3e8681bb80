"""Guard for the one access path: views and API code fetch case-scoped rows only via restrict.

A view that writes ``Person.objects.get(pk=...)`` would show any case's records to anyone; this
test reads the source of every view module and refuses such a line.
"""

from __future__ import annotations

import re
from pathlib import Path

import rightsledger

PACKAGE = Path(rightsledger.__file__).parent
VIEW_MODULES = [*PACKAGE.glob("api/views*.py"), *PACKAGE.glob("*/views*.py"),
                *PACKAGE.glob("*/views/*.py")]  # fmt: skip
MANAGER_USE = re.compile(r"\b[A-Z]\w*\.objects\.(?!all\(\)\s*$)(\w+)")
ALLOWED = {"restrict", "get_restricted_or_404", "none"}


def test_view_modules_exist() -> None:
    assert VIEW_MODULES


def test_views_only_query_through_restrict() -> None:
    offences = []
    for module in sorted(set(VIEW_MODULES)):
        for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), 1):
            for match in MANAGER_USE.finditer(line):
                if match.group(1) not in ALLOWED:
                    offences.append(f"{module.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offences == [], "unrestricted queries in views:\n" + "\n".join(offences)
