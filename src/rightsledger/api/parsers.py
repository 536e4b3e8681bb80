"""Request parsing that refuses text the databases cannot store."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


def contains_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(contains_nul(k) or contains_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(contains_nul(v) for v in value)
    return False


class StrictJSONParser(JSONParser):
    """JSON, refusing NUL characters: PostgreSQL cannot store them in text, and no name,
    date or note legitimately contains one."""

    def parse(self, stream: Any, media_type: str | None = None,
              parser_context: Mapping[str, Any] | None = None) -> Any:  # fmt: skip
        data = super().parse(stream, media_type, parser_context)
        if contains_nul(data):
            raise ParseError("Text may not contain NUL (\\u0000) characters.")
        return data
