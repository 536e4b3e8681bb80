from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.apps import AppConfig


class MissingConfig(AppConfig):
    name = "rightsledger.missing"
    label = "missing"
    verbose_name = "The missing: files, burial sites, remains and identifications"

    def ready(self) -> None:
        from rightsledger.jobs.runner import declare_kinds

        declare_kinds("rightsledger.missing.jobs", "import-missing")

    def rows_never_shared(self, case: Any) -> Iterable[tuple[str, int]]:
        """Rows of ``case`` that never leave in a sharing or publication export (the
        archive asks every app that has this method)."""
        from rightsledger.missing.export import rows_never_shared

        return rows_never_shared(case)
