"""A crawl window: links that sitemaps and feeds date before --since are never fetched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from crawlers.launch import CrawlOptions, crawl
from tests.support import sitegen
from tests.support.server import LoopbackOutlet
from tests.support.sitegen import _write

FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False"}
STORY = sitegen.STORIES["kabar_pusat"][0]


def _article(path: str) -> str:
    return sitegen._article_html(sitegen.Story(path, f"Berita {path}", STORY.published, STORY.paragraphs),
                                 "Arsip", "og")


@pytest.fixture(scope="module")
def dated_outlet(tmp_path_factory):
    """Old and new articles behind every kind of date an entry point can give."""
    root = tmp_path_factory.mktemp("window")
    site = root / "site"
    paths = {
        "old-lastmod": "2023-01-05T10:00:00+07:00", "new-lastmod": "2024-11-20T10:00:00+07:00",
        "old-news": None, "new-news": None, "undated": None,
    }
    for name in [*paths, "old-feed", "new-feed", "in-old-child"]:
        _write(site / "berita" / name, _article(f"/berita/{name}"))
    urls = "".join(f"<url><loc>{{{{base_url}}}}/berita/{name}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "")
                   + "</url>" for name, mod in paths.items() if not name.endswith("news"))
    news = "".join(f"<url><loc>{{{{base_url}}}}/berita/{name}</loc><news:news><news:publication_date>{day}"
                   "</news:publication_date><news:title>Judul</news:title></news:news></url>"
                   for name, day in (("old-news", "2022-12-31"), ("new-news", "2024-11-21T08:00:00Z")))
    _write(site / "sitemap-baru.xml", '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
                                      ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                                      + urls + news + "</urlset>")
    _write(site / "sitemap-lama.xml", '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                      "<url><loc>{{base_url}}/berita/in-old-child</loc></url></urlset>")
    _write(site / "sitemap.xml", '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                 "<sitemap><loc>{{base_url}}/sitemap-baru.xml</loc><lastmod>2024-11-21</lastmod></sitemap>"
                                 "<sitemap><loc>{{base_url}}/sitemap-lama.xml</loc><lastmod>2022-06-30</lastmod></sitemap>"
                                 "</sitemapindex>")
    _write(site / "rss.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Arsip</title>'
                             "<item><title>a</title><link>{{base_url}}/berita/old-feed</link>"
                             "<pubDate>Mon, 02 Jan 2023 09:00:00 +0700</pubDate></item>"
                             "<item><title>b</title><link>{{base_url}}/berita/new-feed</link>"
                             "<pubDate>Fri, 22 Nov 2024 09:00:00 +0700</pubDate></item></channel></rss>")
    _write(site / "robots.txt", "User-agent: *\nAllow: /\n")
    server = LoopbackOutlet(site).start()
    sources = root / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": [{"id": "arsip", "name": "Arsip", "base_url": server.base_url,
                                                    "sitemaps": ["/sitemap.xml"], "feeds": ["/rss.xml"]}]}))
    yield server, sources, root
    server.stop()


def _fetched(server: LoopbackOutlet) -> set[str]:
    return {p.rsplit("/", 1)[-1] for p in server.requests if p.startswith("/berita/")}


def test_links_dated_before_the_window_are_not_fetched(dated_outlet):
    server, sources, root = dated_outlet
    server.requests.clear()
    result = crawl(root / "a.duckdb", CrawlOptions(sources_file=str(sources), since=date(2024, 11, 1), settings=FAST))
    assert _fetched(server) == {"new-lastmod", "new-news", "new-feed", "undated"}
    assert "/sitemap-lama.xml" not in server.requests  # a child sitemap last changed before the window
    assert result.figures["arsip"]["old"] == 3
    assert result.figures["arsip"]["new"] == 4


def test_without_a_window_every_link_is_fetched(dated_outlet):
    server, sources, root = dated_outlet
    server.requests.clear()
    crawl(root / "b.duckdb", CrawlOptions(sources_file=str(sources), settings=FAST))
    assert len(_fetched(server)) == 8


def test_max_new_bounds_a_run_and_the_rest_waits_for_the_next(dated_outlet):
    server, sources, root = dated_outlet
    db = root / "c.duckdb"
    first = crawl(db, CrawlOptions(sources_file=str(sources), max_new=3, settings=FAST))
    assert (first.figures["arsip"]["new"], first.figures["arsip"]["deferred"]) == (3, 5)
    second = crawl(db, CrawlOptions(sources_file=str(sources), max_new=3, settings=FAST))
    assert (second.figures["arsip"]["known"], second.figures["arsip"]["new"]) == (3, 3)


def test_a_sources_file_can_give_every_source_a_window(dated_outlet, tmp_path: Path):
    server, sources, root = dated_outlet
    document = yaml.safe_load(sources.read_text())
    document["defaults"] = {"since_days": 10_000, "max_new_articles": 2}
    shared = tmp_path / "sources.yaml"
    shared.write_text(yaml.safe_dump(document))
    result = crawl(tmp_path / "d.duckdb", CrawlOptions(sources_file=str(shared), settings=FAST))
    assert result.figures["arsip"]["new"] == 2  # the file's limit; its window reaches back past every date
