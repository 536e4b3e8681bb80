"""Choosing the linkage's engine: the settings, `link --backend/--spark-master`, and a run on
Spark that leaves the case as a run on DuckDB does."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from rightsledger.analysis.linkage import Backend
from rightsledger.analysis.simulate import simulate
from rightsledger.registry.importing import import_list
from rightsledger.registry.linking import LinkageError, linkage_config
from rightsledger.registry.models import LinkageRun, SourceRecord


@pytest.fixture
def imported(case: Any, owner: Any, tmp_path: Path) -> Any:
    simulation = simulate(people=120, lists=3, seed=7)
    simulation.write(tmp_path)
    for name in simulation.lists:
        import_list(case=case, source=name, path=tmp_path / f"{name}.csv", acting_user=owner)
    return case


def test_the_settings_choose_the_engine_and_a_run_may_choose_otherwise() -> None:
    assert linkage_config().backend is Backend.DUCKDB
    with override_settings(LINKAGE_BACKEND="spark", SPARK_MASTER="spark://registry:7077"):
        config = linkage_config()
        assert (config.backend, config.spark_master) == (Backend.SPARK, "spark://registry:7077")
        chosen = linkage_config(backend="duckdb", spark_master="local[2]")
        assert (chosen.backend, chosen.spark_master) == (Backend.DUCKDB, "local[2]")


@pytest.mark.parametrize(
    ("master", "memory"), [("sc://connect:15002", None), ("spark:/", None), ("local", "lots")]
)
def test_a_bad_spark_setting_is_a_clear_error(master: str, memory: str | None) -> None:
    with (
        override_settings(SPARK_DRIVER_MEMORY=memory),
        pytest.raises(LinkageError, match="Spark"),
    ):
        linkage_config(backend="spark", spark_master=master)


@pytest.mark.django_db
def test_link_refuses_a_bad_master_and_changes_nothing(imported: Any, owner: Any) -> None:
    before = list(SourceRecord.objects.filter(case=imported).values_list("pk", "person_id"))
    with pytest.raises(CommandError, match="Spark master"):
        call_command("link", "--case", imported.slug, "--as", owner.username,
                     "--backend", "spark", "--spark-master", "sc://connect:15002")  # fmt: skip
    assert not LinkageRun.objects.filter(case=imported).exists()
    after = list(SourceRecord.objects.filter(case=imported).values_list("pk", "person_id"))
    assert after == before


@pytest.mark.spark
@pytest.mark.slow
@pytest.mark.django_db
def test_link_on_spark_makes_the_persons_duckdb_makes(imported: Any, owner: Any) -> None:
    def persons() -> set[frozenset[int]]:
        groups: dict[int, set[int]] = {}
        for pk, person in SourceRecord.objects.filter(case=imported).values_list("pk", "person_id"):
            groups.setdefault(person, set()).add(pk)
        return {frozenset(members) for members in groups.values()}

    out = io.StringIO()
    call_command("link", "--case", imported.slug, "--as", owner.username, stdout=out)
    on_duckdb = persons()
    call_command("link", "--case", imported.slug, "--as", owner.username,
                 "--backend", "spark", "--spark-master", "local[2]", stdout=out)  # fmt: skip
    assert persons() == on_duckdb
    runs = LinkageRun.objects.filter(case=imported).order_by("pk")
    assert [run.parameters["config"]["backend"] for run in runs] == ["duckdb", "spark"]
    assert runs[0].persons == runs[1].persons
    assert runs[0].review_pairs == runs[1].review_pairs
