"""Bad input gets a clear message and a non-zero exit, never a traceback."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tests.e2e.test_run import pantau


def test_an_invalid_sources_file_names_the_entry_and_field(tmp_path: Path):
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources:\n  - id: ok\n    name: A\n    base_url: http://127.0.0.1:9/x\n    feeds: [/rss]\n")
    result = pantau("run", "--sources", str(bad), "--db", str(tmp_path / "x.duckdb"), cwd=tmp_path)
    assert result.returncode == 2
    assert "entry 1 (id: ok)" in result.stderr and "base_url" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_source_id_is_refused(news_site, tmp_path: Path):
    result = pantau("run", "--sources", str(news_site["sources"]), "--only", "nope", "--db",
                    str(tmp_path / "x.duckdb"), cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown source id" in result.stderr and "Traceback" not in result.stderr


def test_a_file_that_is_not_duckdb_is_refused_and_left_alone(tmp_path: Path):
    notes = tmp_path / "notes.duckdb"
    notes.write_text("these are my notes, not a database\n" * 10)
    result = pantau("process", "--db", str(notes), cwd=tmp_path)
    assert result.returncode == 2
    assert "not a DuckDB database" in result.stderr and "Traceback" not in result.stderr
    assert notes.read_text().startswith("these are my notes")


def test_a_database_from_a_newer_schema_is_refused(tmp_path: Path):
    db = tmp_path / "new.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMPTZ)")
        con.execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future', now())")
    result = pantau("process", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 2
    assert "newer pantau" in result.stderr and "Traceback" not in result.stderr
