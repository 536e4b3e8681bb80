"""Names across scripts: parsing, script and order detection, comparison forms and keys.

Originals are always kept; everything here derives comparison forms from them.
"""

from rightsledger.analysis.names.parse import (
    detect_order,
    parse_name,
    parse_patronymic,
    surname_like,
)
from rightsledger.analysis.names.parsed import NameOrder, ParsedName
from rightsledger.analysis.names.scripts import Script, detect_script
from rightsledger.analysis.names.translit import fold, phonemic, romanize, skeleton

__all__ = [
    "NameOrder",
    "ParsedName",
    "Script",
    "detect_order",
    "detect_script",
    "fold",
    "parse_name",
    "parse_patronymic",
    "phonemic",
    "romanize",
    "skeleton",
    "surname_like",
]
