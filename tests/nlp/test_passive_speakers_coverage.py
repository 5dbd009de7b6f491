"""Probe list of a speaker named after a passive speech verb ('Disampaikan Nama, <title>, ...', 'Hal itu disampaikan
Nama, <title>, saat ...', 'Diutarakan Nama, ...'): the verb is an attribution as 'Dikatakan' and 'Ditambahkan' are,
so it is no word of the name and a one-word name with its title set off after it is the holder, also past the
agent word ('dikatakan oleh Nama, <title>'). Each text (our own words and regions) must give the holder with the
institution served; the verb before a title alone names no one, nor does 'oleh' after a verb of attending. All are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (text, the holder, the institution served)
FORMS = [
    ("Disampaikan Rusdianto, Anggota Bawaslu Kabupaten Sambas, ASN dilarang ikut kampanye.",
     "Rusdianto", "Bawaslu Kabupaten Sambas"),
    ("Disampaikan Lukman Hakim, Kepala BKPSDM Kabupaten Sambas, pegawai yang berpihak akan diperiksa.",
     "Lukman Hakim", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sambas"),
    ("Hal itu disampaikan Rusdianto, Anggota Bawaslu Kabupaten Sambas, saat sosialisasi di aula kantor camat.",
     "Rusdianto", "Bawaslu Kabupaten Sambas"),
    ("Pesan itu disampaikan Marhaban, Bupati Pidie Jaya, dalam apel pagi bersama pegawai.",
     "Marhaban", "Pemerintah Kabupaten Pidie Jaya"),
    ("Diutarakan Sumarni, Ketua KPU Kota Bitung, anggota PPK tidak boleh berstatus ASN.",
     "Sumarni", "Komisi Pemilihan Umum Kota Bitung"),
    ("Dikemukakan Haryono, Sekda Kabupaten Wonogiri, camat wajib menjaga netralitas.",
     "Haryono", "Pemerintah Kabupaten Wonogiri"),
    ("Larangan itu disampaikan Fadli Rahman, Ketua Bawaslu Kota Bitung, kepada kepala sekolah.",
     "Fadli Rahman", "Bawaslu Kota Bitung"),
    ("Disampaikan Sekda Kabupaten Wonogiri Haryono, ASN harus netral dalam Pilkada.",
     "Haryono", "Pemerintah Kabupaten Wonogiri"),
    # the agent word 'oleh' between the verb and the one-word name
    ("Hal itu dikatakan oleh Rusdianto, Anggota Bawaslu Kabupaten Sambas, seusai apel di kantor bupati.",
     "Rusdianto", "Bawaslu Kabupaten Sambas"),
    ("Pesan itu disampaikan oleh Marhaban, Bupati Pidie Jaya, dalam apel pagi bersama pegawai.",
     "Marhaban", "Pemerintah Kabupaten Pidie Jaya"),
    ("Larangan itu ditegaskan oleh Sumarni, Ketua KPU Kota Bitung, di depan anggota PPK.",
     "Sumarni", "Komisi Pemilihan Umum Kota Bitung"),
]
# the passive verb before an office with no holder, or before an institution, names no one
NO_NAME = [
    "Disampaikan Sekda, ASN dilarang berfoto dengan calon.",
    "Disampaikan Bawaslu Kabupaten Sambas, laporan itu sudah diteruskan.",
    # 'oleh' after a verb of attending, not of speech: a list of offices, no holder
    "Apel itu dihadiri oleh Camat, Kapolsek, dan Danramil Sambas.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS] + NO_NAME, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_speaker_after_a_passive_verb_is_read(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]


@pytest.mark.parametrize("k", range(len(NO_NAME)), ids=[t[:40] for t in NO_NAME])
def test_the_verb_before_an_office_alone_names_no_one(analysed: list, k: int) -> None:
    assert analysed[len(FORMS) + k].officials == []
