"""The head of a regional Badan titled by "Ka" fused before the Badan's whole "Ba-" acronym ("Kabappeda X",
"Kabakesbangpol X") or "Kaban" fused before its other one-word acronym ("Kabankesbangpol X") is the head of that
Badan, as the listed "Kakesbangpol" and "Kakankesbangpol" are. Stories in our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, office", [
    ("Kabankesbangpol Kota Solok, Rudi Hartono, meminta pegawai tidak memihak pasangan calon.",
     "Badan Kesatuan Bangsa dan Politik Kota Solok"),
    ("Kabakesbangpol Kabupaten Bima, Rudi Hartono, mengingatkan ASN agar netral dalam Pilkada.",
     "Badan Kesatuan Bangsa dan Politik Kabupaten Bima"),
    ("Rudi Hartono, Kabappeda Kabupaten Agam, meminta pegawai menjauhi kampanye.",
     "Badan Perencanaan Pembangunan Daerah Kabupaten Agam"),
    ("Kabapenda Kota Jambi Rudi Hartono mengingatkan stafnya menjaga netralitas.",
     "Badan Pendapatan Daerah Kota Jambi"),
])
def test_ka_before_the_badan_acronym_heads_that_badan(run, text, office):
    a = run(text)
    assert office in {m.agency for m in a.agencies}
    assert any(o.name == "Rudi Hartono" and o.agency == office for o in a.officials)


def test_a_town_spelt_alike_heads_nothing(run):
    a = run("Di Kabanjahe, Rudi Hartono meminta warga datang ke TPS.")
    assert not any(m.agency.startswith("Badan ") for m in a.agencies)
