from __future__ import annotations

from rightsledger.errors import InputError


class ListFileError(InputError):
    """The file cannot be read as a list (format, encoding, structure, mapping)."""


class ImportRefused(InputError):
    """Some rows cannot be records; nothing was imported."""

    def __init__(self, message: str, report: object) -> None:
        super().__init__(message)
        self.report = report
