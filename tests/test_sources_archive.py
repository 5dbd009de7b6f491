"""Archive entry points in the sources file: checked before a backfill starts, and the shipped ones usable."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawlers.archive import parse_template
from crawlers.sources import SourcesError, load_sources
from crawlers.topic import load_lexicon
from crawlers.urls import same_site

ENTRY = """\
sources:
  - id: warta
    name: Warta Contoh
    base_url: https://warta.test
    feeds: [/rss]
    archive:
{archive}
"""


def _load(tmp_path: Path, archive: str):
    path = tmp_path / "sources.yaml"
    path.write_text(ENTRY.format(archive=archive), encoding="utf-8")
    return load_sources(path)


def _error(tmp_path: Path, archive: str) -> str:
    with pytest.raises(SourcesError) as excinfo:
        _load(tmp_path, archive)
    return str(excinfo.value)


def test_every_kind_of_archive_entry_is_read(tmp_path: Path):
    (source,) = _load(tmp_path, "      sitemaps: [/sitemap-index.xml]\n"
                                "      listings: ['/indeks/{date:%Y-%m-%d}']\n"
                                "      topics: ['/tag/{slug}', /topik/pemilu]\n"
                                "      search: ['/cari?q={query}']\n"
                                "      max_pages: 8\n")
    assert source.archive.listings == ["/indeks/{date:%Y-%m-%d}"]
    assert source.archive.max_pages == 8


@pytest.mark.parametrize("archive, says", [
    ("      listings: [/indeks]\n", "names no date"),
    ("      search: [/cari]\n", "takes no search term"),
    ("      listings: ['/indeks/{tanggal}']\n", "unknown placeholder"),
    ("      listing: ['/indeks/{date}']\n", "Extra inputs are not permitted"),
    ("      max_pages: 9\n", "needs at least one of"),
    ("      topics: ['/tag/{slug']\n", "unbalanced braces"),
])
def test_a_broken_archive_entry_names_the_entry_and_field(tmp_path: Path, archive: str, says: str):
    message = _error(tmp_path, archive)
    assert "entry 1 (id: warta)" in message and "'archive" in message and says in message, message


@pytest.fixture(scope="module")
def shipped_archives():
    return [s for s in load_sources() if s.archive]


def test_the_shipped_file_gives_archives_to_many_outlets(shipped_archives):
    assert len(shipped_archives) >= 30
    kinds = {kind for s in shipped_archives for kind in ("sitemaps", "listings", "topics", "search")
             if getattr(s.archive, kind)}
    assert kinds == {"sitemaps", "listings", "topics", "search"}


def test_every_shipped_archive_template_expands_to_a_url_on_its_outlet(shipped_archives):
    term = load_lexicon().search_terms[0]
    for source in shipped_archives:
        archive = source.archive
        for text in archive.sitemaps + archive.listings + archive.topics + archive.search:
            url = source.absolute(parse_template(text).render(date(2024, 2, 14), term))
            assert urlsplit(url).scheme in ("http", "https") and "{" not in url, (source.id, url)
            assert same_site(url, source), (source.id, url)
