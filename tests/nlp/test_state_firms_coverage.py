"""State-owned firms named as firms ("PT X", "Perum X", with or without "(Persero)") are institutions of the story,
as the gold lists them; the bare brand, which names a product or a service as often as the firm, is not. Sentences
in our own words."""

from __future__ import annotations

import pytest

NAMED = [
    ("Surat aduan itu dikirim lewat PT.Pos Indonesia ke Bawaslu, katanya.", "PT Pos Indonesia"),
    ("Acara dihadiri perwakilan PT. Taspen dan para pimpinan OPD.", "PT Taspen"),
    ("Seluruh karyawan PT Pegadaian (Persero) diminta netral dalam pemilu.", "PT Pegadaian"),
    ("Perum Bulog menyalurkan beras bantuan ke kecamatan.", "Perum Bulog"),
    ("Pegawai PT PLN (Persero) diminta tidak ikut kampanye.", "PT PLN"),
]
BRANDS = [
    "Ia memakai motto Pegadaian, mengatasi masalah tanpa masalah.",
    "Listrik PLN padam saat rapat pleno berlangsung.",
    "Beras Bulog dibagikan kepada warga.",
]


@pytest.fixture(scope="module")
def results(analyse_all):
    """Every sentence's analysis, from one batch (the named firms first)."""
    return analyse_all([text for text, _ in NAMED] + BRANDS, published="2024-01-10")


@pytest.mark.parametrize("index", range(len(NAMED)), ids=[firm for _, firm in NAMED])
def test_a_state_firm_named_as_a_firm_is_an_institution(results, index: int) -> None:
    assert NAMED[index][1] in {a.agency for a in results[index].agencies}, results[index].agencies


@pytest.mark.parametrize("index", range(len(BRANDS)))
def test_a_bare_brand_is_no_institution(results, index: int) -> None:
    analysis = results[len(NAMED) + index]
    assert not [a for a in analysis.agencies if a.agency.startswith(("PT ", "Perum "))], analysis.agencies
