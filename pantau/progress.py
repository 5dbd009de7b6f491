"""How far a job has come: a live table and bars on a terminal, plain summary lines elsewhere.

A terminal gets a per-source crawl table (discovered / known / old / fetched / new /
failed / deferred) under an overall bar, then a processing bar with rate and ETA.
A backfill adds archive pages read and links filtered out, and a second table by
month. Cron, CI and Prefect workers get a summary line at most every `every` seconds
and the per-source (and per-month) figures at the end, which read well in a log file.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from rich.columns import Columns
from rich.console import Console, Group
from rich.live import Live
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table

from crawlers.launch import CrawlResult
from crawlers.report import BACKFILL_FIGURES, FIGURES, MONTH_FIGURES
from pipeline.process import ProcessResult

summary = logging.getLogger("pantau.progress.crawl")
per_source = logging.getLogger("pantau.progress.sources")  # the live table shows these, plain logs print them
per_month = logging.getLogger("pantau.progress.months")
report = logging.getLogger("pantau.report")

LABELS = {"old": "outside"}
"""Backfill column names where they differ: `old` counts links dated outside the window."""


def _totals(figures: dict[str, dict[str, Any]], columns: tuple[str, ...] = FIGURES) -> dict[str, int]:
    keys = set(columns) | set(FIGURES)
    return {k: sum(int(f.get(k) or 0) for f in figures.values()) for k in keys}


def _crawl_position(totals: dict[str, int]) -> tuple[int, int]:
    """(done, total) for the overall bar: article links to fetch this run, and those fetched or failed."""
    to_fetch = totals["discovered"] - totals["known"] - totals["old"] - totals["deferred"] - totals.get("filtered", 0)
    done = min(totals["fetched"] + totals["failed"], max(to_fetch, 0))
    return done, max(to_fetch, done, 1)


def _label(name: str, columns: tuple[str, ...]) -> str:
    return LABELS.get(name, name) if columns == BACKFILL_FIGURES else name


def _log_final_figures(figures: dict[str, dict[str, Any]], columns: tuple[str, ...] = FIGURES) -> None:
    for source_id, f in figures.items():
        per_source.info("source %s: %s", source_id,
                        ", ".join(f"{_label(k, columns)} {int(f.get(k) or 0)}" for k in columns))


def _log_months(months: dict[str, dict[str, int]]) -> None:
    for month, f in sorted(months.items()):
        per_month.info("month %s: %s", month,
                       ", ".join(f"{_label(k, BACKFILL_FIGURES)} {int(f.get(k) or 0)}" for k in MONTH_FIGURES))


def _log_processed(result: ProcessResult) -> None:
    """The totals; each failure was logged with its URL when it happened."""
    if result.todo:
        report.info("processed %d: %d articles (%d relevant), %d not articles, %d failed, %d copies linked",
                    result.todo, result.articles, result.relevant, result.not_articles, result.failed, result.copies)


class PlainReporter:
    """Summary lines for logs: what a cron job or a Prefect worker should print."""

    def __init__(self, every: float = 10.0, columns: tuple[str, ...] = FIGURES) -> None:
        self.every = every
        self.columns = columns
        self._last = 0.0
        self._months: dict[str, dict[str, int]] = {}

    def crawl_figures(self, figures: dict[str, dict[str, Any]]) -> None:
        now = time.monotonic()
        if now - self._last < self.every:
            return
        self._last = now
        totals = _totals(figures, self.columns)
        active = sum(1 for f in figures.values() if f.get("discovered") or f.get("failed") or f.get("pages"))
        months = f"; {len(self._months)} months reached" if self._months else ""
        summary.info("crawl: %d/%d sources answered; %s%s", active, len(figures),
                     ", ".join(f"{_label(k, self.columns)} {totals[k]}" for k in self.columns), months)

    def crawl_months(self, months: dict[str, dict[str, int]]) -> None:
        self._months = months

    def crawl_finished(self, result: CrawlResult) -> None:
        _log_final_figures(result.figures, self.columns)
        _log_months(result.months)

    def process_progress(self, done: int, total: int, result: ProcessResult) -> None:
        """The processing step logs a line per batch already."""

    def process_finished(self, result: ProcessResult) -> None:
        _log_processed(result)


class LiveReporter:
    """A live terminal view; leaves the final crawl table and processing bar on screen."""

    def __init__(self, console: Console, columns: tuple[str, ...] = FIGURES) -> None:
        self.console = console
        self.columns = columns
        self._figures: dict[str, dict[str, Any]] = {}
        self._months: dict[str, dict[str, int]] = {}
        self._crawl_bar = Progress(TextColumn("crawl  "), BarColumn(), MofNCompleteColumn(),
                                   TextColumn("articles fetched"), console=console)
        self._crawl_task = self._crawl_bar.add_task("crawl", total=1)
        self._process_bar = Progress(TextColumn("process"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                                     TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=console)
        self._process_task = None
        self._started = 0.0
        self._live: Live | None = None

    def _render(self) -> Group:
        if self._months:
            return Group(Columns([self._table(), self._month_table()], padding=(0, 4)), self._crawl_bar)
        return Group(self._table(), self._crawl_bar)

    def _table(self) -> Table:
        table = Table(box=None, pad_edge=False, header_style="bold")
        table.add_column("source")
        for name in self.columns:
            table.add_column(_label(name, self.columns), justify="right")
        rows = sorted(self._figures.items(), key=lambda kv: -(kv[1].get("discovered") or 0) - (kv[1].get("failed") or 0))
        room = max(self.console.size.height - 6, 5)
        shown, hidden = rows[:room], rows[room:]
        for source_id, f in shown:
            table.add_row(source_id, *(_cell(k, f.get(k)) for k in self.columns))
        if hidden:
            rest = _totals(dict(hidden), self.columns)
            table.add_row(f"… {len(hidden)} more", *(str(rest[k]) for k in self.columns), style="dim")
        return table

    def _month_table(self) -> Table:
        """The newest months that fit, with the older ones summed in one line."""
        table = Table(box=None, pad_edge=False, header_style="bold")
        table.add_column("month")
        for name in MONTH_FIGURES:
            table.add_column(_label(name, BACKFILL_FIGURES), justify="right")
        rows = sorted(self._months.items(), reverse=True)
        room = max(self.console.size.height - 6, 5)
        for month, f in rows[:room]:
            table.add_row(month, *(_cell(k, f.get(k)) for k in MONTH_FIGURES))
        if hidden := rows[room:]:
            rest = {k: sum(int(f.get(k) or 0) for _, f in hidden) for k in MONTH_FIGURES}
            table.add_row(f"… {len(hidden)} older", *(str(rest[k]) for k in MONTH_FIGURES), style="dim")
        return table

    def crawl_figures(self, figures: dict[str, dict[str, Any]]) -> None:
        self._figures = figures
        done, total = _crawl_position(_totals(figures, self.columns))
        self._crawl_bar.update(self._crawl_task, completed=done, total=total)
        if self._live is None:
            self._live = Live(self._render(), console=self.console, refresh_per_second=4, transient=False)
            self._live.start()
        else:
            self._live.update(self._render())

    def crawl_months(self, months: dict[str, dict[str, int]]) -> None:
        self._months = months

    def crawl_finished(self, result: CrawlResult) -> None:
        self._months = result.months or self._months
        if result.figures:
            self.crawl_figures(result.figures)
        if self._live is not None:
            self._live.stop()
            self._live = None
        _log_final_figures(result.figures, self.columns)
        _log_months(result.months)

    def process_progress(self, done: int, total: int, result: ProcessResult) -> None:
        if not total:
            return
        if self._process_task is None:
            self._started = time.monotonic()
            self._process_task = self._process_bar.add_task("process", total=total, rate="")
            self._process_bar.start()
        elapsed = time.monotonic() - self._started
        rate = f"{done / elapsed:.1f} articles/s" if done and elapsed > 0 else ""
        self._process_bar.update(self._process_task, completed=done, total=total, rate=rate)

    def process_finished(self, result: ProcessResult) -> None:
        if self._process_task is not None:
            self._process_bar.stop()
        _log_processed(result)


def _cell(name: str, value: Any) -> str:
    value = int(value or 0)
    if name == "failed" and value:
        return f"[red]{value}[/red]"
    if name == "new" and value:
        return f"[green]{value}[/green]"
    return str(value)


class QuietReporter:
    """-q: nothing but warnings and errors."""

    def crawl_figures(self, figures: dict[str, dict[str, Any]]) -> None:
        pass

    def crawl_months(self, months: dict[str, dict[str, int]]) -> None:
        pass

    def crawl_finished(self, result: CrawlResult) -> None:
        pass

    def process_progress(self, done: int, total: int, result: ProcessResult) -> None:
        pass

    def process_finished(self, result: ProcessResult) -> None:
        pass
