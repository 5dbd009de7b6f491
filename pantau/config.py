"""Where pantau keeps its files when not told otherwise, and the environment Prefect needs."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """PANTAU_HOME, or ./pantau-data under the working directory."""
    return Path(os.environ.get("PANTAU_HOME") or Path.cwd() / "pantau-data")


def default_db() -> Path:
    return data_dir() / "pantau.duckdb"


def debug_log_for(db: str | Path) -> Path:
    """The debug log of a warehouse: full records and tracebacks, beside the database."""
    return Path(db).with_suffix(".log")


def prepare_prefect_env() -> None:
    """Keep Prefect's state in our data folder, quiet its telemetry, and let our loggers through.

    Must run before prefect is imported; values already set by the user win.
    """
    os.environ.setdefault("PREFECT_HOME", str(data_dir() / "prefect"))
    Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "pantau")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
