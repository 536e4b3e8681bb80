"""Charts of a case, drawn by matplotlib: the same picture for a page (SVG) and a PDF (PNG).

No pyplot (no global state: charts are drawn in request threads and the job worker) and no
dates or random ids in the files: the same numbers give the same bytes.  Text is set in
DejaVu Sans, matplotlib's own font, which has Latin with Azerbaijani letters and Cyrillic.
Callers pass words already translated; nothing here reads the database.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import matplotlib

matplotlib.use("Agg")  # never a window, whatever the environment says

import matplotlib.dates as mdates
from matplotlib.figure import Figure

WIDTH = 6.6  # inches: the text width of an A4 page with 2 cm margins, less a little
PALETTE = ("#1b6ca8", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#5c5c5c",
           "#a35d2b", "#2e4057", "#b5b82d")  # fmt: skip
STYLE: Any = {
    "font.family": "DejaVu Sans",
    "font.size": 8,
    "axes.titlesize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "rightsledger",
    "svg.fonttype": "path",  # glyphs as outlines: the picture needs no font where shown
    "pdf.fonttype": 42,
}


@dataclass(frozen=True)
class Chart:
    """A drawn chart and the sentence that says what it shows (its caption and alt text)."""

    figure: Figure
    caption: str

    def svg(self) -> bytes:
        buffer = io.BytesIO()
        with matplotlib.rc_context(STYLE):
            self.figure.savefig(buffer, format="svg", metadata={"Date": None,
                                                                "Creator": "Rightsledger"})  # fmt: skip
        return buffer.getvalue()

    def png(self, dpi: int = 200) -> bytes:
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
        return buffer.getvalue()

    def img_tag(self) -> str:
        """An ``<img>`` holding the SVG as a data address: allowed by the pages' policy
        (``img-src data:``), self-contained in a saved file, and inert (no script runs)."""
        from html import escape

        data = base64.b64encode(self.svg()).decode("ascii")
        return (f'<img class="chart" src="data:image/svg+xml;base64,{data}" '
                f'alt="{escape(self.caption)}">')  # fmt: skip


def new_figure(height: float) -> Figure:
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(WIDTH, height), layout="constrained")
    return figure


def _axes(figure: Figure) -> Any:
    with matplotlib.rc_context(STYLE):
        return figure.add_subplot()


def by_source(groups: Sequence[tuple[str, int, dict[str, int]]], *, documented: str,
              caption: str) -> Chart:  # fmt: skip
    """For each figure (label, documented, {source: persons}), a bar per source beside the
    documented total: how much each list contributes to what is known by name."""
    sources = sorted({s for _, _, counts in groups for s in counts})
    figure = new_figure(min(7.5, 0.45 + 0.32 * max(1, len(groups)) * (1 + len(sources)) / 2.2))
    with matplotlib.rc_context(STYLE):
        ax = figure.add_subplot()
        height = 0.8 / (len(sources) + 1)
        for g, (_label, total, counts) in enumerate(groups):
            base = len(groups) - 1 - g
            ax.barh(base + 0.4 - height / 2, total, height, color="#222222",
                    label=documented if g == 0 else None)  # fmt: skip
            for i, source in enumerate(sources):
                ax.barh(base + 0.4 - height * (i + 1.5), counts.get(source, 0), height,
                        color=PALETTE[i % len(PALETTE)], label=source if g == 0 else None)  # fmt: skip
        ax.set_yticks([len(groups) - 1 - g for g in range(len(groups))],
                      [label for label, _, _ in groups])  # fmt: skip
        ax.xaxis.grid(True, color="#dddddd")
        ax.set_axisbelow(True)
        ax.legend(loc="lower right", fontsize=7, frameon=False)
    return Chart(figure, caption)


def pyramid(bands: Sequence[str], women: Sequence[int], men: Sequence[int], *,
            labels: tuple[str, str], caption: str) -> Chart:  # fmt: skip
    """The killed by age band and sex: women to the left, men to the right."""
    figure = new_figure(0.8 + 0.22 * len(bands))
    with matplotlib.rc_context(STYLE):
        ax = figure.add_subplot()
        ys = range(len(bands))
        ax.barh(ys, [-w for w in women], color=PALETTE[1], label=labels[0])
        ax.barh(ys, list(men), color=PALETTE[0], label=labels[1])
        ax.set_yticks(list(ys), list(bands))
        top = max([1, *women, *men])
        ax.set_xlim(-top * 1.15, top * 1.15)
        ticks = [t for t in ax.get_xticks() if abs(t) <= top * 1.15]
        ax.set_xticks(ticks, [f"{abs(t):g}" for t in ticks])
        ax.axvline(0, color="#444444", linewidth=0.6)
        for y, (w, m) in enumerate(zip(women, men, strict=True)):
            if w:
                ax.text(-w - top * 0.02, y, str(w), va="center", ha="right", fontsize=7)
            if m:
                ax.text(m + top * 0.02, y, str(m), va="center", ha="left", fontsize=7)
        ax.legend(loc="lower right", fontsize=7, frameon=False)
    return Chart(figure, caption)


def timeline(spans: Sequence[tuple[str, dt.date, dt.date]],
             acts: Sequence[tuple[str, dt.date]], *, caption: str) -> Chart:  # fmt: skip
    """Events as bars from their start to their end, acts below them as marks by type."""
    kinds = sorted({kind for kind, _ in acts})
    rows = len(spans) + (1 if acts else 0)
    figure = new_figure(0.9 + 0.2 * max(rows, 2))
    with matplotlib.rc_context(STYLE):
        ax = figure.add_subplot()
        for i, (title, start, end) in enumerate(spans):
            y = rows - 1 - i
            width = max((end - start).days, 0) + 1
            ax.barh(y, width, left=mdates.date2num(start), height=0.5,
                    color=PALETTE[0])  # fmt: skip
            ax.text(mdates.date2num(start), y + 0.32, title[:60], fontsize=6.5,
                    va="bottom")  # fmt: skip
        for k, kind in enumerate(kinds):
            dates = [mdates.date2num(d) for kk, d in acts if kk == kind]
            ax.plot(dates, [0 - 0.12 * (k % 3)] * len(dates), linestyle="none", marker="|",
                    markersize=9, color=PALETTE[(k + 1) % len(PALETTE)], label=kind)  # fmt: skip
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_ylim(-0.6, rows)
        if kinds:
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncols=min(4, len(kinds)),
                      fontsize=7, frameon=False)  # fmt: skip
    return Chart(figure, caption)


def estimate(estimate: float, lower: float, upper: float, *, documented: int | None,
             profile: dict[str, list[float]] | None = None,
             histogram: dict[str, list[float]] | None = None,
             labels: dict[str, str], caption: str) -> Chart:  # fmt: skip
    """The estimate of the total with its interval shaded, over the profile likelihood or the
    posterior draws it came from, and the number documented by name for comparison."""
    figure = new_figure(2.6)
    with matplotlib.rc_context(STYLE):
        ax = figure.add_subplot()
        if profile:
            ax.plot(profile["total"], profile["log_likelihood"], color=PALETTE[0])
            ax.set_ylabel(labels["profile"])
        elif histogram:
            edges, counts = histogram["edges"], histogram["counts"]
            ax.stairs(counts, edges, fill=True, color=PALETTE[0], alpha=0.6)
            ax.set_ylabel(labels["draws"])
        else:
            ax.set_yticks([])
        ax.axvspan(lower, upper, color=PALETTE[2], alpha=0.25, label=labels["interval"])
        ax.axvline(estimate, color=PALETTE[1], linewidth=1.4, label=labels["estimate"])
        if documented is not None:
            ax.axvline(documented, color="#222222", linestyle="--", linewidth=1,
                       label=labels["documented"])  # fmt: skip
        ax.set_xlabel(labels["total"])
        ax.legend(loc="best", fontsize=7, frameon=False)
    return Chart(figure, caption)
