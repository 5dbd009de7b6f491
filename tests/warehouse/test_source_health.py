"""Source health: which outlets are failing, since when, and why."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from crawlers.sources import Source
from warehouse.db import connect
from warehouse.health import health_rows
from warehouse.migrate import migrate


def _runs(con, rows: list[dict]) -> None:
    con.register("_r", pa.Table.from_pylist(rows))
    con.execute("INSERT INTO crawl_stats BY NAME SELECT load_id, source_id, finished_at::TIMESTAMPTZ AS finished_at,"
                " discovered, failed, last_error FROM _r")
    con.unregister("_r")


def test_success_rate_last_success_and_the_current_failure_streak(tmp_path: Path):
    db = tmp_path / "h.duckdb"
    con = connect(db)
    migrate(con)
    _runs(con, [
        {"load_id": "1", "source_id": "kaltim", "finished_at": "2024-10-01 03:00+07", "discovered": 12, "failed": 0,
         "last_error": None},
        {"load_id": "2", "source_id": "kaltim", "finished_at": "2024-10-01 06:00+07", "discovered": 0, "failed": 1,
         "last_error": "http://k/rss.xml: HTTP 503"},
        {"load_id": "3", "source_id": "kaltim", "finished_at": "2024-10-01 09:00+07", "discovered": 0, "failed": 1,
         "last_error": "http://k/rss.xml: DNS lookup failed"},
        {"load_id": "1", "source_id": "jatim", "finished_at": "2024-10-01 03:00+07", "discovered": 0, "failed": 1,
         "last_error": "http://j/atom.xml: HTTP 404"},
        {"load_id": "2", "source_id": "jatim", "finished_at": "2024-10-01 06:00+07", "discovered": 4, "failed": 0,
         "last_error": None},
    ])
    health = {r[0]: r for r in con.execute(
        "SELECT source_id, runs, success_rate, strftime(last_success, '%H:%M'), consecutive_failures, last_error"
        " FROM source_health").fetchall()}
    con.close()
    assert health["kaltim"] == ("kaltim", 3, 0.333, "03:00", 2, "http://k/rss.xml: DNS lookup failed")
    assert health["jatim"] == ("jatim", 2, 0.5, "06:00", 0, "http://j/atom.xml: HTTP 404")

    sources = [Source(id=i, name=i, base_url="http://127.0.0.1:9", feeds=["/rss.xml"])
               for i in ("kaltim", "jatim", "baru")]
    rows = {r["id"]: r for r in health_rows(sources, db)}
    assert rows["kaltim"]["consecutive_failures"] == 2
    assert rows["baru"]["runs"] == 0  # configured but never crawled into this database
