"""Throughput of each stage on N generated pages served on loopback: crawl, extract, analyse, load.

    uv run python -m benchmarks.pipeline_throughput --pages 2000

Prints pages/s per stage, peak memory of the crawler subprocess and of this process,
and the time of an incremental re-crawl. Figures, not assertions: speed targets live here.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from benchmarks import synthetic_site
from benchmarks.cores import one_core
from crawlers.launch import CrawlOptions, crawl
from crawlers.rawstore import RawStore, raw_store_path
from pipeline.extract import extract_article
from pipeline.nlp import analyse
from pipeline.process import _chunks, new_load_id
from pipeline.records import RawPage
from warehouse.db import connect
from warehouse.load import Batch, write_batch
from warehouse.migrate import migrate


def _mib(kib: int) -> float:
    return kib / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pantau-bench-") as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        sources, servers = synthetic_site.serve(root, args.pages)
        print(f"generated {args.pages} pages in {time.perf_counter() - t:.1f} s")
        db = root / "bench.duckdb"

        t = time.perf_counter()
        options = CrawlOptions(sources_file=str(sources), settings=synthetic_site.FAST)
        result = crawl(db, options)
        crawl_s = time.perf_counter() - t
        crawl_rss = _mib(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        stored = sum(f["new"] for f in result.figures.values())

        with RawStore(raw_store_path(db), read_only=True) as store:
            raw = list(store.iter_articles())
        with one_core():
            t = time.perf_counter()
            articles = [
                extract_article([RawPage(p.url, p.body, p.encoding, p.page_no) for p in a.pages],
                                article_id=a.article_id, url=a.url, source_id=a.source_id)
                for a in raw
            ]
            extract_s = time.perf_counter() - t

            t = time.perf_counter()
            analyses = list(analyse(articles))
            analyse_s = time.perf_counter() - t

        con = connect(db)
        migrate(con)
        load_id = new_load_id()
        t = time.perf_counter()
        for chunk in _chunks(list(zip(raw, articles, analyses)), args.batch):
            batch = Batch(load_id)
            for stored_article, article, analysis in chunk:
                batch.outcomes.append({"fetch_id": stored_article.fetch_id, "article_id": article.article_id,
                                       "outcome": "article", "error": None})
                batch.articles.append(article)
                batch.analyses.append(analysis)
            write_batch(con, batch)
        load_s = time.perf_counter() - t
        con.close()

        t = time.perf_counter()
        again = crawl(db, options)
        recrawl_s = time.perf_counter() - t
        for server in servers:
            server.stop()

    n = len(articles)
    print(f"crawl:    {stored} pages stored in {crawl_s:.1f} s = {stored / crawl_s:.0f} pages/s "
          f"(crawler peak RSS {crawl_rss:.0f} MiB, subprocess start included)")
    print(f"extract:  {n} pages in {extract_s:.1f} s = {n / extract_s:.0f} pages/s (one core)")
    print(f"analyse:  {n} articles in {analyse_s:.1f} s = {n / analyse_s:.0f} articles/s (one core)")
    print(f"load:     {n} articles in {load_s:.2f} s = {n / load_s:.0f} articles/s (batches of {args.batch})")
    print(f"re-crawl: {recrawl_s:.1f} s, {sum(f['new'] for f in again.figures.values())} new "
          f"({recrawl_s / crawl_s:.0%} of the first crawl)")
    print(f"peak RSS of this process: {_mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss):.0f} MiB")


if __name__ == "__main__":
    main()
