"""Advice put as what is better to do right after the civil servants it is for, a conduct after it ("ASN lebih baik
mengenali visi misi calon", "para pegawai lebih baik tidak hadir"), asks them as "ASN sebaiknya ..." does; after
something of theirs, with no conduct following ("kinerja ASN lebih baik tahun ini"), it compares. Sentences are our
own."""

from __future__ import annotations

import pytest

FORMS: list[tuple[str, list[str]]] = [
    ("Menurut Kepala BKD, daripada ikut tim kampanye, ASN lebih baik membandingkan program semua calon pada "
     "Pilkada 2024.", ["appeal"]),
    ("Ketua Bawaslu menilai para pegawai lebih baik tidak hadir di kampanye terbuka selama Pilkada 2024.", ["appeal"]),
    # a comparison, no advice
    ("Kepala BKD menyebut disiplin ASN lebih baik tahun ini meski tahapan Pilkada 2024 sudah berjalan.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_advice_after_addressee(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
