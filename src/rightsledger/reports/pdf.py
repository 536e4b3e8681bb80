"""The case file as PDF, laid out by ReportLab.

ReportLab's invariant mode leaves out the creation date and derives the document id from
the content, so the same case file gives the same bytes.  The fonts are the DejaVu faces
matplotlib ships (Latin with ə, ğ, ı, Cyrillic), embedded as subsets: the PDF depends on no
font of the machine that made it or reads it.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from functools import cache
from typing import IO, Any
from xml.sax.saxutils import escape

import matplotlib
from django.utils.translation import gettext as _
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from rightsledger.reports import sections
from rightsledger.reports.casefile import CaseFile, purpose_label
from rightsledger.reports.queries import number
from rightsledger.reports.streamed import Feed, Layout, StreamedTable

FONT, BOLD, ITALIC, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSansMono"
MARGIN = 2 * cm
TEXT_WIDTH = A4[0] - 2 * MARGIN


@cache
def register_fonts() -> None:
    folder = os.path.join(matplotlib.get_data_path(), "fonts", "ttf")
    for name in (FONT, BOLD, ITALIC, MONO):
        pdfmetrics.registerFont(TTFont(name, os.path.join(folder, f"{name}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def styles() -> dict[str, ParagraphStyle]:  # fmt: skip
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, spaceAfter=4)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=22,
            leading=28,
            alignment=TA_CENTER,
            spaceAfter=14,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=18
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=14, leading=18, spaceBefore=8, spaceAfter=8
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "mono": ParagraphStyle(
            "mono", parent=body, fontName=MONO, fontSize=6.5, leading=8, spaceAfter=0
        ),
        "caption": ParagraphStyle(
            "caption", parent=body, fontName=ITALIC, fontSize=7.5, leading=9.5, spaceAfter=10
        ),
    }


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text (escaped) in a style."""
    return Paragraph(escape(text), style)


TABLE = TableStyle([
    ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ("FONTSIZE", (0, 0), (-1, -1), 8),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(0.94, 0.94, 0.94)]),
    ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
])  # fmt: skip


def data_table(header: list[str], rows: list[list[Any]], widths: list[float],
               st: dict[str, ParagraphStyle]) -> Table:  # fmt: skip
    def cell(value: Any, bold: bool = False) -> Any:
        if isinstance(value, Paragraph):
            return value
        text = escape(str(value))
        return Paragraph(f"<b>{text}</b>" if bold else text, st["cell"])

    data = [[cell(h, True) for h in header], *[[cell(v) for v in row] for row in rows]]
    table = Table(data, colWidths=[w * TEXT_WIDTH for w in widths], repeatRows=1)
    table.setStyle(TABLE)
    return table


def _note(n: int) -> str:
    return f" <font size='7'>[{n}]</font>" if n else ""


def _figures(doc: CaseFile, st: dict[str, ParagraphStyle]) -> list[Any]:
    out: list[Any] = [paragraph(sections.title("figures"), st["h1"]),
                      paragraph(sections.figures_intro(doc), st["body"])]  # fmt: skip
    rows = []
    for line in doc.figures:
        label = escape(line.label)
        if line.part_of:
            label = f"&nbsp;&nbsp;&nbsp;{escape(_('of whom'))} {label}"
        claimed = "<br/>".join(f"{escape(c.count)} — {escape(c.source)}{_note(c.note)}"
                               for c in line.claims)  # fmt: skip
        estimate = f"{escape(line.estimate)}{_note(line.estimate_note)}" if line.estimate else ""
        rows.append([Paragraph(label, st["cell"]),
                     Paragraph(f"{number(line.documented)}{_note(line.note)}", st["cell"]),
                     Paragraph(claimed, st["cell"]), Paragraph(estimate, st["cell"])])  # fmt: skip
    out.append(data_table(sections.figure_columns(), rows, [0.3, 0.2, 0.3, 0.2], st))
    if doc.differences:
        out.append(Spacer(1, 6))
        out.extend(paragraph(sentence, st["body"]) for sentence in doc.differences)
    out.append(paragraph(_("Notes to the figures"), st["h2"]))
    out.extend(Paragraph(f"[{i}] {escape(text)}", st["small"])
               for i, text in enumerate(doc.notes, 1))  # fmt: skip
    return out


def chart_image(chart: Any, st: dict[str, ParagraphStyle]) -> list[Any]:
    png = chart.png()
    width, height = chart.figure.get_size_inches()
    # Within the text's width, and short enough to share a page with its caption.
    scale = min(1.0, TEXT_WIDTH / (width * 72), (A4[1] - 2 * MARGIN - 60) / (height * 72))
    image = Image(io.BytesIO(png), width=width * 72 * scale, height=height * 72 * scale)
    return [KeepTogether([image, paragraph(chart.caption, st["caption"])])]


def _events(doc: CaseFile, st: dict[str, ParagraphStyle]) -> list[Any]:
    out: list[Any] = [paragraph(sections.title("events"), st["h1"])]
    if not doc.events:
        out.append(paragraph(_("No event is recorded in this scope."), st["body"]))
    for event in doc.events:
        indent = "&nbsp;" * 4 * event.depth
        places = f" — {', '.join(event.places)}" if event.places else ""
        out.append(Paragraph(f"{indent}<b>{escape(event.title)}</b> ({escape(event.kind)}; "
                             f"{escape(event.dates)}){escape(places)}", st["h2"]))  # fmt: skip
        if event.description:
            out.append(paragraph(event.description, st["body"]))
        if event.acts:
            out.append(data_table(sections.act_columns(), [
                [a.kind, a.date, a.place, number(a.victims), sections.source_refs(a.sources)]
                for a in event.acts], [0.3, 0.18, 0.22, 0.1, 0.2], st))  # fmt: skip
        for claim in event.claims:
            out.append(paragraph(claim, st["small"]))
    return out


def _legal(doc: CaseFile, st: dict[str, ParagraphStyle]) -> list[Any]:
    out: list[Any] = [paragraph(sections.title("legal"), st["h1"])]
    if not doc.matrices:
        out.append(
            paragraph(_("No legal qualification has been proposed in this case."), st["body"])
        )
    for matrix in doc.matrices:
        out.append(paragraph(sections.qualification_heading(matrix), st["h2"]))
        rows = [[e["element"], e["kind"], e["text"], sections.linked(e), "; ".join(e["gap_labels"])]
                for e in matrix["elements"]]  # fmt: skip
        out.append(data_table(sections.element_columns(), rows, [0.06, 0.1, 0.4, 0.26, 0.18], st))
    return out


def _victims(doc: CaseFile, st: dict[str, ParagraphStyle],
             progress: Callable[[int], None] | None) -> list[Any]:  # fmt: skip
    out: list[Any] = [PageBreak(), paragraph(sections.title("victims"), st["h1"]),
                      paragraph(sections.victims_intro(doc), st["body"])]  # fmt: skip
    if not doc.victims_count:
        return out
    layout = Layout(headers=sections.victim_columns(),
                    widths=[w * TEXT_WIDTH for w in (0.07, 0.37, 0.09, 0.06, 0.26, 0.15)],
                    font=FONT, bold=BOLD, size=7)  # fmt: skip
    rows = (sections.victim_row(i, line) for i, line in enumerate(doc.victims(progress), 1))
    out.append(StreamedTable(Feed(rows, layout)))
    return out


def _evidence(doc: CaseFile, st: dict[str, ParagraphStyle]) -> list[Any]:
    out: list[Any] = [paragraph(sections.title("evidence"), st["h1"])]
    if not doc.evidence:
        return [*out, paragraph(_("No evidence item in this scope."), st["body"])]
    rows = [[str(e.pk), e.name, Paragraph(e.sha256, st["mono"]), number(e.size), e.custody]
            for e in doc.evidence]  # fmt: skip
    out.append(data_table(sections.evidence_columns(), rows, [0.06, 0.25, 0.32, 0.1, 0.27], st))
    return out


def _sources(doc: CaseFile, st: dict[str, ParagraphStyle]) -> list[Any]:
    out: list[Any] = [paragraph(sections.title("sources"), st["h1"]),
                      paragraph(sections.reliability_key(), st["small"])]  # fmt: skip
    rows = [[f"S{s.number}", s.title, s.kind, s.reliability, s.author, s.date,
             number(s.records), number(s.claims)] for s in doc.sources]  # fmt: skip
    out.append(data_table(sections.source_columns(), rows,
                      [0.06, 0.3, 0.1, 0.08, 0.18, 0.1, 0.09, 0.09], st))  # fmt: skip
    return out


def facts_table(facts: list[tuple[str, str, bool]], st: dict[str, ParagraphStyle]) -> Table:
    """Labels and values in two columns (a value that is a hash in the monospaced face)."""
    rows = [[Paragraph(f"<b>{escape(label)}</b>", st["cell"]),
             Paragraph(escape(value), st["mono"] if mono else st["cell"])]
            for label, value, mono in facts]  # fmt: skip
    table = Table(rows, colWidths=[0.3 * TEXT_WIDTH, 0.7 * TEXT_WIDTH])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))  # fmt: skip
    return table


def _title_page(doc: CaseFile, st: dict[str, ParagraphStyle]) -> list[Any]:
    out: list[Any] = [Spacer(1, 3 * cm), paragraph(_("Case file"), st["title"]),
                      paragraph(doc.title, st["subtitle"])]  # fmt: skip
    out += [facts_table(sections.title_facts(doc), st), Spacer(1, 1 * cm),
            paragraph(sections.contents_line(), st["small"]), PageBreak()]  # fmt: skip
    return out


def document(stream: IO[bytes], *, title: str, language: str, footer: str,
             marker: str = "") -> BaseDocTemplate:  # fmt: skip
    """An A4 document that gives the same bytes for the same story: ReportLab's invariant
    mode, the embedded fonts, ``footer`` and the page number under every page and
    ``marker`` (what the file is for) above it."""
    register_fonts()
    rl_config.invariant = 1  # no creation date, a document id from the content

    def on_page(canvas: Any, template: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
        canvas.drawString(MARGIN, 1.2 * cm, footer)
        canvas.drawRightString(A4[0] - MARGIN, 1.2 * cm,
                               _("page %(n)s") % {"n": canvas.getPageNumber()})  # fmt: skip
        if marker:
            canvas.drawRightString(A4[0] - MARGIN, A4[1] - 1.2 * cm, marker)
        canvas.restoreState()

    frame = Frame(MARGIN, MARGIN, TEXT_WIDTH, A4[1] - 2 * MARGIN, id="text")
    template = BaseDocTemplate(
        stream, pagesize=A4, title=title, author="", subject=marker, creator="Rightsledger",
        producer="Rightsledger", lang=language, invariant=1,
    )  # fmt: skip
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    return template


def write(doc: CaseFile, stream: IO[bytes], *,
          progress: Callable[[int], None] | None = None) -> None:  # fmt: skip
    """Lay the case file out as PDF into ``stream`` (call within its language)."""
    st = styles()
    marker = purpose_label(doc.purpose, doc.recipient)
    template = document(stream, title=f"{_('Case file')} — {doc.title}", language=doc.language,
                        footer=sections.footer(doc), marker=marker)  # fmt: skip
    story: list[Any] = [*_title_page(doc, st), *_figures(doc, st)]
    if doc.charts or doc.map:
        story += [PageBreak(), paragraph(sections.title("charts"), st["h1"])]
        for chart in [*doc.charts, *([doc.map] if doc.map else [])]:
            story += chart_image(chart, st)
    story += [PageBreak(), *_events(doc, st), *_legal(doc, st), *_victims(doc, st, progress),
              PageBreak(), *_evidence(doc, st), *_sources(doc, st), PageBreak(),
              paragraph(sections.title("method"), st["h1"]),
              *[paragraph(text, st["body"]) for text in doc.method]]  # fmt: skip
    template.build(story)
