"""Result parts: what a worker made of a chunk of fetches, as one Parquet file for the single writer.

One row per fetch: what the raw store keeps (identity, source entry, pages with
their bodies) and what the warehouse loads (outcome, article, analysis, signature).
Workers on other machines write parts to a shared folder or an object store (any
fsspec URL); the single writer reads them back (warehouse.load_parts) into the raw
store and the warehouse, so neither store ever has a second writer. Writing and
reading live together here so the format has one owner.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from crawlers.items import StoredArticle, StoredPage
from pipeline.records import AgencyMention, Analysis, Article, Directive, OfficialMention
from pipeline.work import Chunk, ProcessResult, fetch_row
from warehouse.load import Batch

_PAGE = pa.struct([("page_no", pa.int32()), ("url", pa.string()), ("status", pa.int32()), ("headers", pa.string()),
                   ("encoding", pa.string()), ("fetched_at", pa.string()), ("body", pa.binary())])
_ARTICLE = pa.struct([("title", pa.string()), ("published_at", pa.timestamp("us", tz="UTC")),
                      ("published_date", pa.date32()), ("author", pa.string()), ("text", pa.string()),
                      ("source_province", pa.string())])
_ANALYSIS = pa.struct([
    ("is_relevant", pa.bool_()), ("province", pa.string()), ("election", pa.string()),
    ("officials", pa.list_(pa.struct([("name", pa.string()), ("role", pa.string()), ("agency", pa.string())]))),
    ("agencies", pa.list_(pa.struct([("agency", pa.string()), ("acronym", pa.string()), ("surface", pa.string())]))),
    ("event_dates", pa.list_(pa.date32())),
    ("directives", pa.list_(pa.struct([
        ("kind", pa.string()), ("sentence", pa.string()), ("actor", pa.string()), ("target", pa.string()),
        ("behaviours", pa.list_(pa.string())), ("legal_bases", pa.list_(pa.string()))]))),
])
SCHEMA = pa.schema([
    ("source_id", pa.string()), ("url", pa.string()), ("key_url", pa.string()), ("canonical_url", pa.string()),
    ("discovered_via", pa.string()), ("discovered_from", pa.string()), ("aliases", pa.list_(pa.string())),
    ("source", pa.string()), ("listed_date", pa.string()), ("pages", pa.list_(_PAGE)),
    ("outcome", pa.string()), ("error", pa.string()),
    ("article", _ARTICLE), ("analysis", _ANALYSIS), ("minhash", pa.binary()),
])


def write_part(url: str, stored: list[StoredArticle], chunk: Chunk) -> None:
    """Write one chunk's fetches and results to `url` (a path or any fsspec URL)."""
    articles = {a.article_id: a for a in chunk.batch.articles}
    analyses = {a.article_id: a for a in chunk.batch.analyses}
    outcomes = {o["article_id"]: o for o in chunk.batch.outcomes}
    rows = []
    for fetch in stored:
        aid = fetch.article_id
        article, analysis = articles.get(aid), analyses.get(aid)
        rows.append({
            "source_id": fetch.source_id, "url": fetch.url, "key_url": fetch.key_url,
            "canonical_url": fetch.canonical_url, "discovered_via": fetch.discovered_via,
            "discovered_from": fetch.discovered_from, "aliases": fetch.aliases,
            "source": json.dumps(fetch.source) if fetch.source is not None else None,
            "listed_date": fetch.listed_date,
            "pages": [{**asdict(p), "headers": json.dumps(p.headers)} for p in fetch.pages],
            "outcome": outcomes[aid]["outcome"], "error": outcomes[aid]["error"],
            "article": None if article is None else {
                k: getattr(article, k) for k in ("title", "published_at", "published_date", "author", "text",
                                                 "source_province")},
            "analysis": None if analysis is None else {
                k: v for k, v in asdict(analysis).items() if k != "article_id"},
            "minhash": chunk.batch.signatures.get(aid),
        })
    with fsspec.open(url, "wb") as handle:
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), handle, compression="zstd")


def read_part(url: str, load_id: str) -> tuple[list[StoredArticle], Chunk]:
    """The fetches of a part, and its results as a Batch (fetch ids still to be filled in by the writer)."""
    with fsspec.open(url, "rb") as handle:
        rows = pq.read_table(handle).to_pylist()
    stored: list[StoredArticle] = []
    batch, result = Batch(load_id), ProcessResult()
    for row in rows:
        fetch = StoredArticle(
            row["source_id"], row["url"], row["key_url"], row["canonical_url"], row["discovered_via"],
            row["discovered_from"], [StoredPage(**{**p, "headers": json.loads(p["headers"])}) for p in row["pages"]],
            aliases=row["aliases"], source=json.loads(row["source"]) if row["source"] else None,
            listed_date=row["listed_date"],
        )
        stored.append(fetch)
        aid = fetch.article_id
        batch.fetches.append(fetch_row(fetch))
        batch.outcomes.append({"fetch_id": None, "article_id": aid, "outcome": row["outcome"], "error": row["error"]})
        if row["article"] is not None:
            batch.articles.append(Article(article_id=aid, url=fetch.url, source_id=fetch.source_id, **row["article"]))
            batch.signatures[aid] = row["minhash"]
            result.articles += 1
        if row["analysis"] is not None:
            batch.analyses.append(_analysis(aid, row["analysis"]))
            result.relevant += bool(row["analysis"]["is_relevant"])
        if row["outcome"] == "not_article":
            result.not_articles += 1
        elif row["outcome"] == "failed":
            result.failed += 1
            result.failures.append((fetch.url, row["error"]))
    return stored, Chunk(batch, result, {})


def _analysis(article_id: str, row: dict[str, Any]) -> Analysis:
    dates: list[date] = row["event_dates"]
    return Analysis(
        article_id=article_id, is_relevant=row["is_relevant"], province=row["province"], election=row["election"],
        officials=[OfficialMention(**o) for o in row["officials"]],
        agencies=[AgencyMention(**a) for a in row["agencies"]],
        event_dates=dates,
        directives=[Directive(**{**d, "behaviours": tuple(d["behaviours"]), "legal_bases": tuple(d["legal_bases"])})
                    for d in row["directives"]],
    )
