"""A result part gives back exactly what the worker made: fetches, outcomes, articles, analyses, signatures."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from crawlers.items import StoredArticle, StoredPage
from pipeline.parts import SCHEMA, read_part, write_part
from pipeline.records import AgencyMention, Analysis, Article, Directive, OfficialMention
from pipeline.work import Chunk, ProcessResult
from warehouse.load import Batch

WIB = timezone(timedelta(hours=7))


def _fetch(n: int) -> StoredArticle:
    url = f"https://warta.test/berita/{n}"
    pages = [StoredPage(1, url, 200, {"Content-Type": "text/html"}, "utf-8", "2024-02-01T03:00:00+00:00", b"<p>1</p>"),
             StoredPage(2, url + "?page=2", 200, {}, None, "2024-02-01T03:00:01+00:00", b"<p>2</p>")]
    return StoredArticle("warta", url, url, url, "warc", "a.warc.gz", pages, aliases=[url + "?amp"],
                         source={"id": "warta", "province": "Jawa Timur"}, listed_date="2024-02-01")


def _chunk(stored: list[StoredArticle]) -> Chunk:
    article, other, failed = stored
    batch = Batch("load-1")
    batch.outcomes = [{"fetch_id": None, "article_id": article.article_id, "outcome": "article", "error": None},
                      {"fetch_id": None, "article_id": other.article_id, "outcome": "not_article", "error": "index"},
                      {"fetch_id": None, "article_id": failed.article_id, "outcome": "failed", "error": "boom"}]
    batch.articles = [Article(article.article_id, article.url, "warta", "Camat dilarang berkampanye",
                              datetime(2024, 2, 1, 9, 30, tzinfo=WIB), date(2024, 2, 1), "Redaksi",
                              "Teks berita.", "Jawa Timur")]
    batch.analyses = [Analysis(
        article.article_id, True, "Jawa Timur", "pemilu-2024",
        officials=[OfficialMention("Budi", "camat", None)],
        agencies=[AgencyMention("Badan Pengawas Pemilihan Umum", "Bawaslu", "Bawaslu")],
        event_dates=[date(2024, 2, 14)],
        directives=[Directive("prohibition", "ASN dilarang berkampanye.", "Bawaslu", "ASN", ("kampanye",),
                              ("SKB 2/2022",))])]
    batch.signatures = {article.article_id: b"\x01\x02"}
    result = ProcessResult(articles=1, not_articles=1, failed=1, relevant=1, failures=[(failed.url, "boom")])
    return Chunk(batch, result, {})


def test_a_part_reads_back_as_written(tmp_path: Path):
    stored = [_fetch(n) for n in range(3)]
    chunk = _chunk(stored)
    url = str(tmp_path / "000000-0000.parquet")
    write_part(url, stored, chunk)
    fetches, back = read_part(url, "load-1")
    assert [(f.article_id, f.url, f.key_url, f.canonical_url, f.aliases, f.source, f.listed_date, f.pages)
            for f in fetches] == [(f.article_id, f.url, f.key_url, f.canonical_url, f.aliases, f.source,
                                   f.listed_date, f.pages) for f in stored]
    assert back.batch.outcomes == chunk.batch.outcomes
    assert back.batch.articles == chunk.batch.articles
    assert back.batch.analyses == chunk.batch.analyses
    assert back.batch.signatures == chunk.batch.signatures
    assert back.result == chunk.result


def test_every_field_of_the_records_has_a_column():
    """A field added to Article or Analysis travels in the parts (the columns follow the records)."""
    identity = {"article_id", "url", "source_id"}
    for column, record in (("article", Article), ("analysis", Analysis)):
        names = [SCHEMA.field(column).type.field(i).name for i in range(SCHEMA.field(column).type.num_fields)]
        assert names == [f.name for f in fields(record) if f.name not in identity]
