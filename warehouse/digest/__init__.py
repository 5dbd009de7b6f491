"""The weekly digest: what institutions and officials told civil servants in one ISO week.

    write_digest(db, week) -> folder with digest.<lang>.md, digest.<lang>.html,
                              articles.csv/.parquet, directives.csv/.parquet

The database is opened read-only (one writer at a time; see warehouse.db).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.db import WarehouseError, connect
from warehouse.digest import render
from warehouse.digest.data import Digest, collect
from warehouse.digest.weeks import Week, WeekError, last_full_week, parse_week

__all__ = ["Digest", "DigestFiles", "Week", "WeekError", "collect", "default_folder", "last_full_week",
           "parse_week", "write_digest"]

_ARTICLES = """
    SELECT a.week, a.published_date, a.article_id, a.url, a.title, a.source_id, a.province, a.election,
           a.stage_election, a.stage, count(d.seq) AS directives
    FROM digest_articles AS a LEFT JOIN digest_directives AS d USING (article_id)
    WHERE a.week_start = $start
    GROUP BY ALL ORDER BY a.published_date, a.url
"""
_DIRECTIVES = """
    SELECT week, published_date, institution, actor, kind, sentence, target, {behaviours} AS behaviours,
           {legal_bases} AS legal_bases, province, url, title, source_id, article_id, seq
    FROM digest_directives WHERE week_start = $start
    ORDER BY published_date, url, seq
"""


@dataclass(frozen=True)
class DigestFiles:
    folder: Path
    markdown: Path
    html: Path
    tables: tuple[Path, ...]
    digest: Digest


def default_folder(db: str | Path, week: Week) -> Path:
    """Digests live beside the database they were read from: <db folder>/digests/<week>/."""
    return Path(db).resolve().parent / "digests" / week.label


def _export(con: duckdb.DuckDBPyConnection, week: Week, folder: Path) -> tuple[Path, ...]:
    """The week's rows from the tables collect() scoped: CSV (lists joined with "; ") and Parquet."""
    params = {"start": week.start}
    written = []
    for name, sql in (("articles", _ARTICLES), ("directives", _DIRECTIVES)):
        flat = sql.format(behaviours="array_to_string(behaviours, '; ')",
                          legal_bases="array_to_string(legal_bases, '; ')")
        typed = sql.format(behaviours="behaviours", legal_bases="legal_bases")
        csv, parquet = folder / f"{name}.csv", folder / f"{name}.parquet"
        con.sql(flat, params=params).write_csv(str(csv))
        con.sql(typed, params=params).write_parquet(str(parquet))
        written += [csv, parquet]
    return tuple(written)


def write_digest(db: str | Path, week: Week | None = None, out: str | Path | None = None,
                 lang: str = "id") -> DigestFiles:
    """Write the digest of `week` (default: the last full week in Jakarta) from the database at `db`."""
    week = week or last_full_week()
    render.strings(lang)  # an unknown language fails before any work
    con = connect(db, read_only=True)
    try:
        _require_trends(con)
        digest = collect(con, week, lang)
        folder = Path(out) if out else default_folder(db, week)
        folder.mkdir(parents=True, exist_ok=True)
        tables = _export(con, week, folder)
    finally:
        con.close()
    markdown, page = folder / f"digest.{lang}.md", folder / f"digest.{lang}.html"
    markdown.write_text(render.markdown(digest, lang), encoding="utf-8")
    page.write_text(render.html(digest, lang), encoding="utf-8")
    return DigestFiles(folder, markdown, page, tables, digest)


def _require_trends(con: duckdb.DuckDBPyConnection) -> None:
    """A read-only reader cannot migrate: say so when the file predates the trend views."""
    present = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('trends_articles', 'election_stages')"
    ).fetchone()[0]
    if present < 2:
        raise WarehouseError(
            "this database has no trend views yet (written by an older pantau): "
            "run `pantau process --db ...` once to migrate it, then retry"
        )
