"""The school's staff beside its teachers ("tenaga kependidikan", also written "tenaga pendidikan", or "tendik") are
asked as the teachers are; students asked to vote, or the staff merely named, give nothing. Sentences are our own."""

from __future__ import annotations

import pytest

FORMS: list[tuple[str, list[str]]] = [
    ("Kadisdik mengimbau seluruh tenaga kependidikan agar tidak ikut kampanye pada Pilkada 2024.", ["appeal"]),
    ("Para tenaga kependidikan di sekolah negeri diminta netral selama Pemilu 2024.", ["appeal"]),
    ("Kepala sekolah mengingatkan tenaga pendidikan agar tidak memasang atribut calon pada Pilkada 2024.", ["appeal"]),
    ("\"Guru dan tendik di sekolah negeri saya minta tidak memihak,\" kata Kadisdik jelang Pilkada 2024.", ["appeal"]),
    # named, not asked; or someone else asked
    ("Kampus itu merekrut tenaga kependidikan baru pada awal 2024.", []),
    ("Mahasiswa diimbau ikut memilih pada Pemilu 2024.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_school_staff_addressees(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
