"""Bulk-loading result parts (pipeline/parts.py) by the single writer: raw store first, then DuckDB.

Workers anywhere write parts; only this process writes the stores. Each part's fetches
go into the raw store (which gives them their fetch ids), then its rows into DuckDB in
one transaction with their processed_fetches, and the part is removed. A writer killed
between parts leaves whole parts loaded and the rest still in the folder; a re-run
reads its files again, and the raw store's article keys and the keyed upserts load nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import fsspec

from crawlers.rawstore import RawStore, raw_store_path
from pipeline.nlp.provenance import rules
from pipeline.parts import read_part
from pipeline.work import ProcessResult
from warehouse.db import connect
from warehouse.load import record_rules, write_batch


@dataclass
class Loaded:
    """What loading parts added: fetches new to the raw store (per source), those it had, the processing figures."""

    stored: int = 0
    known: int = 0
    by_source: dict[str, int] = field(default_factory=dict)
    process: ProcessResult = field(default_factory=ProcessResult)
    article_ids: list[str] = field(default_factory=list)


def load_parts(db: str | Path, urls: list[str], load_id: str) -> Loaded:
    """Load the parts at `urls` in order, one warehouse transaction each, removing each once loaded."""
    loaded = Loaded()
    con = connect(db)
    try:
        if urls:
            record_rules(con, *rules())  # the workers run the same rules as this writer (README: what to share)
        with RawStore(raw_store_path(db)) as store:
            for url in urls:
                stored, chunk = read_part(url, load_id)
                for fetch, row, outcome in zip(stored, chunk.batch.fetches, chunk.batch.outcomes):
                    if store.add(fetch):
                        loaded.stored += 1
                        loaded.by_source[fetch.source_id] = loaded.by_source.get(fetch.source_id, 0) + 1
                    else:
                        loaded.known += 1
                    row["fetch_id"] = outcome["fetch_id"] = fetch.fetch_id
                write_batch(con, chunk.batch)
                loaded.process.add(chunk.result)
                loaded.article_ids += [a.article_id for a in chunk.batch.articles]
                fs, path = fsspec.core.url_to_fs(url)
                fs.rm(path)
    finally:
        con.close()
    return loaded
