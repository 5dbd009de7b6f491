"""Probe list of districts (patterns/districts.yaml) written with the glottal stop's apostrophe of Makassarese and
Toraja names, straight or curly, where the list writes it or leaves it out: the body or the holder named by such a
district takes it whole. A word of no listed district after the same head stays unread, apostrophe or not. In our
own words, analysed in one batch."""

from __future__ import annotations

import pytest

# (text, a body it must name, or None where it must name none of the kind)
FORMS = [
    ("Panwascam Pa’jukukang mengundang ASN dalam sosialisasi netralitas Pilkada.",
     "Panwaslu Kecamatan Pa’jukukang"),
    ("Ketua Panwascam Pa'jukukang, Rahmat Hidayat, meminta ASN tetap netral.", "Panwaslu Kecamatan Pa'jukukang"),
    ("Kepala KUA Kecamatan Sa’dan mengingatkan penyuluh agama agar netral.", "Kantor Urusan Agama Kecamatan Sa’dan"),
    ("Camat Pa’jukukang, Andi Baso, meminta kepala desa netral.", "Kecamatan Pa’jukukang"),
    # no listed district: the apostrophe alone makes no place
    ("Panwascam Ma’rifat mengundang ASN dalam sosialisasi netralitas.", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "named"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(FORMS)])
def test_a_district_with_an_apostrophe_is_read_whole(analysed: list, k: int, text: str, named: str | None) -> None:
    found = {m.agency for m in analysed[k].agencies}
    if named is None:
        assert not any("Kecamatan" in a for a in found)
    else:
        assert named in found
