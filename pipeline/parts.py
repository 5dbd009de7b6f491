"""Result parts: what a worker made of a chunk of fetches, as one Parquet file for the single writer.

One row per fetch: what the raw store keeps (identity, source entry, pages with
their bodies) and what the warehouse loads (outcome, article, analysis, signature).
Workers on other machines write parts to a shared folder or an object store (any
fsspec URL); the single writer reads them back (warehouse.load_parts) into the raw
store and the warehouse, so neither store ever has a second writer. Writing and
reading live together here so the format has one owner. The article and analysis
columns follow the fields of pipeline.records, so a field added there travels in the
parts without a change here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from functools import cache
from types import NoneType, UnionType
from typing import Any, get_args, get_origin, get_type_hints

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from crawlers.items import StoredArticle, StoredPage
from pipeline.records import Analysis, Article
from pipeline.work import Chunk, ProcessResult, fetch_row
from warehouse.load import Batch

_IDENTITY = ("article_id", "url", "source_id")  # a record's identity comes from its fetch
_PRIMITIVES = {str: pa.string(), bool: pa.bool_(), int: pa.int64(), float: pa.float64(), date: pa.date32(),
               datetime: pa.timestamp("us", tz="UTC")}


@cache
def _fields(record: type) -> dict[str, Any]:
    """A record's fields and their types."""
    return get_type_hints(record)


def _payload(record: type) -> dict[str, Any]:
    """The fields a part keeps of an article or analysis: all but its identity, which the fetch gives."""
    return {name: hint for name, hint in _fields(record).items() if name not in _IDENTITY}


def _struct(fields: dict[str, Any]) -> pa.DataType:
    return pa.struct([(name, _arrow(hint)) for name, hint in fields.items()])


def _arrow(hint: Any) -> pa.DataType:
    """The Arrow type of a record field: optional, list or tuple, nested record, or plain value."""
    origin, args = get_origin(hint), [a for a in get_args(hint) if a is not NoneType]
    if origin is UnionType:
        return _arrow(args[0])
    if origin in (list, tuple):
        return pa.list_(_arrow(args[0]))
    if is_dataclass(hint):
        return _struct(_fields(hint))
    return _PRIMITIVES[hint]


def _value(hint: Any, value: Any) -> Any:
    """A value read back from Arrow as the record field holds it (nested records, tuples)."""
    origin, args = get_origin(hint), [a for a in get_args(hint) if a is not NoneType]
    if value is None:
        return None
    if origin is UnionType:
        return _value(args[0], value)
    if origin in (list, tuple):
        return origin(_value(args[0], v) for v in value)
    if is_dataclass(hint):
        return hint(**{name: _value(h, value[name]) for name, h in _fields(hint).items()})
    return value


_PAGE = pa.struct([("page_no", pa.int32()), ("url", pa.string()), ("status", pa.int32()), ("headers", pa.string()),
                   ("encoding", pa.string()), ("fetched_at", pa.string()), ("body", pa.binary())])
SCHEMA = pa.schema([
    ("source_id", pa.string()), ("url", pa.string()), ("key_url", pa.string()), ("canonical_url", pa.string()),
    ("discovered_via", pa.string()), ("discovered_from", pa.string()), ("aliases", pa.list_(pa.string())),
    ("source", pa.string()), ("listed_date", pa.string()), ("pages", pa.list_(_PAGE)),
    ("outcome", pa.string()), ("error", pa.string()),
    ("article", _struct(_payload(Article))), ("analysis", _struct(_payload(Analysis))), ("minhash", pa.binary()),
])


def _columns(record: Any) -> dict[str, Any] | None:
    """A record's fields but its identity, as the part's nested column holds them."""
    if record is None:
        return None
    return {name: value for name, value in asdict(record).items() if name not in _IDENTITY}


def write_part(url: str, stored: list[StoredArticle], chunk: Chunk) -> None:
    """Write one chunk's fetches and results to `url` (a path or any fsspec URL)."""
    articles = {a.article_id: a for a in chunk.batch.articles}
    analyses = {a.article_id: a for a in chunk.batch.analyses}
    outcomes = {o["article_id"]: o for o in chunk.batch.outcomes}
    rows = []
    for fetch in stored:
        aid = fetch.article_id
        rows.append({
            "source_id": fetch.source_id, "url": fetch.url, "key_url": fetch.key_url,
            "canonical_url": fetch.canonical_url, "discovered_via": fetch.discovered_via,
            "discovered_from": fetch.discovered_from, "aliases": fetch.aliases,
            "source": json.dumps(fetch.source) if fetch.source is not None else None,
            "listed_date": fetch.listed_date,
            "pages": [{**asdict(p), "headers": json.dumps(p.headers)} for p in fetch.pages],
            "outcome": outcomes[aid]["outcome"], "error": outcomes[aid]["error"],
            "article": _columns(articles.get(aid)), "analysis": _columns(analyses.get(aid)),
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
            fields = {name: _value(h, row["article"][name]) for name, h in _payload(Article).items()}
            batch.articles.append(Article(article_id=aid, url=fetch.url, source_id=fetch.source_id, **fields))
            batch.signatures[aid] = row["minhash"]
            result.articles += 1
        if row["analysis"] is not None:
            fields = {name: _value(h, row["analysis"][name]) for name, h in _payload(Analysis).items()}
            batch.analyses.append(Analysis(article_id=aid, **fields))
            result.relevant += bool(row["analysis"]["is_relevant"])
        if row["outcome"] == "not_article":
            result.not_articles += 1
        elif row["outcome"] == "failed":
            result.failed += 1
            result.failures.append((fetch.url, row["error"]))
    return stored, Chunk(batch, result, {})
