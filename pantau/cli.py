"""The `pantau` command line (see CONTRACT.md): run, crawl, process, and more verbs over the warehouse."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from pantau.config import default_db, prepare_prefect_env


def _common(parser: argparse.ArgumentParser, *, sources: bool = True) -> None:
    parser.add_argument("--db", type=Path, default=None, help="DuckDB file (default: ./pantau-data/pantau.duckdb)")
    if sources:
        parser.add_argument("--sources", type=Path, default=None, help="sources YAML (default: the shipped outlets)")


def _crawl_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--only", action="append", metavar="SOURCE_ID", help="crawl only this source (repeatable)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="override a Scrapy setting")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pantau", description="Monitor Indonesian news on ASN neutrality in elections.")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    run = verbs.add_parser("run", help="crawl every source, extract, analyse and load (incremental)")
    _common(run)
    _crawl_options(run)

    crawl = verbs.add_parser("crawl", help="crawl into the raw store only")
    _common(crawl)
    _crawl_options(crawl)

    process = verbs.add_parser("process", help="extract, analyse and load raw pages not yet processed")
    _common(process)
    again = process.add_mutually_exclusive_group()
    again.add_argument("--reprocess", action="store_true", help="process every stored raw page again")
    again.add_argument("--retry-failed", action="store_true", help="also retry pages whose extraction failed")
    process.add_argument("--batch-size", type=int, default=200, metavar="N",
                         help="articles per transaction (default: 200)")

    digest = verbs.add_parser("digest", help="write one week's digest (Markdown, HTML, CSV, Parquet); reads only")
    _common(digest, sources=False)
    digest.add_argument("--week", type=_week, default=None, metavar="YYYY-Www",
                        help="ISO week, e.g. 2023-W45 (default: the last full week in Asia/Jakarta)")
    digest.add_argument("--lang", choices=("id", "en"), default="id", help="language of the digest (default: id)")
    digest.add_argument("--out", type=Path, default=None, metavar="FOLDER",
                        help="where to write (default: digests/<week>/ beside the database)")

    sql = verbs.add_parser("sql", help="run a query read-only: inline SQL, -f FILE, or a saved query's name")
    _common(sql, sources=False)
    sql.add_argument("query", nargs="?", help="SQL text, or the name of a saved query (see --list)")
    sql.add_argument("-f", "--file", type=Path, default=None, help="read the SQL from this file")
    sql.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                     help="a query parameter, used as $NAME (repeatable)")
    sql.add_argument("--format", choices=("table", "csv", "json", "parquet"), default="table",
                     help="table (printed), or csv/json (printed or -o), or parquet (-o)")
    sql.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="write the result to this file")
    sql.add_argument("--max-rows", type=int, default=200, help="rows a printed table shows (default: 200)")
    sql.add_argument("--list", action="store_true", help="list the saved queries and their parameters")
    sources_verb = verbs.add_parser("sources", help="list the sources with their crawl health (success rate, last success, errors)")
    _common(sources_verb)

    inspect = verbs.add_parser("inspect", help="what extraction and analysis make of one page (a saved file or a URL)")
    inspect.add_argument("page", metavar="FILE_OR_URL", help="a saved HTML file, or an http(s) URL to fetch")
    inspect.add_argument("--url", default=None, help="the page's address, for a saved file (default: its file: URL)")
    inspect.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def _week(text: str):
    """argparse type for --week: a usage error names the expected form."""
    from warehouse.digest.weeks import WeekError, parse_week

    try:
        return parse_week(text)
    except WeekError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _read_only_verb(args: argparse.Namespace, db: str) -> int:
    """digest and sql only read: no sources check and no write lock (they open the file read-only)."""
    if args.verb == "digest":
        from warehouse.digest import write_digest

        files = write_digest(db, args.week, args.out, args.lang)
        for path in (files.markdown, files.html, *files.tables):
            print(path)
        return 0
    from warehouse.console import main as sql_main

    return sql_main(db, args.query, file=args.file, params=args.param, fmt=args.format, out=args.output,
                    max_rows=args.max_rows, show_list=args.list)


def _settings(pairs: list[str]) -> dict[str, str]:
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise SystemExit(f"pantau: -s expects NAME=VALUE, got {pair!r}")
        settings[name] = value
    return settings


def _inspect(args: argparse.Namespace) -> int:
    """pantau inspect: no warehouse, no sources, no Prefect; the logic is pipeline.inspect."""
    import json

    from pipeline.inspect import InspectError, inspect, render

    try:
        report = inspect(args.page, url=args.url)
    except InspectError as exc:
        print(f"pantau: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else render(report))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.verb == "inspect":
        return _inspect(args)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    prepare_prefect_env()

    from crawlers.sources import SourcesError, load_sources
    from warehouse.db import WarehouseError, writer_lock

    db = str(args.db or default_db())
    sources = str(args.sources) if getattr(args, "sources", None) else None
    try:
        if args.verb in ("digest", "sql"):
            return _read_only_verb(args, db)
        configured = load_sources(sources, only=getattr(args, "only", None))
        if args.verb == "sources":
            from warehouse.health import health_rows, print_table

            print_table(health_rows(configured, db))
            return 0
        with writer_lock(db):
            check_db(db)
            if args.verb == "run":
                from flows.run import run_flow

                run_flow(db=db, sources_file=sources, only=args.only, settings=_settings(args.set))
            elif args.verb == "crawl":
                from flows.run import crawl_flow

                crawl_flow(db=db, sources_file=sources, only=args.only, settings=_settings(args.set))
            elif args.verb == "process":
                from flows.run import process_flow

                process_flow(db=db, sources_file=sources, reprocess=args.reprocess, retry_failed=args.retry_failed,
                             batch_size=args.batch_size)
    except (SourcesError, WarehouseError) as exc:
        print(f"pantau: {exc}", file=sys.stderr)
        return 2
    return 0


def check_db(db: str) -> None:
    """Fail before any crawling if the --db file is unusable (not DuckDB, newer schema, locked)."""
    from warehouse.db import connect
    from warehouse.migrate import check_not_newer

    con = connect(db)
    try:
        check_not_newer(con)
    finally:
        con.close()
