"""A health centre's head written with the technical unit it is of the district health office ("Kepala UPTD
Puskesmas X", "Kepala UPT Puskesmas X") or with the short head "Ka" reads like "Kepala Puskesmas X": the place
is the centre's, the holder's name follows it. Our own words; the plural names no one."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "dipanggil Bawaslu terkait dugaan pelanggaran netralitas ASN."
# (text, the holder, the institution served)
FORMS = [
    (f"Kepala UPTD Puskesmas Sukarame Wulan Sari {S}", "Wulan Sari", "Puskesmas Sukarame"),
    (f"Kepala UPT Puskesmas Pagaralam, Yusuf Hakim, {S}", "Yusuf Hakim", "Puskesmas Pagaralam"),
    ("Hadir dalam rapat itu Ka Puskesmas Cibeber, Dedi Kurnia, dan Camat Cibeber.", "Dedi Kurnia",
     "Puskesmas Cibeber"),
]
NO_NAME = [
    "Seluruh Kepala UPTD Puskesmas diminta menjaga netralitas.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS] + NO_NAME, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_health_centre_unit_head_is_read(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]


@pytest.mark.parametrize("k", range(len(NO_NAME)), ids=[t[:40] for t in NO_NAME])
def test_health_centre_heads_in_the_plural_name_no_one(analysed: list, k: int) -> None:
    assert analysed[len(FORMS) + k].officials == []
