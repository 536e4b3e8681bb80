"""A Spark session for linkage: in process (local mode) or on an existing cluster.

Nothing is fetched at run time: the only jar Splink needs on Spark (its similarity
functions: Jaro-Winkler, Damerau-Levenshtein) ships inside the ``splink`` package and is
handed to Spark by path; no Maven packages are resolved (Ivy's directory is set to a
private one that nothing is ever downloaded into).  On a cluster the driver serves that
jar to the executors itself.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["LOCAL", "require_pyspark", "spark_session"]

LOCAL = "local"
"""Spark in this process's JVM, on this machine's cores (``local[N]``)."""


_LOG4J = """\
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
"""


def require_pyspark() -> None:
    """Raise ImportError with the install command when PySpark is missing."""
    try:
        import pyspark  # noqa: F401
        from splink.backends.spark import similarity_jar_location  # noqa: F401
    except ImportError as error:
        raise ImportError(
            "The Spark linkage backend needs PySpark, which is not installed: "
            "`pip install pyspark` (or install rightsledger with its 'spark' extra), "
            "or use backend='duckdb'."
        ) from error


def _is_local(master: str) -> bool:
    return master == LOCAL or master.startswith("local[") or master.startswith("local-")


@contextlib.contextmanager
def spark_session(
    master: str | None = None,
    *,
    driver_memory: str | None = None,
    cores: int | None = None,
) -> Iterator[Any]:
    """Start a Spark session for one linkage run and stop it afterwards.

    ``master`` is ``local`` (or None: Spark in this process on ``cores`` cores, all by
    default) or a cluster's master URL (``spark://host:7077``, ``yarn``,
    ``k8s://https://…``); a cluster's own settings (executor memory and cores, queues)
    come from its ``spark-defaults.conf`` in ``SPARK_CONF_DIR`` as for any Spark
    application.  ``driver_memory`` is the driver JVM's heap (in local mode, all the
    memory Spark has).  Scratch files live in a private temporary directory removed
    at the end.
    """
    require_pyspark()
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    master = master or LOCAL
    local = _is_local(master)
    if master == LOCAL:
        master = f"local[{cores or os.cpu_count() or 1}]"
    scratch = Path(tempfile.mkdtemp(prefix="rightsledger-spark-"))
    # Spark's own chatter (start-up notes, stage progress) would drown the command's
    # output: the JVM logs errors only.
    log_config = scratch / "log4j2.properties"
    log_config.write_text(_LOG4J, encoding="utf-8")
    builder = (
        SparkSession.builder.master(master)
        .appName("rightsledger-linkage")
        .config("spark.jars", similarity_jar_location())
        # No Maven resolution: a private, empty Ivy home, no packages, no repositories.
        .config("spark.jars.ivy", str(scratch / "ivy"))
        .config("spark.jars.packages", "")
        .config("spark.jars.repositories", "")
        .config("spark.local.dir", str(scratch / "tmp"))
        .config("spark.sql.warehouse.dir", str(scratch / "warehouse"))
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        # The scored pairs come back to the driver whole (clustering runs there): at a
        # million records they exceed Spark's default cap of 1 GiB on collected results.
        .config("spark.driver.maxResultSize", "0")
        .config("spark.driver.extraJavaOptions", f"-Dlog4j.configurationFile={log_config}")
    )
    if driver_memory:
        builder = builder.config("spark.driver.memory", driver_memory)
    if local:
        # The JVM reads the address to bind to when it starts, before any setting.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        # Nothing listens beyond this machine; few shuffle partitions suit one machine
        # (Spark's default of 200 is meant for clusters and makes small jobs slow).
        parallelism = int(master[6:-1]) if master[6:-1].isdigit() else os.cpu_count() or 1
        builder = (
            builder.config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", str(max(2, 4 * parallelism)))
            .config("spark.default.parallelism", str(max(2, 4 * parallelism)))
        )
    with warnings.catch_warnings():
        # PySpark warns of pandas 3 on every conversion; the frames Spark reads are handed
        # over as Arrow tables, and Splink's results come back as plain columns.
        warnings.filterwarnings("ignore", "PySpark does not yet fully support", FutureWarning)
        warnings.filterwarnings("ignore", "The copy keyword is deprecated", module="pyspark")
        session = builder.getOrCreate()
        session.sparkContext.setLogLevel("ERROR")
        try:
            yield session
        finally:
            session.stop()
            shutil.rmtree(scratch, ignore_errors=True)
