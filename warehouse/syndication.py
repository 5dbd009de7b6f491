"""Link syndicated copies in the warehouse, one run's new articles at a time.

Signatures and LSH band keys of every article stay in ``syn_signatures`` and
``syn_bands`` (migration 0003), so new articles meet all earlier ones through one
join on band keys and memory holds only a chunk of texts. Links are recomputed for
whole clusters (the new articles, their candidates and everyone already linked to
those), so a late-crawled earlier original takes over its cluster and a re-run
writes exactly what is there already.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice

import duckdb
import numpy as np
import pyarrow as pa

from pipeline.syndication import (
    BANDS,
    JACCARD_THRESHOLD,
    NUM_PERM,
    Signature,
    assign_originals,
    band_keys,
    order_key,
    signatures,
    similarity,
)

__all__ = ["link_duplicates"]

CHUNK = 2000
"""Articles whose texts are held in memory at once."""

PAIR_BATCH = 100_000
"""Candidate pairs verified at once: memory stays bounded however many candidates there are."""

_SIGNATURES = pa.schema([("article_id", pa.string()), ("minhash", pa.binary())])
_BANDS = pa.schema([("band", pa.int16()), ("bucket", pa.int64()), ("article_id", pa.string())])
_DUPLICATES = pa.schema([("article_id", pa.string()), ("duplicate_of", pa.string()), ("similarity", pa.float64())])


def link_duplicates(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> int:
    """Fill stg_duplicates for these articles (already in stg_articles); return the copies newly linked.

    A copy counts when its link is new or now points elsewhere (say, at a newly
    found earlier original). Each chunk is its own transaction, so call this
    outside one (after the batches are written).
    """
    before: dict[str, str | None] = {}  # as the call found them
    after: dict[str, str | None] = {}
    for chunk in _chunks(sorted(set(article_ids)), CHUNK):
        con.execute("BEGIN TRANSACTION")
        try:
            old, new = _link_chunk(con, chunk)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        for aid, target in old.items():
            before.setdefault(aid, target)
        after.update(new)
    return sum(target is not None and before[aid] != target for aid, target in after.items())


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _link_chunk(
    con: duckdb.DuckDBPyConnection, ids: list[str]
) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """Relink the chunk's clusters; return duplicate_of before and after for every article in them."""
    _store_signatures(con, ids)
    scope = _cluster_scope(con, ids)
    con.register("_scope", pa.table({"article_id": pa.array(scope, pa.string())}))
    try:
        sigs = {
            aid: Signature.from_bytes(blob)
            for aid, blob in con.execute(
                "SELECT article_id, minhash FROM syn_signatures SEMI JOIN _scope USING (article_id)"
            ).fetchall()
        }
        keys = {
            aid: order_key(published, fetched, aid)
            for aid, published, fetched in con.execute(
                "SELECT article_id, epoch(published_at), epoch(fetched_at) FROM stg_articles"
                " SEMI JOIN _scope USING (article_id)"
            ).fetchall()
        }
        before: dict[str, str | None] = dict.fromkeys(scope)
        before.update(con.execute(
            "SELECT article_id, duplicate_of FROM stg_duplicates SEMI JOIN _scope USING (article_id)"
        ).fetchall())
        for aid in scope:
            keys.setdefault(aid, order_key(None, None, aid))
        cursor = con.execute(
            """
            WITH b AS (SELECT * FROM syn_bands SEMI JOIN _scope USING (article_id))
            SELECT DISTINCT x.article_id, y.article_id
            FROM b AS x JOIN b AS y ON x.band = y.band AND x.bucket = y.bucket AND x.article_id < y.article_id
            """
        )
        verified: list[tuple[str, str]] = []
        while candidates := cursor.fetchmany(PAIR_BATCH):  # texts that share much boilerplate make many
            verified += _verified(candidates, sigs)
        originals = assign_originals(keys, verified)
        rows = [
            {"article_id": copy, "duplicate_of": original, "similarity": similarity(sigs[copy], sigs[original])}
            for copy, original in sorted(originals.items())
        ]
        con.execute("DELETE FROM stg_duplicates WHERE article_id IN (SELECT article_id FROM _scope)")
        _insert(con, "stg_duplicates", pa.Table.from_pylist(rows, schema=_DUPLICATES))
    finally:
        con.unregister("_scope")
    return before, {aid: originals.get(aid) for aid in scope}


def _store_signatures(con: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
    """Replace the chunk's signatures and band keys (a re-extracted text may have changed).

    Signatures made with the extraction wait in syn_pending; only texts without one
    (loaded before that table existed) are signed here.
    """
    rows = con.execute(
        "SELECT a.article_id, p.article_id IS NOT NULL, p.minhash, CASE WHEN p.article_id IS NULL THEN a.text END"
        " FROM stg_articles AS a LEFT JOIN syn_pending AS p USING (article_id)"
        " WHERE a.article_id IN (SELECT unnest(?)) ORDER BY a.article_id", [ids]
    ).fetchall()
    unsigned = iter(signatures(text for _, pending, _, text in rows if not pending))
    made = [(Signature.from_bytes(blob) if blob is not None else None) if pending else next(unsigned)
            for _, pending, blob, _ in rows]
    sig_rows: dict[str, list] = {"article_id": [], "minhash": []}
    band_rows: dict[str, list] = {"band": [], "bucket": [], "article_id": []}
    for (aid, *_), sig in zip(rows, made):
        if sig is None:
            continue
        sig_rows["article_id"].append(aid)
        sig_rows["minhash"].append(sig.to_bytes())
        band_rows["band"] += range(BANDS)
        band_rows["bucket"] += band_keys(sig)
        band_rows["article_id"] += [aid] * BANDS
    for table in ("syn_bands", "syn_signatures", "syn_pending"):
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
    _insert(con, "syn_signatures", pa.Table.from_pydict(sig_rows, schema=_SIGNATURES))
    _insert(con, "syn_bands", pa.Table.from_pydict(band_rows, schema=_BANDS))


def _cluster_scope(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[str]:
    """The chunk, every article sharing a band with it, and the whole clusters those are in.

    Links always point at a cluster's root, so one step up (to the roots) and one
    step down (to everyone linked to them) closes the clusters.
    """
    con.register("_new", pa.table({"article_id": pa.array(ids, pa.string())}))
    try:
        return [row[0] for row in con.execute(
            """
            WITH touched AS (
                SELECT article_id FROM _new
                UNION
                SELECT o.article_id
                FROM syn_bands AS n JOIN syn_bands AS o ON n.band = o.band AND n.bucket = o.bucket
                WHERE n.article_id IN (SELECT article_id FROM _new)
            ),
            roots AS (
                SELECT article_id FROM touched
                UNION
                SELECT d.duplicate_of FROM stg_duplicates AS d SEMI JOIN touched USING (article_id)
            )
            SELECT article_id FROM roots
            UNION
            SELECT d.article_id FROM stg_duplicates AS d JOIN roots AS r ON d.duplicate_of = r.article_id
            ORDER BY 1
            """
        ).fetchall()]
    finally:
        con.unregister("_new")


def _verified(pairs: list[tuple[str, str]], sigs: dict[str, Signature]) -> list[tuple[str, str]]:
    """The candidate pairs whose estimated Jaccard similarity reaches the threshold (vectorised)."""
    if not pairs:
        return []
    left = np.stack([sigs[a].values for a, _ in pairs])
    right = np.stack([sigs[b].values for _, b in pairs])
    agree = np.count_nonzero(left == right, axis=1) / NUM_PERM
    return [pair for pair, sim in zip(pairs, agree) if sim >= JACCARD_THRESHOLD]


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> None:
    if rows.num_rows:
        con.register("_rows", rows)
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
        con.unregister("_rows")
