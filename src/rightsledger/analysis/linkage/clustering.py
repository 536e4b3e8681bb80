"""Group records into persons from scored pairs, honouring reviewers' decisions.

Plain connected components chain errors: one wrong link between two people's records
joins all of them.  Components are therefore rebuilt by greedy average linkage: record
groups are joined from the most probable link down, and a join is refused when the pairs
between the two groups on average speak against it, or when a reviewer has separated two
of their records (cannot-link).  The average is over *all* pairs of records between the
two groups: a pair that was never scored (blocking did not propose it, or it scored below
the evidence floor) counts as no evidence for, so one link cannot join two groups whose
other records were never found alike — the larger the groups, the more of their pairs
must agree.  Must-link pairs are joined first, always.  Components that are a single
pair, or all of whose pairs were scored and are links, are kept as they are.

*Conflicts* are scored pairs that the name evidence forbids to merge automatically (two
different given names: siblings, namesakes' relatives).  They are never links, and no
join may put a conflicting pair into one person, unless reviewers' must-links do.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

__all__ = ["ConstraintConflictError", "Edges", "candidate_components", "cluster_with_constraints"]

Edges = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float64]]


class ConstraintConflictError(ValueError):
    """The decisions contradict each other: must-links join a cannot-link pair."""


def _components(
    size: int, left: npt.NDArray[np.int64], right: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    graph = coo_matrix((np.ones(len(left), dtype=np.int8), (left, right)), shape=(size, size))
    _, labels = connected_components(graph, directed=False)
    return labels.astype(np.int64)


def candidate_components(
    size: int,
    scored: Edges,
    merge_threshold: float,
    must_link: Iterable[tuple[int, int]] = (),
    conflicts: npt.NDArray[np.bool_] | None = None,
) -> npt.NDArray[np.int64]:
    """Connected components over links at or above the threshold and must-links.

    Persons are always subsets of these; a component of more than two records is where
    a chain of links may have joined different people, so it deserves all its pairs
    scored before it is accepted.
    """
    left, right, probability = scored
    must = np.array([(int(a), int(b)) for a, b in must_link], dtype=np.int64).reshape(-1, 2)
    strong = _strong(probability, merge_threshold, conflicts)
    return _components(
        size,
        np.concatenate([must[:, 0], left[strong]]),
        np.concatenate([must[:, 1], right[strong]]),
    )


def _strong(
    probability: npt.NDArray[np.float64],
    merge_threshold: float,
    conflicts: npt.NDArray[np.bool_] | None,
) -> npt.NDArray[np.bool_]:
    strong = probability >= merge_threshold
    return strong if conflicts is None else strong & ~conflicts


class _Groups:
    """Union-find whose groups keep, per neighbouring group, the sum and count of scores."""

    def __init__(self, nodes: list[int], cannot: list[tuple[int, int]]) -> None:
        self.parent = {node: node for node in nodes}
        self.size = dict.fromkeys(nodes, 1)
        self.links: dict[int, dict[int, list[float]]] = {node: {} for node in nodes}
        self.banned: dict[int, set[int]] = {node: set() for node in nodes}
        for a, b in cannot:
            self.banned[a].add(b)
            self.banned[b].add(a)

    def find(self, node: int) -> int:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def add_score(self, a: int, b: int, probability: float) -> None:
        for x, y in ((a, b), (b, a)):
            entry = self.links[x].setdefault(y, [0.0, 0.0])
            entry[0] += probability
            entry[1] += 1

    def average(self, a: int, b: int) -> float:
        """Mean probability over every pair of records between groups ``a`` and ``b``;
        pairs never scored count as 0."""
        entry = self.links[a].get(b)
        return entry[0] / (self.size[a] * self.size[b]) if entry else 0.0

    def forbidden(self, a: int, b: int) -> bool:
        return any(self.find(x) == b for x in self.banned[a])

    def union(self, a: int, b: int) -> int:
        """Join group ``b`` into ``a`` (or the other way round if ``b`` is larger)."""
        if len(self.links[a]) < len(self.links[b]):
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size.pop(b)
        for neighbour, (total, count) in self.links.pop(b).items():
            neighbour_links = self.links[neighbour]
            neighbour_links.pop(b, None)
            if neighbour == a:
                continue
            entry = self.links[a].setdefault(neighbour, [0.0, 0.0])
            entry[0] += total
            entry[1] += count
            neighbour_links[a] = entry.copy()
        self.links[a].pop(b, None)
        self.banned[a] |= self.banned.pop(b)
        return a


def _rebuild(
    nodes: list[int],
    scored: Edges,
    strong: npt.NDArray[np.bool_],
    min_average: float,
    must: list[tuple[int, int]],
    cannot: list[tuple[int, int]],
) -> dict[int, int]:
    """Average-linkage clustering of ``nodes``; returns node → group root."""
    left, right, probability = scored
    groups = _Groups(nodes, cannot)
    for a, b, p in zip(left.tolist(), right.tolist(), probability.tolist(), strict=True):
        groups.add_score(a, b, p)
    for a, b in must:
        root_a, root_b = groups.find(a), groups.find(b)
        if root_a != root_b:
            groups.union(root_a, root_b)
    heap = [
        (-p, a, b)
        for a, b, p in zip(
            left[strong].tolist(), right[strong].tolist(), probability[strong].tolist(), strict=True
        )
    ]
    heapq.heapify(heap)
    while heap:
        _, a, b = heapq.heappop(heap)
        root_a, root_b = groups.find(a), groups.find(b)
        if root_a == root_b or groups.forbidden(root_a, root_b):
            continue
        if groups.average(root_a, root_b) >= min_average:
            groups.union(root_a, root_b)
    return {node: groups.find(node) for node in nodes}


def cluster_with_constraints(
    size: int,
    scored: Edges,
    merge_threshold: float,
    *,
    min_average: float = 0.5,
    must_link: Iterable[tuple[int, int]] = (),
    cannot_link: Iterable[tuple[int, int]] = (),
    conflicts: npt.NDArray[np.bool_] | None = None,
) -> npt.NDArray[np.int64]:
    """Return a cluster label per node ``0..size-1``.

    ``scored`` are (left, right, probability) arrays of scored pairs; pairs at or above
    ``merge_threshold`` link records, and all scored pairs between two groups must
    average at least ``min_average`` for a link to join them.  ``conflicts`` flags scored
    pairs that must not end in one person unless must-links put them there.  Raises
    :class:`ConstraintConflictError` when must-links alone join a cannot-link pair.
    """
    left, right, probability = scored
    must = [(int(a), int(b)) for a, b in must_link]
    cannot = [(int(a), int(b)) for a, b in cannot_link]
    must_arr = np.array(must, dtype=np.int64).reshape(-1, 2)
    if cannot:
        must_labels = _components(size, must_arr[:, 0], must_arr[:, 1])
        for a, b in cannot:
            if must_labels[a] == must_labels[b]:
                raise ConstraintConflictError(
                    f"records {a} and {b} are decided 'not a match' but must-link decisions "
                    "join them"
                )
    strong = _strong(probability, merge_threshold, conflicts)
    labels = _components(
        size,
        np.concatenate([must_arr[:, 0], left[strong]]),
        np.concatenate([must_arr[:, 1], right[strong]]),
    )
    # Soft cannot-links: conflicting pairs that must-links do not join.
    soft = np.zeros(len(left), dtype=bool)
    if conflicts is not None and conflicts.any():
        must_labels = _components(size, must_arr[:, 0], must_arr[:, 1])
        soft = conflicts & (must_labels[left] != must_labels[right])
    # Components that need rebuilding: more than two records and either a scored pair
    # below the threshold inside or a pair never scored, or a cannot-link inside.
    component_size = np.bincount(labels, minlength=labels.max() + 1)
    same = labels[left] == labels[right]
    doubtful = np.zeros(len(component_size), dtype=bool)
    doubtful[labels[left[same & ~strong]]] = True
    scored_inside = np.bincount(labels[left[same]], minlength=len(component_size))
    doubtful |= scored_inside < component_size * (component_size - 1) // 2
    doubtful &= component_size > 2
    doubtful[labels[left[same & soft]]] = True
    for a, b in cannot:
        if labels[a] == labels[b]:
            doubtful[labels[a]] = True
    if not doubtful.any():
        return labels
    in_doubt = doubtful[labels]
    nodes = np.flatnonzero(in_doubt).tolist()
    inside = in_doubt[left] & same
    soft_inside = inside & soft
    roots = _rebuild(
        nodes,
        (left[inside], right[inside], probability[inside]),
        strong[inside],
        min_average,
        [(a, b) for a, b in must if in_doubt[a]],
        [(a, b) for a, b in cannot if in_doubt[a] and labels[a] == labels[b]]
        + list(zip(left[soft_inside].tolist(), right[soft_inside].tolist(), strict=True)),
    )
    next_label = int(labels.max()) + 1
    relabel: dict[int, int] = {}
    for node, root in roots.items():
        if root not in relabel:
            relabel[root] = next_label
            next_label += 1
        labels[node] = relabel[root]
    return labels
