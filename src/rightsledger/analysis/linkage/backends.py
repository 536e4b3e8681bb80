"""Splink database backends: DuckDB in process by default, Spark for institutions."""

from __future__ import annotations

import contextlib
import dataclasses
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from rightsledger.analysis.linkage.config import Backend, LinkageConfig

__all__ = ["close", "make_db_api", "materialised", "opened", "register", "training"]


@contextlib.contextmanager
def opened(config: LinkageConfig) -> Iterator[LinkageConfig]:
    """``config`` with its engine ready: for Spark without a session of the caller's, a
    session on ``config.spark_master`` for the length of the run."""
    if config.backend is not Backend.SPARK or config.spark_session is not None:
        yield config
        return
    from rightsledger.analysis.linkage.spark import spark_session

    with spark_session(config.spark_master, driver_memory=config.spark_driver_memory) as session:
        yield dataclasses.replace(config, spark_session=session)


@contextlib.contextmanager
def training(config: LinkageConfig) -> Iterator[None]:
    """The engine set for the model's training for its length.

    Training is many small queries over samples of fixed size (EM's iterations, 25 for each
    of its blocking rules): Spark's adaptive execution plans each of them again at every
    stage, which on queries this small costs more than it saves (EM on 18,916 records in
    local mode: 117–134 s with it, 40–58 s without). Scoring every blocked pair keeps it:
    there it splits skewed joins.
    """
    session = config.spark_session if config.backend is Backend.SPARK else None
    if session is None:
        yield
        return
    adaptive = session.conf.get("spark.sql.adaptive.enabled")
    session.conf.set("spark.sql.adaptive.enabled", "false")
    try:
        yield
    finally:
        session.conf.set("spark.sql.adaptive.enabled", adaptive)


def make_db_api(config: LinkageConfig) -> Any:
    """Return the Splink database API for ``config.backend``.

    Raises ImportError with the install command when the backend's engine is missing.
    """
    if config.backend is Backend.SPARK:
        from rightsledger.analysis.linkage.spark import require_pyspark

        require_pyspark()
        from splink.backends.spark import SparkAPI

        if config.spark_session is None:
            raise ValueError("backend='spark' needs a session: run it inside opened(config)")
        # Intermediate tables are cached by Spark (memory, then its local disks) rather
        # than written as Parquet files, which on a cluster would need storage shared by
        # the driver and every executor.
        return SparkAPI(spark_session=config.spark_session, break_lineage_method="persist")
    try:
        import duckdb
        from splink.backends.duckdb import DuckDBAPI
    except ImportError as error:  # pragma: no cover - duckdb is a core dependency
        raise ImportError(
            "The DuckDB linkage backend needs `pip install duckdb splink`."
        ) from error
    # Settings go in as connection options, never as SQL text.
    options: dict[str, Any] = {}
    if config.duckdb_threads is not None:
        options["threads"] = int(config.duckdb_threads)
    if config.duckdb_memory_limit is not None:
        options["memory_limit"] = str(config.duckdb_memory_limit)
    # Where DuckDB spills what does not fit: by default ".tmp" in the working directory, which
    # for a worker may be the code's checkout, or a directory it cannot write to. Its files
    # carry the process id, so runs side by side share the directory safely.
    options["temp_directory"] = str(Path(tempfile.gettempdir()) / "rightsledger-duckdb")
    return DuckDBAPI(connection=duckdb.connect(":memory:", config=options))


def close(db_api: Any, config: LinkageConfig) -> None:
    """Let the engine's tables go once the run has read from them all it needs.

    DuckDB's connection is the run's own (:func:`make_db_api`): closed, it takes its
    tables and the memory its allocator keeps with it, which the run would otherwise hold
    through clustering and the building of its result (at 300,000 records 0.58 GB of
    1.29 GB).  A Spark session is the caller's or :func:`opened`'s and outlives the run.
    """
    if config.backend is not Backend.SPARK:
        db_api.duckdb_con.close()


def register(
    db_api: Any, config: LinkageConfig, features: pd.DataFrame, name: str = "rightsledger_records"
) -> Any:
    """Hand a feature frame to the backend; Spark gets a Spark DataFrame.

    Spark reads it as an Arrow table: typed columns (nullable integers stay integers, the
    block keys an array of longs) and no row-by-row conversion in Python.  That makes a
    table held by the driver, which every query would copy (Spark's optimiser evaluates
    such tables in place) and ship to the executors again: it is spread over the
    executors and cached there once, and queries read the cache.
    """
    if config.backend is Backend.SPARK:
        from pyspark import StorageLevel

        session = config.spark_session
        arrow = pa.Table.from_pandas(features, preserve_index=False)
        table = session.createDataFrame(arrow).repartition(session.sparkContext.defaultParallelism)
        table = table.persist(StorageLevel.MEMORY_AND_DISK)
        table.count()
        return db_api.register(table, table_name=name)
    return db_api.register(features, table_name=name)


@contextlib.contextmanager
def materialised(db_api: Any, config: LinkageConfig, sql: str, name: str) -> Iterator[Any]:
    """The rows of ``sql`` (a query of the backend's dialect over tables registered with
    it) made a table once and registered with Splink, so that the queries reading it do
    not run ``sql`` again; Spark keeps it as :func:`register` keeps the records.  The
    table is dropped on leaving, and Spark lets go of what it kept."""
    persisted = None
    if config.backend is Backend.SPARK:
        from pyspark import StorageLevel

        persisted = config.spark_session.sql(sql).persist(StorageLevel.MEMORY_AND_DISK)
        persisted.count()
        table = db_api.register(persisted, table_name=name)
    else:
        # ``name`` is our own, never user input.
        db_api.duckdb_con.execute(f"CREATE TABLE {name} AS {sql}").fetchall()
        table = db_api.register(name)
    try:
        yield table
    finally:
        # Ours, not Splink's: dropped by force, and taken out of Splink's cache with it.
        table.drop_table_from_database_and_remove_from_cache(force_non_splink_table=True)
        if persisted is not None:
            persisted.unpersist()
