"""Division heads of regional offices named by their division's field (training, public works, environment, social
affairs, finance, religious guidance), the regency named earlier in the story: the field's words are a unit's words,
so the title reads on to the holder after its comma, and its last word is never a one-word holder."""

from __future__ import annotations

import pytest

CONTEXT = "Pemkab Blora menggelar apel netralitas ASN. "
REGENCY = "Pemerintah Kabupaten Blora"

FORMS = [
    ("Kabid Pembinaan Ketenagaan, Andi Wijaya, mengingatkan guru ASN tidak memihak.", "Andi Wijaya"),
    ("Kabid Sumber Daya Air, Teguh Prakoso, meminta ASN menjaga netralitas.", "Teguh Prakoso"),
    ("Kabid Pengelolaan Sampah, Nur Aini, mengajak ASN tetap netral.", "Nur Aini"),
    ("Kabid Penanganan Fakir Miskin, Bambang Irawan, meminta ASN tidak ikut kampanye.", "Bambang Irawan"),
    ("Kabid Pelatihan dan Produktivitas, Wahyu Nugroho, mengimbau ASN netral.", "Wahyu Nugroho"),
    ("Kabid Rehabilitasi Sosial, Lina Marlina, mengingatkan ASN agar netral.", "Lina Marlina"),
    ("Kabid Akuntansi, Fajar Setiawan, meminta ASN menjaga sikap netral.", "Fajar Setiawan"),
    ("Kasi Penerangan Agama Islam, Muhammad Ridwan, mengajak ASN tetap netral.", "Muhammad Ridwan"),
]

# the field alone, no name after its comma: no holder
UNHELD = [CONTEXT + "Kabid Pengelolaan Sampah, kata warga, jarang terlihat di kantor."]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([CONTEXT + t for t, _ in FORMS] + UNHELD, published="2024-10-10")


@pytest.mark.parametrize(("k", "name"), [(k, n) for k, (_, n) in enumerate(FORMS)])
def test_the_holder_is_read_past_the_field(analysed: list, k: int, name: str) -> None:
    assert {o.name: o.agency for o in analysed[k].officials} == {name: REGENCY}


@pytest.mark.parametrize("k", range(len(UNHELD)))
def test_a_fields_last_word_is_no_holder(analysed: list, k: int) -> None:
    assert not analysed[len(FORMS) + k].officials
