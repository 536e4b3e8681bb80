"""The frozen result every estimator returns, and its text, HTML and JSON renderings."""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(frozen=True)
class EstimationResult:
    """An estimate of the total population (observed plus never observed) with its interval.

    ``estimate`` is the point estimate (for a Bayesian method, the posterior median);
    ``lower``/``upper`` bound the ``interval_level`` interval of kind ``interval_kind``.
    ``fingerprint`` is the SHA-256 of the canonical input table, so a stored result names
    exactly what it was computed from. ``warnings`` are plain sentences meant for the report.
    ``samples`` holds posterior (or bootstrap) draws of the total when the method has them;
    ``strata`` holds the per-stratum results of a stratified estimate.
    """

    method: str
    estimate: float
    lower: float
    upper: float
    observed: int
    fingerprint: str
    parameters: Mapping[str, Any] = field(default_factory=dict)
    interval_level: float = 0.95
    interval_kind: str = ""
    diagnostics: Mapping[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    samples: np.ndarray | None = field(default=None, compare=False, repr=False)
    strata: Mapping[str, EstimationResult] = field(default_factory=dict, compare=False)

    @property
    def unobserved(self) -> float:
        """Estimated number of people on no list (the "dark figure")."""
        return self.estimate - self.observed

    def summary(self) -> str:
        """Plain-text rendering for terminals and text reports."""
        level = f"{self.interval_level:.0%}"
        lines = [
            f"Multiple systems estimation: {self.method}",
            f"  observed on at least one list: {self.observed:,}",
            f"  estimated total:               {_fmt(self.estimate)}",
            f"  {level} interval:                  {_fmt(self.lower)} - {_fmt(self.upper)}"
            + (f" ({self.interval_kind})" if self.interval_kind else ""),
        ]
        if self.parameters:
            rendered = ", ".join(f"{k}={_short(v)}" for k, v in self.parameters.items())
            lines.append(f"  parameters: {rendered}")
        for key, value in self.diagnostics.items():
            if _is_plain(value):
                lines.append(f"  {key}: {_short(value)}")
        if self.strata:
            lines.append("  strata:")
            for label, result in self.strata.items():
                lines.append(
                    f"    {label}: {_fmt(result.estimate)} ({_fmt(result.lower)} - "
                    f"{_fmt(result.upper)}), observed {result.observed:,}"
                )
        if self.warnings:
            lines.append("  warnings:")
            lines.extend(f"    - {w}" for w in self.warnings)
        lines.append(f"  input fingerprint: {self.fingerprint}")
        return "\n".join(lines)

    def to_html(self) -> str:
        """An HTML fragment (a table and a warning list) with every value escaped."""
        esc = html.escape
        level = f"{self.interval_level:.0%}"
        rows = [
            ("Method", self.method),
            ("Observed on at least one list", f"{self.observed:,}"),
            ("Estimated total", _fmt(self.estimate)),
            (f"{level} interval", f"{_fmt(self.lower)} – {_fmt(self.upper)}"),
            ("Interval", self.interval_kind),
        ]
        rows += [(str(k), _short(v)) for k, v in self.parameters.items()]
        rows += [(str(k), _short(v)) for k, v in self.diagnostics.items() if _is_plain(v)]
        rows += [
            (f"Stratum {label}", f"{_fmt(r.estimate)} ({_fmt(r.lower)} – {_fmt(r.upper)})")
            for label, r in self.strata.items()
        ]
        rows.append(("Input fingerprint", self.fingerprint))
        body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
        parts = [f'<table class="mse-result">{body}</table>']
        if self.warnings:
            items = "".join(f"<li>{esc(w)}</li>" for w in self.warnings)
            parts.append(f'<ul class="mse-warnings">{items}</ul>')
        return "".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dictionary (no NumPy types, no NaN), without the raw samples."""
        return {
            "method": self.method,
            "estimate": _json_safe(self.estimate),
            "lower": _json_safe(self.lower),
            "upper": _json_safe(self.upper),
            "observed": int(self.observed),
            "unobserved": _json_safe(self.unobserved),
            "interval_level": self.interval_level,
            "interval_kind": self.interval_kind,
            "fingerprint": self.fingerprint,
            "parameters": _json_safe(dict(self.parameters)),
            "diagnostics": _json_safe(dict(self.diagnostics)),
            "warnings": list(self.warnings),
            "strata": {label: r.to_dict() for label, r in self.strata.items()},
        }


def _fmt(value: float) -> str:
    if value is None or not math.isfinite(value):
        return "not finite"
    return f"{value:,.0f}"


def _is_plain(value: Any) -> bool:
    """Scalars and lists of scalars are shown in summaries; tables are left to to_dict()."""
    if isinstance(value, list | tuple):
        return all(isinstance(v, int | float | str | bool) for v in value)
    return isinstance(value, int | float | str | bool)


def _short(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_short(v) for v in value) or "none"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def _json_safe(value: Any) -> Any:
    """Convert NumPy scalars and arrays, tuples and non-finite floats for JSON."""
    if isinstance(value, Mapping):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | np.ndarray):
        return [_json_safe(v) for v in value]
    if isinstance(value, np.bool_ | bool):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating | float):
        number = float(value)
        return number if math.isfinite(number) else None
    return value
