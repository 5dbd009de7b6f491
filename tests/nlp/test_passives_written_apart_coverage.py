"""Passive requests with their prefix written apart ("di ajak", "di harap", "di mohon", "di sarankan") and the passive
of "mengimbaukan" ("diimbaukan") ask as their joined forms do, civil servants named; the same words with no one of
them asked give nothing. Sentences are our own."""

from __future__ import annotations

import pytest

FORMS: list[tuple[str, list[str]]] = [
    ("Para pegawai pemkab di ajak menjauhi politik praktis selama Pilkada 2024.", ["appeal"]),
    ("Guru berstatus PNS di harap tidak memihak calon pada Pemilu 2024.", ["appeal"]),
    ("Seluruh ASN di mohon tidak memasang atribut calon selama Pilkada 2024.", ["appeal"]),
    ("ASN yang ragu di sarankan tidak datang ke kampanye terbuka pada Pemilu 2024.", ["appeal"]),
    ("Para PNS diimbaukan agar tidak berswafoto dengan calon pada Pilkada 2024.", ["appeal"]),
    # someone else asked, or a thing hoped for
    ("Warga di ajak datang ke TPS pada Pilkada 2024.", []),
    ("Hujan di harap reda sebelum pencoblosan Pilkada 2024.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_passives_written_apart(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
