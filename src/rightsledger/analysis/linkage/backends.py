"""Splink database backends: DuckDB in process by default, Spark for institutions."""

from __future__ import annotations

from typing import Any

import pandas as pd

from rightsledger.analysis.linkage.config import Backend, LinkageConfig
from rightsledger.analysis.linkage.features import plain_objects

__all__ = ["make_db_api", "register"]


def make_db_api(config: LinkageConfig) -> Any:
    """Return the Splink database API for ``config.backend``.

    Raises ImportError with the install command when the backend's engine is missing.
    """
    if config.backend is Backend.SPARK:
        try:
            import pyspark  # noqa: F401
            from splink.backends.spark import SparkAPI
        except ImportError as error:
            raise ImportError(
                "The Spark linkage backend needs PySpark, which is not installed: "
                "`pip install pyspark` (or install rightsledger with its 'spark' extra), "
                "or use backend='duckdb'."
            ) from error
        if config.spark_session is None:
            raise ValueError("backend='spark' needs LinkageConfig(spark_session=...)")
        return SparkAPI(spark_session=config.spark_session)
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
    return DuckDBAPI(connection=duckdb.connect(":memory:", config=options))


def register(
    db_api: Any, config: LinkageConfig, features: pd.DataFrame, name: str = "rightsledger_records"
) -> Any:
    """Hand a feature frame to the backend; Spark gets a Spark DataFrame."""
    if config.backend is Backend.SPARK:
        table = config.spark_session.createDataFrame(plain_objects(features))
        return db_api.register(table, table_name=name)
    return db_api.register(features, table_name=name)
