"""Run one crawl in this process: `python -m crawlers.run --sources F --raw R --stats S`.

Scrapy's reactor cannot restart, so flows call this as a subprocess, once per crawl.
"""

from __future__ import annotations

import argparse
import sys

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawlers import settings as default_settings
from crawlers.sources import SourcesError, load_sources


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawlers.run", description=__doc__)
    parser.add_argument("--sources", help="sources YAML (default: the shipped one)")
    parser.add_argument("--raw", required=True, help="raw store (SQLite) to write")
    parser.add_argument("--stats", help="write per-source figures here (JSON)")
    parser.add_argument("--only", action="append", default=[], help="crawl only this source id (repeatable)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="override a Scrapy setting")
    args = parser.parse_args(argv)

    try:
        load_sources(args.sources, only=args.only or None)
    except SourcesError as exc:
        print(f"pantau: {exc}", file=sys.stderr)
        return 2

    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    settings.update(
        {
            "PANTAU_RAW_STORE": args.raw,
            "PANTAU_STATS_FILE": args.stats,
            "PANTAU_SOURCES_FILE": args.sources,
            "PANTAU_ONLY_SOURCES": args.only,
        },
        priority="cmdline",
    )
    for item in args.set:
        name, _, value = item.partition("=")
        settings.set(name.strip(), value, priority="cmdline")

    process = CrawlerProcess(settings, install_root_handler=True)
    process.crawl("news")
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
