"""Probe list of units named by their own name and their seat, where the words a unit's place may take end inside
the seat's name ("RSUD Zainal Abidin Pagar Alam": three words would leave "Pagar"): a known region begun inside
the allowed words is taken whole. A region that starts only after them is not taken ("Puskesmas Sungai Tutung
Kerinci": the health centre of Sungai Tutung). Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

# (text, a body it must name, a body it must not name)
FORMS = [
    ("Direktur RSUD Besemah Ratu Pagar Alam mengingatkan tenaga kesehatan ASN agar netral.",
     "Rumah Sakit Umum Daerah Besemah Ratu Pagar Alam", "Rumah Sakit Umum Daerah Besemah Ratu Pagar"),
    ("Pegawai RSUD Ahmad Yani Bandar Lampung diminta netral pada Pilkada 2024.",
     "Rumah Sakit Umum Daerah Ahmad Yani Bandar Lampung", "Rumah Sakit Umum Daerah Ahmad Yani Bandar"),
    ("Kepala Puskesmas Sungai Tutung Kerinci mengingatkan stafnya agar netral.", "Puskesmas Sungai Tutung",
     "Puskesmas Sungai Tutung Kerinci"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "named", "not_named"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(FORMS)])
def test_a_unit_keeps_its_seat_whole(analysed: list, k: int, text: str, named: str, not_named: str) -> None:
    found = {m.agency for m in analysed[k].agencies}
    assert named in found
    assert not_named not in found
