"""Probe list of Yogyakarta's district and village heads: a regency's district there is a kapanewon, headed by a
Panewu and his deputy the Panewu Anom, and a village a kalurahan, headed by a Lurah, also when only the kapanewon
set off by commas says so. Each text (our own words) must give the holder with the office served; the titles in the
plural or with no holder name no one."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "meminta pamong di wilayahnya tidak ikut berkampanye."
# (text, the holder, the institution served)
FORMS = [
    (f"Panewu Pundong, Sri Handayani, {S}", "Sri Handayani", "Kapanewon Pundong"),
    (f"Panewu Anom Seyegan Bambang Wijaya {S}", "Bambang Wijaya", "Kapanewon Seyegan"),
    ('"Pamong harus tetap netral," kata Panewu Kapanewon Imogiri, Suparjo.', "Suparjo", "Kapanewon Imogiri"),
    (f"Lurah Kalurahan Wukirsari Heru Prasetya {S}", "Heru Prasetya", "Kalurahan Wukirsari"),
    (f"Lurah Trimulyo, Kapanewon Jetis, Agus Salim, {S}", "Agus Salim", "Kalurahan Trimulyo"),
]
NO_NAME = [
    "Para panewu dan lurah diminta menjaga netralitas.",
    "Bupati meminta Panewu Anom Godean yang hadir di acara paslon segera memberi klarifikasi.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS] + NO_NAME, published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_district_or_village_head_of_yogyakarta_is_read(analysed: list, k: int, text: str, name: str,
                                                           agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]


@pytest.mark.parametrize("k", range(len(NO_NAME)), ids=[t[:40] for t in NO_NAME])
def test_yogyakarta_district_heads_without_a_holder_name_no_one(analysed: list, k: int) -> None:
    assert analysed[len(FORMS) + k].officials == []
