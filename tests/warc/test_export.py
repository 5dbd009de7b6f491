"""`pantau export-warc`: the raw store as a standard WARC that any reader replays and backfill restores."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import duckdb
import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.e2e.test_run import FAST, pantau

VIEWS = ("articles", "official_mentions", "agency_mentions", "event_dates", "directives", "incidents",
         "trends_articles", "trends_directives", "trends_weeks")


def _counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {v: con.execute(f"SELECT count(*) FROM {v}").fetchone()[0] for v in VIEWS}


@pytest.fixture(scope="module")
def exported(news_site, tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("export")
    db = work / "crawled.duckdb"
    run = pantau("run", "--sources", str(news_site["sources"]), "--db", str(db), *FAST, cwd=work)
    assert run.returncode == 0, run.stderr[-3000:]
    out = work / "pantau.warc.gz"
    result = pantau("export-warc", "--db", str(db), str(out), cwd=work)
    assert result.returncode == 0, result.stderr[-3000:]
    return {"db": db, "out": out, "work": work, "stdout": result.stdout}


def test_the_export_is_a_wellformed_warc_with_payload_digests(exported):
    kinds: dict[str, int] = {}
    with exported["out"].open("rb") as handle:
        for record in ArchiveIterator(handle, check_digests=True):
            kinds[record.rec_type] = kinds.get(record.rec_type, 0) + 1
            if record.rec_type == "response":
                body = record.content_stream().read()
                digest = record.rec_headers.get_header("WARC-Payload-Digest")
                assert digest == "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode()
                assert record.rec_headers.get_header("WARC-Block-Digest")
                assert record.http_headers.get_statuscode() == "200"
                assert record.rec_headers.get_header("WARC-Date").startswith("20")
    with duckdb.connect(str(exported["db"]), read_only=True) as con:
        fetches, pages = con.execute("SELECT count(*), sum(n_pages) FROM raw_fetches").fetchone()
    assert kinds == {"warcinfo": 1, "metadata": fetches, "response": pages}
    assert f"{fetches} articles, {1 + fetches + pages} WARC records" in exported["stdout"]


def test_backfilling_the_export_into_an_empty_warehouse_gives_the_same_views(exported, news_site):
    db = exported["work"] / "restored.duckdb"
    result = pantau("backfill", "--warc", str(exported["out"]), "--no-prefilter",
                    "--sources", str(news_site["sources"]), "--db", str(db), cwd=exported["work"])
    assert result.returncode == 0, result.stderr[-3000:]
    assert _counts(db) == _counts(exported["db"])
    with duckdb.connect(str(db), read_only=True) as restored, \
            duckdb.connect(str(exported["db"]), read_only=True) as first:
        query = "SELECT article_id, source_id, url, fetched_at, province, is_relevant FROM articles ORDER BY ALL"
        assert restored.execute(query).fetchall() == first.execute(query).fetchall()


def test_with_the_prefilter_the_relevant_views_are_the_same(exported):
    db = exported["work"] / "filtered.duckdb"
    result = pantau("backfill", "--warc", str(exported["out"]), "--all-hosts", "--db", str(db), cwd=exported["work"])
    assert result.returncode == 0, result.stderr[-3000:]
    relevant = [v for v in VIEWS if v.startswith("trends_")] + ["incidents", "directives"]
    assert {v: _counts(db)[v] for v in relevant} == {v: _counts(exported["db"])[v] for v in relevant}


def test_since_limits_the_export_to_recent_fetches(exported, tmp_path: Path):
    out = tmp_path / "none.warc"
    result = pantau("export-warc", "--db", str(exported["db"]), "--since", "2999-01-01", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    with out.open("rb") as handle:
        assert [r.rec_type for r in ArchiveIterator(handle)] == ["warcinfo"]


def test_export_without_a_raw_store_is_refused_in_one_line(tmp_path: Path):
    result = pantau("export-warc", "--db", str(tmp_path / "none.duckdb"), str(tmp_path / "x.warc.gz"), cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "no raw store" in result.stderr
