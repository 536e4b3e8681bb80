"""The case's map for a case file: places, events and burial sites over the shipped base layer.

The base layer is the Natural Earth country boundaries the application serves to its web
map (``web/vendor/natural-earth/countries-110m.geojson``), found through the static files
finders, drawn by matplotlib in longitude and latitude (scaled by the cosine of the latitude
so a kilometre is as long east as north).  A second, smaller map shows where the area lies in its region.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from matplotlib.collections import PolyCollection
from matplotlib.patches import Rectangle

from rightsledger.reports.charts import PALETTE, STYLE, Chart, new_figure

BASE_LAYER = "web/vendor/natural-earth/countries-110m.geojson"
MIN_SPAN = 0.08  # degrees: the smallest area shown around the points (about 9 km)
REGION_SPAN = 12.0  # degrees of the inset


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float
    label: str
    kind: str  # "place", "event" or "site"


@cache
def _rings() -> tuple[tuple[tuple[float, float], ...], ...]:
    from django.contrib.staticfiles import finders

    found = finders.find(BASE_LAYER)
    if not found:
        raise FileNotFoundError(f"the map's base layer {BASE_LAYER} is not installed")
    data = json.loads(Path(str(found)).read_text(encoding="utf-8"))
    rings = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            rings.append(tuple((float(x), float(y)) for x, y in polygon[0]))
    return tuple(rings)


def _base(ax: Any, bounds: tuple[float, float, float, float]) -> None:
    west, south, east, north = bounds
    near = [ring for ring in _rings()
            if any(west - 5 <= x <= east + 5 and south - 5 <= y <= north + 5 for x, y in ring)]  # fmt: skip
    ax.set_facecolor("#dfeef7")
    ax.add_collection(PolyCollection(near, facecolors="#f4f1ea", edgecolors="#9a9a9a",
                                     linewidths=0.6))  # fmt: skip
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    ax.tick_params(labelsize=6)


MARKERS = {"place": ("o", "#5c5c5c", 4), "event": ("o", PALETTE[1], 7), "site": ("^", "#111111", 7)}


def case_map(points: Sequence[Point], *, legend: dict[str, str], caption: str) -> Chart | None:
    """None when nothing of the case has coordinates."""
    if not points:
        return None
    lats = [p.latitude for p in points]
    lons = [p.longitude for p in points]
    mid_lat, mid_lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    half_lat = max(max(lats) - min(lats), MIN_SPAN) * 0.65
    half_lon = max(max(lons) - min(lons), MIN_SPAN) * 0.65
    bounds = (mid_lon - half_lon, mid_lat - half_lat, mid_lon + half_lon, mid_lat + half_lat)
    import matplotlib

    figure = new_figure(3.6)
    with matplotlib.rc_context(STYLE):
        ax, inset = figure.subplots(1, 2, width_ratios=(3, 1))
        _base(ax, bounds)
        for kind in ("place", "event", "site"):
            chosen = [p for p in points if p.kind == kind]
            if not chosen:
                continue
            marker, color, size = MARKERS[kind]
            ax.plot([p.longitude for p in chosen], [p.latitude for p in chosen], marker,
                    color=color, markersize=size, linestyle="none", label=legend[kind])  # fmt: skip
            for p in chosen:
                ax.annotate(p.label[:40], (p.longitude, p.latitude), xytext=(4, 3),
                            textcoords="offset points", fontsize=6.5)  # fmt: skip
        ax.legend(loc="lower left", fontsize=7, framealpha=0.9)
        r = REGION_SPAN / 2
        _base(inset, (mid_lon - r, mid_lat - r, mid_lon + r, mid_lat + r))
        inset.add_patch(
            Rectangle(
                (bounds[0], bounds[1]),
                bounds[2] - bounds[0],
                bounds[3] - bounds[1],
                fill=False,
                edgecolor=PALETTE[1],
            )
        )
        inset.plot([mid_lon], [mid_lat], "s", color=PALETTE[1], markersize=3)
        inset.set_xticks([])
        inset.set_yticks([])
    return Chart(figure, caption)
