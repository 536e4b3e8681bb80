"""A small simulated registry and its linkage, shared by the linkage tests."""

from __future__ import annotations

import pytest

from rightsledger.analysis.linkage import LinkageConfig, LinkageResult, link
from rightsledger.analysis.simulate import Simulation, simulate


@pytest.fixture(scope="package")
def small_sim() -> Simulation:
    return simulate(people=700, lists=6, seed=21)


@pytest.fixture(scope="package")
def small_result(small_sim: Simulation) -> LinkageResult:
    return link(small_sim.records(), LinkageConfig(duckdb_threads=2))
