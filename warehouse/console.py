"""`pantau sql`: ad-hoc and saved queries over the warehouse, always read-only.

A query is given inline, from a file (-f), or by the name of a saved query in
warehouse/queries/ (`pantau sql --list`). Saved queries declare their parameters in
their comment header:

    -- param week: ISO week such as 2023-W45 (default: the last full week in Jakarta)
    -- param agency (required): canonical name or acronym

and use them as `$week`; a parameter left out is NULL, a required one must be given.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import duckdb
import pyarrow as pa
import pyarrow.csv as pa_csv

from warehouse.db import connect

QUERIES = Path(__file__).with_name("queries")
FORMATS = ("table", "csv", "json", "parquet")
MAX_ROWS = 200
_PARAM = re.compile(r"--\s*param\s+(\w+)(\s+\(required\))?\s*:\s*(.*)")


class QueryError(ValueError):
    """The query cannot be run as asked (unknown name, missing parameter, SQL error)."""


@dataclass(frozen=True)
class Param:
    name: str
    required: bool
    help: str


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    summary: str  # the header's prose, without the param lines
    params: tuple[Param, ...]

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def _parse(path: Path) -> SavedQuery:
    prose, params = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("--"):
            break
        match = _PARAM.fullmatch(line.strip())
        if match:
            params.append(Param(match[1], bool(match[2]), match[3]))
        else:
            prose.append(line.lstrip("-").strip())
    return SavedQuery(path.stem, path, " ".join(prose), tuple(params))


def saved_queries() -> dict[str, SavedQuery]:
    return {path.stem: _parse(path) for path in sorted(QUERIES.glob("*.sql"))}


def resolve(query: str | None, file: Path | None, values: dict[str, str]) -> tuple[str, dict[str, Any]]:
    """The SQL to run and its parameters: a saved query by name, a file, or inline text."""
    if file is not None:
        if query:
            raise QueryError("give either a query or -f FILE, not both")
        try:
            return file.read_text(encoding="utf-8"), dict(values)
        except OSError as exc:
            raise QueryError(f"cannot read {file}: {exc.strerror}") from None
    if not query:
        raise QueryError("give a query (inline SQL or a saved query name, see --list) or -f FILE")
    saved = saved_queries().get(query.strip())
    if saved is None:
        if re.fullmatch(r"\w+", query.strip()):
            raise QueryError(f"no saved query named {query.strip()!r}; saved: {', '.join(saved_queries())}")
        return query, dict(values)
    declared = {p.name for p in saved.params}
    unknown = sorted(set(values) - declared)
    if unknown:
        takes = ", ".join(sorted(declared)) or "none"
        raise QueryError(f"{saved.name} takes no parameter {', '.join(unknown)} (it takes: {takes})")
    missing = [p.name for p in saved.params if p.required and p.name not in values]
    if missing:
        raise QueryError(f"{saved.name} needs " + " ".join(f"-p {name}=..." for name in missing))
    return saved.sql, {p.name: values.get(p.name) for p in saved.params}


def run(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any]) -> duckdb.DuckDBPyRelation | None:
    """Run the statements; the last one's result, or None when it returns no rows (e.g. SET)."""
    try:
        return con.sql(sql, params=params or None)
    except duckdb.Error as exc:
        raise QueryError(str(exc).strip()) from None


def write(relation: duckdb.DuckDBPyRelation, fmt: str, out: Path | None, stream: IO[str],
          max_rows: int = MAX_ROWS) -> None:
    """Print a table (up to max_rows), or write CSV/JSON (to `out` or the stream) or Parquet (to `out`)."""
    if fmt == "table" and out is not None:
        raise QueryError("--format table prints to the terminal; use csv, json or parquet with -o")
    if fmt == "parquet" and out is None:
        raise QueryError("--format parquet needs -o FILE")
    try:
        if fmt == "table":
            with contextlib.redirect_stdout(stream):
                relation.show(max_rows=max_rows, max_width=shutil.get_terminal_size((160, 40)).columns)
            return
        if fmt == "parquet":
            relation.write_parquet(str(out))
            return
        table = relation.to_arrow_table()
    except duckdb.Error as exc:
        raise QueryError(str(exc).strip()) from None
    if fmt == "csv":
        sink = pa.BufferOutputStream()
        pa_csv.write_csv(table, sink)
        text = sink.getvalue().to_pybytes().decode("utf-8")
    else:
        text = json.dumps(table.to_pylist(), ensure_ascii=False, default=str, indent=1) + "\n"
    if out is None:
        stream.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def list_queries(stream: IO[str]) -> None:
    for query in saved_queries().values():
        stream.write(f"{query.name}\n    {query.summary}\n")
        for p in query.params:
            stream.write(f"    -p {p.name}=...{' (required)' if p.required else ''}  {p.help}\n")


def main(db: str | Path, query: str | None, *, file: Path | None = None, params: list[str] | None = None,
         fmt: str = "table", out: Path | None = None, max_rows: int = MAX_ROWS, show_list: bool = False,
         stream: IO[str] | None = None) -> int:
    """The `pantau sql` verb; 0 on success, 1 when the query fails (the message says why)."""
    stream = stream or sys.stdout
    if show_list:
        list_queries(stream)
        return 0
    try:
        values = _pairs(params or [])
        sql, bound = resolve(query, file, values)
        con = connect(db, read_only=True)
        try:
            relation = run(con, sql, bound)
            if relation is not None:
                write(relation, fmt, out, stream, max_rows)
        finally:
            con.close()
    except QueryError as exc:
        print(f"pantau sql: {exc}", file=sys.stderr)
        return 1
    return 0


def _pairs(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise QueryError(f"-p expects NAME=VALUE, got {pair!r}")
        values[name] = value
    return values
