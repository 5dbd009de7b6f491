"""The regional body of national unity, politics and civil protection is read under its fused short names
("Kesbangpolinmas Kabupaten X", "Bakesbangpolinmas Provinsi X", "Badan Kesbangpol Linmas Kota X") as under the
split one, and stays apart from the plain national unity body ("Kesbangpol Kabupaten X")."""

from __future__ import annotations

import pytest

LINMAS = "Badan Kesatuan Bangsa, Politik dan Perlindungan Masyarakat"

READ = [
    ("Kepala Kesbangpolinmas Kabupaten Kudus Slamet Widodo meminta ASN tetap netral menjelang Pilkada 2024.",
     f"{LINMAS} Kabupaten Kudus"),
    ("Bakesbangpolinmas Provinsi Jawa Tengah mengingatkan ASN agar tidak ikut berkampanye pada Pilkada 2024.",
     f"{LINMAS} Provinsi Jawa Tengah"),
    ("Kepala Badan Kesbangpol Linmas Kota Bitung Frans Lumowa mengimbau pegawai netral pada Pilkada 2024.",
     f"{LINMAS} Kota Bitung"),
    # near-miss: the plain body keeps its own name
    ("Kepala Kesbangpol Kabupaten Kudus Slamet Widodo meminta ASN tetap netral menjelang Pilkada 2024.",
     "Badan Kesatuan Bangsa dan Politik Kabupaten Kudus"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in READ]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "agency"), READ, ids=[r[1] for r in READ])
def test_the_body_is_read(analysed, text: str, agency: str) -> None:
    assert agency in {a.agency for a in analysed[text].agencies}
