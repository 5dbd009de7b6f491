"""Bulk loading into DuckDB: each batch becomes Arrow tables and one keyed upsert.

Rows are never inserted one by one; a batch is one transaction, so a run killed
half-way leaves whole batches or nothing, and a re-run replaces instead of adding.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from pipeline.records import Analysis, Article


@dataclass
class Batch:
    """Everything one processing batch writes, gathered before a single transaction."""

    load_id: str
    fetches: list[dict[str, Any]] = field(default_factory=list)
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    analyses: list[Analysis] = field(default_factory=list)
    signatures: dict[str, bytes | None] = field(default_factory=dict)  # article_id -> MinHash (None: too short)


_SCHEMAS = {
    "raw_fetches": pa.schema([
        ("fetch_id", pa.int64()), ("article_id", pa.string()), ("url", pa.string()),
        ("canonical_url", pa.string()), ("source_id", pa.string()), ("discovered_via", pa.string()),
        ("discovered_from", pa.string()), ("fetched_at", pa.timestamp("us", tz="UTC")),
        ("n_pages", pa.int32()), ("status", pa.int32()), ("load_id", pa.string()),
    ]),
    "processed_fetches": pa.schema([
        ("fetch_id", pa.int64()), ("article_id", pa.string()), ("outcome", pa.string()),
        ("error", pa.string()), ("processed_at", pa.timestamp("us", tz="UTC")), ("load_id", pa.string()),
    ]),
    "stg_articles": pa.schema([
        ("article_id", pa.string()), ("url", pa.string()), ("canonical_url", pa.string()),
        ("source_id", pa.string()), ("title", pa.string()), ("published_at", pa.timestamp("us", tz="UTC")),
        ("published_date", pa.date32()), ("date_source", pa.string()), ("author", pa.string()), ("text", pa.string()),
        ("word_count", pa.int32()), ("fetched_at", pa.timestamp("us", tz="UTC")),
        ("extracted_at", pa.timestamp("us", tz="UTC")), ("load_id", pa.string()),
    ]),
    "stg_analysis": pa.schema([
        ("article_id", pa.string()), ("is_relevant", pa.bool_()), ("province", pa.string()),
        ("election", pa.string()), ("rules_version", pa.string()), ("analysed_at", pa.timestamp("us", tz="UTC")),
        ("load_id", pa.string()),
    ]),
    "stg_official_mentions": pa.schema([
        ("article_id", pa.string()), ("name", pa.string()), ("role", pa.string()), ("agency", pa.string()),
    ]),
    "stg_agency_mentions": pa.schema([
        ("article_id", pa.string()), ("agency", pa.string()), ("acronym", pa.string()), ("surface", pa.string()),
    ]),
    "stg_event_dates": pa.schema([("article_id", pa.string()), ("event_date", pa.date32())]),
    "syn_pending": pa.schema([("article_id", pa.string()), ("minhash", pa.binary())]),
    "stg_directives": pa.schema([
        ("article_id", pa.string()), ("seq", pa.int32()), ("kind", pa.string()), ("sentence", pa.string()),
        ("actor", pa.string()), ("target", pa.string()), ("behaviours", pa.list_(pa.string())),
        ("legal_bases", pa.list_(pa.string())),
    ]),
}


def _table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=_SCHEMAS[name])


def _replace(con: duckdb.DuckDBPyConnection, name: str, key: str, keys: list[Any], rows: list[dict[str, Any]]) -> None:
    """Delete the batch's keys, then insert its rows: a keyed upsert that also drops stale children."""
    if keys:
        con.execute(f"DELETE FROM {name} WHERE {key} IN (SELECT unnest(?))", [keys])
    if rows:
        arrow = _table(name, rows)
        con.register("_batch", arrow)
        con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _batch")
        con.unregister("_batch")


def _analysis_rows(analyses: Iterable[Analysis], now: datetime, load_id: str) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {
        "stg_analysis": [], "stg_official_mentions": [], "stg_agency_mentions": [],
        "stg_event_dates": [], "stg_directives": [],
    }
    for a in analyses:
        rows["stg_analysis"].append({
            "article_id": a.article_id, "is_relevant": a.is_relevant, "province": a.province,
            "election": a.election, "rules_version": a.rules_version, "analysed_at": now, "load_id": load_id,
        })
        rows["stg_official_mentions"] += [
            {"article_id": a.article_id, "name": o.name, "role": o.role, "agency": o.agency} for o in a.officials
        ]
        rows["stg_agency_mentions"] += [
            {"article_id": a.article_id, "agency": m.agency, "acronym": m.acronym, "surface": m.surface}
            for m in a.agencies
        ]
        rows["stg_event_dates"] += [{"article_id": a.article_id, "event_date": d} for d in sorted(set(a.event_dates))]
        rows["stg_directives"] += [
            {
                "article_id": a.article_id, "seq": i, "kind": d.kind, "sentence": d.sentence, "actor": d.actor,
                "target": d.target, "behaviours": list(d.behaviours), "legal_bases": list(d.legal_bases),
            }
            for i, d in enumerate(a.directives)
        ]
    return rows


def write_batch(con: duckdb.DuckDBPyConnection, batch: Batch) -> None:
    """Write one processing batch atomically (raw fetch log, outcomes, articles, analysis)."""
    now = datetime.now(UTC)
    fetch_of = {f["article_id"]: f for f in batch.fetches}
    article_rows = [
        {
            "article_id": a.article_id, "url": a.url,
            "canonical_url": fetch_of.get(a.article_id, {}).get("canonical_url"),
            "source_id": a.source_id, "title": a.title, "published_at": a.published_at,
            "published_date": a.published_date, "date_source": a.date_source, "author": a.author, "text": a.text,
            "word_count": len(a.text.split()), "fetched_at": fetch_of.get(a.article_id, {}).get("fetched_at"),
            "extracted_at": now, "load_id": batch.load_id,
        }
        for a in batch.articles
    ]
    outcome_rows = [{**o, "processed_at": now, "load_id": batch.load_id} for o in batch.outcomes]
    fetch_rows = [{**f, "load_id": batch.load_id} for f in batch.fetches]
    analysed = _analysis_rows(batch.analyses, now, batch.load_id)
    # Every extracted article's analysis rows are replaced, so mentions from an older
    # analysis never linger; a failed re-extraction leaves the earlier rows alone.
    touched = [r["article_id"] for r in article_rows]
    signed = [{"article_id": aid, "minhash": sig} for aid, sig in batch.signatures.items()]

    con.execute("BEGIN TRANSACTION")
    try:
        _replace(con, "raw_fetches", "fetch_id", [f["fetch_id"] for f in fetch_rows], fetch_rows)
        _replace(con, "processed_fetches", "fetch_id", [o["fetch_id"] for o in outcome_rows], outcome_rows)
        _replace(con, "stg_articles", "article_id", [r["article_id"] for r in article_rows], article_rows)
        for name in ("stg_analysis", "stg_official_mentions", "stg_agency_mentions", "stg_event_dates",
                     "stg_directives"):
            _replace(con, name, "article_id", touched, analysed[name])
        _replace(con, "syn_pending", "article_id", touched, signed)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def record_rules(con: duckdb.DuckDBPyConnection, rules_version: str, rules: dict[str, Any]) -> None:
    """Keep what a rules fingerprint stands for (once per fingerprint), so analyses can be traced to it."""
    con.execute("INSERT INTO analysis_rules VALUES (?, ?, now()) ON CONFLICT DO NOTHING",
                [rules_version, json.dumps(rules, sort_keys=True)])


def start_run(con: duckdb.DuckDBPyConnection, load_id: str, command: str) -> None:
    con.execute("INSERT INTO load_runs (load_id, command, started_at) VALUES (?, ?, now())", [load_id, command])


def finish_run(con: duckdb.DuckDBPyConnection, load_id: str, stats: dict[str, Any]) -> None:
    con.execute(
        "UPDATE load_runs SET finished_at = now(), stats = ? WHERE load_id = ?",
        [json.dumps(stats, default=str), load_id],
    )


def write_crawl_stats(con: duckdb.DuckDBPyConnection, load_id: str, figures: dict[str, dict[str, Any]]) -> None:
    """One crawl_stats row per source for this run (the basis of source_health)."""
    rows = [
        {"load_id": load_id, "source_id": sid, **{k: f.get(k) for k in (
            "started_at", "finished_at", "discovered", "known", "fetched", "new", "failed", "last_error")}}
        for sid, f in figures.items()
    ]
    if not rows:
        return
    con.register("_crawl", pa.Table.from_pylist(rows))
    con.execute(
        "INSERT INTO crawl_stats BY NAME SELECT load_id, source_id, started_at::TIMESTAMPTZ AS started_at,"
        " finished_at::TIMESTAMPTZ AS finished_at, discovered, known, fetched, new, failed, last_error FROM _crawl"
    )
    con.unregister("_crawl")
