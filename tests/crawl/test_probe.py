"""`pantau sources --probe`: each entry point fetched once, a sample article read, the truth told."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from crawlers.probe import mark_sources_file, probe_sources
from crawlers.sources import load_sources
from tests.e2e.test_run import pantau
from tests.support.server import LoopbackOutlet


@pytest.fixture(scope="module")
def probed(news_site, tmp_path_factory):
    """The test web's four outlets, plus a dead host and an outlet whose entries are all wrong."""
    root = tmp_path_factory.mktemp("probe")
    dead = LoopbackOutlet(root).start()
    dead_url = dead.base_url
    dead.stop()
    document = yaml.safe_load(news_site["sources"].read_text())
    good = next(s for s in document["sources"] if s["id"] == "harian_selatan")["base_url"]
    document["sources"] += [
        {"id": "mati", "name": "Mati", "base_url": dead_url, "feeds": ["/rss.xml"]},
        {"id": "salah", "name": "Salah", "base_url": good, "feeds": ["/tidak-ada.xml"],
         "sitemaps": ["/tentang-kami/"], "listings": ["/redaksi/"]},
    ]
    sources = root / "sources.yaml"
    sources.write_text("# the test web, probed\n" + yaml.safe_dump(document, sort_keys=False))
    for server in news_site["servers"].values():
        server.requests.clear()
    results = {r.source_id: r for r in probe_sources(load_sources(sources))}
    requests = {oid: list(s.requests) for oid, s in news_site["servers"].items()}
    return {"results": results, "sources": sources, "requests": requests}


@pytest.mark.parametrize("outlet, kind", [("kabar_pusat", "sitemap"), ("warta_timur", "feed"),
                                          ("suara_barat", "feed"), ("harian_selatan", "listing")])
def test_a_working_outlet_gives_article_links_and_a_sample_that_extracts(probed, news_site, outlet, kind):
    result = probed["results"][outlet]
    assert result.verdict == "ok"
    entry = next(e for e in result.entries if e.kind == kind)
    assert entry.status == 200 and entry.links >= 1  # a listing's first page only: the probe does not paginate
    assert result.sample is not None and result.sample.status == 200
    assert result.sample.note.startswith("title '") and "characters of text" in result.sample.note


def test_a_sitemap_index_is_followed_to_its_newest_child_only(probed):
    entry = next(e for e in probed["results"]["kabar_pusat"].entries if e.kind == "sitemap")
    assert "index of 2 sitemaps" in entry.note
    sitemaps = [p for p in probed["requests"]["kabar_pusat"] if "sitemap" in p]
    assert sitemaps == ["/sitemap_index.xml", "/sitemap-news.xml"] or sitemaps == ["/sitemap_index.xml",
                                                                                  "/sitemap-halaman.xml"]


def test_each_entry_point_is_fetched_once(probed):
    for outlet, requests in probed["requests"].items():
        if outlet == "harian_selatan":
            continue  # shares its host (and robots.txt) with the misconfigured outlet
        articles = ("/news/", "/read/", "/nasional/", "/berita/20", "/daerah/")
        entries = [p for p in requests if not p.startswith(articles)]
        assert len(entries) == len(set(entries)), (outlet, requests)


def test_a_dead_host_is_dead(probed):
    result = probed["results"]["mati"]
    assert result.verdict == "dead" and result.sample is None
    assert all(e.status is None and "ConnectError" in e.note for e in result.entries)


def test_misconfigured_entries_say_what_is_wrong(probed):
    result = probed["results"]["salah"]
    notes = {e.kind: (e.status, e.note) for e in result.entries}
    assert result.verdict == "dead"
    assert notes["feed"] == (404, "HTTP 404")
    assert notes["sitemap"][0] == 200 and "not a sitemap" in notes["sitemap"][1]
    assert notes["listing"] == (200, "no article links")


def test_marking_writes_each_verdict_into_the_sources_file_and_keeps_its_comments(probed, tmp_path: Path):
    copy = tmp_path / "sources.yaml"
    copy.write_text(probed["sources"].read_text())
    mark_sources_file(copy, list(probed["results"].values()))
    text = copy.read_text()
    assert text.startswith("# the test web, probed")
    marked = {s["id"]: s["probe"] for s in yaml.safe_load(text)["sources"]}
    assert " ok: " in marked["warta_timur"] and " dead: 0 article links" in marked["mati"]
    assert "feed HTTP 404" in marked["salah"]
    assert len(load_sources(copy)) == len(marked)  # still a valid sources file


def test_the_command_prints_a_block_per_source(probed, tmp_path: Path):
    result = pantau("sources", "--probe", "--sources", str(probed["sources"]), "--only", "salah", "--only",
                    "warta_timur", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warta_timur: ok" in result.stdout and "salah: dead (0 article links)" in result.stdout
    assert "/tidak-ada.xml  (HTTP 404)" in result.stdout
