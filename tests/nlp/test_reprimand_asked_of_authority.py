"""Probe list of a reprimand asked of the authority: a request whose content is to give civil servants a reprimand
("meminta Pj Wali Kota memberikan teguran kepada pegawai ...") asks for the penalty, as "memberikan sanksi" does, and
is no appeal on conduct. A request on conduct with the speaker's own reprimand joined after it, or one whose reason is
to avoid a reprimand, keeps the appeal beside the penalty. Sentences are our own; all texts are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

ASKED: list[str] = [
    'Panwaslu meminta Pj Wali Kota memberikan teguran kepada pegawai yang berfoto dengan calon pada Pilkada 2024.',
    'Bawaslu mendesak Sekda memberi teguran keras kepada ASN yang menghadiri deklarasi calon pada Pilkada 2024.',
]

BOTH: list[str] = [
    'Pj Bupati mengingatkan pegawai agar netral dan memberikan teguran bagi yang melanggar pada Pilkada 2024.',
    'Kepala BKPSDM mengimbau ASN netral pada Pilkada 2024 supaya tidak diberi teguran.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(ASKED + BOTH, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(ASKED)), ids=[t[:48] for t in ASKED])
def test_reprimand_asked_of_authority_is_a_sanction_alone(analysed: list, k: int) -> None:
    kinds = sentence_kinds(analysed[k], ASKED[k])
    assert "sanction" in kinds and "appeal" not in kinds


@pytest.mark.parametrize("k", range(len(BOTH)), ids=[t[:48] for t in BOTH])
def test_conduct_asked_keeps_its_appeal(analysed: list, k: int) -> None:
    kinds = sentence_kinds(analysed[len(ASKED) + k], BOTH[k])
    assert "appeal" in kinds and "sanction" in kinds
