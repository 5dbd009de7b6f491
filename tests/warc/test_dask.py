"""`backfill --warc` on Dask (a LocalCluster of 2 workers on loopback) fills the same warehouse as in-process."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from pipeline.dask_logging import QuietShutdown
from pipeline.distributed import dask_client
from tests.e2e.test_interrupted import _kill_after
from tests.e2e.test_run import pantau
from tests.support import sitegen
from tests.support.contents import contents
from tests.support.warcs import story_capture, write_warc
from tests.warc.test_backfill_warc import _archive


@pytest.fixture
def archives(tmp_path: Path) -> Path:
    folder = tmp_path / "warc"
    folder.mkdir()
    _archive(folder)
    start = datetime(2024, 1, 5, 3, 0, tzinfo=UTC)  # a third file: syndicated copies of the first one's stories
    write_warc(folder / "c.warc.gz", [story_capture("salinan.test", s, start + timedelta(hours=i), "Salinan")
                                      for i, s in enumerate(sitegen.STORIES["kabar_pusat"])])
    return folder


def test_a_local_dask_cluster_fills_the_same_warehouse_and_raw_store(archives: Path, tmp_path: Path):
    here, on_dask = tmp_path / "here.duckdb", tmp_path / "dask.duckdb"
    warcs = str(archives / "*.warc*")
    first = pantau("backfill", "--warc", warcs, "--all-hosts", "--db", str(here),
                   cwd=tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    second = pantau("backfill", "--warc", warcs, "--all-hosts", "--db", str(on_dask), "--workers", "2",
                    "--batch-size", "2", cwd=tmp_path)
    assert second.returncode == 0, second.stderr[-3000:]
    assert "Traceback" not in second.stderr
    expected = contents(here)
    assert len(expected["articles"]) == 10 and any(row[9] for row in expected["articles"])  # copies linked
    assert contents(on_dask) == expected
    assert not list(tmp_path.glob("dask.parts/*/*"))  # loaded parts are removed


def test_a_rerun_on_dask_adds_nothing(archives: Path, tmp_path: Path):
    db = tmp_path / "w.duckdb"
    args = ["backfill", "--warc", str(archives / "*.warc*"), "--all-hosts", "--db", str(db), "--workers", "2"]
    assert pantau(*args, cwd=tmp_path).returncode == 0
    before = contents(db)
    again = pantau(*args, cwd=tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    after = contents(db)
    assert after["raw store"] == before["raw store"]
    assert {t: len(rows) for t, rows in after.items()} == {t: len(rows) for t, rows in before.items()}


def test_a_dask_backfill_killed_while_loading_resumes_without_duplicates(archives: Path, tmp_path: Path):
    here, on_dask = tmp_path / "here.duckdb", tmp_path / "dask.duckdb"
    warcs = str(archives / "*.warc*")
    first = pantau("backfill", "--warc", warcs, "--all-hosts", "--db", str(here), cwd=tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    args = ["backfill", "--warc", warcs, "--all-hosts", "--db", str(on_dask), "--workers", "2", "--batch-size", "2"]
    assert _kill_after(args, tmp_path, "parts loaded")
    with duckdb.connect(str(on_dask), read_only=True) as con:
        loaded, distinct = con.execute("SELECT count(*), count(DISTINCT article_id) FROM stg_articles").fetchone()
        marked = con.execute("SELECT count(*) FROM processed_fetches").fetchone()[0]
    assert 0 < loaded == distinct == marked < 10  # whole parts only
    assert list(tmp_path.glob("dask.parts/*"))  # the killed run's parts are still there

    again = pantau(*args, cwd=tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    assert contents(on_dask) == contents(here)
    assert not list(tmp_path.glob("dask.parts/*"))  # the stale parts went with the run that found them


def test_a_heartbeat_cut_at_shutdown_is_not_logged_by_a_local_worker(caplog: pytest.LogCaptureFixture):
    plugin = QuietShutdown()
    plugin.setup(worker=None)
    worker_log = logging.getLogger("distributed.worker")
    try:
        with caplog.at_level(logging.INFO, logger="distributed.worker"):
            try:
                raise OSError("Stream is closed")
            except OSError:
                worker_log.exception("Failed to communicate with scheduler during heartbeat.")
                worker_log.exception("Compute Failed")
    finally:
        worker_log.removeFilter(plugin.cut)
    assert [r.getMessage() for r in caplog.records] == ["Compute Failed"]


def test_the_workers_of_a_local_cluster_carry_the_quiet_shutdown():
    with dask_client("local", 1) as client:
        installed = client.run(lambda: [type(f).__name__ for f in logging.getLogger("distributed.worker").filters])
    assert list(installed.values()) == [["CutHeartbeat"]]
