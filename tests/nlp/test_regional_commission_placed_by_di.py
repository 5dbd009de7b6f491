"""The regional election commission by its own short name ("KPUD"), alone or glossing the long name, placed by
"di" and a level word ("Komisi Pemilihan Umum Daerah (KPUD) di Kabupaten X", "Ketua KPUD di Provinsi X") is that
region's commission, not the national one; the national name before "di" stays national."""

from __future__ import annotations

import pytest

CASES = [
    ("Komisi Pemilihan Umum Daerah (KPUD) di Provinsi Bengkulu mengingatkan ASN agar netral pada Pilkada 2024.",
     "Komisi Pemilihan Umum Provinsi Bengkulu"),
    ("Ketua KPUD di Kabupaten Sumedang Asep Rahmat meminta ASN tidak ikut berkampanye pada Pilkada 2024.",
     "Komisi Pemilihan Umum Kabupaten Sumedang"),
    ("Komisi Pemilihan Umum Daerah (KPUD) Kota Kendari meminta ASN netral pada Pilkada 2024.",
     "Komisi Pemilihan Umum Kota Kendari"),
]

NATIONAL = [
    "Ketua KPU RI meninjau gudang logistik di Kabupaten Sumedang menjelang Pilkada 2024. ASN diminta netral.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in CASES] + NATIONAL
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "agency"), CASES, ids=[c[1] for c in CASES])
def test_the_region_after_di_is_the_commission_s(analysed, text: str, agency: str) -> None:
    found = {a.agency for a in analysed[text].agencies}
    assert agency in found
    assert "Komisi Pemilihan Umum" not in found


@pytest.mark.parametrize("text", NATIONAL)
def test_the_national_commission_stays(analysed, text: str) -> None:
    found = {a.agency for a in analysed[text].agencies}
    assert "Komisi Pemilihan Umum" in found
    assert "Komisi Pemilihan Umum Kabupaten Sumedang" not in found
