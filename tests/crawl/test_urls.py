"""URL rules: one canonical form per page, and only article-like links are fetched as articles."""

from __future__ import annotations

import pytest

from crawlers.sources import Source
from crawlers.urls import canonicalize, continuation_urls, is_article_candidate, same_site

SITE = Source(id="contoh", name="Contoh", base_url="https://www.contoh.co.id", listings=["/"])


@pytest.mark.parametrize("url, canonical", [
    ("https://www.contoh.co.id/read/1/asn-netral?utm_source=wa&utm_medium=share", "https://www.contoh.co.id/read/1/asn-netral"),
    ("https://www.contoh.co.id/read/1/asn-netral?fbclid=abc#komentar", "https://www.contoh.co.id/read/1/asn-netral"),
    ("https://WWW.Contoh.co.id:443/read/1/asn-netral", "https://www.contoh.co.id/read/1/asn-netral"),
    ("https://www.contoh.co.id/read/1/asn-netral/amp", "https://www.contoh.co.id/read/1/asn-netral"),
    ("https://www.contoh.co.id/amp/read/1/asn-netral", "https://www.contoh.co.id/read/1/asn-netral"),
    ("https://www.contoh.co.id/read/1/asn-netral?amp=1", "https://www.contoh.co.id/read/1/asn-netral"),
    ("https://www.contoh.co.id/read/1/asn-netral?page=2", "https://www.contoh.co.id/read/1/asn-netral?page=2"),
    ("https://www.contoh.co.id/indeks?kanal=politik&page=3", "https://www.contoh.co.id/indeks?kanal=politik&page=3"),
])
def test_canonical_forms(url, canonical):
    assert canonicalize(url) == canonical


@pytest.mark.parametrize("path", [
    "/read/2024/10/01/pj-gubernur-larang-asn-kampanye",
    "/berita/123456/asn-diminta-netral",
    "/news/2024/10/08/asn-netral",
    "/daerah/asn-pemkab-dilarang-hadir-kampanye.html",
])
def test_article_like_links_on_a_listing_are_candidates(path):
    assert is_article_candidate("https://www.contoh.co.id" + path, SITE, from_listing=True)


@pytest.mark.parametrize("path", [
    "/", "/tag/netralitas-asn", "/kategori/politik", "/kanal/daerah", "/penulis/rina-maharani",
    "/search?q=asn", "/cari/asn-netral", "/indeks", "/tentang-kami", "/redaksi", "/pedoman-media-siber",
    "/foto/2024/10/01/apel-netralitas-asn", "/video/apel-netralitas-asn-di-balai-kota",
    "/uploads/2024/10/apel-asn-netral.jpg", "/read/1/asn-netral?page=2", "/berita/page/2/",
])
def test_navigation_media_static_and_continuation_pages_are_not(path):
    assert not is_article_candidate("https://www.contoh.co.id" + path, SITE, from_listing=True)


def test_sitemaps_and_feeds_are_trusted_except_for_exclusions():
    assert is_article_candidate("https://www.contoh.co.id/p/123", SITE, from_listing=False)
    assert not is_article_candidate("https://www.contoh.co.id/tag/pemilu", SITE, from_listing=False)


def test_per_site_patterns_come_from_the_sources_file():
    strict = SITE.model_copy(update={"article_pattern": r"^/read/\d+/", "exclude_patterns": [r"^/read/\d+/iklan-"]})
    assert is_article_candidate("https://www.contoh.co.id/read/9/asn-netral", strict, from_listing=True)
    assert not is_article_candidate("https://www.contoh.co.id/berita/asn-netral-di-pemilu", strict, from_listing=True)
    assert not is_article_candidate("https://www.contoh.co.id/read/9/iklan-rumah-murah", strict, from_listing=True)


def test_links_to_other_sites_are_not_followed_but_subdomains_are():
    assert not same_site("https://www.lain.co.id/read/1/asn", SITE)
    assert same_site("https://contoh.co.id/read/1/asn", SITE)
    assert same_site("https://kaltim.contoh.co.id/read/1/asn", SITE)


def test_continuation_pages_take_the_common_forms():
    article = "https://www.contoh.co.id/read/1/asn-netral"
    assert {f"{article}?page=2", f"{article}/2"} <= continuation_urls(article, 2)
    assert f"{article}/3" in continuation_urls(f"{article}/2", 3)
