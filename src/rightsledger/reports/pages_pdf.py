"""A record's page (a person's dossier, an event's page) as PDF, laid out with the case
file's own building blocks (``reports.pdf``: the invariant document, fonts, styles, tables
and chart images), so it gives the same bytes for the same record as the case file does."""

from __future__ import annotations

from typing import IO, Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Spacer

from rightsledger.reports import pdf
from rightsledger.reports.casefile import purpose_label
from rightsledger.reports.charts import Chart
from rightsledger.reports.pages import Grid, RecordPage, Text
from rightsledger.reports.streamed import Feed, Layout, StreamedTable


def _styles() -> dict[str, ParagraphStyle]:
    st = pdf.styles()
    st["heading"] = ParagraphStyle("heading", parent=st["title"], fontSize=18, leading=23,
                                   alignment=TA_LEFT, spaceAfter=2)  # fmt: skip
    st["kind"] = ParagraphStyle("kind", parent=st["subtitle"], fontSize=10.5, leading=14,
                                alignment=TA_LEFT, spaceAfter=10)  # fmt: skip
    st["h3"] = ParagraphStyle("h3", parent=st["body"], fontName=pdf.BOLD, fontSize=8.5,
                              leading=11, spaceBefore=6, spaceAfter=1)  # fmt: skip
    return st


def _grid(grid: Grid, st: dict[str, ParagraphStyle]) -> Any:
    if grid.mono:  # verbatim cells and hashes: a table of paragraphs, in two faces
        rows = [[pdf.paragraph(cell, st["mono"]) if i in grid.mono else cell
                 for i, cell in enumerate(row)] for row in grid.rows]  # fmt: skip
        return pdf.data_table(grid.header, rows, list(grid.widths), st)
    # Plain text: laid out a page at a time like the case file's victims, without parsing
    # each cell as markup (an event's timeline has hundreds of rows).
    layout = Layout(headers=grid.header, widths=[w * pdf.TEXT_WIDTH for w in grid.widths],
                    font=pdf.FONT, bold=pdf.BOLD, size=8, align="CENTER")  # fmt: skip
    return StreamedTable(Feed(iter(grid.rows), layout))


def _part(part: Any, st: dict[str, ParagraphStyle]) -> list[Any]:
    if isinstance(part, Grid):
        return [_grid(part, st)]
    if isinstance(part, Chart):
        return pdf.chart_image(part, st)
    if isinstance(part, Text):
        return [pdf.paragraph(part.text, st[part.style])]
    raise TypeError(f"no layout for {type(part).__name__}")


def write(page: RecordPage, stream: IO[bytes]) -> None:
    """Lay ``page`` out as PDF into ``stream`` (call within its language)."""
    st = _styles()
    template = pdf.document(stream, title=f"{page.subtitle} — {page.title}",
                            language=page.language, footer=page.footer,
                            marker=purpose_label("internal", ""))  # fmt: skip
    story: list[Any] = [pdf.paragraph(page.title, st["heading"]),
                        pdf.paragraph(page.subtitle, st["kind"]),
                        pdf.facts_table(page.facts, st)]  # fmt: skip
    for section in page.sections:
        story += [Spacer(1, 4), pdf.paragraph(section.title, st["h1"])]
        for part in section.parts:
            story += _part(part, st)
    template.build(story)
