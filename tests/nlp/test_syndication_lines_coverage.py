"""Probe list of the note a network's outlets print that the story ran first elsewhere, its headline quoted ("Artikel
ini telah tayang di X.com dengan judul ASN Dilarang ..."): the headline restates the story, so no directive is read
from it. Prose that mentions an article or a title stays read. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"prohibition"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Artikel ini telah tayang di Kompas.com dengan judul \"ASN Dilarang Ikut Kampanye Pilkada\".", set()),
    ("Artikel ini sudah tayang di tribunnews.com dengan judul PNS Jangan Berpihak di Pemilu 2024.", set()),
    ("Berita ini telah tayang di jawapos.com dengan judul: ASN Tidak Boleh Like Status Calon.", set()),
    ("Artikel ini sebelumnya sudah dimuat di radarbogor.id dengan judul: Haram bagi ASN Beri Jempol Unggahan Paslon.",
     set()),
    ("Bupati menegaskan ASN dilarang ikut kampanye.\nArtikel ini telah tayang di X.com dengan judul Bupati: ASN "
     "Dilarang Ikut Kampanye", P),
    # the note told by other verbs of publishing, or saying the story ran there first
    ("Berita ini telah terbit di portal-contoh.id dengan judul Sekda: ASN Dilarang Ikut Kampanye Calon.", set()),
    ("Artikel ini telah diterbitkan di halaman contoh.com dengan judul ASN Dilarang Pose Dua Jari di Medsos.", set()),
    ("Artikel ini telah lebih dulu tayang di: kabar-contoh.com dengan judul Camat Disanksi karena Tidak Netral.",
     set()),
    ("Berita ini pertama kali tayang di contoh.id dengan judul PNS Dilarang Hadiri Deklarasi Paslon.", set()),
    # look-alikes: prose
    ("Bupati menerbitkan surat edaran dengan judul netralitas ASN yang menegaskan ASN dilarang ikut kampanye.", P),
    ("ASN dilarang membagikan artikel kampanye calon di media sosial.", P),
    ("Artikel ini menjelaskan bahwa ASN dilarang ikut kampanye pasangan calon.", P),
    ("Berita ini terbit setelah Bupati menegaskan ASN dilarang ikut kampanye pasangan calon.", P),
    ("Artikel ini lebih menekankan bahwa ASN dilarang ikut kampanye pasangan calon.", P),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_story_run_first_elsewhere_gives_no_directive_in_its_note(analysed: list, k: int, text: str,
                                                                    kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
