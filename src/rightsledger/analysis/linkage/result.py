"""The outcome of a linkage run: persons, merged pairs, pairs for review and the weight of
each comparison behind them (``ComparisonWeight``: not to be confused with evidence items)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd

__all__ = ["ComparisonWeight", "LinkageResult"]


@dataclasses.dataclass(frozen=True, slots=True)
class ComparisonWeight:
    """One comparison's contribution to a pair's score.

    ``match_weight`` is in bits (log2 of the Bayes factor): positive speaks for a match,
    negative against; ``level`` says what was seen ("variant spelling", "initial
    compatible"); :func:`explain_pair` says it in a reviewer's words.
    """

    comparison: str
    level: str
    match_weight: float


@dataclasses.dataclass(frozen=True)
class LinkageResult:
    """Everything a run produced; frames are not to be modified by callers.

    * ``clusters``: ``record_key, person_key`` for every input record; ``person_key`` is
      the smallest record key of the person, so it is stable while the person's
      records do not change.
    * ``merged_pairs``: pairs at or above the merge threshold that were merged (``left,
      right, match_probability, match_weight``), plus must-link decisions (probability 1).
    * ``review_pairs``: undecided pairs in the uncertain band, and pairs above the merge
      threshold that clustering refused because the other evidence spoke against them;
      ``same_person`` tells whether the two records ended up in one person anyway.
    * ``evidence``: per review pair and comparison, ``left, right, comparison, level,
      match_weight``.
    """

    clusters: pd.DataFrame
    merged_pairs: pd.DataFrame
    review_pairs: pd.DataFrame
    evidence: pd.DataFrame
    scored_pairs: int
    model: dict[str, Any]
    config: dict[str, Any]
    fingerprint: str
    timings: dict[str, float]

    @property
    def records(self) -> int:
        return len(self.clusters)

    @property
    def persons(self) -> int:
        return int(self.clusters["person_key"].nunique())

    def person_of(self) -> pd.Series:
        """``person_key`` indexed by ``record_key``."""
        return self.clusters.set_index("record_key")["person_key"]

    def evidence_for(self, left: str, right: str) -> tuple[ComparisonWeight, ...]:
        """The evidence for and against one review pair, strongest first."""
        rows = self.evidence[
            ((self.evidence["left"] == left) & (self.evidence["right"] == right))
            | ((self.evidence["left"] == right) & (self.evidence["right"] == left))
        ]
        rows = rows.reindex(rows["match_weight"].abs().sort_values(ascending=False).index)
        return tuple(
            ComparisonWeight(str(r.comparison), str(r.level), float(r.match_weight))
            for r in rows.itertuples(index=False)
        )

    def summary(self) -> str:
        total = sum(self.timings.values())
        return (
            f"records {self.records:,}; persons {self.persons:,}; "
            f"scored pairs {self.scored_pairs:,}; merged pairs {len(self.merged_pairs):,}; "
            f"awaiting review {len(self.review_pairs):,}; {total:.1f} s"
        )
