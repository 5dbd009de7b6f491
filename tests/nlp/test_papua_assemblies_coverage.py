"""Papua's cultural assemblies: each province of Tanah Papua has its own Majelis Rakyat Papua, named by the province
after the assembly's name or its acronym ("MRP Papua Selatan", "Majelis Rakyat Papua Barat (MRPB)"); "MRP" alone is
Papua's. Other bodies of those provinces, and the national MPR, stay what they are."""

from __future__ import annotations

import pytest

# (sentence in our own words, the body it must name, a body it must not name)
PROBES: list[tuple[str, str, str | None]] = [
    ("Wakil Ketua Majelis Rakyat Papua (MRP) meminta pegawai negeri di Jayapura tidak ikut berkampanye.",
     "Majelis Rakyat Papua", None),
    ("Anggota MRP Papua Selatan mengingatkan ASN di Merauke agar menjaga netralitas pada Pilkada 2024.",
     "Majelis Rakyat Papua Selatan", "Majelis Rakyat Papua"),
    ("Sekretariat Majelis Rakyat Papua Barat (MRPB) mengimbau stafnya tidak memihak pasangan calon mana pun.",
     "Majelis Rakyat Papua Barat", "Majelis Rakyat Papua"),
    ("Rapat pleno MRP Pegunungan di Wamena membahas netralitas ASN menjelang Pilkada 2024.",
     "Majelis Rakyat Papua Pegunungan", None),
    # negatives: the province's own government and the national assembly are not the cultural assembly
    ("Pemprov Papua Barat meminta seluruh ASN tidak terlibat politik praktis.",
     "Pemerintah Provinsi Papua Barat", "Majelis Rakyat Papua Barat"),
    ("Ketua MPR RI meminta ASN di Papua menjaga netralitas.",
     "Majelis Permusyawaratan Rakyat Republik Indonesia", "Majelis Rakyat Papua"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_each_papuan_province_has_its_own_assembly(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    _, body, not_body = PROBES[k]
    assert body in names
    assert not_body not in names
