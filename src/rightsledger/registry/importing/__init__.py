"""Importing a list: read any common table file, validate every row, write all or nothing."""

from rightsledger.registry.importing.errors import ImportRefused, ListFileError
from rightsledger.registry.importing.importer import ImportReport, import_list, preview_list
from rightsledger.registry.importing.mapping import ColumnMapping, load_mapping

__all__ = [
    "ColumnMapping",
    "ImportRefused",
    "ImportReport",
    "ListFileError",
    "import_list",
    "load_mapping",
    "preview_list",
]
