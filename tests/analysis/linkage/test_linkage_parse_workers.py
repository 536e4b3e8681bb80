"""Names are parsed in worker processes only while no linkage engine has run in this
process: a worker forked after one crashed, so a second linkage parses in the process."""

from __future__ import annotations

import concurrent.futures

import pandas as pd
import pytest

from rightsledger.analysis.linkage import features, link
from rightsledger.analysis.names import NameOrder
from rightsledger.analysis.simulate import Simulation


class _PoolStarted(Exception):
    pass


class _RefusingPool:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise _PoolStarted


def _rows(count: int) -> list[features.NameRow]:
    return [(f"Name{i} Surname{i}", "", "", "", NameOrder.UNKNOWN) for i in range(count)]


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if no engine had run yet; parse in workers from a handful of names on."""
    monkeypatch.setattr(features, "_ENGINE_STARTED", [False])
    monkeypatch.setattr(features, "_PARALLEL_FROM", 3)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _RefusingPool)


@pytest.mark.usefixtures("fresh_process")
def test_many_names_go_to_workers_before_any_engine() -> None:
    with pytest.raises(_PoolStarted):
        features._name_forms(_rows(5))


@pytest.mark.usefixtures("fresh_process")
def test_after_an_engine_the_names_are_parsed_here() -> None:
    features.engine_started()
    parsed = features._name_forms(_rows(5))
    assert len(parsed) == 5
    assert parsed["surname_canon"].str.len().gt(0).all()


def test_a_linkage_marks_its_process(
    small_sim: Simulation, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(features, "_ENGINE_STARTED", [False])
    records: pd.DataFrame = small_sim.records()
    link(records)
    assert features._ENGINE_STARTED == [True]
