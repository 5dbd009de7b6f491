"""A village, ward or district head's title followed by "se-" ("the whole of") and a region, written apart, hyphened
or joined ("Ketua Paguyuban Kepala Desa Se-Kabupaten X, Budi", "Forum Lurah Se Kota X", "Kepala Desa Sekecamatan
X"), names every such head of the region, through their association: "Se" is no village, so no "Desa Se" body is
read. A village named after the title keeps its body."""

from __future__ import annotations

import pytest

# (sentence in our own words, a body it must name or None, a body it must not name or None)
PROBES: list[tuple[str, str | None, str | None]] = [
    ("Ketua Paguyuban Kepala Desa Se-Kabupaten Rembang, Wahyu Hidayat, mengajak kades dan ASN tidak berpihak "
     "dalam Pilkada 2024.", None, "Desa Se"),
    ("Ketua Forum Lurah Se Kota Cilegon, Dedi Kurnia, meminta seluruh ASN kelurahan menjaga netralitas.",
     None, "Kelurahan Se"),
    ("Ketua Persatuan Kepala Desa Sekecamatan Cisarua, Asep Saepudin, menyatakan para kades dan ASN siap netral.",
     None, "Desa Sekecamatan Cisarua"),
    ("Kepala Desa Sekarwangi, Asep Saepudin, dilaporkan ke Bawaslu karena mengajak ASN mendukung calon bupati.",
     "Desa Sekarwangi", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_scope_word_after_a_village_title_names_no_village(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    _, body, not_body = PROBES[k]
    assert body is None or body in names
    assert not_body not in names
