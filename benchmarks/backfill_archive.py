"""Backfill of a generated two-year archive: coverage of planted stories, the topic filter's saving, resuming.

    uv run python -m benchmarks.backfill_archive [--per-day 3] [--share 0.015]

Four outlets, every day of 2023 and 2024, each archived differently (benchmarks/archive_site.py),
with a few per cent of planted neutrality stories among everyday ones. Prints:
  - coverage: planted stories stored by a default backfill (must be 100%);
  - the filter's fetch saving against the same backfill with --all-topics, and the trade-off
    at other thresholds (links kept, planted stories lost), scored as that backfill saw them;
  - a backfill killed part-way and resumed: requests repeated, and whether anything the
    killed run had completed (an archive page read, an article stored) was fetched again.
Figures, not assertions; the crawl runs on loopback without politeness delays.
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks import archive_site
from benchmarks.synthetic_site import FAST
from crawlers.discovery import Link
from crawlers.frontier import window_key
from crawlers.launch import CrawlOptions, crawl
from crawlers.rawstore import raw_store_path
from crawlers.topic import load_lexicon
from tests.support.server import LoopbackOutlet

SINCE, UNTIL = archive_site.START, archive_site.END


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _stored(db: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(f"file:{raw_store_path(db)}?mode=ro", uri=True) as con:
        return {(sid, urlsplit(url).path) for sid, url in con.execute("SELECT source_id, url FROM fetches")}


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{raw_store_path(db)}?mode=ro", uri=True) as con:
            return con.execute("SELECT count(*) FROM fetches").fetchone()[0]
    except sqlite3.Error:
        return 0


def _backfill(db: Path, sources: Path, **options: object) -> tuple[float, dict]:
    started = time.perf_counter()
    result = crawl(db, CrawlOptions(sources_file=str(sources), since=SINCE, until=UNTIL, backfill=True,
                                    settings=FAST, **options))  # type: ignore[arg-type]
    return time.perf_counter() - started, result.figures


def _requests(servers: dict[str, LoopbackOutlet], outlets: list[archive_site.Outlet]) -> tuple[int, int]:
    """(article requests, all requests) the servers answered since they were last cleared."""
    stories = {o.id: {s.path for s in o.stories} for o in outlets}
    articles = sum(1 for oid, s in servers.items() for p in s.requests if urlsplit(p).path in stories[oid])
    return articles, sum(len(s.requests) for s in servers.values())


def _clear(servers: dict[str, LoopbackOutlet]) -> None:
    for server in servers.values():
        server.requests.clear()


def _tradeoff(db: Path, planted: set[tuple[str, str]]) -> None:
    """Links kept and planted stories lost per threshold, as the unfiltered backfill scored them."""
    lexicon = load_lexicon()
    with sqlite3.connect(f"file:{raw_store_path(db)}?mode=ro", uri=True) as con:
        links = con.execute("SELECT source_id, url, title, summary FROM backfill_links WHERE window = ?",
                            [window_key(SINCE, UNTIL)]).fetchall()
    scored = [((sid, urlsplit(url).path), lexicon.score(Link(url, title=title, summary=summary)))
              for sid, url, title, summary in links]
    print(f"  trade-off over the {len(scored)} links in the window (lexicon {lexicon.version}; "
          f"default threshold {lexicon.threshold}):")
    print("    threshold   links fetched   saving   planted lost   links too short to judge")
    unknown = sum(1 for _, score in scored if score is None)
    for threshold in range(0, 7):
        kept = [key for key, score in scored if score is None or score >= threshold]
        lost = planted - set(kept)
        mark = "  <- default" if threshold == lexicon.threshold else ""
        print(f"    {threshold:>9}   {len(kept):>13}   {1 - len(kept) / len(scored):>6.1%}   {len(lost):>12}   "
              f"{unknown:>24}{mark}")


def _kill_and_resume(root: Path, outlets: list[archive_site.Outlet], target: int) -> set[tuple[str, str]]:
    """A default backfill killed once `target` articles are stored, then resumed; returns what ends up stored."""
    slow = [LoopbackOutlet(o.folder, delay=0.02).start() for o in outlets]
    try:
        text = (root / "sources.yaml").read_text()
        for outlet, server in zip(outlets, slow):
            text = text.replace(outlet.entry["base_url"], server.base_url)
        sources = root / "slow.yaml"
        sources.write_text(text)
        db = root / "killed.duckdb"
        command = [sys.executable, "-m", "crawlers.run", "--raw", str(raw_store_path(db)), "--sources", str(sources),
                   "--backfill", "--since", SINCE.isoformat(), "--until", UNTIL.isoformat(),
                   *[arg for name, value in FAST.items() for arg in ("-s", f"{name}={value}")]]
        proc = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while _count(db) < target and proc.poll() is None:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        with sqlite3.connect(f"file:{raw_store_path(db)}?mode=ro", uri=True) as con:
            done_pages = {_path(u) for (u,) in con.execute("SELECT url FROM backfill_pages WHERE state = 'done'")}
            stored_urls = {_path(u) for (u,) in con.execute("SELECT url FROM known_urls")}
        killed_at = _count(db)
        first = Counter(p for s in slow for p in s.requests)
        for server in slow:
            server.requests.clear()
        elapsed, _ = _backfill(db, sources)
        second = Counter(p for s in slow for p in s.requests)
        repeated = {p for p in second if p in first and p != "/robots.txt"}
        print(f"  killed with {killed_at} articles stored and {len(done_pages)} archive pages read; "
              f"resumed to the end in {elapsed:.1f} s")
        print(f"  requests: {sum(first.values())} before the kill, {sum(second.values())} after")
        print(f"  asked for again: {len(repeated)} (requests in flight when the kill came); of those, already "
              f"stored or read before the kill: {len(repeated & (done_pages | stored_urls))}")
        return _stored(db)
    finally:
        for server in slow:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-day", type=int, default=3, help="stories per outlet and day (default 3)")
    parser.add_argument("--share", type=float, default=0.015, help="share of planted stories (default 0.015)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pantau-backfill-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        outlets = archive_site.build(root / "site", per_day=args.per_day, share=args.share)
        planted = {(o.id, p) for o in outlets for p in o.planted}
        total = sum(len(o.stories) for o in outlets)
        print(f"archive: {len(outlets)} outlets, {SINCE}..{UNTIL}, {total} stories, {len(planted)} planted "
              f"({len(planted) / total:.1%}); generated in {time.perf_counter() - started:.1f} s")
        sources, servers_list = archive_site.serve(root, outlets)
        servers = dict(zip([o.id for o in outlets], servers_list))

        _clear(servers)
        filtered_s, figures = _backfill(root / "filtered.duckdb", sources)
        filtered_fetches, filtered_requests = _requests(servers, outlets)
        stored = _stored(root / "filtered.duckdb")
        covered = planted & stored
        _clear(servers)
        all_s, _ = _backfill(root / "all.duckdb", sources, all_topics=True)
        all_fetches, all_requests = _requests(servers, outlets)

        print(f"coverage of planted stories (default filter): {len(covered)}/{len(planted)} = "
              f"{len(covered) / len(planted):.1%}")
        print(f"article fetches: {filtered_fetches} with the filter, {all_fetches} without "
              f"-> filter saves {1 - filtered_fetches / all_fetches:.1%} of article fetches")
        print(f"all requests (archive pages, robots.txt, articles): {filtered_requests} vs {all_requests} "
              f"-> {1 - filtered_requests / all_requests:.1%} fewer; crawl time {filtered_s:.1f} s vs {all_s:.1f} s")
        for outlet in outlets:
            f = figures[outlet.id]
            print(f"  {outlet.id:<13} pages {f['pages']:>5}, links {f['discovered']:>5}, filtered {f['filtered']:>5}, "
                  f"fetched {f['fetched']:>5}, planted {len(outlet.planted):>3}, "
                  f"planted stored {len({(outlet.id, p) for p in outlet.planted} & stored):>3}")
        _tradeoff(root / "all.duckdb", planted)

        print("kill and resume (default filter, servers answering in 20 ms):")
        resumed = _kill_and_resume(root, outlets, target=len(stored) * 2 // 5)
        print(f"  stored after resuming: {len(resumed)}; the same articles as the uninterrupted backfill: "
              f"{resumed == stored}")
        for server in servers_list:
            server.stop()


if __name__ == "__main__":
    main()
