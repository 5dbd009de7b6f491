"""Probe list of Papua's district heads: a district there is a distrik, headed by a Kepala Distrik (and run by a
Sekretaris Distrik), read like a camat's office with the district gazetteer, in the usual places of the holder
(after the title with and without its comma, in a quote's attribution, before the title). Each text (our own words,
Papuan names) must give the holder with the district as the body ("Distrik X"); the title in the plural names no
one. All are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "meminta ASN di kantornya tidak ikut berkampanye."
# (text, the holder, the institution served)
FORMS = [
    (f"Kepala Distrik Sentani Timur, Yan Piet Wally, {S}", "Yan Piet Wally", "Distrik Sentani Timur"),
    (f"Kepala Distrik Abepura Yohanis Numberi {S}", "Yohanis Numberi", "Distrik Abepura"),
    ('"Tidak boleh ada pegawai yang memihak," kata Kepala Distrik Aimas, Markus Kalami.', "Markus Kalami",
     "Distrik Aimas"),
    (f"Markus Kalami, Kepala Distrik Aimas, {S}", "Markus Kalami", "Distrik Aimas"),
    (f"Sekretaris Distrik Sentani, Natan Pepuho, {S}", "Natan Pepuho", "Distrik Sentani"),
    (f"Kepala Distrik Wamena Kota, Elias Wenda, {S}", "Elias Wenda", "Distrik Wamena Kota"),
]
NO_NAME = [
    "Para kepala distrik diminta menjaga netralitas.",
    "Bupati meminta seluruh Kepala Distrik dan kepala kampung netral.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS] + NO_NAME, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_district_head_of_papua_is_read(analysed: list, k: int, text: str, name: str, agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]


@pytest.mark.parametrize("k", range(len(NO_NAME)), ids=[t[:40] for t in NO_NAME])
def test_district_heads_in_the_plural_name_no_one(analysed: list, k: int) -> None:
    assert analysed[len(FORMS) + k].officials == []
