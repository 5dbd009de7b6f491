"""Throughput of each stage on N generated pages served on loopback: crawl, extract, analyse, load.

    uv run python -m benchmarks.pipeline_throughput --pages 2000

Prints pages/s per stage, peak memory of the crawler subprocess and of this process,
and the time of an incremental re-crawl. Then the whole processing step (extract,
analyse, load, link copies) on the same crawled pages, side by side: in one process,
and with --workers worker processes (target: 2 workers >= 1.8x one process).
Figures, not assertions: speed targets live here.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

import psutil

from benchmarks import synthetic_site
from benchmarks.cores import one_core
from crawlers.launch import CrawlOptions, crawl
from crawlers.rawstore import RawStore, raw_store_path
from pipeline.extract import extract_article
from pipeline.nlp import analyse
from pipeline.pool import Workers, usable_cores
from pipeline.process import _chunks, new_load_id, process
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
    parser.add_argument("--workers", type=int, default=usable_cores(), help="worker processes to compare with one")
    parser.add_argument("--rounds", type=int, default=1, help="alternate one process and workers this many times")
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

        side_by_side = {1: [], args.workers: []}
        for _ in range(args.rounds):
            for workers in side_by_side:
                side_by_side[workers].append(_process_step(db, root / f"w{workers}", args.batch, workers))

    n = len(articles)
    print(f"crawl:    {stored} pages stored in {crawl_s:.1f} s = {stored / crawl_s:.0f} pages/s "
          f"(crawler peak RSS {crawl_rss:.0f} MiB, subprocess start included)")
    print(f"extract:  {n} pages in {extract_s:.1f} s = {n / extract_s:.0f} pages/s (one core)")
    print(f"analyse:  {n} articles in {analyse_s:.1f} s = {n / analyse_s:.0f} articles/s (one core)")
    print(f"load:     {n} articles in {load_s:.2f} s = {n / load_s:.0f} articles/s (batches of {args.batch})")
    print(f"re-crawl: {recrawl_s:.1f} s, {sum(f['new'] for f in again.figures.values())} new "
          f"({recrawl_s / crawl_s:.0%} of the first crawl)")
    print(f"peak RSS of this process: {_mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss):.0f} MiB")
    print(f"processing step (extract + analyse + load + link copies), same {n} pages, side by side, pipelines "
          f"loaded (load average at the end {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")
    rates = {}
    for workers, runs in side_by_side.items():
        seconds, cpu = sorted(runs)[len(runs) // 2]
        rates[workers] = n / seconds
        label = "1 process" if workers == 1 else f"{workers} workers"
        print(f"  {label:10} {seconds:6.1f} s = {rates[workers]:5.1f} articles/s; {cpu:5.1f} CPU-s, "
              f"{cpu / seconds:.2f} cores busy  (runs: {', '.join(f'{r:.1f} s / {c:.1f} CPU-s' for r, c in runs)})")
    print(f"  speed-up   {rates[args.workers] / rates[1]:.2f}x (a machine shared with other busy sessions gives "
          "this session's processes their share of the cores, however many processes it runs)")


def _process_step(db: Path, work: Path, batch: int, workers: int) -> tuple[float, float]:
    """Process the crawled pages into a fresh warehouse (a copy of the raw store); seconds and CPU-seconds taken.

    Both sides start warm: this process has loaded the pipeline in the stages above, and
    the workers are started and loaded before the clock starts (`pantau run` starts them
    before its crawl for the same reason); their start-up is printed on its own.
    """
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    target = work / db.name
    shutil.copy(raw_store_path(db), raw_store_path(target))
    con = connect(target)
    migrate(con)
    with Workers(workers) if workers > 1 else contextlib.nullcontext() as pool:
        if pool is not None:
            t = time.perf_counter()
            pool.ready()
            print(f"  ({workers} workers started and loaded in {time.perf_counter() - t:.1f} s)", flush=True)
        t, cpu = time.perf_counter(), _cpu_seconds()
        process(con, target, [], load_id=new_load_id(), batch_size=batch, workers=workers)
        seconds, cpu = time.perf_counter() - t, _cpu_seconds() - cpu
    con.close()
    return seconds, cpu


def _cpu_seconds() -> float:
    """CPU time used so far by this process and its live workers."""
    me = psutil.Process()
    return sum(sum(p.cpu_times()[:2]) for p in [me, *me.children(recursive=True)])


if __name__ == "__main__":
    main()
