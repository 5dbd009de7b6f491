"""Probe list of requests to contestants not to press civil servants into their campaign (forcing, threatening,
leading or luring them: "menekan", "memaksa", "mengintimidasi", "mengajak", "mengarahkan"): a request about using
civil servants, so an appeal. Negatives: the same verbs pressing someone else, and a request to the public to watch
the contest. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Panwas kota meminta para kandidat tidak menekan pegawai negeri agar memilih mereka dalam Pilkada 2024.", A),
    ("Ketua Bawaslu mengimbau tim pemenangan untuk tidak memaksa ASN hadir di rapat umum menjelang Pilkada 2024.", A),
    ("Bawaslu mengingatkan partai politik supaya tidak mengintimidasi PNS selama masa kampanye Pemilu 2024.", A),
    ("KPU daerah meminta pasangan calon agar tidak mengajak ASN ikut berkampanye pada Pilkada 2024.", A),
    ("Bawaslu meminta pasangan calon tidak menekan warga untuk memilih mereka dalam Pilkada 2024.", set()),
    ("Bawaslu mengajak masyarakat ikut mengawasi jalannya kampanye Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:60]))
def test_a_request_not_to_press_civil_servants_is_an_appeal(analysed: list, k: int, text: str,
                                                            kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
