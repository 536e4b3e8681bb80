"""The case file as one self-contained HTML file: styles inside, charts as inline images.

The page around the victims list comes from a template; the list itself is written row by
row between its two halves, so 100,000 victims are never one string in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import IO, Any

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from rightsledger.reports import sections
from rightsledger.reports.casefile import CaseFile, purpose_label
from rightsledger.reports.queries import number

MARK = "<!--VICTIMS-->"


def _context(doc: CaseFile) -> dict[str, Any]:
    figures = [{**line.__dict__, "documented_text": number(line.documented)}
               for line in doc.figures]  # fmt: skip
    matrices = [{
        "heading": sections.qualification_heading(m),
        "elements": [{"element": e["element"], "kind": e["kind"], "text": e["text"],
                      "linked": sections.linked(e), "gaps": "; ".join(e["gap_labels"])}
                     for e in m["elements"]],
    } for m in doc.matrices]  # fmt: skip
    charts = [{"img": mark_safe(chart.img_tag()), "caption": chart.caption}  # noqa: S308 (our own markup: base64 and an escaped caption)
              for chart in [*doc.charts, *([doc.map] if doc.map else [])]]  # fmt: skip
    return {
        "doc": _Doc(doc, figures), "facts": sections.title_facts(doc),
        "purpose": purpose_label(doc.purpose, doc.recipient), "contents": sections.contents_line(),
        "titles": {key: sections.title(key) for key in sections.SECTIONS},
        "figures_intro": sections.figures_intro(doc), "figure_columns": sections.figure_columns(),
        "charts": charts, "act_columns": sections.act_columns(), "matrices": matrices,
        "element_columns": sections.element_columns(),
        "victims_intro": sections.victims_intro(doc), "victim_columns": sections.victim_columns(),
        "evidence_columns": sections.evidence_columns(),
        "source_columns": sections.source_columns(), "reliability_key": sections.reliability_key(),
        "footer": sections.footer(doc),
    }  # fmt: skip


class _Doc:
    """The case file as the template reads it (figures with their numbers written out)."""

    def __init__(self, doc: CaseFile, figures: list[dict[str, Any]]) -> None:
        self._doc = doc
        self.figures = figures

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc, name)


def write(doc: CaseFile, stream: IO[bytes], *,
          progress: Callable[[int], None] | None = None) -> None:  # fmt: skip
    """Write the case file as HTML into ``stream`` (call within its language)."""
    page = render_to_string("reports/casefile.html", _context(doc))
    # No victims, no list and no mark: the page is written whole.
    head, _mark, tail = page.partition(MARK)
    stream.write(head.encode("utf-8"))
    if doc.victims_count:
        batch: list[str] = []
        for i, line in enumerate(doc.victims(progress), 1):
            cells = "".join(f"<td>{escape(cell)}</td>" for cell in sections.victim_row(i, line))
            batch.append(f"<tr>{cells}</tr>\n")
            if len(batch) >= 1000:
                stream.write("".join(batch).encode("utf-8"))
                batch = []
        stream.write("".join(batch).encode("utf-8"))
    stream.write(tail.encode("utf-8"))
