"""Estimate a case's total from its linked lists, and keep the result with its input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rightsledger.analysis.estimation import CaptureHistory, fit_stratified
from rightsledger.analysis.estimation import cli as estimation_cli
from rightsledger.cases.actions import create_object
from rightsledger.cases.models import Case
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import job_kind
from rightsledger.registry.capture import case_capture_history
from rightsledger.registry.models import StoredEstimate


def history_as_json(history: CaptureHistory) -> dict[str, Any]:
    data: dict[str, Any] = {
        "lists": list(history.list_names),
        "patterns": history.patterns.astype(int).tolist(),
        "counts": history.counts.astype(int).tolist(),
    }
    if history.strata:
        data["strata"] = {label: history_as_json(h) for label, h in history.strata.items()}
    return data


def histogram(samples: Any, bins: int = 40) -> dict[str, list[float]]:
    """Posterior (or bootstrap) draws of the total, binned for the report's plot."""
    import numpy as np

    counts, edges = np.histogram(np.asarray(samples, dtype=float), bins=bins)
    return {"edges": edges.tolist(), "counts": counts.astype(int).tolist()}


def estimate_case(*, case: Case, options: dict[str, Any], acting_user: Any,
                  report: Callable[[int, str], None] | None = None) -> StoredEstimate:  # fmt: skip
    """Fit the estimator named in ``options`` to the case's capture history and store it."""
    report = report or (lambda progress, message: None)
    report(5, "building the capture history from the linked persons")
    history = case_capture_history(case, stratify=options.get("stratify"),
                                   status=options.get("status"))  # fmt: skip
    report(15, f"fitting {options.get('method', 'loglinear')}")
    result = fit_stratified(estimation_cli.build_estimator(options), history)
    report(95, "storing the result")
    data = result.to_dict()
    if result.samples is not None and len(result.samples):
        data["posterior_histogram"] = histogram(result.samples)
    return create_object(
        StoredEstimate, acting_user=acting_user, case=case, method=data["method"],
        parameters={k: v for k, v in options.items() if v is not None},
        status_filter=options.get("status") or "", stratify=options.get("stratify") or "",
        capture_history=history_as_json(history), fingerprint=data.get("fingerprint", ""),
        estimate=data.get("estimate"), lower=data.get("lower"), upper=data.get("upper"),
        observed=int(data["observed"]), warnings=list(data.get("warnings", [])), result=data,
        summary_text=result.summary(), summary_html=result.to_html(),
        created_by=acting_user if getattr(acting_user, "pk", None) else None,
    )  # fmt: skip


@job_kind("estimate", permission="analyze")
def estimation_job(job: Job, report: Callable[[int, str], None]) -> dict[str, Any]:
    stored = estimate_case(case=job.case, options=job.parameters, acting_user=job.created_by,
                           report=report)  # fmt: skip
    return {"stored_estimate": stored.pk, "estimate": stored.estimate,
            "next": ["registry-estimate", stored.pk]}  # fmt: skip
