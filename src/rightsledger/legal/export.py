"""The case matrix as CSV or JSON: each qualification, its elements, what is linked, the gaps.

The same read model as the matrix page (``queries.case_matrices``).  Persons appear as the
record shows them to everyone (a protected person by their pseudonym); an export for
``sharing`` or ``publication`` also goes through the archive's redaction plan, as the case's
bag does: every known name of a redacted person is replaced in every text, and classified
records are left out.  CSV cells pass through ``rightsledger.exports`` so no cell is run by a
spreadsheet.
"""

from __future__ import annotations

import json
from typing import IO, Any

from rightsledger.cases.models import Case
from rightsledger.exports import dict_writer
from rightsledger.legal.models import LINK_TARGETS
from rightsledger.legal.queries import GAP_LABELS, LinkView, MatrixView, RowView, case_matrices

PURPOSES = ("internal", "sharing", "publication")
COLUMNS = (
    "case", "qualification_id", "qualification", "provision", "crime", "subject", "proposed",
    "status", "element", "element_kind", "shared_context", "element_text", "stance",
    "linked_kind", "linked_id", "linked", "note", "source", "reliability", "credibility", "gaps",
)  # fmt: skip


def matrices_for_export(
    case: Case, user: Any, *, purpose: str = "internal", recipient: str = "",
    language: str | None = None, ids: list[int] | None = None,
) -> list[dict[str, Any]]:  # fmt: skip
    """The JSON form of every qualification of the case ``user`` may see, redacted for
    ``purpose``."""
    if purpose not in PURPOSES:
        raise ValueError(f"purpose must be one of {', '.join(PURPOSES)}")
    plan = None
    if purpose != "internal":
        from rightsledger.archive.redact import plan_redaction

        plan = plan_redaction(case, purpose, recipient)
    matrices = case_matrices(case, user, ids=ids, language=language)
    out = [_matrix_dict(case, m, plan) for m in matrices]
    if plan is not None:
        out = [plan.scrub(item)[0] for item in out]
    return out


def _matrix_dict(case: Case, matrix: MatrixView, plan: Any) -> dict[str, Any]:
    q = matrix.qualification
    return {
        "case": case.slug, "id": q.pk, "qualification": matrix.title,
        "provision": matrix.provision_code, "crime": matrix.crime_code,
        "subject": matrix.subject, "proposed": matrix.proposer, "status": q.status,
        "note": q.note,
        "elements": [_row_dict(row, plan) for row in matrix.rows],
    }  # fmt: skip


def _row_dict(row: RowView, plan: Any) -> dict[str, Any]:
    element = row.element
    return {
        "element": element.label if element else "",
        "kind": element.kind if element else "",
        "text": element.text if element else "",
        "shared_context": element.context_key if element and row.shared else "",
        "supporting": [_link_dict(v) for v in row.supporting if _may_leave(v, plan)],
        "contradicting": [_link_dict(v) for v in row.contradicting if _may_leave(v, plan)],
        "gaps": [str(gap) for gap in row.gaps],
        "gap_labels": row.gap_labels,
    }


def _may_leave(view: LinkView, plan: Any) -> bool:
    """Records a shared or public export leaves out (classified) are left out here too."""
    if plan is None:
        return True
    return (LINK_TARGETS.get(view.target_kind, ""), view.target_id) not in plan.excluded


def _link_dict(view: LinkView) -> dict[str, Any]:
    return {
        "kind": view.target_kind, "id": view.target_id, "linked": view.label,
        "note": view.note, "source": view.source_title, "reliability": view.reliability or "",
        "credibility": view.credibility, "shared": view.shared,
    }  # fmt: skip


def flat_rows(matrices: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per linked item (or per element with nothing linked), for CSV."""
    rows = []
    for matrix in matrices:
        head = {
            "case": matrix["case"], "qualification_id": matrix["id"],
            "qualification": matrix["qualification"], "provision": matrix["provision"],
            "crime": matrix["crime"], "subject": matrix["subject"],
            "proposed": matrix["proposed"], "status": matrix["status"],
        }  # fmt: skip
        for element in matrix["elements"]:
            base = {
                **head, "element": element["element"], "element_kind": element["kind"],
                "shared_context": element["shared_context"], "element_text": element["text"],
                "gaps": "; ".join(str(GAP_LABELS.get(g, g)) for g in element["gaps"]),
            }  # fmt: skip
            linked = [("supports", v) for v in element["supporting"]] + [
                ("contradicts", v) for v in element["contradicting"]
            ]
            if not linked:
                rows.append(base)
            for stance, link in linked:
                rows.append({
                    **base, "stance": stance, "linked_kind": link["kind"],
                    "linked_id": link["id"], "linked": link["linked"], "note": link["note"],
                    "source": link["source"], "reliability": link["reliability"],
                    "credibility": link["credibility"],
                })  # fmt: skip
    return rows


def write_matrices(matrices: list[dict[str, Any]], fmt: str, stream: IO[str]) -> None:
    if fmt == "json":
        json.dump(matrices, stream, ensure_ascii=False, indent=1)
        stream.write("\n")
        return
    writer = dict_writer(stream, COLUMNS)
    writer.writeheader()
    for row in flat_rows(matrices):
        writer.writerow(
            {name: "" if row.get(name) is None else row.get(name, "") for name in COLUMNS}
        )
