"""A throwaway Prefect server for the flow tests, one per module."""

from __future__ import annotations

import os

import pytest

STARTUP_TIMEOUT_S = 180  # the default 30 s is too short on a busy two-core machine


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=STARTUP_TIMEOUT_S):
        yield
