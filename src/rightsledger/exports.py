"""CSV for spreadsheets: every export writes its rows through here.

A spreadsheet program runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some,
after a leading tab or carriage return) as a formula: ``=HYPERLINK(…)`` sends data away,
``+cmd|…`` starts a program.  Text that came from a list or a form must never reach a
recipient's spreadsheet that way, so such a cell is written with a leading apostrophe, which
spreadsheets show as text and which a reader can strip to get the value back.  A plain number
(``-12``, ``+3.5``) runs nothing and is kept as it is.  JSON exports are not affected.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Mapping
from typing import IO, Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def spreadsheet_safe(value: Any) -> Any:
    """``value``, or the text prefixed with ``'`` when a spreadsheet would run it."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


class SafeDictWriter(csv.DictWriter):
    """``csv.DictWriter`` whose cells pass through :func:`spreadsheet_safe`."""

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow({key: spreadsheet_safe(value) for key, value in rowdict.items()})

    def writerows(self, rowdicts: Any) -> None:
        for row in rowdicts:
            self.writerow(row)


def dict_writer(stream: IO[str], fieldnames: Collection[str]) -> SafeDictWriter:
    return SafeDictWriter(stream, fieldnames=list(fieldnames))
