"""The Prefect path: the same steps as flows and tasks give the same warehouse as the command line."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tests.e2e.test_run import pantau

FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False"}
VIEWS = ("articles", "official_mentions", "agency_mentions", "event_dates", "directives")


def _counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {v: con.execute(f"SELECT count(*) FROM {v}").fetchone()[0] for v in VIEWS}


def test_the_run_flow_builds_the_same_warehouse_as_the_command_line(prefect_server, news_site, tmp_path: Path):
    from flows.run import run_flow

    by_flow = tmp_path / "flow.duckdb"
    result = run_flow(db=str(by_flow), sources_file=str(news_site["sources"]), settings=FAST)
    assert result["process"]["articles"] == sum(len(p) for p in news_site["expected"].values())

    by_cli = tmp_path / "cli.duckdb"
    cli = pantau("run", "--sources", str(news_site["sources"]), "--db", str(by_cli),
                 *[arg for k, v in FAST.items() for arg in ("-s", f"{k}={v}")], cwd=tmp_path)
    assert cli.returncode == 0, cli.stderr[-2000:]
    assert _counts(by_flow) == _counts(by_cli)
    with duckdb.connect(str(by_flow), read_only=True) as con:
        assert con.execute("SELECT command, finished_at IS NOT NULL FROM load_runs").fetchall() == [("run", True)]
        sources = con.execute("SELECT count(DISTINCT source_id) FROM crawl_stats").fetchone()[0]
        assert sources == len(news_site["expected"])


def test_the_process_flow_reprocesses_from_the_raw_store(prefect_server, news_site, tmp_path: Path):
    from flows.run import crawl_flow, process_flow

    db = tmp_path / "w.duckdb"
    crawl_flow(db=str(db), sources_file=str(news_site["sources"]), settings=FAST)
    first = process_flow(db=str(db))
    again = process_flow(db=str(db), mode="reprocess")
    assert first["process"]["articles"] == again["process"]["articles"] == again["process"]["todo"] > 0
