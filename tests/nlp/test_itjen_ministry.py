"""A ministry's inspectorate-general (Itjen), written in full or short with the ministry's name, is that ministry,
not a region's inspectorate; a region's inspectorate keeps its own name. Sentences in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("Guru ASN yang mengunggah dukungan kepada calon diperiksa Itjen Kemendikbudristek.",
     "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"),
    ("Penyuluh agama yang ikut kampanye dilaporkan ke Inspektorat Jenderal Kementerian Agama.", "Kementerian Agama"),
    ("Camat yang tidak netral akan diperiksa Inspektorat Jenderal Kemendagri pekan depan.",
     "Kementerian Dalam Negeri"),
]
NEGATIVE = "Inspektorat Kabupaten Sleman memeriksa dua ASN yang diduga ikut kampanye Pilkada 2024."


@pytest.fixture(scope="module")
def results(analyse_all):
    return analyse_all([t for t, _ in CASES] + [NEGATIVE])


@pytest.mark.parametrize("index", range(len(CASES)), ids=[n for _, n in CASES])
def test_inspectorate_general_is_its_ministry(results, index):
    names = {m.agency for m in results[index].agencies}
    assert CASES[index][1] in names
    assert "Inspektorat" not in names


def test_regional_inspectorate_keeps_its_name(results):
    assert {m.agency for m in results[-1].agencies} == {"Inspektorat Kabupaten Sleman"}
