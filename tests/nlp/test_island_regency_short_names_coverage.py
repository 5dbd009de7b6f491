"""An island regency goes by the islands' name without "Kepulauan" ("Bawaslu Tanimbar", "Bupati Sula"), as Anambas
and Talaud already do; a short name that is also a common word or a surname ("Sula") places the regency only right
after a body or a title, not in passing."""

from __future__ import annotations

import pytest

# (sentence in our own words, the body it must name, a body it must not name)
PROBES: list[tuple[str, str | None, str | None]] = [
    ("Ketua Bawaslu Tanimbar memanggil tiga ASN yang diduga berkampanye.",
     "Bawaslu Kabupaten Kepulauan Tanimbar", "Badan Pengawas Pemilihan Umum"),
    ("Wakil Bupati Sula meminta ASN tidak mendampingi bakal calon saat mendaftar.",
     "Pemerintah Kabupaten Kepulauan Sula", None),
    ("Pemkab Sula menerbitkan surat edaran netralitas ASN.", "Pemerintah Kabupaten Kepulauan Sula", None),
    # negative: the short name in passing names no body
    ("Para nelayan Sula menangkap ikan dengan perahu kecil.", None, "Pemerintah Kabupaten Kepulauan Sula"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_island_regency_by_the_islands_name(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    _, body, not_body = PROBES[k]
    if body:
        assert body in names
    assert not_body not in names
