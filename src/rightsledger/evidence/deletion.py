"""How the deletion page counts this app's models among an object's dependents."""

from __future__ import annotations

from typing import Any

from django.utils.translation import ngettext_lazy

LABELS: dict[str, Any] = {
    "evidence.evidenceitem": ngettext_lazy("%(n)d evidence item", "%(n)d evidence items", "n"),
    "evidence.evidencelink": ngettext_lazy(
        "%(n)d link to evidence", "%(n)d links to evidence", "n"
    ),
}
