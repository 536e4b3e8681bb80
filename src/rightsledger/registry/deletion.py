"""How the deletion page counts this app's models among an object's dependents."""

from __future__ import annotations

from typing import Any

from django.utils.translation import ngettext_lazy

LABELS: dict[str, Any] = {
    "registry.listimport": ngettext_lazy("%(n)d imported list", "%(n)d imported lists", "n"),
    "registry.sourcerecord": ngettext_lazy(
        "%(n)d record of an imported list", "%(n)d records of imported lists", "n"
    ),
    "registry.linkedperson": ngettext_lazy(
        "%(n)d record-linkage mark", "%(n)d record-linkage marks", "n"
    ),
}
