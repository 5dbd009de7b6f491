"""Migrations are applied by name, not by the highest number: branches number theirs apart and merge later."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from warehouse import migrate as migrations
from warehouse.migrate import applied, migrate


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of this checkout's migrations that a test may add files to."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrations.MIGRATIONS, copy)
    monkeypatch.setattr(migrations, "MIGRATIONS", copy)
    return copy


def test_a_gap_in_the_numbers_is_no_obstacle(tmp_path: Path):
    shipped = [p.stem for p in migrations.migration_files()]
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        assert migrate(con) == shipped
        assert applied(con) == shipped
        assert migrate(con) == []


def test_migrations_numbered_below_the_last_applied_are_applied_when_they_arrive(folder: Path, tmp_path: Path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        before = migrate(con)
        assert before and before[-1] > "0005"  # this branch's 0006 is applied before 0004 and 0005 exist
        (folder / "0004_from_another_branch.sql").write_text("CREATE TABLE from_0004 (x INTEGER);")
        (folder / "0005_reserved.sql").write_text("CREATE TABLE from_0005 (x INTEGER);")
        assert migrate(con) == ["0004_from_another_branch", "0005_reserved"]
        assert applied(con) == sorted([*before, "0004_from_another_branch", "0005_reserved"])
        con.execute("SELECT * FROM from_0004, from_0005")
        assert migrate(con) == []
