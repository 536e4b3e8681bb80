"""Configuration of a linkage run, and the human decisions it must respect."""

from __future__ import annotations

import dataclasses
import enum
import re
from typing import Any

__all__ = ["SPARK_MASTERS", "Backend", "Decision", "DecisionKind", "LinkageConfig"]

# Where Spark may run: in this process (local, local[N], local[*]) or on a cluster that a
# master URL names (standalone, YARN, Kubernetes).  Spark Connect (sc://) is not enough:
# Splink registers its functions through the driver's JVM.
SPARK_MASTERS = re.compile(r"local(\[(\d+|\*)\])?|spark://\S+|yarn|k8s://\S+")
_MEMORY = re.compile(r"\d+[kmgt]?", re.IGNORECASE)


class Backend(enum.StrEnum):
    DUCKDB = "duckdb"
    SPARK = "spark"


class DecisionKind(enum.StrEnum):
    MATCH = "match"
    """Must-link: the two records are the same person, whatever the model says."""
    NO_MATCH = "no_match"
    """Cannot-link: the two records never end up in one person."""
    UNSURE = "unsure"
    """Recorded, but binds nothing: the pair stays in review."""


@dataclasses.dataclass(frozen=True, slots=True)
class Decision:
    """A reviewer's decision on a pair of records, by their record keys."""

    left: str
    right: str
    kind: DecisionKind

    def __post_init__(self) -> None:
        if self.left == self.right:
            raise ValueError(f"a decision needs two different records, got {self.left!r} twice")
        object.__setattr__(self, "kind", DecisionKind(self.kind))


@dataclasses.dataclass(frozen=True, slots=True)
class LinkageConfig:
    """How to link: backend, thresholds and model effort. The same for every backend.

    Pairs scoring at least ``merge_threshold`` are merged automatically; pairs between
    ``review_threshold`` and ``merge_threshold`` go to clerical review.  Scores are
    probabilities under a prior estimated on the scored pairs themselves, so 0.5 means
    "more likely one person than two".  Two groups of records are only joined if their
    scored pairs (down to ``evidence_threshold``) average at least ``min_average``: this
    stops one wrong link from chaining people.  Pairs whose given names or fathers' names
    differ outright, whose birth years are far apart or whose births cannot be one, that
    are two entries of one list not scoring as one person, of which one entry names a
    family only (no given name, no birth year or age), or of which one records a death and
    the other a fate of the living a month or more later, are never merged without a
    reviewer's decision.
    The Spark backend (``pip install pyspark``: the ``spark`` extra) runs on
    ``spark_master`` — None or ``local`` for Spark in this process, or a cluster's master
    URL (``spark://host:7077``, ``yarn``, ``k8s://…``) — in a session started for the run
    and stopped after it, unless the caller hands its own ``spark_session``.
    ``spark_driver_memory`` is the driver's heap (``"4g"``); in local mode it is all the
    memory Spark has.  The model and its settings are the same on every backend.
    """

    backend: Backend = Backend.DUCKDB
    merge_threshold: float = 0.5
    review_threshold: float = 0.1
    min_average: float = 0.25
    evidence_threshold: float = 0.01
    max_group: int = 1000
    key_column: str = "record_key"
    source_column: str = "source"
    u_sample_pairs: float = 3e5
    em_max_pairs: float = 2e6
    em_record_sample: float = 0.05
    em_max_iterations: int = 25
    term_frequencies: bool = True
    seed: int = 42
    spark_session: Any = None
    spark_master: str | None = None
    spark_driver_memory: str | None = None
    duckdb_threads: int | None = None
    duckdb_memory_limit: str | None = None  # e.g. "3GB"; DuckDB spills to disk beyond it

    def __post_init__(self) -> None:
        object.__setattr__(self, "backend", Backend(self.backend))
        if not 0.0 < self.review_threshold <= self.merge_threshold < 1.0:
            raise ValueError(
                "thresholds must satisfy 0 < review_threshold <= merge_threshold < 1, got "
                f"review_threshold={self.review_threshold}, merge_threshold={self.merge_threshold}"
            )
        if not 0.0 <= self.min_average <= 1.0 or not 0.0 < self.evidence_threshold < 1.0:
            raise ValueError("min_average must be in [0, 1] and evidence_threshold in (0, 1)")
        if not 0.0 < self.em_record_sample <= 1.0:
            raise ValueError("em_record_sample must be in (0, 1]")
        if self.em_max_pairs < 1e3:
            raise ValueError("em_max_pairs must be at least 1000")
        if self.u_sample_pairs < 1e3:
            raise ValueError("u_sample_pairs must be at least 1000")
        if self.spark_master is not None and not SPARK_MASTERS.fullmatch(self.spark_master):
            raise ValueError(
                "the Spark master must be local, local[N], spark://host:port, yarn or "
                f"k8s://…, got {self.spark_master!r}"
            )
        if self.spark_driver_memory is not None and not _MEMORY.fullmatch(self.spark_driver_memory):
            raise ValueError(
                f"the Spark driver memory must look like 4g, got {self.spark_driver_memory!r}"
            )
