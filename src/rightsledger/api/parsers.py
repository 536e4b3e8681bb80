"""Request parsing that refuses text the databases cannot store, and nesting no record has."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

# The deepest a legitimate body nests is about three (a person, its names, a name); a body
# nested hundreds deep only exhausts the parser's recursion.
MAX_JSON_DEPTH = 32


def contains_nul(value: Any) -> bool:
    return any(isinstance(item, str) and "\x00" in item for item, _depth in _walk(value))


def nesting_depth(value: Any) -> int:
    return max(depth for _item, depth in _walk(value))


def _walk(value: Any) -> Any:
    """Every value and key in ``value`` with its depth, without recursion."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        yield item, depth
        if isinstance(item, dict):
            stack.extend((part, depth + 1) for pair in item.items() for part in pair)
        elif isinstance(item, list):
            stack.extend((part, depth + 1) for part in item)


class StrictJSONParser(JSONParser):
    """JSON, refusing NUL characters (PostgreSQL cannot store them in text, and no name,
    date or note legitimately contains one) and nesting deeper than ``MAX_JSON_DEPTH``."""

    def parse(self, stream: Any, media_type: str | None = None,
              parser_context: Mapping[str, Any] | None = None) -> Any:  # fmt: skip
        too_deep = ParseError(f"JSON nested more than {MAX_JSON_DEPTH} levels deep is refused.")
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise too_deep from None
        if nesting_depth(data) > MAX_JSON_DEPTH:
            raise too_deep
        if contains_nul(data):
            raise ParseError("Text may not contain NUL (\\u0000) characters.")
        return data
