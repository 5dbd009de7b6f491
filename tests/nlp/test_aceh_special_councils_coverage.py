"""Aceh's councils of its special status, the ulama's (MPU) and the custom's (MAA), exist for the province and for
each regency and city, and are named as the other regional bodies are: by the council and its region ("MPU Aceh
Besar", "MAA Kota Langsa"); written alone, the kind. The national MPR and the province's government stay theirs."""

from __future__ import annotations

import pytest

# (sentence in our own words, the body it must name, a body it must not name)
PROBES: list[tuple[str, str, str | None]] = [
    ("Wakil Ketua Majelis Permusyawaratan Ulama (MPU) Aceh mengimbau pegawai negeri menjaga netralitas.",
     "Majelis Permusyawaratan Ulama Aceh", None),
    ("Pimpinan MPU Aceh Besar meminta ASN di kecamatan tidak ikut kampanye.",
     "Majelis Permusyawaratan Ulama Kabupaten Aceh Besar", "Majelis Permusyawaratan Ulama Aceh"),
    ("Pengurus MAA Kota Langsa diminta tidak memihak salah satu pasangan calon.",
     "Majelis Adat Aceh Kota Langsa", None),
    ("Pegawai sekretariat MAA dan MPU juga terikat aturan netralitas selama Pilkada 2024.",
     "Majelis Permusyawaratan Ulama", "Majelis Permusyawaratan Ulama Aceh"),
    # negatives: the national assembly and Aceh's government are not the councils
    ("Wakil Ketua MPR RI meminta ASN di Aceh menjaga netralitas.",
     "Majelis Permusyawaratan Rakyat Republik Indonesia", "Majelis Permusyawaratan Ulama"),
    ("Seluruh pegawai Pemerintah Aceh membaca ikrar netralitas.", "Pemerintah Aceh", "Majelis Adat Aceh"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_aceh_councils_are_named_with_their_region(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    _, body, not_body = PROBES[k]
    assert body in names
    assert not_body not in names
