"""The command line's surface: one-line input errors, quiet and verbose, no stray files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_run import FAST, pantau


def bare_pantau(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """pantau as a user starts it: no PANTAU_HOME, so defaults land under the working directory."""
    env = {k: v for k, v in os.environ.items() if k != "PANTAU_HOME"}
    return subprocess.run([sys.executable, "-m", "pantau", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


@pytest.mark.parametrize("args, says", [
    (["run", "-s", "FOO"], "expected NAME=VALUE"),
    (["crawl", "-s", "download_delay=0"], "upper-case Scrapy setting name"),
    (["process", "--batch-size", "0"], "must be at least 1"),
    (["process", "--batch-size", "-3"], "must be at least 1"),
    (["sql", "--max-rows", "many", "select 1"], "expected a whole number"),
    (["sql", "--max-rows", "0", "select 1"], "must be at least 1"),
    (["run", "--since", "last week"], "YYYY-MM-DD or a number of days"),
    (["crawl", "--max-new", "0"], "must be at least 1"),
    (["digest", "--week", "2024-53"], "2024-53"),
    (["nonsense"], "invalid choice"),
])
def test_an_input_error_is_one_line_and_exit_status_2(tmp_path: Path, args: list[str], says: str):
    result = bare_pantau(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr
    assert not any(tmp_path.iterdir())


def test_an_explicit_db_in_a_missing_folder_is_refused_not_created(tmp_path: Path):
    result = bare_pantau("process", "--db", str(tmp_path / "typo" / "pantau.duckdb"), cwd=tmp_path)
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert not any(tmp_path.iterdir())


def test_the_default_warehouse_is_created_and_announced_with_its_absolute_path(tmp_path: Path):
    result = bare_pantau("process", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    db = (tmp_path / "pantau-data" / "pantau.duckdb").resolve()
    assert db.exists() and f"new warehouse at {db}" in result.stderr


def test_sql_and_digest_create_nothing_in_the_working_directory(tmp_path: Path):
    store = tmp_path / "store"
    store.mkdir()
    assert bare_pantau("process", "--db", str(store / "w.duckdb"), cwd=store).returncode == 0
    work = tmp_path / "work"
    work.mkdir()
    query = bare_pantau("sql", "--db", str(store / "w.duckdb"), "SELECT 41 + 1 AS answer", cwd=work)
    assert query.returncode == 0 and "42" in query.stdout
    digest = bare_pantau("digest", "--db", str(store / "w.duckdb"), "--week", "2024-W07", cwd=work)
    assert digest.returncode == 0, digest.stderr
    missing = bare_pantau("sql", "SELECT 1", cwd=work)
    assert missing.returncode == 2 and "no database" in missing.stderr
    assert not any(work.iterdir())


def test_quiet_shows_only_problems_and_verbose_shows_debug_lines(news_site, tmp_path: Path):
    db = tmp_path / "w.duckdb"
    quiet = pantau("crawl", "-q", "--sources", str(news_site["sources"]), "--db", str(db), *FAST, cwd=tmp_path)
    assert quiet.returncode == 0 and quiet.stderr == "", quiet.stderr
    verbose = pantau("process", "-v", "--sources", str(news_site["sources"]), "--db", str(db), cwd=tmp_path)
    assert verbose.returncode == 0
    assert " DEBUG " in verbose.stderr and " INFO " in verbose.stderr
