"""The election supervisor's body is often written with the noun of the act, "Badan Pengawasan Pemilu" for "Badan
Pengawas Pemilu": asked by that name it is an outsider, as by its usual one, so a request to it about its own tasks
is no appeal to civil servants; a request naming civil servants beside it still is. Texts in our own words."""

from __future__ import annotations

import pytest

LEAD = "Pj Wali Kota Madiun meminta seluruh ASN menjaga netralitas pada Pilkada 2024. "


def appeals(run, text: str) -> list[str]:
    return [d.sentence for d in run(text).directives if d.kind == "appeal"]


@pytest.mark.parametrize("sentence", [
    "Ia juga meminta agar Badan Pengawasan Pemilu (Bawaslu) Kota Madiun menjalankan tugasnya sebagai pengawas.",
    "Pj Wali Kota meminta Badan Pengawasan Pemilihan Umum Kota Madiun lebih aktif melakukan patroli pengawasan.",
])
def test_the_body_by_its_act_noun_is_no_civil_servant(run, sentence):
    assert sentence not in appeals(run, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Ia juga meminta ASN dan Badan Pengawasan Pemilu Kota Madiun bersama menjaga netralitas birokrasi.",
    "Ia meminta seluruh ASN menghadiri sosialisasi Badan Pengawasan Pemilu tentang larangan kampanye.",
])
def test_civil_servants_asked_beside_it_still_are(run, sentence):
    assert sentence in appeals(run, LEAD + sentence)


def test_the_body_is_still_read_as_the_agency(run):
    a = run(LEAD + "Badan Pengawasan Pemilu (Bawaslu) Kota Madiun menggelar sosialisasi netralitas ASN.")
    assert any("Bawaslu" in (m.acronym or "") or "Pengawas" in m.agency for m in a.agencies)
