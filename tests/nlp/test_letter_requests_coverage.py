"""Probe list of a letter sent to the civil servants with "untuk" and their conduct ("Bawaslu sudah menyurati para
camat untuk menjaga netralitas", "mengirim surat kepada seluruh ASN untuk tidak hadir"): the letter asks it of them,
as it does with "agar". A letter to others ("menyurati KPU untuk ...", "surat kepada warga untuk ...") asks nothing
of the civil servants. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Panwaslu kota sudah menyurati seluruh camat untuk menjaga netralitas selama Pilkada 2024.", A),
    ("Bawaslu akan surati para ASN untuk tidak menghadiri kampanye pada Pilkada 2024.", A),
    ("Pemkab melayangkan surat kepada seluruh PNS untuk bersikap netral pada Pilkada 2024.", A),
    ("Bawaslu juga bersurat kepada para guru untuk tidak mengunggah foto calon pada Pilkada 2024.", A),
    ("Bawaslu sudah menyurati KPU untuk memperbaiki data pemilih Pilkada 2024.", set()),
    ("Panitia mengirim surat kepada warga untuk datang ke TPS pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_letter_with_untuk_asks_the_civil_servants(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
