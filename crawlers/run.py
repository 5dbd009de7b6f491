"""Run one crawl in this process: `python -m crawlers.run --sources F --raw R --stats S`.

Scrapy's reactor cannot restart, so the command line starts this as a subprocess,
once per crawl. With `--events` it speaks JSON lines (crawlers.events): each log
record once, at its own level, and the live per-source figures. Tracebacks never
reach that pipe: they go to the `--debug-log` file.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawlers import settings as default_settings
from crawlers.events import EventHandler
from crawlers.sources import SourcesError, load_sources
from crawlers.topic import TopicFileError, load_lexicon

# Faults our errbacks report themselves; Scrapy's own line about them would name them twice.
_REPORTED_ELSEWHERE = ("Gave up retrying", "Received more bytes than download warn size",
                       "Expected response size", "Ignoring response", "Ignored response")


class _ForThePipe(logging.Filter):
    """pantau's own lines from INFO, libraries' from WARNING, minus faults reported elsewhere."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("pantau"):
            return record.levelno >= self.level and record.name != "pantau.crawl.debug"
        if record.levelno < max(self.level, logging.WARNING):
            return False
        return not str(record.msg).startswith(_REPORTED_ELSEWHERE)


def configure_logging(*, events: bool, debug_log: str | None, verbose: bool) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    console = EventHandler() if events else logging.StreamHandler(sys.stderr)
    if not events:
        console.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    console.addFilter(_ForThePipe(logging.DEBUG if verbose else logging.INFO))
    root.addHandler(console)
    if debug_log:
        detail = logging.FileHandler(debug_log, encoding="utf-8")
        detail.setLevel(logging.DEBUG)
        detail.addFilter(lambda r: r.name.startswith("pantau") or r.levelno >= logging.INFO)
        detail.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
        root.addHandler(detail)


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a day as YYYY-MM-DD, got {text!r}") from None


def _setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name.strip(), value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawlers.run", description=__doc__.split("\n")[0])
    parser.add_argument("--sources", help="sources YAML (default: the shipped one)")
    parser.add_argument("--raw", required=True, help="raw store (SQLite) to write")
    parser.add_argument("--stats", help="write per-source figures here (JSON)")
    parser.add_argument("--only", action="append", default=[], help="crawl only this source id (repeatable)")
    parser.add_argument("--since", type=_day, help="skip links dated before this day")
    parser.add_argument("--max-new", type=int, default=0, help="new articles per source (default: the source's)")
    parser.add_argument("--backfill", action="store_true", help="read the archives for --since..--until")
    parser.add_argument("--until", type=_day, help="backfill: the window's last day (default: today)")
    parser.add_argument("--all-topics", action="store_true", help="backfill: no topic filter")
    parser.add_argument("-s", "--set", action="append", default=[], type=_setting, metavar="NAME=VALUE",
                        help="override a Scrapy setting")
    parser.add_argument("--events", action="store_true", help="JSON lines on stdout (for the command line)")
    parser.add_argument("--debug-log", help="append full log records, tracebacks included, to this file")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)

    try:
        load_sources(args.sources, only=args.only or None)
    except SourcesError as exc:
        print(f"pantau: {exc}", file=sys.stderr)
        return 2
    if args.backfill:
        if not args.since:
            print("pantau: a backfill needs --since", file=sys.stderr)
            return 2
        try:
            load_lexicon()
        except TopicFileError as exc:
            print(f"pantau: {exc}", file=sys.stderr)
            return 2

    configure_logging(events=args.events, debug_log=args.debug_log, verbose=args.verbose)
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    settings.update(
        {
            "PANTAU_RAW_STORE": args.raw,
            "PANTAU_STATS_FILE": args.stats,
            "PANTAU_SOURCES_FILE": args.sources,
            "PANTAU_ONLY_SOURCES": args.only,
            "PANTAU_SINCE": args.since,
            "PANTAU_MAX_NEW": args.max_new,
            "PANTAU_EVENTS": args.events,
            "PANTAU_UNTIL": args.until,
            "PANTAU_ALL_TOPICS": args.all_topics,
        },
        priority="cmdline",
    )
    for name, value in args.set:
        settings.set(name, value, priority="cmdline")

    process = CrawlerProcess(settings, install_root_handler=False)
    process.crawl("archive" if args.backfill else "news")
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
