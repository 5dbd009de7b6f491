"""A section head (Kabag, Kepala Bagian) with no region of his own, named after an election body in his sentence
("Ketua KPU Kabupaten X Nama didampingi Kabag Teknis dan Hupmas Nama"), serves that body's secretariat, not the
regional government; where the government's head is named before him, or his title writes the secretariat's
region, he stays the government's."""

from __future__ import annotations

import pytest

CASES = [
    ("Ketua Bawaslu Provinsi Riau Hasan Basri didampingi Kepala Bagian Pengawasan dan Humas Rina Marlina meminta ASN "
     "netral pada Pilkada 2024.", "Rina Marlina", "Bawaslu Provinsi Riau"),
    ("Ketua KPU Kabupaten Tegal Slamet Riyadi didampingi Kabag Teknis dan Hupmas Dewi Lestari mengingatkan ASN agar "
     "tidak berkampanye pada Pilkada 2024.", "Dewi Lestari", "Komisi Pemilihan Umum Kabupaten Tegal"),
    # near-misses: the government's own section heads
    ("Bupati Tegal Slamet Riyadi didampingi Kabag Hukum Dewi Lestari meminta ASN netral pada Pilkada 2024.",
     "Dewi Lestari", "Pemerintah Kabupaten Tegal"),
    ("Ketua Bawaslu Tegal Hasan Basri menemui Bupati Tegal dan Kabag Hukum Dewi Lestari untuk membahas netralitas ASN "
     "pada Pilkada 2024.", "Dewi Lestari", "Pemerintah Kabupaten Tegal"),
    ("Ketua KPU Kabupaten Tegal Slamet Riyadi hadir. Kabag Hukum Setda Tegal Dewi Lestari meminta ASN netral pada "
     "Pilkada 2024.", "Dewi Lestari", "Pemerintah Kabupaten Tegal"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, *_ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency"), CASES, ids=[str(k) for k in range(len(CASES))])
def test_the_section_head_serves(analysed, text: str, name: str, agency: str) -> None:
    assert {o.name: o.agency for o in analysed[text].officials}.get(name) == agency
