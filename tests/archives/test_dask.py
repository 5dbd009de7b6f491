"""`backfill --warc` on Dask (a LocalCluster of 2 workers on loopback) fills the same warehouse as in-process."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from crawlers.rawstore import RawStore, raw_store_path
from tests.archives.test_backfill_warc import _archive
from tests.e2e.test_interrupted import _kill_after
from tests.e2e.test_run import pantau
from tests.support import sitegen
from tests.support.warcs import story_capture, write_warc

TABLES = {
    "raw_fetches": "fetch_id, article_id, url, canonical_url, source_id, discovered_via, discovered_from, fetched_at,"
                   " n_pages, status",
    "processed_fetches": "fetch_id, article_id, outcome, error",
    "articles": "article_id, url, source_id, title, published_date, text, is_relevant, province, election,"
                " duplicate_of, fetched_at",
    "directives": "article_id, seq, kind, sentence, actor, target, behaviours, legal_bases",
    "official_mentions": "article_id, name, role, agency",
    "agency_mentions": "article_id, agency, acronym, surface",
    "event_dates": "article_id, event_date",
    "syn_signatures": "article_id, minhash",
    "syn_pending": "article_id",
}


def _contents(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        tables = {t: con.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall() for t, cols in TABLES.items()}
    with RawStore(raw_store_path(db), read_only=True) as store:
        tables["raw store"] = [(a.fetch_id, a.article_id, a.source_id, a.url, a.key_url, a.discovered_from,
                                [(p.url, p.fetched_at, p.body) for p in a.pages]) for a in store.iter_articles()]
    return tables


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
    expected = _contents(here)
    assert len(expected["articles"]) == 10 and any(row[9] for row in expected["articles"])  # copies linked
    assert _contents(on_dask) == expected
    assert not list(tmp_path.glob("dask.parts/*/*"))  # loaded parts are removed


def test_a_rerun_on_dask_adds_nothing(archives: Path, tmp_path: Path):
    db = tmp_path / "w.duckdb"
    args = ["backfill", "--warc", str(archives / "*.warc*"), "--all-hosts", "--db", str(db), "--workers", "2"]
    assert pantau(*args, cwd=tmp_path).returncode == 0
    before = _contents(db)
    again = pantau(*args, cwd=tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    after = _contents(db)
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
    assert _contents(on_dask) == _contents(here)
    assert not list(tmp_path.glob("dask.parts/*"))  # the stale parts went with the run that found them
