"""Some regencies and cities keep an office (Kantor) of national unity and politics instead of a Badan, and its head is
the 'Kakan' (Kepala Kantor) of it, written fused or apart ('Kakankesbangpol Kota X', 'Kakan Kesbangpol X'): the holder
is that office's official, as the Kakankemenag is the ministry's local office's."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (sentence, holder, institution)
PROBES: list[tuple[str, str, str]] = [
    ("Wali Kota Payakumbuh didampingi Kakankesbangpol Budhy Permana saat menemui wartawan.",
     "Budhy Permana", "Kantor Kesatuan Bangsa dan Politik Kota Payakumbuh"),
    ("Kakankesbangpol Kota Sawahlunto Rudi Hartono meminta pegawai tidak ikut berkampanye.",
     "Rudi Hartono", "Kantor Kesatuan Bangsa dan Politik Kota Sawahlunto"),
    ("Kakan Kesbangpol Kabupaten Solok, Agus Salim, menyampaikan imbauan itu kepada ASN.",
     "Agus Salim", "Kantor Kesatuan Bangsa dan Politik Kabupaten Solok"),
    ("Kepala Kantor Kesbangpol Kota Pariaman Yusri Hamdani membuka sosialisasi netralitas.",
     "Yusri Hamdani", "Kantor Kesatuan Bangsa dan Politik Kota Pariaman"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "holder", "agency"), indexed(PROBES, lambda v: v[0][:50], first=1))
def test_the_head_of_a_unity_office_by_its_short_title_is_its_official(analysed: list, k: int, holder: str,
                                                                      agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (holder, agency) in found, found
