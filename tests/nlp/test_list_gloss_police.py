"""Probe list of requests to a list of the state's servants whose members carry a gloss in brackets or name the
police by its institution ("meminta TNI, Kepolisian (Polri), pegawai negeri (PNS) dan KPU ..."): the list runs on
past each gloss, so the civil servants later in it are addressed. Negatives: the same list with no civil servant,
and a request to the police alone. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Menteri meminta TNI, Kepolisian (Polri), pegawai negeri (PNS), dan KPU bersikap netral pada Pemilu 2024.", A),
    ("Gubernur meminta tentara nasional (TNI), birokrasi (pemerintah) dan ASN menjaga netralitas di Pilkada 2024.", A),
    ("Ketua DPRD mengimbau TNI, Kepolisian, serta ASN agar tidak memihak dalam Pilkada 2024.", A),
    ("Menteri meminta TNI (tentara) dan Kepolisian (Polri) bersikap netral pada Pemilu 2024.", set()),
    ("Bawaslu meminta Kepolisian menindak tegas perusak alat peraga kampanye Pemilu 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:60]))
def test_a_list_of_servants_runs_on_past_glosses_and_the_police(analysed: list, k: int, text: str,
                                                                kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
