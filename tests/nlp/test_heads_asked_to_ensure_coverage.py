"""Probe list of requests to regional or agency heads to make sure of the civil servants themselves ("meminta kepala
daerah agar memastikan seluruh ASN tidak ikut kampanye", "menginstruksikan kepada gubernur, bupati dan wali kota agar
memastikan ASN di daerahnya netral", "memastikan betul ...", "memastikan bahwa ASN ..."): like "menjaga netralitas
ASN", they are directives about the civil servants' conduct, an appeal. Negatives: the heads asked to make sure of
something else (public services, logistics, a peaceful contest), a candidate asked about his own team, and a head who
only states that his staff are neutral. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Mendagri meminta para kepala daerah agar memastikan seluruh ASN tidak ikut kampanye pada Pilkada 2024.", A),
    ("Menteri menginstruksikan kepada gubernur, bupati dan wali kota agar memastikan pegawai di daerahnya netral "
     "pada Pilkada 2024.", A),
    ("Mendagri meminta bupati memastikan betul semua PNS di wilayahnya tidak memihak pada Pilkada 2024.", A),
    ("Menteri meminta wali kota memastikan bahwa ASN di kotanya tidak menghadiri deklarasi calon pada Pilkada 2024.",
     A),
    ("Mendagri meminta para kepala daerah memastikan pelayanan publik tetap berjalan selama Pilkada 2024.", set()),
    ("Menteri meminta gubernur memastikan logistik Pilkada 2024 tiba tepat waktu.", set()),
    ("Mendagri meminta para bupati memastikan bahwa Pilkada 2024 berjalan aman.", set()),
    ("Bawaslu meminta calon memastikan tim suksesnya tidak membagikan uang pada Pilkada 2024.", set()),
    ("Bupati memastikan ASN di daerahnya netral pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_heads_asked_to_make_sure_of_civil_servants_are_appealed_to(analysed: list, k: int, text: str,
                                                                    kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
