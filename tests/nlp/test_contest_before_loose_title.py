"""A title the registry cannot name (a loose office: "Kepala Daerah", "Kepala Desa") right after a contest word
names the contest, not an office with a holder ("Pemilihan Kepala Daerah (Pilkada) Gelombang Kedua", "Pemilihan
Presiden, Pemilihan Kepala Daerah dan Pemilihan Legislatif"), as registry titles after one already do. Inside a
capitalised body's name ("Ketua Desk Pemilihan Kepala Daerah ...") the words stay the body's. Our own words."""

from __future__ import annotations

import pytest

NO_HOLDER = [
    "Pada tahapan Pemilihan Kepala Daerah (Pilkada) Gelombang Kedua Tahun Ini seluruh ASN wajib netral.",
    "Menjelang Pemilihan Presiden, Pemilihan Kepala Daerah dan Pemilihan Legislatif, ASN diminta netral.",
    "Dalam pemilihan Kepala Desa Serentak Tahap Dua, perangkat desa diminta tidak berpihak.",
]
HELD = [
    ("Kepala Dinas Pertanian Agus Tauchid mengingatkan ASN di dinasnya untuk netral.", "Agus Tauchid"),
    ("Ketua Desk Pemilihan Kepala Daerah Sulawesi Tengah, Rudi Hartono, meminta ASN netral.", "Rudi Hartono"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(NO_HOLDER + [t for t, _ in HELD], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(NO_HOLDER)), ids=[t[:40] for t in NO_HOLDER])
def test_a_contest_names_no_holder(analysed: list, k: int) -> None:
    assert analysed[k].officials == []


@pytest.mark.parametrize("k", range(len(HELD)), ids=[t[:40] for t, _ in HELD])
def test_a_loose_office_outside_a_contest_keeps_its_holder(analysed: list, k: int) -> None:
    assert HELD[k][1] in [o.name for o in analysed[len(NO_HOLDER) + k].officials]
