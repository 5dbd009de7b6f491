from __future__ import annotations

from pathlib import Path

import pytest

from tests.warehouse.builder import build
from tests.warehouse.stories import stories


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture newsroom (tests/warehouse/stories.py) in a migrated DuckDB file; read-only use."""
    return build(tmp_path_factory.mktemp("warehouse") / "pantau.duckdb", stories())
