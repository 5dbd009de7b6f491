"""The one place that opens DuckDB: clear errors for the ways a --db path goes wrong."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb


class WarehouseError(RuntimeError):
    """The database cannot be used; the message says why and what to do."""


_DUCKDB_MAGIC = b"DUCK"
_HELD: set[Path] = set()  # writer locks this process holds


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file (creating it for writers) with the session in Asia/Jakarta."""
    path = Path(path)
    if path.is_dir():
        raise WarehouseError(f"--db {path} is a directory, not a DuckDB file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            header = handle.read(12)
        if header[8:12] != _DUCKDB_MAGIC:
            raise WarehouseError(f"--db {path} is not a DuckDB database (it holds something else)")
    elif read_only:
        raise WarehouseError(f"no database at {path}: run `pantau run --db {path}` first")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        message = str(exc)
        if "lock" in message.lower():
            raise WarehouseError(
                f"{path} is in use by another process (one writer at a time): "
                "wait for the running pantau job to finish, then retry"
            ) from None
        raise WarehouseError(f"cannot open {path}: {message}") from None
    except duckdb.Error as exc:
        raise WarehouseError(f"cannot open {path}: {exc}") from None
    con.execute("SET TimeZone = 'Asia/Jakarta'")
    # DuckDB would take 80% of RAM by default; beyond this it spills to disk instead.
    con.execute(f"SET memory_limit = '{os.environ.get('PANTAU_DUCKDB_MEMORY', '4GB')}'")
    return con


def check_usable(path: str | Path) -> None:
    """Fail before any crawling if an existing --db file is unusable (not DuckDB, newer schema, in use)."""
    from warehouse.migrate import check_not_newer

    if not Path(path).exists():
        return
    con = connect(path)
    try:
        check_not_newer(con)
    finally:
        con.close()


@contextlib.contextmanager
def writer_lock(path: str | Path) -> Iterator[None]:
    """Hold the one-writer lock of a warehouse (and its raw store) for a whole job.

    DuckDB allows one writing process; taking our own lock first lets a second
    `pantau run` stop at once with a clear message instead of failing half-way.
    Re-entrant within a process: the CLI takes it before the flow, and the flow
    takes it too when a Prefect worker runs it without the CLI.
    """
    lock_path = Path(str(path) + ".lock").resolve()
    if lock_path in _HELD:
        yield
        return
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise WarehouseError(
                f"{path} is being written by {holder}: one writer at a time; wait for it to finish"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pantau (pid {os.getpid()})")
        handle.flush()
        _HELD.add(lock_path)
        try:
            yield
        finally:
            _HELD.discard(lock_path)
            fcntl.flock(handle, fcntl.LOCK_UN)
