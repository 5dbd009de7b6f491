"""The crawler against our loopback outlets: what it must fetch, store and leave alone."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawlers.launch import CrawlFailed, CrawlOptions, crawl
from crawlers.rawstore import RawStore, raw_store_path

FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "LOG_LEVEL": "INFO"}


@pytest.fixture(scope="module")
def crawled(news_site, tmp_path_factory):
    db = tmp_path_factory.mktemp("crawl") / "pantau.duckdb"
    for server in news_site["servers"].values():
        server.requests.clear()
    first = crawl(db, CrawlOptions(sources_file=str(news_site["sources"]), settings=FAST))
    requests_first = {oid: list(s.requests) for oid, s in news_site["servers"].items()}
    for server in news_site["servers"].values():
        server.requests.clear()
    second = crawl(db, CrawlOptions(sources_file=str(news_site["sources"]), settings=FAST))
    requests_second = {oid: list(s.requests) for oid, s in news_site["servers"].items()}
    with RawStore(raw_store_path(db), read_only=True) as store:
        stored = list(store.iter_articles())
    return {"first": first, "second": second, "stored": stored,
            "requests_first": requests_first, "requests_second": requests_second}


def _paths(stored, source_id: str) -> list[str]:
    return sorted(urlsplit(a.url).path for a in stored if a.source_id == source_id)


def test_every_article_of_every_outlet_is_stored_once(crawled, news_site):
    for outlet, paths in news_site["expected"].items():
        assert _paths(crawled["stored"], outlet) == sorted(paths), outlet


def test_a_paginated_article_is_stored_as_one_fetch_with_both_pages(crawled):
    paged = [a for a in crawled["stored"] if "pakai-fasilitas-negara" in a.url]
    assert len(paged) == 1
    assert [p.page_no for p in paged[0].pages] == [1, 2]
    assert paged[0].pages[1].url.endswith("?page=2")


def test_tracking_parameters_and_amp_variants_do_not_become_articles(crawled):
    urls = [a.url for a in crawled["stored"]]
    assert not [u for u in urls if "utm_" in u or "/amp" in u]


def test_an_amp_page_found_first_leads_to_the_page_it_mirrors(crawled):
    paths = [urlsplit(a.url).path for a in crawled["stored"] if a.source_id == "suara_barat"]
    assert not [p for p in paths if p.startswith("/m/")]
    assert any(p.startswith("/m/") for p in crawled["requests_first"]["suara_barat"])


def test_robots_disallowed_paths_are_never_requested(crawled):
    assert not [p for p in crawled["requests_first"]["kabar_pusat"] if p.startswith("/cari/")]


def test_static_pages_tags_and_listings_are_not_stored_as_articles(crawled):
    paths = {urlsplit(a.url).path for a in crawled["stored"]}
    assert not paths & {"/", "/tentang-kami", "/redaksi", "/tag/pilkada", "/berita/", "/berita/page/2/"}
    assert not [p for p in crawled["requests_first"]["harian_selatan"] if p.startswith("/tag/")]


def test_listing_pagination_is_followed_to_the_last_page(crawled):
    assert "/berita/page/3/" in crawled["requests_first"]["harian_selatan"]


def test_per_source_figures_count_what_happened(crawled, news_site):
    figures = crawled["first"].figures
    assert set(figures) == set(news_site["expected"])
    for outlet, paths in news_site["expected"].items():
        assert figures[outlet]["new"] == len(paths), outlet
        assert figures[outlet]["failed"] == 0, (outlet, figures[outlet]["last_error"])


def test_a_second_crawl_rereads_entry_points_but_fetches_no_known_article(crawled, news_site):
    assert crawled["second"].returncode == 0
    assert sum(f["new"] for f in crawled["second"].figures.values()) == 0
    for outlet, paths in news_site["expected"].items():
        again = crawled["requests_second"][outlet]
        assert not set(paths) & set(again), outlet
        assert again, f"{outlet}: its feed/sitemap/listing should be read again"
    assert len(crawled["stored"]) == sum(len(p) for p in news_site["expected"].values())


def test_an_invalid_sources_file_stops_the_crawler_with_a_clear_message(tmp_path: Path):
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources:\n  - id: Bad-Id\n    name: x\n    base_url: http://127.0.0.1:9\n    feeds: [/rss]\n")
    with pytest.raises(CrawlFailed, match=r"exit status 2: pantau: .*entry 1.*'id'"):
        crawl(tmp_path / "x.duckdb", CrawlOptions(sources_file=str(bad), settings=FAST))
