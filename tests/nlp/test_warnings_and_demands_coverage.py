"""Probe list of appeals put as a sharp warning or a demand with what it asks after "agar"/"supaya" ("memberikan
peringatan keras, agar ASN tidak terlibat ...", "memberi peringatan tegas supaya ...", "mencuat desakan agar para
ASN bersikap netral"): a warning given before anyone is found guilty is no penalty but asks what follows, and a
demand asks as a request does; the read half's gold gives each an appeal. A sharp warning that asks nothing
("memberikan peringatan keras bagi ASN dalam pilkada"), one received by violators, and a demand put to the
election's supervisors or the police ask no civil servant. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Saya memberikan peringatan keras, agar pegawai tidak ikut politik praktis,\" kata Bupati jelang Pilkada 2024.",
     A),
    ("Wali kota memberikan peringatan keras agar ASN di Pemkot tidak memihak pada Pilkada 2024.", A),
    ("Sekda memberi peringatan tegas supaya seluruh PNS menjauhi kampanye pada Pilkada 2024.", A),
    ("Bupati memberi peringatan keras, supaya para camat dan lurah tetap netral pada Pilkada 2024.", A),
    ("Jelang Pilkada 2024 mencuat desakan agar para ASN di Kota Bekasi bersikap netral.", A),
    ("Fraksi DPRD menyampaikan desakan agar ASN tidak dimobilisasi calon pada Pilkada 2024.", A),
    ("Ketua Bawaslu memberikan peringatan keras bagi ASN dalam Pilkada 2024.", set()),
    ("Dua ASN yang terbukti ikut kampanye diberi peringatan keras oleh Bupati pada Pilkada 2024.", {"sanction"}),
    ("Warga menyampaikan desakan agar Bawaslu segera mengusut laporan itu pada Pilkada 2024.", set()),
    ("Muncul desakan agar polisi menangkap pelaku politik uang pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_sharp_warning_or_a_demand_asks_what_follows(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
