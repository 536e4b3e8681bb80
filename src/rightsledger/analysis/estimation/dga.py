"""Bayesian model averaging over decomposable graphical models (as the R package dga).

Madigan & York (1997): the lists are the vertices of an undirected decomposable graph
whose edges are allowed dependences. Each graph with a hyper-Dirichlet prior (delta prior
people per cell of the full 2^J table) has a closed-form marginal likelihood for any
completed table: a product of Dirichlet-multinomial terms over cliques divided by those
over separators. Averaging over all decomposable graphs (uniform prior) and over every
possible number of unlisted people n0 (prior p(N) ~ 1/N, as ``bma.cr``) gives the posterior
of N. The grid of n0 runs from 0 to ``max_missing`` (default 30 times the number observed);
the share of posterior mass at the top of the grid is reported, and warned about.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache

import numpy as np
from scipy.special import gammaln, logsumexp

from .errors import EstimationInputError
from .history import CaptureHistory
from .results import EstimationResult

Clique = tuple[int, ...]
MIN_LISTS, MAX_LISTS = 3, 5
#: The default search range is 30 times the people observed, but at most this many unlisted
#: people: each candidate costs a float per marginal table (32 for five lists), and a table of
#: a million people would otherwise need gigabytes.  Mass at the top end is warned about.
DEFAULT_MAX_MISSING = 1_000_000


@dataclass(frozen=True)
class Graph:
    """A decomposable graph on the lists, through its cliques and separators."""

    edges: tuple[tuple[int, int], ...]
    cliques: tuple[Clique, ...]
    separators: tuple[Clique, ...]


@cache
def decomposable_graphs(n_lists: int) -> tuple[Graph, ...]:
    """Every decomposable (chordal) graph on ``n_lists`` vertices: 8, 61 and 822 for 3-5."""
    pairs = list(itertools.combinations(range(n_lists), 2))
    graphs = []
    for chosen in itertools.product((False, True), repeat=len(pairs)):
        edges = tuple(p for p, keep in zip(pairs, chosen, strict=True) if keep)
        adjacency: dict[int, set[int]] = {v: set() for v in range(n_lists)}
        for a, b in edges:
            adjacency[a].add(b)
            adjacency[b].add(a)
        if not _is_chordal(adjacency):
            continue
        cliques = _maximal_cliques(adjacency)
        graphs.append(Graph(edges, cliques, _junction_separators(cliques)))
    return tuple(graphs)


def _is_chordal(adjacency: dict[int, set[int]]) -> bool:
    # A graph is chordal iff simplicial vertices can be eliminated one by one.
    remaining = {v: set(n) for v, n in adjacency.items()}
    while remaining:
        for vertex, neighbours in remaining.items():
            if all(b in remaining[a] for a, b in itertools.combinations(neighbours, 2)):
                for other in neighbours:
                    remaining[other].discard(vertex)
                del remaining[vertex]
                break
        else:
            return False
    return True


def _maximal_cliques(adjacency: dict[int, set[int]]) -> tuple[Clique, ...]:
    vertices = sorted(adjacency)
    complete = [
        subset
        for size in range(1, len(vertices) + 1)
        for subset in itertools.combinations(vertices, size)
        if all(b in adjacency[a] for a, b in itertools.combinations(subset, 2))
    ]
    maximal = [c for c in complete if not any(set(c) < set(o) for o in complete)]
    return tuple(sorted(maximal))


def _junction_separators(cliques: tuple[Clique, ...]) -> tuple[Clique, ...]:
    """Separators of a junction tree: a maximum-weight spanning tree of the cliques
    (weight = size of the intersection); empty intersections join components."""
    links = sorted(
        (
            (len(set(a) & set(b)), i, j)
            for (i, a), (j, b) in itertools.combinations(enumerate(cliques), 2)
        ),
        reverse=True,
    )
    parent = list(range(len(cliques)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    separators = []
    for _, i, j in links:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[ri] = rj
            separators.append(tuple(sorted(set(cliques[i]) & set(cliques[j]))))
    return tuple(separators)


def _component_log_likelihoods(
    history: CaptureHistory, delta: float, missing: np.ndarray
) -> dict[Clique, np.ndarray]:
    """Dirichlet-multinomial log marginal likelihood of every marginal table, for every
    candidate n0: only the all-absent cell of each margin depends on n0."""
    n_lists = history.n_lists
    cells = history.cell_counts().reshape((2,) * n_lists)
    total_prior = delta * 2**n_lists
    totals = history.observed + missing
    normaliser = gammaln(total_prior) - gammaln(totals + total_prior)
    result: dict[Clique, np.ndarray] = {(): np.zeros(missing.size)}
    for size in range(1, n_lists + 1):
        for margin in itertools.combinations(range(n_lists), size):
            others = tuple(i for i in range(n_lists) if i not in margin)
            table = cells.sum(axis=others).ravel().astype(float)
            prior = delta * 2 ** (n_lists - size)
            fixed = float(np.sum(gammaln(table[1:] + prior) - gammaln(prior)))
            zero_cell = gammaln(table[0] + missing + prior) - gammaln(prior)
            result[margin] = normaliser + fixed + zero_cell
    return result


class DGA:
    """Posterior of N averaged over all decomposable graphical models (3 to 5 lists)."""

    method = "dga"

    def __init__(
        self,
        *,
        delta: float | None = None,
        max_missing: int | None = None,
        seed: int | None = 0,
        n_draws: int = 20_000,
        level: float = 0.95,
    ) -> None:
        if delta is not None and delta <= 0:
            raise EstimationInputError(f"delta must be positive, not {delta}")
        if max_missing is not None and max_missing < 1:
            raise EstimationInputError("max_missing must be at least 1")
        if not 0 < level < 1:
            raise EstimationInputError(f"interval level must be between 0 and 1, not {level}")
        self.delta = delta
        self.max_missing = max_missing
        self.seed = seed
        self.n_draws = n_draws
        self.level = level

    def posterior(self, history: CaptureHistory) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return (n0 grid, posterior probability of each n0, posterior graph weights)."""
        if not MIN_LISTS <= history.n_lists <= MAX_LISTS:
            raise EstimationInputError(
                f"dga averages over graphical models for 3 to 5 lists; this table has "
                f"{history.n_lists}"
            )
        delta = self.delta if self.delta is not None else 2.0**-history.n_lists
        top = self.max_missing
        if top is None:
            top = min(30 * history.observed, DEFAULT_MAX_MISSING)
        missing = np.arange(0, top + 1, dtype=float)
        components = _component_log_likelihoods(history, delta, missing)
        totals = history.observed + missing
        counts = history.cell_counts()[1:]
        common = (
            gammaln(totals + 1)
            - gammaln(missing + 1)
            - float(np.sum(gammaln(counts + 1.0)))
            - np.log(totals)  # p(N) ~ 1/N
        )
        graphs = decomposable_graphs(history.n_lists)
        # Accumulate over graphs one row at a time (822 graphs x a long grid would not fit
        # in memory), rescaling the running sum whenever a larger maximum appears.
        graph_log_mass = np.empty(len(graphs))
        running = np.zeros(missing.size)
        reference = -np.inf
        for g, graph in enumerate(graphs):
            row = common.copy()
            for clique in graph.cliques:
                row += components[clique]
            for separator in graph.separators:
                row -= components[separator]
            peak = float(row.max())
            graph_log_mass[g] = logsumexp(row)
            if peak > reference:
                running *= np.exp(reference - peak)
                reference = peak
            running += np.exp(row - reference)
        log_norm = logsumexp(graph_log_mass)
        by_missing = running / running.sum()
        by_graph = np.exp(graph_log_mass - log_norm)
        return missing, by_missing, by_graph

    def fit(self, history: CaptureHistory) -> EstimationResult:
        missing, probability, graph_weights = self.posterior(history)
        delta = self.delta if self.delta is not None else 2.0**-history.n_lists
        cdf = np.cumsum(probability)
        tail = (1 - self.level) / 2
        totals = history.observed + missing

        def quantile(q: float) -> float:
            return float(totals[min(int(np.searchsorted(cdf, q)), totals.size - 1)])

        warnings = history.data_warnings()
        top_share = float(probability[-max(1, missing.size // 100) :].sum())
        if top_share > 1e-4:
            warnings.append(
                f"{top_share:.2%} of the posterior lies in the top 1% of the range searched "
                f"(up to {int(missing[-1]):,} unlisted): raise max_missing; the upper bound "
                "is truncated"
            )
        graphs = decomposable_graphs(history.n_lists)
        best = np.argsort(graph_weights)[::-1][:5]
        rng = np.random.default_rng(self.seed)
        draws = totals[np.minimum(np.searchsorted(cdf, rng.random(self.n_draws)), totals.size - 1)]
        return EstimationResult(
            method=self.method,
            estimate=quantile(0.5),
            lower=quantile(tail),
            upper=quantile(1 - tail),
            observed=history.observed,
            fingerprint=history.fingerprint(),
            parameters={"delta": delta, "max_missing": int(missing[-1])},
            interval_level=self.level,
            interval_kind="posterior quantiles",
            diagnostics={
                "posterior_mean": float(np.sum(totals * probability)),
                "posterior_mode": float(totals[np.argmax(probability)]),
                "graphs": len(graphs),
                "top_graphs": [
                    {
                        "edges": [
                            f"{history.list_names[a]}-{history.list_names[b]}"
                            for a, b in graphs[g].edges
                        ],
                        "probability": float(graph_weights[g]),
                    }
                    for g in best
                ],
            },
            warnings=tuple(warnings),
            samples=draws.astype(float),
        )
