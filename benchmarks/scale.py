"""How far one machine goes: N generated articles served on loopback, crawl -> process -> load.

    uv run python -m benchmarks.scale --articles 10000
    uv run python -m benchmarks.scale --articles 100000

Runs the real steps (crawler subprocess, batched processing with syndication) without
Prefect's start-up cost, samples resident memory while processing to show it stays
bounded, then re-runs both steps over the same sites (an incremental run).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import threading
import time
from pathlib import Path

from benchmarks import synthetic_site
from crawlers.launch import CrawlOptions, crawl
from pipeline import process as processing
from warehouse.db import connect
from warehouse.migrate import migrate


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class RssSampler:
    """Peak and per-quarter resident memory of this process while a step runs."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.samples.append(rss_mib())

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def quarters(self) -> str:
        if not self.samples:
            return "-"
        n = len(self.samples)
        return " / ".join(f"{max(self.samples[i * n // 4:(i + 1) * n // 4] or [0]):.0f}" for i in range(4))


def run_process(db: Path, load_id: str) -> tuple[processing.ProcessResult, float, RssSampler]:
    con = connect(db)
    migrate(con)
    t = time.perf_counter()
    with RssSampler() as sampler:
        result = processing.process(con, db, [], load_id=load_id)
    elapsed = time.perf_counter() - t
    con.close()
    return result, elapsed, sampler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--outlets", type=int, default=8)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pantau-scale-") as tmp:
        root = args.keep or Path(tmp)
        t = time.perf_counter()
        sources, servers = synthetic_site.serve(root, args.articles, outlets=args.outlets, words=args.words)
        elapsed = time.perf_counter() - t
        print(f"generated {args.articles} articles on {args.outlets} outlets in {elapsed:.0f} s", flush=True)
        db = root / "scale.duckdb"

        t = time.perf_counter()
        options = CrawlOptions(sources_file=str(sources), settings=synthetic_site.FAST)
        crawled = crawl(db, options)
        crawl_s = time.perf_counter() - t
        crawl_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        stored = sum(f["new"] for f in crawled.figures.values())
        print(f"crawl:    {stored} articles in {crawl_s:.0f} s = {stored / crawl_s:.0f} articles/s, "
              f"crawler peak RSS {crawl_rss:.0f} MiB", flush=True)

        result, process_s, sampler = run_process(db, processing.new_load_id())
        print(f"process:  {result.articles} articles (extract + analyse + load + syndication) in {process_s:.0f} s "
              f"= {result.articles / process_s:.0f} articles/s; {result.copies} copies linked", flush=True)
        print(f"          RSS peak per quarter of the step (MiB): {sampler.quarters()}", flush=True)

        t = time.perf_counter()
        again = crawl(db, options)
        recrawl_s = time.perf_counter() - t
        rerun, reprocess_s, _ = run_process(db, processing.new_load_id())
        print(f"re-run:   crawl {recrawl_s:.0f} s ({sum(f['new'] for f in again.figures.values())} new, "
              f"{recrawl_s / crawl_s:.0%} of the first), process {reprocess_s:.1f} s ({rerun.todo} to do); "
              f"together {(recrawl_s + reprocess_s) / (crawl_s + process_s):.1%} of the first run", flush=True)
        print(f"sizes:    warehouse {db.stat().st_size / 2**20:.0f} MiB, raw store "
              f"{(root / 'scale.raw.sqlite').stat().st_size / 2**20:.0f} MiB", flush=True)
        for server in servers:
            server.stop()


if __name__ == "__main__":
    main()
