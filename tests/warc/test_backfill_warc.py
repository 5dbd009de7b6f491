"""`pantau backfill --warc`: web archives of our own making in, the same warehouse rows out."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest
import yaml

from crawlers.rawstore import RawStore, raw_store_path
from crawlers.sources import load_sources
from crawlers.warc.hosts import Hosts
from crawlers.warc.ingest import ingest
from crawlers.warc.reader import WarcError, expand, open_stream
from tests.e2e.test_run import pantau
from tests.support import sitegen
from tests.support.server import LoopbackOutlet
from tests.support.warcs import Capture, story_capture, write_warc

PUSAT, SELATAN = sitegen.STORIES["kabar_pusat"], sitegen.STORIES["harian_selatan"]
CAPTURED = datetime(2024, 3, 2, 1, 2, 3, tzinfo=UTC)
PLAIN = (b"<html><head><title>Harga cabai turun</title></head><body><article><h1>Harga cabai turun</h1>"
         b"<p>Harga cabai rawit di pasar induk turun menjelang akhir pekan karena pasokan dari petani melimpah."
         b"</p></article></body></html>")


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": [
        {"id": "kabar_pusat", "name": "Kabar Pusat", "base_url": "https://kabarpusat.test", "sitemaps": ["/s.xml"]},
        {"id": "harian_selatan", "name": "Harian Selatan", "province": "Sulawesi Selatan",
         "base_url": "https://www.hariansel.test", "sitemaps": ["/s.xml"]},
    ]}))
    return path


def _archive(folder: Path) -> list[Path]:
    """Two files: our outlets' stories (one on a regional subdomain), a page of another host, a tag page,
    a 404, a page without any election word, and the non-page records archives carry."""
    first = write_warc(folder / "a.warc.gz", [
        *(story_capture("kabarpusat.test", s, CAPTURED) for s in PUSAT),
        story_capture("sulsel.hariansel.test", SELATAN[0], CAPTURED),
        story_capture("lain.test", SELATAN[1], CAPTURED),
        Capture("https://kabarpusat.test/tag/pemilu-2024", b"<html><body>Pemilu</body></html>", CAPTURED),
        Capture("https://kabarpusat.test/hilang", b"not found", CAPTURED, status=404),
        Capture("https://kabarpusat.test/ekonomi/cabai", PLAIN, CAPTURED),
    ])
    second = write_warc(folder / "b.warc", [story_capture("www.hariansel.test", s, CAPTURED) for s in SELATAN[1:]])
    return [first, second]


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_backfill_keeps_our_hosts_pages_and_processes_them_like_crawled_ones(sources: Path, tmp_path: Path):
    _archive(tmp_path)
    db = tmp_path / "w.duckdb"
    result = pantau("backfill", "--warc", str(tmp_path / "*.warc*"), "--sources", str(sources), "--db", str(db),
                    cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    got = _rows(db, "SELECT source_id, url, title, fetched_at FROM articles ORDER BY url")
    expected = sorted([("kabar_pusat", "https://kabarpusat.test" + s.path) for s in PUSAT]
                      + [("harian_selatan", "https://sulsel.hariansel.test" + SELATAN[0].path)]
                      + [("harian_selatan", "https://www.hariansel.test" + s.path) for s in SELATAN[1:]],
                      key=lambda r: r[1])
    assert [(s, u) for s, u, _, _ in got] == expected
    assert {t for *_, t, _ in got} == {s.title for s in PUSAT + SELATAN}
    assert {f for *_, f in got} == {CAPTURED}
    assert _rows(db, "SELECT DISTINCT discovered_via FROM raw_fetches") == [("warc",)]
    provinces = dict(_rows(db, "SELECT title, province FROM articles"))
    assert provinces[SELATAN[2].title] == "Sulawesi Selatan"  # the source entry went with the fetch
    assert "1 left out by the pre-filter" in result.stderr  # the page without an election word

    again = pantau("backfill", "--warc", str(tmp_path / "a.warc.gz"), str(tmp_path / "b.warc"),
                   "--sources", str(sources), "--db", str(db), cwd=tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    assert _rows(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(len(expected), len(expected))]


def test_every_host_is_kept_when_asked(sources: Path, tmp_path: Path):
    files = _archive(tmp_path)
    db = tmp_path / "w.duckdb"
    hosts = Hosts(load_sources(sources), all_hosts=True)
    result = ingest(db, [str(p) for p in files], hosts)
    assert result.by_source["lain_test"] == 1
    with RawStore(raw_store_path(db), read_only=True) as store:
        stored = {a.url: a for a in store.iter_articles()}
    other = stored["https://lain.test" + SELATAN[1].path]
    assert other.source == {"id": "lain_test", "name": "lain.test", "province": None, "base_url": "https://lain.test"}
    assert not any("/tag/" in url or url.endswith(".png") or "hilang" in url for url in stored)


def test_the_prefilter_can_be_turned_off(sources: Path, tmp_path: Path):
    files = _archive(tmp_path)
    hosts = Hosts(load_sources(sources))
    kept = ingest(tmp_path / "a.duckdb", [str(p) for p in files], hosts, prefilter=False)
    filtered = ingest(tmp_path / "b.duckdb", [str(p) for p in files], hosts)
    assert (kept.stored, kept.filtered) == (filtered.stored + 1, 0)


def test_a_remote_archive_is_read_as_one_stream(sources: Path, tmp_path: Path):
    folder = tmp_path / "served"
    folder.mkdir()
    _archive(folder)
    server = LoopbackOutlet(folder, content_types={"/a.warc.gz": "application/warc"}).start()
    try:
        db = tmp_path / "w.duckdb"
        url = server.base_url + "/a.warc.gz"
        with open_stream(url) as stream, pytest.raises(ValueError, match="Cannot seek streaming"):
            stream.seek(1000)  # a stream in arrival order, not a file read in ranges
        result = ingest(db, [url], Hosts(load_sources(sources)))
        assert result.stored == len(PUSAT) + 1
        assert set(server.requests) == {"/a.warc.gz"}
    finally:
        server.stop()


def test_bad_inputs_are_one_line_errors(sources: Path, tmp_path: Path):
    (tmp_path / "broken.warc.gz").write_bytes(gzip.compress(b"this is no archive"))
    with pytest.raises(WarcError, match="no file matches"):
        expand([str(tmp_path / "nothing-*.warc.gz")])
    missing = pantau("backfill", "--warc", str(tmp_path / "nothing-*.warc.gz"), "--sources", str(sources),
                     "--db", str(tmp_path / "w.duckdb"), cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.strip().splitlines() == [f"pantau: --warc {tmp_path}/nothing-*.warc.gz: no file matches"]
    broken = ingest(tmp_path / "w.duckdb", [str(tmp_path / "broken.warc.gz")], Hosts(load_sources(sources)))
    assert broken.unreadable == 1
