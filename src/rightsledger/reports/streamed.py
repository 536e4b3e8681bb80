"""A table that ReportLab lays out a page at a time from an iterator of rows.

A Platypus ``Table`` of 100,000 rows holds every cell, its style and its measured size
before the first page is drawn.  ``StreamedTable`` holds only the rows of the page being
laid out: asked to fit a frame, it reads as many rows as fit (wrapping each cell in its
column's width), hands them over as a drawn chunk and stands for the rest itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

PAD = 2.0


@dataclass(frozen=True)
class Layout:
    headers: Sequence[str]
    widths: Sequence[float]
    font: str
    bold: str
    size: float
    align: str = "LEFT"  # in its frame (a table as wide as the text: "CENTER" aligns it
    # with ReportLab's own tables, which overhang the frame's padding on both sides)

    @property
    def leading(self) -> float:
        return self.size * 1.2


class Feed:
    """The rows still to lay out, with those already read (and wrapped) but not drawn."""

    def __init__(self, rows: Iterator[Sequence[str]], layout: Layout) -> None:
        self.rows = rows
        self.layout = layout
        self.buffer: list[tuple[list[list[str]], float]] = []
        self.exhausted = False
        self.number = 0

    def _wrap(self, row: Sequence[str]) -> tuple[list[list[str]], float]:
        cells = []
        layout = self.layout
        for text, width in zip(row, layout.widths, strict=True):
            room = width - 2 * PAD
            if stringWidth(text, layout.font, layout.size) <= room:
                cells.append([text])
            else:
                cells.append(simpleSplit(text, layout.font, layout.size, room) or [""])
        return cells, max(len(c) for c in cells) * layout.leading + 2 * PAD

    def peek(self, index: int) -> tuple[list[list[str]], float] | None:
        while len(self.buffer) <= index and not self.exhausted:
            try:
                self.buffer.append(self._wrap(next(self.rows)))
            except StopIteration:
                self.exhausted = True
        return self.buffer[index] if index < len(self.buffer) else None

    def take(self, count: int) -> list[tuple[list[list[str]], float]]:
        taken, self.buffer = self.buffer[:count], self.buffer[count:]
        return taken


def _header_height(layout: Layout) -> float:
    return layout.leading + 2 * PAD


class _Chunk(Flowable):
    """Rows that fit one frame, drawn under the column headers."""

    def __init__(self, rows: list[tuple[list[list[str]], float]], layout: Layout) -> None:
        super().__init__()
        self.rows = rows
        self.layout = layout
        self.hAlign = layout.align
        self.height = _header_height(layout) + sum(h for _, h in rows)
        self.width = sum(layout.widths)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        layout = self.layout
        y = self.height
        canvas.setFont(layout.bold, layout.size)
        x = 0.0
        for header, width in zip(layout.headers, layout.widths, strict=True):
            canvas.drawString(x + PAD, y - PAD - layout.size, header)
            x += width
        y -= _header_height(layout)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.6)
        canvas.line(0, y, self.width, y)
        canvas.setFont(layout.font, layout.size)
        for i, (cells, height) in enumerate(self.rows):
            if i % 2:
                canvas.setFillColor(colors.Color(0.94, 0.94, 0.94))
                canvas.rect(0, y - height, self.width, height, stroke=0, fill=1)
                canvas.setFillColor(colors.black)
            x = 0.0
            for lines, width in zip(cells, layout.widths, strict=True):
                line_y = y - PAD - layout.size
                for line in lines:
                    canvas.drawString(x + PAD, line_y, line)
                    line_y -= layout.leading
                x += width
            y -= height


class StreamedTable(Flowable):
    """The rows of ``feed`` still to lay out; splits into a chunk per frame."""

    def __init__(self, feed: Feed) -> None:
        super().__init__()
        self.feed = feed
        self.hAlign = feed.layout.align

    def _fitting(self, ah: float) -> tuple[int, float]:
        room = ah - _header_height(self.feed.layout)
        used, count = 0.0, 0
        while (row := self.feed.peek(count)) is not None and used + row[1] <= room:
            used += row[1]
            count += 1
        return count, used

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        count, used = self._fitting(ah)
        if self.feed.peek(count) is None:  # the rest fits here
            return sum(self.feed.layout.widths), _header_height(self.feed.layout) + used
        return aw, ah + 1  # more than fits: to be split

    def split(self, aw: float, ah: float) -> list[Flowable]:
        count, _ = self._fitting(ah)
        if count == 0:
            return []
        chunk = _Chunk(self.feed.take(count), self.feed.layout)
        if self.feed.peek(0) is None:
            return [chunk]
        return [chunk, StreamedTable(self.feed)]

    def draw(self) -> None:
        # Reached only when everything left fitted (``wrap``): draw it as a last chunk.
        chunk = _Chunk(self.feed.take(len(self.feed.buffer)), self.feed.layout)
        chunk.canv = self.canv
        chunk.draw()
