"""A backfill on a Prefect server: the command line's job runs as the backfill flow, with the same steps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from benchmarks import archive_site
from crawlers.launch import CrawlOptions
from pantau import jobs

FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    outlets = archive_site.build(root / "site", per_day=2, start=date(2024, 2, 1), end=date(2024, 2, 29))
    sources, servers = archive_site.serve(root, outlets)
    yield {"outlets": {o.id: o for o in outlets}, "sources": sources}
    for server in servers:
        server.stop()


def test_a_backfill_job_runs_as_the_backfill_flow(prefect_server, archive, tmp_path: Path):
    from flows.run import run_as_flow

    db = tmp_path / "flow.duckdb"
    crawl = CrawlOptions(sources_file=str(archive["sources"]), only=["warta_indeks"], since=date(2024, 2, 12),
                         until=date(2024, 2, 14), settings=FAST, backfill=True, all_topics=True)
    result = run_as_flow(jobs.Job(db=str(db), command="backfill", crawl=crawl,
                                  process=jobs.ProcessOptions(sources_file=str(archive["sources"]))))
    assert result["crawl"]["warta_indeks"]["new"] == 6  # three days, two stories a day, no filter
    assert result["process"]["articles"] == 6
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT command FROM load_runs").fetchall() == [("backfill",)]
        assert con.execute("SELECT count(*) FROM crawl_stats").fetchone()[0] == 0  # source health is for run
