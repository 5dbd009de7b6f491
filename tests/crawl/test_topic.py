"""The topic filter judges archive links by what the archive shows of them, and keeps what it cannot judge."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers.discovery import Link
from crawlers.topic import TopicFileError, load_lexicon, slug_words

NUMERIC = "https://warta.test/read/123456/"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize("title", [
    "Sekda Ingatkan Pegawai Pemkot Jaga Jarak dari Politik Praktis",
    "Camat Diperiksa Usai Hadiri Deklarasi Pasangan Calon",
    "Kades Terancam Diberhentikan",
    "Bawaslu Telusuri Foto Pejabat Bersama Kandidat",
])
def test_stories_about_civil_servants_in_elections_are_kept(lexicon, title: str):
    assert lexicon.keeps(lexicon.score(Link(NUMERIC, title=title)))


@pytest.mark.parametrize("title", [
    "Harga Bawang Merah Turun di Pasar Induk",
    "Tim Voli Putri Melaju ke Final Kejurnas",
    "Gubernur Resmikan Jembatan Gantung di Pedalaman",
])
def test_everyday_stories_are_filtered(lexicon, title: str):
    assert not lexicon.keeps(lexicon.score(Link(NUMERIC, title=title)))


def test_a_link_that_shows_too_little_is_always_kept(lexicon):
    for link in (Link(NUMERIC), Link(NUMERIC, title="Selengkapnya"), Link("https://warta.test/berita/2024/02/14/77")):
        assert lexicon.score(link) is None
        assert lexicon.keeps(None)


def test_the_slug_speaks_when_there_is_no_title(lexicon):
    on_topic = Link("https://warta.test/nasional/2024/02/14/lurah-dilaporkan-dukung-paslon-wali-kota")
    off_topic = Link("https://warta.test/olahraga/2024/02/14/tim-voli-putri-melaju-ke-final")
    assert lexicon.keeps(lexicon.score(on_topic))
    assert not lexicon.keeps(lexicon.score(off_topic))


def test_section_names_in_the_path_are_not_headline_words():
    assert slug_words("https://warta.test/news/nasional/politik/123456") == []
    assert slug_words("https://warta.test/read/2024/asn-wajib-netral") == ["asn", "wajib", "netral"]


def test_a_summary_counts_as_much_as_a_title(lexicon):
    link = Link(NUMERIC, title="Ramai di Media Sosial", summary="Unggahan seorang guru honorer mendukung caleg dibahas")
    assert lexicon.keeps(lexicon.score(link))


def test_a_term_with_a_star_matches_any_ending(lexicon):
    assert lexicon.score(Link(NUMERIC, title="Soal Netralitasnya, Warga Bertanya")) >= 3


def test_each_term_counts_once(lexicon):
    once = lexicon.score(Link(NUMERIC, title="Kampanye di Alun-alun Kota Tua"))
    twice = lexicon.score(Link(NUMERIC, title="Kampanye di Alun-alun, Kampanye di Pasar"))
    assert once == twice


def test_a_broken_topic_file_is_refused_with_its_name(tmp_path: Path):
    bad = tmp_path / "topic.yaml"
    bad.write_text("version: '1'\nthreshold: 2\nmin_words: 3\nterms: {berat: [asn]}\nsearch_terms: []\n")
    with pytest.raises(TopicFileError, match="weights must be whole numbers"):
        load_lexicon(bad)
    bad.write_text("version: '1'\nterms: {3: [asn]}\n")
    with pytest.raises(TopicFileError, match=str(bad)):
        load_lexicon(bad)
