"""Record linkage on Splink: which records, across lists and scripts, are one person.

``link(records, config, decisions)`` returns a :class:`LinkageResult`; ``evaluate``
scores a clustering against ground truth; ``explain_pair(left, right)`` says in words
what speaks for and against two records being one person.  DuckDB runs in process;
Spark is optional.
"""

from rightsledger.analysis.linkage.clustering import ConstraintConflictError
from rightsledger.analysis.linkage.config import Backend, Decision, DecisionKind, LinkageConfig
from rightsledger.analysis.linkage.evaluate import LinkageScores, evaluate
from rightsledger.analysis.linkage.explain import REASON_TEMPLATES, Reason, explain_pair
from rightsledger.analysis.linkage.features import prepare_features
from rightsledger.analysis.linkage.pipeline import MIN_RECORDS, link
from rightsledger.analysis.linkage.result import ComparisonWeight, LinkageResult

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
