"""Forward-only schema migrations, recorded in the database, then the public views.

Migrations (migrations/NNNN_name.sql) are applied once each, in order, and never
edited after release. Which are done is recorded by name, not as a highest number:
branches number their migrations apart and merge later, so a gap is normal and a file
numbered below one already applied is still applied when it arrives. Views
(models/*.sql) are recreated on every migrate so a changed view needs no migration.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.db import WarehouseError

MIGRATIONS = Path(__file__).with_name("migrations")
MODELS = Path(__file__).with_name("models")


def migration_files() -> list[Path]:
    return sorted(MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.sql"))


def applied(con: duckdb.DuckDBPyConnection) -> list[str]:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return []
    return [row[0] for row in con.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()]


def check_not_newer(con: duckdb.DuckDBPyConnection) -> None:
    """Refuse a database written by a newer pantau: its schema is unknown here."""
    known = {path.stem for path in migration_files()}
    unknown = [name for name in applied(con) if name not in known]
    if unknown:
        raise WarehouseError(
            "this database was written by a newer pantau (unknown migrations: "
            + ", ".join(unknown)
            + "); upgrade pantau to use it"
        )


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending migrations and recreate the views; return the names applied now."""
    check_not_newer(con)
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now())"
    )
    done = set(applied(con))
    new: list[str] = []
    for path in migration_files():
        if path.stem in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_migrations (name) VALUES (?)", [path.stem])
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
        new.append(path.stem)
    for path in sorted(MODELS.glob("*.sql")):
        con.execute(path.read_text(encoding="utf-8"))
    return new
