"""Probe list of police resorts named "Polres Metro": before a region of the capital's area it is that region's
metropolitan resort ("Polres Metro Depok"), with no region after it it is the resort of Metro, the city in Lampung
("jajaran Polres Metro dan Kejari Metro"), never a metropolitan resort of Metro. Sentences in our own words."""

from __future__ import annotations

import pytest

# (text, a body it must name, a body it must not name or None)
FORMS = [
    ("Wali Kota Metro berterima kasih kepada Polres Metro dan Kejari Metro yang mengawal netralitas ASN.",
     "Kepolisian Resor Metro", "Kepolisian Resor Metropolitan Metro"),
    ("Apel netralitas digelar jajaran Kepolisian Resor Metro bersama Pemkot Metro, Lampung.",
     "Kepolisian Resor Metro", "Kepolisian Resor Metropolitan Metro"),
    # a region of the capital's area after it: the metropolitan resort
    ("Polres Metro Depok mengingatkan ASN agar netral pada Pilkada 2024.", "Kepolisian Resor Metropolitan Depok",
     "Kepolisian Resor Depok"),
    ("Polres Metro Bekasi Kota menggelar apel netralitas ASN.", "Kepolisian Resor Metropolitan Bekasi Kota", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "named", "not_named"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(FORMS)])
def test_polres_metro_is_placed_by_what_follows(analysed: list, k: int, text: str, named: str,
                                                not_named: str | None) -> None:
    found = {m.agency for m in analysed[k].agencies}
    assert named in found
    if not_named is not None:
        assert not_named not in found
