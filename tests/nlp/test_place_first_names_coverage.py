"""Probe list of holders whose name opens with a regency's or city's name and has one more word ("Bima Arya", "Tebo
Saputra", "Babar Suharso"), set after the title's comma: closed by a comma, going on with the verb, or closing a
quote's attribution. Two more words were read already (", Bima Haria Wibisana"); one more is a name when the sentence
goes on or ends after it, while a list of places goes on with a place, 'dan', or a place's last word ("Bima
Selatan"), and names no one. Each text (our own words) must give the holder with the institution served. All are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "mengingatkan ASN tidak ikut berkampanye."
# (text, the holder, the institution served)
FORMS = [
    (f"Wali Kota Bogor, Bima Arya, {S}", "Bima Arya", "Pemerintah Kota Bogor"),
    (f"Walikota Bogor, Bima Arya, {S}", "Bima Arya", "Pemerintah Kota Bogor"),
    (f"Kepala BKD Provinsi Jambi, Tebo Saputra, {S}", "Tebo Saputra", "Badan Kepegawaian Daerah Provinsi Jambi"),
    (f"Ketua Bawaslu Sulawesi Selatan, Babar Suharso, {S}", "Babar Suharso", "Bawaslu Provinsi Sulawesi Selatan"),
    (f"Ketua KPU Kabupaten Klaten, Blora Widodo {S}", "Blora Widodo", "Komisi Pemilihan Umum Kabupaten Klaten"),
    ('"Tidak boleh ada ASN yang berpihak," kata Sekda Kabupaten Sleman, Kendal Prasetyo.',
     "Kendal Prasetyo", "Pemerintah Kabupaten Sleman"),
    ("Hal itu disampaikan Bupati Lombok Timur, Bima Sakti, dalam apel.", "Bima Sakti",
     "Pemerintah Kabupaten Lombok Timur"),
    (f"Wali Kota Bogor, Bima Arya Sugiarto, {S}", "Bima Arya Sugiarto", "Pemerintah Kota Bogor"),
]
# a list of places after the title names no one
NO_NAME = [
    "Kapolres Bogor, Bima dan Dompu hadir dalam rapat.",
    "Bupati Bogor, Bima Selatan dan Dompu hadir dalam rapat.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS] + NO_NAME, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_name_opening_with_a_place_is_read_whole(analysed: list, k: int, text: str, name: str,
                                                   agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]


@pytest.mark.parametrize("k", range(len(NO_NAME)), ids=[t[:40] for t in NO_NAME])
def test_a_list_of_places_names_no_one(analysed: list, k: int) -> None:
    assert analysed[len(FORMS) + k].officials == []
