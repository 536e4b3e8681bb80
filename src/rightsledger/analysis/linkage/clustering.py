"""Group records into persons from scored pairs, honouring reviewers' decisions.

Plain connected components chain errors: one wrong link between two people's records
joins all of them.  Components are therefore rebuilt by greedy average linkage: record
groups are joined from the most probable link down, and a join is refused when the other
scored pairs between the two groups on average speak against it, or when a reviewer has
separated two of their records (cannot-link).  Must-link pairs are joined first, always.
Components that are a single pair, or all of whose pairs are links, are kept as they are.
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
    size: int, scored: Edges, merge_threshold: float, must_link: Iterable[tuple[int, int]] = ()
) -> npt.NDArray[np.int64]:
    """Connected components over links at or above the threshold and must-links.

    Persons are always subsets of these; a component of more than two records is where
    a chain of links may have joined different people, so it deserves all its pairs
    scored before it is accepted.
    """
    left, right, probability = scored
    must = np.array([(int(a), int(b)) for a, b in must_link], dtype=np.int64).reshape(-1, 2)
    strong = probability >= merge_threshold
    return _components(
        size,
        np.concatenate([must[:, 0], left[strong]]),
        np.concatenate([must[:, 1], right[strong]]),
    )


class _Groups:
    """Union-find whose groups keep, per neighbouring group, the sum and count of scores."""

    def __init__(self, nodes: list[int], cannot: list[tuple[int, int]]) -> None:
        self.parent = {node: node for node in nodes}
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
        entry = self.links[a].get(b)
        return entry[0] / entry[1] if entry else 0.0

    def forbidden(self, a: int, b: int) -> bool:
        return any(self.find(x) == b for x in self.banned[a])

    def union(self, a: int, b: int) -> int:
        """Join group ``b`` into ``a`` (or the other way round if ``b`` is larger)."""
        if len(self.links[a]) < len(self.links[b]):
            a, b = b, a
        self.parent[b] = a
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
    merge_threshold: float,
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
    strong = probability >= merge_threshold
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
) -> npt.NDArray[np.int64]:
    """Return a cluster label per node ``0..size-1``.

    ``scored`` are (left, right, probability) arrays of scored pairs; pairs at or above
    ``merge_threshold`` link records, and all scored pairs between two groups must
    average at least ``min_average`` for a link to join them.  Raises
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
    strong = probability >= merge_threshold
    labels = _components(
        size,
        np.concatenate([must_arr[:, 0], left[strong]]),
        np.concatenate([must_arr[:, 1], right[strong]]),
    )
    # Components that need rebuilding: more than two records and either a scored pair
    # below the threshold inside, or a cannot-link inside.
    component_size = np.bincount(labels, minlength=labels.max() + 1)
    same = labels[left] == labels[right]
    doubtful = np.zeros(len(component_size), dtype=bool)
    doubtful[labels[left[same & ~strong]]] = True
    doubtful &= component_size > 2
    for a, b in cannot:
        if labels[a] == labels[b]:
            doubtful[labels[a]] = True
    if not doubtful.any():
        return labels
    in_doubt = doubtful[labels]
    nodes = np.flatnonzero(in_doubt).tolist()
    inside = in_doubt[left] & same
    roots = _rebuild(
        nodes,
        (left[inside], right[inside], probability[inside]),
        merge_threshold,
        min_average,
        [(a, b) for a, b in must if in_doubt[a]],
        [(a, b) for a, b in cannot if in_doubt[a] and labels[a] == labels[b]],
    )
    next_label = int(labels.max()) + 1
    relabel: dict[int, int] = {}
    for node, root in roots.items():
        if root not in relabel:
            relabel[root] = next_label
            next_label += 1
        labels[node] = relabel[root]
    return labels
