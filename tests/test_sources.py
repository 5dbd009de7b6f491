"""The sources file: what ships, and how a broken file is reported.

The shipped `crawlers/sources.yaml` must cover the national press, regional outlets
across many provinces and the institutions that police ASN neutrality. A file that
cannot be used must fail before any crawl starts, with a `SourcesError` that names
the entry and the field at fault.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from crawlers.sources import DEFAULT_SOURCES, SourcesError, load_sources

# The 38 provinces by their full official names.
PROVINCES = {
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Sumatera Selatan",
    "Bengkulu", "Lampung", "Kepulauan Bangka Belitung", "Kepulauan Riau",
    "DKI Jakarta", "Jawa Barat", "Jawa Tengah", "Daerah Istimewa Yogyakarta",
    "Jawa Timur", "Banten", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
    "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur",
    "Kalimantan Utara", "Sulawesi Utara", "Sulawesi Tengah", "Sulawesi Selatan",
    "Sulawesi Tenggara", "Gorontalo", "Sulawesi Barat", "Maluku", "Maluku Utara",
    "Papua", "Papua Barat", "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
    "Papua Barat Daya",
}

VALID_ENTRY = """\
  - id: kaltimpost
    name: Kaltim Post
    province: Kalimantan Timur
    kind: regional
    base_url: https://kaltimpost.jawapos.com
    feeds: [/rss]
"""


def write_sources(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def load_error(path: Path, **kwargs) -> str:
    with pytest.raises(SourcesError) as excinfo:
        load_sources(path, **kwargs)
    return str(excinfo.value)


# ── The shipped file ─────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def shipped():
    return load_sources()


def test_shipped_file_loads_with_at_least_30_outlets(shipped):
    outlets = [s for s in shipped if s.kind in ("national", "regional")]
    assert len(outlets) >= 30


def test_shipped_file_covers_at_least_10_provinces(shipped):
    provinces = {s.province for s in shipped if s.kind == "regional"}
    assert len(provinces) >= 10


def test_shipped_file_includes_the_four_supervising_institutions(shipped):
    hosts = {urlsplit(s.base_url).hostname for s in shipped if s.kind == "institution"}
    for domain in ("menpan.go.id", "bkn.go.id", "bawaslu.go.id", "kemendagri.go.id"):
        assert any(h == domain or h.endswith("." + domain) for h in hosts), domain


def test_shipped_ids_are_unique_in_the_file_itself():
    entries = yaml.safe_load(DEFAULT_SOURCES.read_text(encoding="utf-8"))["sources"]
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids))


def test_regional_outlets_name_an_official_province_and_others_none(shipped):
    for source in shipped:
        if source.kind == "regional":
            assert source.province in PROVINCES, source.id
        else:
            assert source.province is None, source.id


def test_every_shipped_entry_point_is_an_absolute_http_url(shipped):
    for source in shipped:
        urls = [u for group in source.entry_urls.values() for u in group]
        assert urls, source.id
        for url in urls:
            assert urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc, (source.id, url)


@pytest.mark.parametrize(
    ("source_id", "article_path", "non_article_path"),
    [
        ("antara", "/berita/4019355/kpu-ri-sebut-pengumuman-hasil-pemilu-2024", "/indeks"),
        ("detik", "/pemilu/d-7250946/kpu-sahkan-suara-komeng", "/pemilu"),
        ("kompas", "/read/2022/09/15/081000326/pln-memasak-dengan-kompor-induksi", "/"),
        ("bawaslu", "/id/berita/bawaslu-temukan-19-masalah-dalam-pemungutan", "/id/berita"),
        ("kpu", "/berita/baca/8168/pengumuman-nomor-163-tahun-2024", "/berita/104/berita-terkini"),
    ],
)
def test_article_patterns_tell_articles_from_listings(shipped, source_id, article_path, non_article_path):
    source = next(s for s in shipped if s.id == source_id)
    assert re.search(source.article_pattern, article_path)
    assert not re.search(source.article_pattern, non_article_path)


def test_only_selects_the_named_sources():
    chosen = load_sources(only=["antara", "bkn"])
    assert sorted(s.id for s in chosen) == ["antara", "bkn"]


# ── A broken file is refused, naming the entry and the field ─────────────────


def test_missing_base_url_is_refused(tmp_path):
    path = write_sources(tmp_path, "sources:\n  - id: kaltimpost\n    name: Kaltim Post\n    feeds: [/rss]\n")
    message = load_error(path)
    assert "entry 1 (id: kaltimpost)" in message
    assert "'base_url'" in message


def test_base_url_with_a_path_is_refused(tmp_path):
    path = write_sources(
        tmp_path,
        "sources:\n  - id: kaltimpost\n    name: Kaltim Post\n"
        "    base_url: https://kaltimpost.jawapos.com/berita\n    feeds: [/rss]\n",
    )
    message = load_error(path)
    assert "entry 1 (id: kaltimpost)" in message
    assert "'base_url'" in message
    assert "without a path" in message


def test_an_id_outside_lowercase_letters_digits_and_underscore_is_refused(tmp_path):
    path = write_sources(tmp_path, "sources:\n" + VALID_ENTRY.replace("id: kaltimpost", "id: Kaltim-Post"))
    message = load_error(path)
    assert "entry 1 (id: Kaltim-Post)" in message
    assert "field 'id'" in message


def test_an_entry_without_sitemaps_feeds_or_listings_is_refused(tmp_path):
    path = write_sources(tmp_path, "sources:\n" + VALID_ENTRY.replace("    feeds: [/rss]\n", ""))
    message = load_error(path)
    assert "entry 1 (id: kaltimpost)" in message
    assert "sitemaps, feeds or listings" in message


def test_an_article_pattern_that_does_not_compile_is_refused(tmp_path):
    path = write_sources(tmp_path, "sources:\n" + VALID_ENTRY + "    article_pattern: '^/read/(\\d+'\n")
    message = load_error(path)
    assert "entry 1 (id: kaltimpost)" in message
    assert "'article_pattern'" in message
    assert "invalid regular expression" in message


def test_a_duplicate_id_is_refused_at_the_second_entry(tmp_path):
    path = write_sources(tmp_path, "sources:\n" + VALID_ENTRY + VALID_ENTRY)
    message = load_error(path)
    assert "entry 2 (id: kaltimpost)" in message
    assert "field 'id'" in message
    assert "duplicate" in message


def test_a_file_that_is_not_yaml_is_refused(tmp_path):
    path = write_sources(tmp_path, "sources:\n  - id: [unclosed\n    name: : :\n")
    message = load_error(path)
    assert str(path) in message
    assert "not valid YAML" in message


def test_a_missing_file_is_refused(tmp_path):
    path = tmp_path / "nowhere.yaml"
    message = load_error(path)
    assert "not found" in message
    assert str(path) in message


def test_only_with_an_unknown_id_is_refused_and_lists_the_known_ones(tmp_path):
    path = write_sources(tmp_path, "sources:\n" + VALID_ENTRY)
    message = load_error(path, only=["kaltimpost", "no_such_outlet"])
    assert "unknown source id(s) no_such_outlet" in message
    assert "known: kaltimpost" in message
