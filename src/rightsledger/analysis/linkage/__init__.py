"""Record linkage on Splink: which records, across lists and scripts, are one person.

``link(records, config, decisions)`` returns a :class:`LinkageResult`; ``evaluate``
scores a clustering against ground truth.  DuckDB runs in process; Spark is optional.
"""

from rightsledger.analysis.linkage.clustering import ConstraintConflictError
from rightsledger.analysis.linkage.config import Backend, Decision, DecisionKind, LinkageConfig
from rightsledger.analysis.linkage.evaluate import LinkageScores, evaluate
from rightsledger.analysis.linkage.features import prepare_features
from rightsledger.analysis.linkage.pipeline import MIN_RECORDS, link
from rightsledger.analysis.linkage.result import Evidence, LinkageResult

__all__ = [
    "MIN_RECORDS",
    "Backend",
    "ConstraintConflictError",
    "Decision",
    "DecisionKind",
    "Evidence",
    "LinkageConfig",
    "LinkageResult",
    "LinkageScores",
    "evaluate",
    "link",
    "prepare_features",
]
