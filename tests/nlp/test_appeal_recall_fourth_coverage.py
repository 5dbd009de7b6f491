"""Probe list of appeals missed on the fourth pass over the read half's appeals: the civil servants named by their
corps' full name ("anggota Korps Pegawai Republik Indonesia (Korpri)"), which the short "anggota Korpri" already
named. The same words naming the corps' own leaders or anyone else's members ask nothing. Sentences are our own;
all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # the corps by its full name, with and without "Negeri", its acronym after it
    ("Bupati mengimbau seluruh anggota Korps Pegawai Republik Indonesia (Korpri) agar netral pada Pilkada 2024.", A),
    ("Gubernur meminta anggota Korps Pegawai Negeri Republik Indonesia menjaga netralitas pada Pemilu 2024.", A),
    ("Sekda mengajak anggota Korps Pegawai Republik Indonesia untuk tidak memihak pada Pilkada 2024.", A),
    # the corps' leaders, or other members, ask nothing
    ("Ketua Umum Korps Pegawai Republik Indonesia meninjau kantor cabang jelang Pilkada 2024.", set()),
    ("Bupati meminta anggota karang taruna menjaga kebersihan lapangan jelang Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_missed_appeal_is_found(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
