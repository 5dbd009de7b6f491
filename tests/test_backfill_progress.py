"""A backfill's progress: by source and by month, live on a terminal and as plain lines elsewhere."""

from __future__ import annotations

import io
import logging

from rich.console import Console

from crawlers.launch import CrawlResult
from crawlers.report import BACKFILL_FIGURES, MONTH_FIGURES, CrawlReport
from pantau.progress import LiveReporter, PlainReporter

SOURCES = {"warta": {"pages": 12, "discovered": 40, "known": 2, "old": 3, "filtered": 25, "fetched": 10, "new": 9,
                     "failed": 1, "deferred": 0}}
MONTHS = {"2024-01": dict.fromkeys(MONTH_FIGURES, 0) | {"pages": 5, "new": 4},
          "2024-02": dict.fromkeys(MONTH_FIGURES, 0) | {"pages": 7, "new": 5, "filtered": 25}}


def test_the_crawler_counts_pages_and_links_by_month():
    sent = []
    report = CrawlReport(["warta"], lambda figures, months: sent.append(months), every=0)
    report.page("warta", "2024-02")
    report.filtered("warta", "2024-02")
    report.discovered("warta", False, "2024-02")
    report.fetched("warta", "2024-02")
    report.stored("warta", "2024-02")
    report.discovered("warta", False)  # outside a backfill: no month
    assert sent[-1] == {"2024-02": dict.fromkeys(MONTH_FIGURES, 0) | {"pages": 1, "discovered": 2, "filtered": 1,
                                                                       "fetched": 1, "new": 1}}
    assert report.figures["warta"].pages == 1 and report.figures["warta"].filtered == 1


def test_a_terminal_shows_a_table_by_source_and_one_by_month():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=200, height=40)
    reporter = LiveReporter(console, BACKFILL_FIGURES)
    reporter.crawl_months(MONTHS)
    reporter.crawl_figures(SOURCES)
    reporter.crawl_finished(CrawlResult(0, SOURCES, months=MONTHS))
    text = out.getvalue()
    for word in ("source", "outside", "filtered", "month", "2024-01", "2024-02", "warta"):
        assert word in text, word


def test_plain_lines_give_each_source_and_each_month(caplog):
    with caplog.at_level(logging.INFO, logger="pantau.progress"):
        PlainReporter(columns=BACKFILL_FIGURES).crawl_finished(CrawlResult(0, SOURCES, months=MONTHS))
    lines = [r.getMessage() for r in caplog.records]
    assert "source warta: pages 12, discovered 40, known 2, outside 3, filtered 25, fetched 10, new 9, failed 1, " \
           "deferred 0" in lines
    assert any(line.startswith("month 2024-01: pages 5,") for line in lines)
    assert any(line.startswith("month 2024-02: pages 7,") and "filtered 25" in line for line in lines)
