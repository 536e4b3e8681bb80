from __future__ import annotations


class ListFileError(ValueError):
    """The file cannot be read as a list (format, encoding, structure, mapping)."""


class ImportRefused(ValueError):
    """Some rows cannot be records; nothing was imported."""

    def __init__(self, message: str, report: object) -> None:
        super().__init__(message)
        self.report = report
