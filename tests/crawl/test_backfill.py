"""Backfills against a generated archive of our own: the window, the archive kinds, the filter, resuming."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from scrapy.http import HtmlResponse, Request

from benchmarks import archive_site
from crawlers.frontier import ArchivePage
from crawlers.launch import CrawlOptions, crawl
from crawlers.rawstore import RawStore, raw_store_path
from crawlers.sources import Source
from crawlers.spiders.archive import ArchiveSpider
from tests.support.sitegen import WIB, Story, _article_html, _file, _write

FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "LOG_LEVEL": "INFO"}
SINCE, UNTIL = date(2024, 2, 10), date(2024, 2, 16)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    outlets = archive_site.build(root / "site", per_day=2, share=0.08, start=date(2024, 1, 1), end=date(2024, 3, 31))
    sources, servers = archive_site.serve(root, outlets)
    yield {"root": root, "outlets": {o.id: o for o in outlets}, "servers": dict(zip([o.id for o in outlets], servers)),
           "sources": sources}
    for server in servers:
        server.stop()


def _requests(archive) -> dict[str, list[str]]:
    return {oid: list(server.requests) for oid, server in archive["servers"].items()}


def _clear(archive) -> None:
    for server in archive["servers"].values():
        server.requests.clear()


def _stored(db: Path) -> dict[str, set[str]]:
    with RawStore(raw_store_path(db), read_only=True) as store:
        stored: dict[str, set[str]] = {}
        for article in store.iter_articles():
            stored.setdefault(article.source_id, set()).add(urlsplit(article.url).path)
        return stored


def _in_window(outlet, planted: bool | None = None) -> set[str]:
    return {s.path for s in outlet.stories if SINCE <= s.day <= UNTIL and (planted is None or s.planted == planted)}


@pytest.fixture(scope="module")
def backfilled(archive, tmp_path_factory):
    db = tmp_path_factory.mktemp("backfill") / "pantau.duckdb"
    _clear(archive)
    result = crawl(db, CrawlOptions(sources_file=str(archive["sources"]), since=SINCE, until=UNTIL, backfill=True,
                                    settings=FAST))
    return {"db": db, "result": result, "requests": _requests(archive), "stored": _stored(db)}


def test_every_planted_story_of_the_window_is_stored(backfilled, archive):
    for outlet_id, outlet in archive["outlets"].items():
        planted = _in_window(outlet, planted=True)
        assert planted, outlet_id
        assert planted <= backfilled["stored"].get(outlet_id, set()), outlet_id


def test_dated_archives_are_read_for_the_window_only(backfilled):
    requests = backfilled["requests"]
    days = {p.split("/indeks/")[1][:10] for p in requests["warta_indeks"] if p.startswith("/indeks/")}
    assert days == {f"2024-02-{d:02d}" for d in range(10, 17)}
    sitemaps = {p for p in requests["suara_harian"] if p.startswith("/sitemap/")}
    assert sitemaps == {f"/sitemap/2024/02/{d:02d}.xml" for d in range(10, 17)}
    assert "/sitemap-2024-02.xml" in requests["kabar_arsip"]
    assert not {"/sitemap-2024-01.xml", "/sitemap-2024-03.xml"} & set(requests["kabar_arsip"])
    assert "/arsip/2024/02/" in requests["pos_daerah"] and "/arsip/2024/01/" not in requests["pos_daerah"]


def test_tag_pages_and_site_search_are_followed_page_by_page(backfilled, archive):
    """To their last page, though their stories were found in dated sitemaps already."""
    pages = -(-len(archive["outlets"]["suara_harian"].planted) // 10)
    assert pages >= 2
    assert f"/tag/netralitas-asn?page={pages}" in backfilled["requests"]["suara_harian"]
    assert "/cari?q=netralitas+ASN&page=2" in backfilled["requests"]["pos_daerah"]
    tagged = set(archive["outlets"]["suara_harian"].planted)  # the tag page lists every planted story, any day
    assert tagged <= backfilled["stored"]["suara_harian"]


def test_the_topic_filter_leaves_everyday_stories_unfetched(backfilled, archive):
    for outlet_id in ("warta_indeks", "suara_harian"):
        everyday = _in_window(archive["outlets"][outlet_id], planted=False)
        fetched = everyday & set(backfilled["requests"][outlet_id])
        assert len(fetched) < len(everyday) / 2, outlet_id
        assert backfilled["result"].figures[outlet_id]["filtered"] > 0


def test_figures_come_by_source_and_by_month(backfilled):
    result = backfilled["result"]
    assert set(result.figures) == {"kabar_arsip", "warta_indeks", "suara_harian", "pos_daerah"}
    february = result.months["2024-02"]
    assert february["pages"] >= 14 and february["new"] > 0 and february["filtered"] > 0
    assert sum(f["new"] for f in result.figures.values()) == sum(len(s) for s in backfilled["stored"].values())


def test_an_undated_page_keeps_the_day_its_archive_gave(backfilled, archive):
    undated = [s for s in archive["outlets"]["warta_indeks"].stories if s.undated and SINCE <= s.day <= UNTIL]
    assert undated
    with RawStore(raw_store_path(backfilled["db"]), read_only=True) as store:
        listed = {urlsplit(a.url).path: a.listed_date for a in store.iter_articles() if a.source_id == "warta_indeks"}
    for story in undated:
        assert listed[story.path] == story.day.isoformat()


def test_a_second_backfill_of_the_window_fetches_nothing_again(backfilled, archive):
    _clear(archive)
    again = crawl(backfilled["db"], CrawlOptions(sources_file=str(archive["sources"]), since=SINCE, until=UNTIL,
                                                 backfill=True, settings=FAST))
    asked = {p for paths in _requests(archive).values() for p in paths} - {"/robots.txt"}
    assert asked == set()
    assert sum(f["new"] for f in again.figures.values()) == 0


def test_without_the_filter_every_story_of_the_window_is_fetched(archive, tmp_path: Path):
    result = crawl(tmp_path / "all.duckdb", CrawlOptions(sources_file=str(archive["sources"]), only=["warta_indeks"],
                                                         since=SINCE, until=UNTIL, backfill=True, all_topics=True,
                                                         settings=FAST))
    assert _stored(tmp_path / "all.duckdb")["warta_indeks"] == _in_window(archive["outlets"]["warta_indeks"])
    assert result.figures["warta_indeks"]["filtered"] == 0


def test_a_killed_backfill_resumes_and_fetches_nothing_twice(archive, backfilled, tmp_path: Path):
    slow = [archive_site.LoopbackOutlet(o.folder, delay=0.05).start() for o in archive["outlets"].values()]
    try:
        sources = tmp_path / "sources.yaml"
        text = archive["sources"].read_text()
        for fast, server in zip(archive["servers"].values(), slow):
            text = text.replace(fast.base_url, server.base_url)
        sources.write_text(text)
        db = tmp_path / "killed.duckdb"
        raw = raw_store_path(db)
        command = [sys.executable, "-m", "crawlers.run", "--raw", str(raw), "--sources", str(sources), "--backfill",
                   "--since", SINCE.isoformat(), "--until", UNTIL.isoformat(),
                   *[arg for name, value in FAST.items() for arg in ("-s", f"{name}={value}")]]
        proc = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while _count(raw) < 15 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        completed = _completed(raw)
        total = sum(len(s) for s in backfilled["stored"].values())
        assert 15 <= len(completed["articles"]) < total, "the kill should land in the middle of the backfill"
        for server in slow:
            server.requests.clear()

        crawl(db, CrawlOptions(sources_file=str(sources), since=SINCE, until=UNTIL, backfill=True, settings=FAST))
        asked_again = {p for server in slow for p in server.requests}
        assert not asked_again & (completed["articles"] | completed["pages"])
        assert _stored(db) == backfilled["stored"]  # the same as a backfill that was never interrupted
    finally:
        for server in slow:
            server.stop()


def _count(raw: Path) -> int:
    if not raw.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{raw}?mode=ro", uri=True) as con:
            return con.execute("SELECT count(*) FROM fetches").fetchone()[0]
    except sqlite3.Error:
        return 0


def _completed(raw: Path) -> dict[str, set[str]]:
    """Paths (with query) of the articles stored and the archive pages marked read."""
    def path(url: str) -> str:
        parts = urlsplit(url)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    with sqlite3.connect(f"file:{raw}?mode=ro", uri=True) as con:
        articles = {path(u) for (u,) in con.execute("SELECT url FROM known_urls")}
        pages = {path(u) for (u,) in con.execute("SELECT url FROM backfill_pages WHERE state = 'done'")}
    return {"articles": articles, "pages": pages}


def _backfill_one_day(tmp_path: Path, site: Path, story: Story, archive: dict[str, list[str]]) -> list[str]:
    """Serve `site` with the story's page, backfill 14 February 2024 from `archive`; the paths requested."""
    _write(_file(site, story.path), _article_html(story, "Warta", "og"))
    server = archive_site.LoopbackOutlet(site).start()
    try:
        sources = tmp_path / "sources.yaml"
        sources.write_text(yaml.safe_dump({"sources": [{
            "id": "warta", "name": "Warta", "base_url": server.base_url, "feeds": ["/rss"], "archive": archive}]}))
        crawl(tmp_path / "r.duckdb", CrawlOptions(sources_file=str(sources), since=date(2024, 2, 14),
                                                  until=date(2024, 2, 14), backfill=True, settings=FAST))
        return list(server.requests)
    finally:
        server.stop()


def test_robots_txt_rules_archive_pages_as_it_rules_articles(tmp_path: Path):
    site = tmp_path / "site"
    story = Story("/read/123456/", "Camat Diperiksa karena Hadiri Deklarasi Paslon",
                  datetime(2024, 2, 14, 9, tzinfo=WIB), ["Isi berita."])
    _write(site / "robots.txt", "User-agent: *\nDisallow: /cari\n")
    _write(site / "indeks" / "2024-02-14", f'<html><body><a href="{story.path}">{story.title}</a></body></html>')
    requests = _backfill_one_day(tmp_path, site, story, {"listings": ["/indeks/{date:%Y-%m-%d}"],
                                                         "search": ["/cari?q={query}"]})
    assert not [p for p in requests if p.startswith("/cari")]
    assert {"/indeks/2024-02-14", story.path} <= set(requests)


def test_a_listing_that_repeats_itself_on_every_page_ends_its_pagination(tmp_path: Path):
    site = tmp_path / "site"
    story = Story("/read/654321/", "Lurah Dilaporkan Dukung Calon Wali Kota", datetime(2024, 2, 14, 9, tzinfo=WIB),
                  ["Isi berita."])
    for number, name in enumerate(("", "__page_2", "__page_3"), start=2):  # every page number gives page 1's stories
        _write(site / "indeks" / f"2024-02-14{name}", f'<html><body><a href="{story.path}">{story.title}</a>'
               f'<a href="/indeks/2024-02-14?page={number}">Berikutnya</a></body></html>')
    _write(site / "robots.txt", "User-agent: *\nAllow: /\n")
    requests = _backfill_one_day(tmp_path, site, story, {"listings": ["/indeks/{date:%Y-%m-%d}"]})
    assert [p for p in requests if p.startswith("/indeks/")] == ["/indeks/2024-02-14", "/indeks/2024-02-14?page=2"]


def test_stories_found_in_other_archives_do_not_end_a_tag_pages_pagination():
    spider = ArchiveSpider()
    spider.queued = {"http://warta.test/read/100001/", "http://warta.test/read/100002/"}  # a sitemap gave them
    spider.listing_seen = {}
    source = Source(id="warta", name="Warta", base_url="http://warta.test", feeds=["/rss"],
                    archive={"topics": ["/tag/netralitas-asn"]})
    page = ArchivePage("http://warta.test/tag/netralitas-asn", "warta", "topic")
    body = ('<html><body><a href="/read/100001/">Camat Diperiksa</a> <a href="/read/100002/">Lurah Dicopot</a>'
            '<a href="/tag/netralitas-asn?page=2">Berikutnya</a></body></html>')
    request = Request(page.url, meta={"listing_root": page.url, "depth_listing": 1})
    response = HtmlResponse(page.url, body=body.encode(), encoding="utf-8", request=request)
    _, next_pages = spider._read_archive_listing(response, page, source)
    assert [p.url for p in next_pages] == ["http://warta.test/tag/netralitas-asn?page=2"]
