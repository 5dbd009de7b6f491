"""Probe list of the corrections service's word as reporters misspell it with an r after its first syllable
('Lembaga Permasyarakatan'): read as 'Pemasyarakatan', so a prison or a probation office so written is the unit of its
class and place, and its head's name is read. The word spelt right is unchanged, and a word of its own one letter from
another listed word is not repaired into it. Each sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PROBES = [  # (text, agency, listed)
    ("Pegawai Lembaga Permasyarakatan Kelas IIB Tanjung Balai mengucapkan ikrar netralitas menjelang Pemilu 2024.",
     "Lembaga Pemasyarakatan Kelas IIB Tanjung Balai", True),
    ("Kepala Lembaga Permasyarakatan (Lapas) Kelas IIA Binjai, Budi Santoso, meminta jajarannya netral pada Pilkada "
     "2024.", "Lembaga Pemasyarakatan Kelas IIA Binjai", True),
    ("Seluruh ASN Balai Permasyarakatan Kelas II Kendari diminta tidak memihak pada Pemilu 2024.",
     "Balai Pemasyarakatan Kelas II Kendari", True),
    ("Petugas Lembaga Pemasyarakatan Kelas IIB Tanjung Balai diminta netral pada Pemilu 2024.",
     "Lembaga Pemasyarakatan Kelas IIB Tanjung Balai", True),
    # negatives: the word alone names no unit; a community word is not the corrections service's
    ("Warga binaan permasyarakatan tetap memiliki hak pilih pada Pemilu 2024, kata Kepala Kantor Wilayah.",
     "Lembaga Pemasyarakatan", False),
    ("ASN diminta netral saat kegiatan kemasyarakatan menjelang Pilkada 2024.", "Lembaga Pemasyarakatan", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(PROBES, lambda v: f"{v[0][:60]}|{v[1]}"))
def test_the_misspelt_corrections_word_names_its_unit(analysed: list, k: int, text: str, agency: str,
                                                      listed: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert (agency in names) is listed, names


def test_the_head_of_a_misspelt_prison_is_read(analysed: list) -> None:
    assert "Budi Santoso" in {o.name for o in analysed[1].officials}
