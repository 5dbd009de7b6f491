"""Faults a regional news web throws at the crawler: each is survived, reported, and isolated."""

from __future__ import annotations

import pytest
import yaml

from crawlers.launch import CrawlOptions, crawl
from crawlers.rawstore import RawStore, raw_store_path
from tests.support import sitegen
from tests.support.faulty import FAULTS, FaultyOutlet
from tests.support.logs import captured_logs
from tests.support.server import LoopbackOutlet
from tests.support.sitegen import _write

SETTINGS = {
    "DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_TIMEOUT": "1.5", "RETRY_TIMES": "2",
    "PANTAU_RETRY_BACKOFF_BASE": "0.1", "DOWNLOAD_MAXSIZE": "1000000", "REDIRECT_MAX_TIMES": "5",
}
GOOD = sitegen.STORIES["kabar_pusat"][:2]
RECOVERED = sitegen.STORIES["harian_selatan"][0]
MUST_FAIL = [f for f in FAULTS if f != "unavailable-retry-after"]


def _urlset(paths: list[str]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{{{{base_url}}}}{p}</loc></url>" for p in paths) + "</urlset>")


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory):
    root = tmp_path_factory.mktemp("faults")
    # An outlet whose sitemap leads to two good articles and one path per fault.
    rusak = root / "rusak"
    for story in GOOD:
        _write(sitegen._file(rusak, story.path), sitegen._article_html(story, "Rusak", "og"))
    malformed = "/berita/2024/10/01/halaman-dengan-html-yang-rusak-parah"
    _write(sitegen._file(rusak, malformed), "<html><head><title>Rusak<body><h1>ASN diminta netral<p>Paragraf "
                                             "tanpa penutup <div><p>Bupati meminta ASN netral. <b>tebal")
    fault_paths = [f"/fault/{name}/berita-{name}-netralitas-asn" for name in FAULTS]
    _write(rusak / "sitemap.xml", _urlset([s.path for s in GOOD] + [malformed] + fault_paths))
    _write(rusak / "robots.txt", "User-agent: *\nAllow: /\n")
    recovered = sitegen._article_html(RECOVERED, "Rusak", "og").replace("{{base_url}}", "").encode()
    # Broken XML: a truncated feed, a truncated sitemap, and a "sitemap" that is an error page.
    pecah = root / "pecah"
    _write(pecah / "rss.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
                              f'<item><title>a</title><link>{{{{base_url}}}}{GOOD[0].path}</link></item><item><title>b')
    _write(pecah / "sitemap.xml", "<?xml version='1.0'?><urlset><url><loc>{{base_url}}/a-b-c</loc></url")
    _write(pecah / "sitemap-error.xml", "<html><body><h1>502 Bad Gateway</h1></body></html>")
    _write(sitegen._file(pecah, GOOD[0].path), sitegen._article_html(GOOD[0], "Pecah", "og"))
    _write(pecah / "robots.txt", "User-agent: *\nAllow: /\n")
    # A huge sitemap: 50,000 links, of which only max_new_articles are fetched per run.
    besar = root / "besar"
    _write(besar / "sitemap.xml", _urlset([f"/berita/{i}/asn-netral-nomor-{i}" for i in range(50_000)]))
    _write(besar / "robots.txt", "User-agent: *\nAllow: /\n")

    servers = {
        "rusak": FaultyOutlet(rusak, hang_seconds=30.0, recovered_page=recovered).start(),
        "pecah": LoopbackOutlet(pecah).start(),
        "besar": LoopbackOutlet(besar).start(),
    }
    dead = LoopbackOutlet(root).start()
    dead_url = dead.base_url
    dead.stop()  # nothing listens there any more: connection refused
    entries = [
        {"id": "rusak", "name": "Rusak", "base_url": servers["rusak"].base_url, "sitemaps": ["/sitemap.xml"]},
        {"id": "pecah", "name": "Pecah", "base_url": servers["pecah"].base_url, "feeds": ["/rss.xml"],
         "sitemaps": ["/sitemap.xml", "/sitemap-error.xml"]},
        {"id": "besar", "name": "Besar", "base_url": servers["besar"].base_url, "sitemaps": ["/sitemap.xml"],
         "max_new_articles": 3},
        {"id": "mati", "name": "Mati", "base_url": dead_url, "feeds": ["/rss.xml"]},
    ]
    sources = root / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": entries}))
    db = root / "faults.duckdb"
    with captured_logs() as lines:
        result = crawl(db, CrawlOptions(sources_file=str(sources), settings=SETTINGS))
    with RawStore(raw_store_path(db), read_only=True) as store:
        stored = list(store.iter_articles())
    yield {"result": result, "stored": stored, "log": "\n".join(lines), "servers": servers}
    for server in servers.values():
        server.stop()


def test_the_crawl_finishes_normally_whatever_the_sites_do(faulty_crawl):
    assert faulty_crawl["result"].returncode == 0


def test_good_pages_next_to_bad_ones_are_stored(faulty_crawl):
    urls = {a.url.split("/", 3)[3] for a in faulty_crawl["stored"] if a.source_id == "rusak"}
    assert {s.path.lstrip("/") for s in GOOD} <= urls
    assert "berita/2024/10/01/halaman-dengan-html-yang-rusak-parah" in urls


def test_a_503_with_retry_after_is_retried_and_then_stored(faulty_crawl):
    urls = [a.url for a in faulty_crawl["stored"]]
    assert any("unavailable-retry-after" in u for u in urls)
    assert faulty_crawl["servers"]["rusak"].requests.count(
        "/fault/unavailable-retry-after/berita-unavailable-retry-after-netralitas-asn") == 2


@pytest.mark.parametrize("fault", MUST_FAIL)
def test_each_fault_is_a_logged_failure_with_its_url(faulty_crawl, fault):
    assert not [a for a in faulty_crawl["stored"] if f"/fault/{fault}/" in a.url]
    failures = [line for line in faulty_crawl["log"].splitlines() if "failed [rusak]" in line]
    assert any(f"/fault/{fault}/" in line for line in failures), fault


REASONS = {
    "not-found": "HTTP 404", "gone": "HTTP 410", "server-error": "HTTP 500",
    "unavailable-long-retry-after": "HTTP 503", "timeout": "took longer than", "reset": "ConnectionLost",
    "drip": "took longer than", "redirect-loop": "max redirections", "oversized": "larger than download max size",
    "binary-as-html": "not an HTML page", "empty-200": "not an HTML page", "gzip-bomb": "exceeded DOWNLOAD_MAXSIZE",
}


@pytest.mark.parametrize("fault", MUST_FAIL)
def test_each_failure_says_what_went_wrong(faulty_crawl, fault):
    lines = faulty_crawl["log"].splitlines()
    line = next(ln for ln in lines if "failed [rusak]" in ln and f"/fault/{fault}/" in ln)
    assert REASONS[fault] in line


def test_the_figures_count_every_failure(faulty_crawl):
    rusak = faulty_crawl["result"].figures["rusak"]
    assert rusak["failed"] == len(MUST_FAIL), faulty_crawl["log"]
    assert rusak["new"] == len(GOOD) + 2  # the malformed page and the recovered one


def test_broken_feeds_and_sitemaps_do_not_stop_the_source(faulty_crawl):
    pecah = faulty_crawl["result"].figures["pecah"]
    assert pecah["new"] == 1  # the truncated feed still gave its complete item
    assert pecah["discovered"] == 2  # ... and the truncated sitemap its complete entry
    assert "sitemap-error.xml: not a sitemap" in faulty_crawl["log"]


def test_a_dead_outlet_is_reported_and_the_others_go_on(faulty_crawl):
    mati = faulty_crawl["result"].figures["mati"]
    assert mati["failed"] == 2 and "rss.xml" in mati["last_error"]  # its robots.txt, then its feed
    failures = [line for line in faulty_crawl["log"].splitlines() if "failed [mati]" in line]
    assert len(failures) == 2 and "robots.txt unreadable" in failures[0]


def test_a_sitemap_of_fifty_thousand_links_is_read_and_the_run_stays_bounded(faulty_crawl):
    besar = faulty_crawl["result"].figures["besar"]
    assert besar["discovered"] == 50_000
    assert besar["deferred"] == 50_000 - 3
    assert len(faulty_crawl["servers"]["besar"].requests) <= 3 + 2  # robots.txt + sitemap + 3 articles
