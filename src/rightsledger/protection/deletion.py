"""How the deletion page counts this app's models among an object's dependents."""

from __future__ import annotations

from typing import Any

from django.utils.translation import ngettext_lazy

LABELS: dict[str, Any] = {
    "protection.protectedidentity": ngettext_lazy(
        "%(n)d protected identity", "%(n)d protected identities", "n"
    ),
    "protection.consent": ngettext_lazy("%(n)d consent record", "%(n)d consent records", "n"),
    "protection.classification": ngettext_lazy(
        "%(n)d classification", "%(n)d classifications", "n"
    ),
}
