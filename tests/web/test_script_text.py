"""Our scripts put record text into the page as text: never a string Leaflet reads as HTML."""

from __future__ import annotations

import re
from pathlib import Path

import rightsledger

STATIC = Path(rightsledger.__file__).parent / "web" / "static" / "web"
# Leaflet's bindTooltip / bindPopup / setContent take a string as HTML; ours pass elements
# made by the scripts' text() and popup() helpers.
LEAFLET_CONTENT = re.compile(r"\.(bindTooltip|bindPopup|setContent|setTooltipContent)\(([^)]*)")


def test_leaflet_content_is_built_from_text_nodes() -> None:
    calls = [
        (path.name, match.group(2))
        for path in STATIC.glob("*.js")
        for match in LEAFLET_CONTENT.finditer(path.read_text(encoding="utf-8"))
    ]
    assert calls, "the map script should bind a tooltip and a popup"
    offending = [c for c in calls if not c[1].startswith(("text(", "popup("))]
    assert offending == []
