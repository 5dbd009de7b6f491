"""The `pantau` command line (see CONTRACT.md): the writer jobs, and verbs over the warehouse.

Commands run in this process and import only what they use, so `--help` and `sql`
answer at once. Prefect is used where it adds something: when PREFECT_API_URL points
at a server, run / crawl / process go through the same steps as flows and tasks.
Input errors end with one line and exit status 2; tracebacks go to the debug log.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NoReturn

from pantau.config import debug_log_for, default_db

logger = logging.getLogger("pantau.cli")

_SETTING = re.compile(r"^[A-Z][A-Z0-9_]*$")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and exit status 2), never the usage text."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _since(text: str) -> date:
    """A day (2024-11-01) or a number of days back (30d)."""
    if m := re.fullmatch(r"(\d+)\s*d", text.strip()):
        from warehouse.digest.weeks import jakarta_today

        return jakarta_today() - timedelta(days=int(m.group(1)))
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a day as YYYY-MM-DD or a number of days as 30d, got {text!r}") from None


def _setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not _SETTING.match(name):
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE with an upper-case Scrapy setting name, got {text!r}")
    return name, value


def _week(text: str):  # type: ignore[no-untyped-def]
    from warehouse.digest.weeks import WeekError, parse_week

    try:
        return parse_week(text)
    except WeekError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=None, help="DuckDB file (default: ./pantau-data/pantau.duckdb)")
    chatter = common.add_mutually_exclusive_group()
    chatter.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors")
    chatter.add_argument("-v", "--verbose", action="store_true", help="debug lines too")
    sources = argparse.ArgumentParser(add_help=False)
    sources.add_argument("--sources", type=Path, default=None, help="sources YAML (default: the shipped outlets)")
    crawling = argparse.ArgumentParser(add_help=False)
    crawling.add_argument("--only", action="append", metavar="SOURCE_ID", help="crawl only this source (repeatable)")
    crawling.add_argument("--since", type=_since, default=None, metavar="DAY",
                          help="skip links that sitemaps or feeds date before this day (YYYY-MM-DD or 30d); "
                               "default: each source's since_days (the shipped file: 30 days)")
    crawling.add_argument("--max-new", type=_positive, default=None, metavar="N",
                          help="new articles per source in this run (default: each source's max_new_articles)")
    crawling.add_argument("-s", "--set", action="append", default=[], type=_setting, metavar="NAME=VALUE",
                          help="override a Scrapy setting")

    parser = _Parser(prog="pantau", description="Monitor Indonesian news on ASN neutrality in elections.")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB", parser_class=_Parser)
    working = argparse.ArgumentParser(add_help=False)
    working.add_argument("--workers", type=_positive, default=None, metavar="N",
                         help="processes that extract and analyse (default: the usable cores; 1: in this process)")
    verbs.add_parser("run", parents=[common, sources, crawling, working],
                     help="crawl every source, extract, analyse and load (incremental)")
    verbs.add_parser("crawl", parents=[common, sources, crawling], help="crawl into the raw store only")

    process = verbs.add_parser("process", parents=[common, sources, working],
                               help="extract, analyse and load raw pages not yet processed")
    again = process.add_mutually_exclusive_group()
    again.add_argument("--reprocess", action="store_true", help="process every stored raw page again")
    again.add_argument("--retry-failed", action="store_true", help="also retry pages whose extraction failed")
    again.add_argument("--stale", action="store_true",
                       help="also process again the articles whose analysis other rules than today's made")
    process.add_argument("--batch-size", type=_positive, default=200, metavar="N",
                         help="articles per transaction (default: 200)")

    export = verbs.add_parser("export-warc", parents=[common],
                              help="write the raw store's pages as a WARC file (ISO 28500) any archive reader replays")
    export.add_argument("out", type=Path, metavar="OUT.warc.gz", help="the file to write (.gz: gzip per record)")
    export.add_argument("--since", type=_since, default=None, metavar="DAY",
                        help="only pages fetched on or after this day (YYYY-MM-DD or 30d)")

    digest = verbs.add_parser("digest", parents=[common],
                              help="write one week's digest (Markdown, HTML, CSV, Parquet); reads only")
    digest.add_argument("--week", type=_week, default=None, metavar="YYYY-Www",
                        help="ISO week, e.g. 2023-W45 (default: the last full week in Asia/Jakarta)")
    digest.add_argument("--lang", choices=("id", "en"), default="id", help="language of the digest (default: id)")
    digest.add_argument("--out", type=Path, default=None, metavar="FOLDER",
                        help="where to write (default: digests/<week>/ beside the database)")

    sql = verbs.add_parser("sql", parents=[common],
                           help="run a query read-only: inline SQL, -f FILE, or a saved query's name")
    sql.add_argument("query", nargs="?", help="SQL text, or the name of a saved query (see --list)")
    sql.add_argument("-f", "--file", type=Path, default=None, help="read the SQL from this file")
    sql.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                     help="a query parameter, used as $NAME (repeatable)")
    sql.add_argument("--format", choices=("table", "csv", "json", "parquet"), default="table",
                     help="table (printed), or csv/json (printed or -o), or parquet (-o)")
    sql.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="write the result to this file")
    sql.add_argument("--max-rows", type=_positive, default=200, metavar="N",
                     help="rows a printed table shows (default: 200)")
    sql.add_argument("--list", action="store_true", help="list the saved queries and their parameters")

    _add_backfill(verbs, common, sources, working)

    sources_verb = verbs.add_parser("sources", parents=[common, sources],
                                    help="list the sources with their crawl health, or --probe them")
    sources_verb.add_argument("--probe", action="store_true",
                              help="fetch each source's robots.txt, sitemaps, feeds and listings once and report")
    sources_verb.add_argument("--only", action="append", metavar="SOURCE_ID", help="only this source (repeatable)")
    sources_verb.add_argument("--mark", action="store_true",
                              help="with --probe: write what was found into the sources file "
                                   "(a `probe:` line per entry)")

    inspect = verbs.add_parser("inspect", help="what extraction and analysis make of one page (a saved file or a URL)")
    inspect.add_argument("page", metavar="FILE_OR_URL", help="a saved HTML file, or an http(s) URL to fetch")
    inspect.add_argument("--url", default=None, help="the page's address, for a saved file (default: its file: URL)")
    inspect.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def _add_backfill(verbs: Any, common: argparse.ArgumentParser, sources: argparse.ArgumentParser,
                  working: argparse.ArgumentParser) -> None:
    """`pantau backfill`: the outlets' archives for a window of days (--since), or web archives (--warc);
    then processing as `run` does."""
    backfill = verbs.add_parser("backfill", parents=[common, sources, working],
                                help="crawl the outlets' archives for a window of days, then process (resumable)")
    backfill.add_argument("--since", type=_since, default=None, metavar="DAY",
                          help="first day of the window (YYYY-MM-DD, or a number of days back as 30d)")
    backfill.add_argument("--until", type=_since, default=None, metavar="DAY",
                          help="last day of the window (default and at most: today in Asia/Jakarta)")
    backfill.add_argument("--only", action="append", metavar="SOURCE_ID", help="backfill only this source (repeatable)")
    backfill.add_argument("--max-new", type=_positive, default=None, metavar="N",
                          help="new articles per source in this run (default: no limit; the rest waits)")
    backfill.add_argument("--all-topics", action="store_true",
                          help="fetch every archive link in the window, without the topic filter")
    backfill.add_argument("-s", "--set", action="append", default=[], type=_setting, metavar="NAME=VALUE",
                          help="override a Scrapy setting")
    warc = backfill.add_argument_group("web archives (instead of --since)")
    warc.add_argument("--warc", nargs="+", metavar="PATH_OR_GLOB",
                      help="WARC / WARC.gz files: paths, globs, http(s):// or s3:// URLs (read as streams)")
    warc.add_argument("--all-hosts", action="store_true",
                      help="keep pages of every host, not only the sources file's outlets")
    warc.add_argument("--no-prefilter", action="store_true",
                      help="keep pages that name no election phrase (e.g. to restore a whole export-warc)")
    warc.add_argument("--dask", metavar="SCHEDULER_ADDRESS", default=None,
                      help="process the files on a Dask cluster (tcp://host:8786); with --workers and "
                           "without --dask, a local Dask cluster of that many workers")
    warc.add_argument("--parts", metavar="FOLDER_OR_URL", default=None,
                      help="with Dask: where workers write result parts, a folder or object store every worker "
                           "and this machine reach (default: <db>.parts beside the warehouse)")
    warc.add_argument("--batch-size", type=_positive, default=200, metavar="N",
                      help="articles per transaction (default: 200)")


def _backfill_window(args: argparse.Namespace) -> tuple[date, date]:
    """The window, checked: --since not after --until, and the topic patterns readable."""
    from crawlers.topic import TopicFileError, load_lexicon
    from warehouse.digest.weeks import jakarta_today

    until = min(args.until or jakarta_today(), jakarta_today())  # archives have nothing after today
    if args.since > until:
        raise _InputError(f"--since {args.since} is after --until {until}: the window would be empty")
    try:
        load_lexicon()
    except TopicFileError as exc:
        raise _InputError(str(exc)) from None
    return args.since, until


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        print("pantau: interrupted; what was stored is kept and the next run continues from there", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    from crawlers.sources import SourcesError
    from warehouse.db import WarehouseError

    try:
        if args.verb == "inspect":
            return _inspect(args)
        if args.verb in ("digest", "sql"):
            return _reader(args)
        if args.verb == "export-warc":
            return _export_warc(args)
        if args.verb == "backfill":
            _check_backfill_kind(args)
        db = (_db_for_writer(args.db) if args.verb in ("run", "crawl", "process", "backfill")
              else str(args.db or default_db()))
        if args.verb == "sources":
            return _sources(args, db)
        return _writer(args, db)
    except (SourcesError, WarehouseError, _InputError) as exc:
        print(f"pantau: {exc}", file=sys.stderr)
        return 2


class _InputError(ValueError):
    """Something the user gave cannot be used; the message says what to do."""


def _inspect(args: argparse.Namespace) -> int:
    """One page through extraction and analysis: no warehouse, no sources; the logic is pipeline.inspect."""
    import json

    from pipeline.inspect import InspectError, inspect, render

    try:
        report = inspect(args.page, url=args.url)
    except InspectError as exc:
        raise _InputError(str(exc)) from None
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else render(report))
    return 0


def _db_for_writer(db: Path | None) -> str:
    """An explicit --db must be in an existing folder (a typo never starts a new warehouse)."""
    if db is None:
        path = default_db()
        path.parent.mkdir(parents=True, exist_ok=True)
        return str(path)
    if not db.parent.resolve().is_dir():
        raise _InputError(f"--db {db}: the folder {db.parent} does not exist (create it first, "
                          "or leave --db out to use ./pantau-data/)")
    return str(db)


def _reader(args: argparse.Namespace) -> int:
    """digest and sql only read: no sources, no lock, no files in the working directory."""
    db = str(args.db or default_db())
    if args.verb == "digest":
        from warehouse.digest import write_digest

        files = write_digest(db, args.week, args.out, args.lang)
        for path in (files.markdown, files.html, *files.tables):
            print(path)
        return 0
    from warehouse.console import main as sql_main

    return sql_main(db, args.query, file=args.file, params=args.param, fmt=args.format, out=args.output,
                    max_rows=args.max_rows, show_list=args.list)


def _export_warc(args: argparse.Namespace) -> int:
    """Raw store -> WARC; reads the raw store only, so it runs beside a crawl."""
    from crawlers.rawstore import raw_store_path
    from crawlers.warc.export import export_warc

    db = args.db or default_db()
    if not raw_store_path(db).exists():
        raise _InputError(f"no raw store at {raw_store_path(db)}: nothing to export (run `pantau run` first)")
    if not args.out.parent.resolve().is_dir():
        raise _InputError(f"{args.out}: the folder {args.out.parent} does not exist")
    _setup_logging(args, live=False, debug_log=None)
    written = export_warc(raw_store_path(db), args.out, since=args.since)
    print(f"{args.out}: {written.articles} articles, {written.records} WARC records")
    return 0


def _check_backfill_kind(args: argparse.Namespace) -> None:
    """A backfill reads the outlets' archives (--since) or web archives (--warc), and takes only its options."""
    if (args.since is None) == (args.warc is None):
        raise _InputError("backfill needs either --since DAY (the outlets' archives) or --warc PATH_OR_GLOB... "
                          "(web archives)")
    crawl_only = [name for name, given in (("--until", args.until), ("--max-new", args.max_new),
                                            ("--all-topics", args.all_topics), ("-s", args.set)) if given]
    warc_only = [name for name, given in (("--all-hosts", args.all_hosts), ("--no-prefilter", args.no_prefilter),
                                           ("--dask", args.dask), ("--parts", args.parts)) if given]
    if args.warc is not None and crawl_only:
        raise _InputError(f"{', '.join(crawl_only)}: only for a backfill through the outlets' archives (--since)")
    if args.since is not None and warc_only:
        raise _InputError(f"{', '.join(warc_only)}: only for a backfill from web archives (--warc)")


def _warc_options(args: argparse.Namespace, sources: str | None) -> Any:
    """What `backfill --warc` reads and where it runs (here, a local Dask cluster, or a scheduler); None
    for a backfill through the outlets' archives (--since)."""
    from crawlers.warc.reader import WarcError, expand
    from pantau import jobs

    if args.warc is None:
        return None
    try:
        expand(args.warc)  # a path or glob that names nothing is refused before anything starts
    except WarcError as exc:
        raise _InputError(str(exc)) from None
    dask = args.dask or ("local" if args.workers else None)
    return jobs.WarcOptions(inputs=args.warc, sources_file=sources, only=args.only, all_hosts=args.all_hosts,
                            prefilter=not args.no_prefilter, dask=dask, workers=_workers(args), parts=args.parts,
                            batch_size=args.batch_size)


def _sources(args: argparse.Namespace, db: str) -> int:
    from crawlers.sources import load_sources

    configured = load_sources(args.sources, only=args.only)
    if args.probe:
        from crawlers.probe import mark_sources_file, print_probes, probe_sources

        _setup_logging(args, live=False, debug_log=None)
        results = probe_sources(configured)
        print_probes(results)
        if args.mark:
            from crawlers.sources import DEFAULT_SOURCES

            path = mark_sources_file(args.sources or DEFAULT_SOURCES, results)
            print(f"marked {len(results)} entries in {path}")
        return 0
    from warehouse.health import health_rows, print_table

    print_table(health_rows(configured, db))
    return 0


def _setup_logging(args: argparse.Namespace, *, live: bool, debug_log: Path | None) -> Any:
    """Configure the terminal and the debug log; return the rich Console when showing live progress."""
    from rich.console import Console

    from pantau import logs

    console = Console(stderr=True) if live else None
    logs.setup(level=logs.console_level(args.quiet, args.verbose), live=console, debug_log=debug_log)
    return console


def _workers(args: argparse.Namespace) -> int:
    from pipeline.pool import usable_cores

    return args.workers or usable_cores()


def _writer(args: argparse.Namespace, db: str) -> int:
    from crawlers.launch import CrawlFailed, CrawlOptions
    from crawlers.sources import SourcesError, load_sources
    from pantau import jobs
    from warehouse.db import WarehouseError, check_usable

    sources = str(args.sources) if args.sources else None
    load_sources(sources, only=getattr(args, "only", None))  # refuse a bad file before anything starts
    warc = _warc_options(args, sources) if args.verb == "backfill" else None
    window = _backfill_window(args) if args.verb == "backfill" and warc is None else None
    check_usable(db)
    debug_log = debug_log_for(db)
    live = not args.quiet and sys.stderr.isatty() and os.environ.get("TERM") != "dumb"
    console = _setup_logging(args, live=live, debug_log=debug_log)

    crawl = process = None
    if args.verb in ("run", "crawl"):
        crawl = CrawlOptions(sources_file=sources, only=args.only, since=args.since, max_new=args.max_new,
                             settings=dict(args.set), verbose=args.verbose)
    if window is not None:
        crawl = CrawlOptions(sources_file=sources, only=args.only, since=window[0], until=window[1],
                             max_new=args.max_new, settings=dict(args.set), verbose=args.verbose, backfill=True,
                             all_topics=args.all_topics)
    if args.verb in ("run", "process", "backfill"):
        mode = ("reprocess" if getattr(args, "reprocess", False)
                else "retry-failed" if getattr(args, "retry_failed", False)
                else "stale" if getattr(args, "stale", False) else "process")
        process = jobs.ProcessOptions(sources_file=sources, mode=mode, batch_size=getattr(args, "batch_size", 200),
                                      workers=_workers(args))
    command = args.verb if args.verb != "process" else process.mode  # type: ignore[union-attr]
    job = jobs.Job(db=db, command=command, crawl=crawl, process=process, warc=warc, debug_log=str(debug_log))
    try:
        if os.environ.get("PREFECT_API_URL"):
            from flows.run import run_as_flow

            run_as_flow(job)
        else:
            from crawlers.report import BACKFILL_FIGURES, FIGURES
            from pantau.progress import LiveReporter, PlainReporter, QuietReporter

            columns = BACKFILL_FIGURES if window is not None else FIGURES
            reporter = (QuietReporter() if args.quiet else LiveReporter(console, columns) if console
                        else PlainReporter(columns=columns))
            jobs.run_job(job, reporter)
    except CrawlFailed as exc:
        logger.error("%s", exc)
        return 1
    except (SourcesError, WarehouseError):
        raise
    except Exception:  # a bug: the traceback goes to the debug log, the terminal gets one line
        logger.debug("unexpected error", exc_info=True)
        print(f"pantau: internal error: {sys.exc_info()[1]!r}; the traceback is in {debug_log}", file=sys.stderr)
        return 1
    return 0
