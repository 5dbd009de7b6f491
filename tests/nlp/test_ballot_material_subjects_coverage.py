"""The ballot's material and places heading a clause address no one (permission and prohibition precision).

A rule whose clause is headed by the ballot papers, the ballot box, the booth, the polling station or the election
logistics ("Surat suara boleh dibuka dulu", "TPS dapat dipindahkan", "Jangan sampai kotak suara kehujanan") tells of
the organisers' procedure, as a clause headed by the contest does ("Pilkada harus berlangsung damai"): no leave or
ban for civil servants, however much the story speaks of them. Civil servants named in the clause keep their rule,
also where the booth or the station is where they may or must act. The stories are ours; all are analysed in one
batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P, B, D = "permission", "prohibition", "obligation"
LEAD = "Bupati kembali mengingatkan seluruh ASN agar netral dalam Pilkada 2024. "

# (text, kinds expected in the text's second sentence)
CASES: list[tuple[str, set[str]]] = [
    # the ballot's material or places head the clause: none
    (LEAD + "Surat suara boleh diperiksa lebih dulu sebelum pemilih masuk ke bilik.", set()),
    (LEAD + "Kotak suara boleh dibuka di hadapan para saksi.", set()),
    (LEAD + "TPS boleh digeser ke balai desa bila halaman sekolah tergenang.", set()),
    (LEAD + "Logistik pemilu boleh dititipkan di gudang kantor kecamatan.", set()),
    (LEAD + "Jangan sampai kotak suara kehujanan selama diangkut ke kecamatan.", set()),
    # ... civil servants in the clause keep their rule, the booth or the station where they act
    (LEAD + "Di bilik suara, pegawai boleh mencoblos calon mana pun.", {P}),
    (LEAD + "Pilihan politik ASN hanya boleh disalurkan di TPS.", {P}),
    (LEAD + "Pegawai dilarang menjadi saksi di TPS untuk salah satu calon.", {B}),
    (LEAD + "ASN wajib datang ke TPS pada hari pemungutan suara.", {D}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_ballot_material_subjects(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} == kinds
