"""The campaign's own forms and material heading a clause address no one (permission precision).

The organisers' rules set where, when and how big a rally, a closed meeting, a debate, a procession, a banner or a
leaflet may be ("Rapat umum boleh digelar di lapangan", "Spanduk boleh dipasang di titik yang ditentukan"): a rule on
a thing, no leave or ban for civil servants, however much the story speaks of them. Civil servants named in the clause
keep their rule. An event said to exist before a comma ("tidak boleh ada baliho yang tersisa, kita harus ...") is no
subject of the clause after it either, and material after an act done to it ("melarang pemasangan spanduk") is what the
banned act is done to, not a thing ruled on. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P, B, D = "permission", "prohibition", "obligation"
LEAD = "Bupati kembali mengingatkan seluruh ASN agar netral dalam Pilkada 2024. "

# (text, kinds expected in the text's second sentence)
CASES: list[tuple[str, set[str]]] = [
    # the campaign's forms or material head the clause: none
    (LEAD + "Rapat umum hanya boleh digelar di alun-alun kota sampai pukul lima sore.", set()),
    (LEAD + "Pertemuan terbatas boleh diadakan di aula hotel dengan peserta terbatas.", set()),
    (LEAD + "Umbul-umbul dan spanduk boleh dipasang di sepanjang jalan kabupaten.", set()),
    (LEAD + "Bahan kampanye dapat ditempel di rumah warga yang mengizinkan.", set()),
    (LEAD + "Debat publik boleh disiarkan ulang oleh radio daerah.", set()),
    (LEAD + "Konvoi kendaraan boleh lewat jalan desa asal tertib.", set()),
    (LEAD + "Pawai pendukung di jalan provinsi tidak diperbolehkan.", set()),
    # ... civil servants in the clause keep their rule, the material what they may or may not touch
    (LEAD + "Pegawai boleh melihat rapat umum dari kejauhan asal tanpa atribut.", {P}),
    (LEAD + "ASN dilarang memasang spanduk calon di halaman kantor.", {B}),
    (LEAD + "Pegawai tidak boleh ikut konvoi pendukung calon.", {B}),
    # ... and the event said to exist before the comma is no subject of the duty after it
    (LEAD + "Besok tidak boleh ada baliho yang tersisa, kita harus turun membersihkannya.", {B, D}),
    # ... the material after an act done to it is that act's object: the ban binds whoever does the act
    (LEAD + "Ditegaskan, agar pegawai mematuhi aturan yang melarang pemasangan baliho atau spanduk.", {"appeal", B}),
    (LEAD + "Pegawai dilarang keras melakukan penyebaran brosur dan pamflet pasangan calon.", {B}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_campaign_material_subjects(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} == kinds
