"""The raw store as a standard web archive (ISO 28500 WARC 1.1), written with warcio.

Each stored page becomes a `response` record: the HTTP status line and headers as
stored, the body as fetched (already decoded, so transfer and content encodings are
dropped from the headers), the fetch time as WARC-Date, and warcio's block and
payload digests. Before each article's responses a `metadata` record holds pantau's
record of the fetch (identity, source entry, pages), so `backfill --warc` restores the
same articles; other readers (pywb, warcio, CDX indexers) skip it and replay the
responses. Request headers are not kept by the crawler, so no request records are
written.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from http import HTTPStatus
from importlib.metadata import version
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from crawlers.items import StoredArticle, StoredPage
from crawlers.rawstore import RawStore
from crawlers.warc.reader import FETCH_METADATA

_DROPPED = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass
class Exported:
    articles: int = 0
    records: int = 0


def export_warc(raw_path: Path, out: Path, *, since: date | None = None) -> Exported:
    """Write the stored fetches (those fetched on or after `since`, a UTC day) to `out`."""
    with sqlite3.connect(f"file:{raw_path}?mode=ro", uri=True) as con:
        ids = [row[0] for row in con.execute(
            "SELECT fetch_id FROM fetches WHERE fetched_at >= ? ORDER BY fetch_id",
            [since.isoformat() if since else ""])]
        aliases: dict[int, list[str]] = {}
        for fetch_id, url in con.execute("SELECT fetch_id, url FROM known_urls ORDER BY url"):
            aliases.setdefault(fetch_id, []).append(url)
    written = Exported()
    with RawStore(raw_path, read_only=True) as store, out.open("wb") as handle:
        writer = WARCWriter(handle, gzip=out.name.endswith(".gz"), warc_version="1.1")
        writer.write_record(writer.create_warcinfo_record(out.name, {
            "software": f"pantau {version('pantau')}", "format": "WARC File Format 1.1",
            "description": "pages of pantau's raw store; metadata records of type " + FETCH_METADATA,
        }))
        written.records += 1
        for article in store.iter_articles(ids):
            written.records += _write_article(writer, article, aliases.get(article.fetch_id or 0, []))
            written.articles += 1
    return written


def _write_article(writer: WARCWriter, article: StoredArticle, aliases: list[str]) -> int:
    record_ids = [StatusAndHeadersParser.make_warc_id() for _ in article.pages]
    fetch = {
        "url": article.url, "key_url": article.key_url, "canonical_url": article.canonical_url,
        "source_id": article.source_id, "source": article.source, "discovered_via": article.discovered_via,
        "discovered_from": article.discovered_from, "aliases": aliases, "listed_date": article.listed_date,
        "pages": [{"record_id": rid, "page_no": p.page_no, "url": p.url} for rid, p in zip(record_ids, article.pages)],
    }
    body = json.dumps(fetch, ensure_ascii=False).encode("utf-8")
    writer.write_record(writer.create_warc_record(
        article.url, "metadata", payload=BytesIO(body), length=len(body), warc_content_type=FETCH_METADATA,
        warc_headers_dict={"WARC-Date": _warc_date(article.fetched_at), "WARC-Refers-To": record_ids[0]}
        if record_ids else {"WARC-Date": _warc_date(article.fetched_at)},
    ))
    for record_id, page in zip(record_ids, article.pages):
        writer.write_record(writer.create_warc_record(
            page.url, "response", payload=BytesIO(page.body), length=len(page.body),
            http_headers=_http_headers(page),
            warc_headers_dict={"WARC-Record-ID": record_id, "WARC-Date": _warc_date(page.fetched_at)},
        ))
    return 1 + len(record_ids)


def _http_headers(page: StoredPage) -> StatusAndHeaders:
    status = page.status or 200
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    headers = [(k, v) for k, v in page.headers.items() if k.lower() not in _DROPPED]
    if page.encoding and not any(k.lower() == "content-type" for k, _ in headers):
        headers.append(("Content-Type", f"text/html; charset={page.encoding}"))
    headers.append(("Content-Length", str(len(page.body))))
    return StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol="HTTP/1.1")


def _warc_date(fetched_at: str) -> str:
    moment = datetime.fromisoformat(fetched_at)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return datetime_to_iso_date(moment, use_micros=True)
