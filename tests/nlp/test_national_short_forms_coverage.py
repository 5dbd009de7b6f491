"""National bodies by the short forms the press writes for them beside their acronyms: a ministry by the word
"Kementerian" before its short name ("Kementerian LHK", "KemenLHK"), the central bank by its governors' titles with
its short name ("Gubernur BI"). Each must yield the body under its canonical name; a regional office of the same field
("Dinas LHK") must not."""

from __future__ import annotations

import pytest

# (sentence in our own words, the national body it must name or None)
PROBES: list[tuple[str, str | None]] = [
    ("Menurut Kementerian LHK, seluruh pegawai wajib netral dalam Pemilu 2024.",
     "Kementerian Lingkungan Hidup dan Kehutanan"),
    ("KemenLHK mengingatkan pegawainya agar netral dalam Pemilu 2024.", "Kementerian Lingkungan Hidup dan Kehutanan"),
    ("Sekretaris Jenderal Kementerian LHK meminta ASN tidak berkampanye dalam Pemilu 2024.",
     "Kementerian Lingkungan Hidup dan Kehutanan"),
    ("Kepala Dinas LHK meminta ASN tidak berkampanye dalam Pilkada 2024.", None),
    ("Gubernur BI mengingatkan seluruh pegawai bank sentral agar netral dalam Pemilu 2024.", "Bank Indonesia"),
    ("Deputi Gubernur BI Budi Santoso meminta pegawai tidak ikut berkampanye dalam Pemilu 2024.", "Bank Indonesia"),
    ("Menurut BI, seluruh pegawai harus netral dalam Pemilu 2024.", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_national_bodies_by_their_short_forms(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    body = PROBES[k][1]
    if body is None:
        assert "Kementerian Lingkungan Hidup dan Kehutanan" not in names and "Bank Indonesia" not in names
    else:
        assert body in names
