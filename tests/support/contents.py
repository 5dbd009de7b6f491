"""What a warehouse and its raw store hold, without run stamps (load ids, processing times): to compare two runs."""

from __future__ import annotations

from pathlib import Path

import duckdb

from crawlers.rawstore import RawStore, raw_store_path

TABLES = {
    "raw_fetches": "fetch_id, article_id, url, canonical_url, source_id, discovered_via, discovered_from, fetched_at,"
                   " n_pages, status",
    "processed_fetches": "fetch_id, article_id, outcome, error",
    "articles": "article_id, url, source_id, title, published_date, date_source, text, is_relevant, province,"
                " election, rules_version, duplicate_of, fetched_at",
    "analysis_rules": "rules_version, rules",
    "directives": "article_id, seq, kind, sentence, actor, target, behaviours, legal_bases",
    "official_mentions": "article_id, name, role, agency",
    "agency_mentions": "article_id, agency, acronym, surface",
    "event_dates": "article_id, event_date",
    "syn_signatures": "article_id, minhash",
    "syn_pending": "article_id",
}


def contents(db: Path) -> dict[str, list[tuple]]:
    """Every row of TABLES, sorted, and every fetch of the raw store with its pages."""
    with duckdb.connect(str(db), read_only=True) as con:
        tables = {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall() for t, cols in TABLES.items()}
    with RawStore(raw_store_path(db), read_only=True) as store:
        tables["raw store"] = [(a.fetch_id, a.article_id, a.source_id, a.url, a.key_url, a.discovered_from,
                                [(p.url, p.fetched_at, p.body) for p in a.pages]) for a in store.iter_articles()]
    return tables
