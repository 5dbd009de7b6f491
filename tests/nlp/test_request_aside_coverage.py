"""Probe list of an aside of time, occasion or the rule cited, set off by commas between a request or a hope and the
civil servants it asks ("meminta, selama masa tenang, semua pegawai ...", "berharap, dalam pilkada kali ini, para
ASN ..."). Negatives: the same aside before others than civil servants, before a statement of fact, and an aside
with no comma before it (the verb's own comma is what sets it off). Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Ketua Panwaslu meminta, selama masa tenang Pilkada 2024, semua pegawai tidak mengunggah foto calon.", A),
    ("Bupati berharap, dalam Pilkada 2024 kali ini, para ASN tidak memperlihatkan dukungan kepada calon.", A),
    ("Sekda mengimbau, sebagaimana diatur dalam aturan disiplin, seluruh guru tidak ikut berkampanye pada "
     "Pilkada 2024.", A),
    ("Ketua Bawaslu mengingatkan, menjelang hari pencoblosan Pilkada 2024, agar ASN tidak ikut kampanye.", A),
    ("Bupati meminta, selama masa kampanye Pilkada 2024, warga datang ke TPS.", set()),
    ("Bawaslu mengingatkan, di setiap pemilu, pelanggaran netralitas selalu terjadi menjelang Pilkada 2024.", set()),
    ("Bupati meminta agar selama masa kampanye Pilkada 2024 suasana tetap kondusif.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_an_aside_between_a_request_and_whom_it_asks(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
