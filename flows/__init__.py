"""Prefect flows: orchestration only (the work is in pantau.jobs and the stage packages).

Prefect reads its settings when it is imported, so they are prepared here, before any
flow module imports it.
"""

from pantau.config import prepare_prefect_env

prepare_prefect_env()
