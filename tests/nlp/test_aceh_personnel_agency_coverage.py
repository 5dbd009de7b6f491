"""Aceh's provincial personnel office goes by its own name, without "Daerah" or "Provinsi" ("Badan Kepegawaian
Aceh"), still written "BKD Aceh" too; a regency's office in Aceh, and another province's, keep the usual name."""

from __future__ import annotations

import pytest

# (sentence in our own words, the body it must name, a body it must not name)
PROBES: list[tuple[str, str, str | None]] = [
    ("Sekretaris Badan Kepegawaian Aceh mengingatkan pegawai provinsi agar tidak memihak calon gubernur.",
     "Badan Kepegawaian Aceh", None),
    ("Laporan pelanggaran netralitas diteruskan ke BKD Aceh untuk diperiksa.", "Badan Kepegawaian Aceh", None),
    # negatives: a regency of Aceh, and another province
    ("Kepala BKD Aceh Tengah meminta ASN menjaga netralitas.",
     "Badan Kepegawaian Daerah Kabupaten Aceh Tengah", "Badan Kepegawaian Aceh"),
    ("Kepala BKD Provinsi Riau meminta ASN menjaga netralitas.",
     "Badan Kepegawaian Daerah Provinsi Riau", "Badan Kepegawaian Aceh"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_aceh_personnel_office_has_its_own_name(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    _, body, not_body = PROBES[k]
    assert body in names
    assert not_body not in names
