"""Probe list of a sentence opened by an attribution word and the speaker's name with its comma, then an office
running on into its own predicate ('Dikatakan Rudi, Mendagri minta Bawaslu menindak ...', 'Menurut Sari, Gubernur
juga meminta ...'): the office is what the speaker reports, not his own, and the speaker is the holder of the
office that spoke at the end of the sentence before ('"...," kata Pj Bupati X. Dikatakan Rudi, ...'). Left alone:
an office closed by a comma, or followed by a time, place or channel of speaking, is the speaker's own. Sentences in
our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import assert_official, indexed, values

# (text, name, agency the speaker holds)
FOUND = [
    ('"Seluruh pegawai wajib netral pada Pilkada 2024," kata Pj Bupati Sarolangun. Dikatakan Hendra, Mendagri minta '
     'Bawaslu menindak ASN yang berpolitik praktis.', "Hendra", "Pemerintah Kabupaten Sarolangun"),
    ('"ASN dilarang ikut kampanye pada Pilkada 2024," ujar Kepala BKPSDM Kabupaten Tebo. Menurut Yusuf, Gubernur '
     'juga meminta pegawai menjaga netralitas.', "Yusuf",
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Tebo"),
    # the office closed by a comma is the speaker's own
    ("Menurut Rina Marlina, Kepala BKD Kabupaten Garut, ASN wajib netral pada Pilkada 2024.", "Rina Marlina",
     "Badan Kepegawaian Daerah Kabupaten Garut"),
    # ... and so is one followed by when or how he spoke
    ("Dikatakan Agus Salim, Kepala BKPSDM Kota Bogor saat ditemui di kantornya, ASN dilarang berkampanye pada "
     "Pilkada 2024.", "Agus Salim", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bogor"),
    ("Kata Dedi Supriadi, Kepala Inspektorat Kabupaten Ciamis melalui pesan singkat, ASN yang tidak netral akan "
     "diperiksa pada Pilkada 2024.", "Dedi Supriadi", "Inspektorat Kabupaten Ciamis"),
]

# (text, name, an office that is not the speaker's)
NOT_HIS = [
    ("Pj Bupati Merangin membuka apel netralitas ASN. Dikatakan Rudi, Mendagri minta Bawaslu menindak ASN yang "
     "berpolitik praktis pada Pilkada 2024.", "Rudi", "Kementerian Dalam Negeri"),
    ("Bupati Garut meminta ASN netral pada Pilkada 2024. Ditambahkan Rudi, Kapolres Garut siap menindak "
     "pelanggaran.", "Rudi", "Kepolisian Resor Garut"),
    ("Bupati Garut meminta ASN netral pada Pilkada 2024. Menurut Rudi, Gubernur Jawa Barat juga meminta ASN "
     "netral.", "Rudi", "Pemerintah Provinsi Jawa Barat"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in FOUND + NOT_HIS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FOUND, lambda v: v[0][:40]))
def test_the_speaker_holds_his_own_office(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    assert_official(analysed[k], name, agency)


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(NOT_HIS, lambda v: v[0][:40]))
def test_the_reported_office_is_not_the_speakers(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[len(FOUND) + k].officials]
    assert (name, agency) not in found, found
