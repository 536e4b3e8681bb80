"""Record linkage on Splink: which records, across lists and scripts, are one person.

``link(records, config, decisions)`` returns a :class:`LinkageResult`; ``evaluate``
scores a clustering against ground truth; ``explain_pair(left, right)`` says in words
what speaks for and against two records being one person.  DuckDB runs in process;
Spark is optional.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rightsledger.analysis.linkage.clustering import ConstraintConflictError
    from rightsledger.analysis.linkage.config import Backend, Decision, DecisionKind, LinkageConfig
    from rightsledger.analysis.linkage.evaluation import LinkageScores, evaluate
    from rightsledger.analysis.linkage.explain import explain_pair
    from rightsledger.analysis.linkage.features import prepare_features
    from rightsledger.analysis.linkage.pipeline import MIN_RECORDS, link
    from rightsledger.analysis.linkage.reason_templates import REASON_TEMPLATES, Reason
    from rightsledger.analysis.linkage.result import ComparisonWeight, LinkageResult

# Each name from the module that defines it, imported when first asked for: a page that
# explains a pair must not load Splink, DuckDB and SciPy for it.
_HOME = {
    "ConstraintConflictError": "clustering",
    "Backend": "config",
    "Decision": "config",
    "DecisionKind": "config",
    "LinkageConfig": "config",
    "LinkageScores": "evaluation",
    "evaluate": "evaluation",
    "REASON_TEMPLATES": "reason_templates",
    "Reason": "reason_templates",
    "explain_pair": "explain",
    "prepare_features": "features",
    "MIN_RECORDS": "pipeline",
    "link": "pipeline",
    "ComparisonWeight": "result",
    "LinkageResult": "result",
}


def __getattr__(name: str) -> Any:
    try:
        module = _HOME[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    return getattr(import_module(f"{__name__}.{module}"), name)


__all__ = [
    "MIN_RECORDS",
    "REASON_TEMPLATES",
    "Backend",
    "ComparisonWeight",
    "ConstraintConflictError",
    "Decision",
    "DecisionKind",
    "LinkageConfig",
    "LinkageResult",
    "LinkageScores",
    "Reason",
    "evaluate",
    "explain_pair",
    "link",
    "prepare_features",
]
