"""The documentation simulator: reproducible lists with ground truth."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from rightsledger.analysis.names import Script, detect_script
from rightsledger.analysis.simulate import CANONICAL_COLUMNS, Simulation, simulate


@pytest.fixture(scope="module")
def sim() -> Simulation:
    return simulate(people=1500, lists=8, seed=11)


def test_it_is_reproducible_from_its_seed() -> None:
    first, second = simulate(people=200, lists=3, seed=5), simulate(people=200, lists=3, seed=5)
    for name in first.lists:
        pd.testing.assert_frame_equal(first.lists[name], second.lists[name])
    assert not simulate(people=200, lists=3, seed=6).truth.equals(first.truth)


def test_every_list_has_the_canonical_columns(sim: Simulation) -> None:
    assert len(sim.lists) == 8
    for frame in sim.lists.values():
        assert tuple(frame.columns) == CANONICAL_COLUMNS
        assert frame["record_id"].is_unique
        named = (frame["full_name"] != "") | (frame["surname"] != "") | (frame["given_name"] != "")
        assert named.all()


def test_the_truth_covers_every_record(sim: Simulation) -> None:
    records = sim.records()
    truth = sim.truth_by_key()
    assert set(records["record_key"]) == set(truth.index)
    assert truth.isin(sim.population["person_id"]).all()


def test_lists_use_different_scripts(sim: Simulation) -> None:
    scripts = {
        name: detect_script(" ".join((frame["full_name"] + frame["surname"]).head(50)))
        for name, frame in sim.lists.items()
    }
    assert {Script.LATIN_AZERBAIJANI, Script.CYRILLIC, Script.LATIN, Script.ARMENIAN} <= set(
        scripts.values()
    )


def test_people_appear_on_several_lists_and_some_lists_repeat_people(sim: Simulation) -> None:
    per_person = sim.truth.groupby("person_id")["list"].nunique()
    assert per_person.max() >= 4
    assert (per_person == 1).any()
    within = sim.truth.groupby(["list", "person_id"]).size()
    assert (within > 1).any(), "within-list duplicates are simulated"


def test_capture_is_heterogeneous_by_status(sim: Simulation) -> None:
    hospital = sim.truth[sim.truth["list"] == "hospital"].merge(sim.population, on="person_id")
    share_injured = (hospital["first_status"] == "injured").mean()
    assert share_injured > (sim.population["first_status"] == "injured").mean() + 0.1


def test_surnames_are_skewed(sim: Simulation) -> None:
    surnames = sim.lists["prosecutor"]["full_name"].str.split().str[0].str.rstrip("a")
    top_share = surnames.value_counts(normalize=True).iloc[0]
    assert top_share > 0.08


def test_it_writes_lists_truth_and_manifest(tmp_path: Path) -> None:
    result = simulate(people=100, lists=3, seed=2)
    written = result.write(tmp_path / "out")
    names = {p.name for p in written}
    assert {"prosecutor.csv", "hospital.csv", "icrc.csv", "truth.csv", "manifest.json"} <= names
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["seed"] == 2
    back = pd.read_csv(tmp_path / "out" / "hospital.csv", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(back, result.lists["hospital"])


def test_more_lists_than_templates_get_distinct_names() -> None:
    result = simulate(people=50, lists=10, seed=1)
    assert len(result.lists) == 10


@pytest.mark.parametrize(
    "kwargs",
    [{"people": 0}, {"lists": 0}, {"lists": 99}, {"heterogeneity": -1}, {"surname_exponent": 0}],
)
def test_it_rejects_bad_parameters(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        simulate(**kwargs)  # type: ignore[arg-type]
