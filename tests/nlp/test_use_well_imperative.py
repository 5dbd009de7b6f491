"""Probe list of the imperative of using ('Gunakan', 'Gunakanlah') opening a clause with civil servants' conduct,
politics or neutrality after it ("Gunakanlah hak politik secara bijak di bilik suara", "Gunakan media sosial dengan
bijak, jangan memihak"): an appeal, as the other generic imperatives are. Using anything else ("Gunakan hak pilih Anda,
jangan golput" to voters, "Gunakan tinta yang disediakan") asks no civil servant, and the verb inside a clause is no
imperative. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Sekda Brebes mengumpulkan ASN jelang Pilkada 2024. \"Gunakanlah hak politik kita dengan bijak di bilik suara,\" "
     "kata Sekda.", A),
    ("Kepala BKPSDM Brebes bicara netralitas ASN pada Pilkada 2024. \"Gunakan media sosial dengan bijak dan tetap "
     "netral,\" katanya.", A),
    # look-alikes: using anything else, to voters or for the count; the verb inside a clause
    ("Bupati Brebes mengajak warga ke TPS pada Pilkada 2024. \"Gunakan hak pilih Anda, jangan golput,\" katanya.",
     set()),
    ("KPU Brebes menyiapkan logistik Pilkada 2024. \"Gunakan tinta yang sudah disediakan petugas,\" kata ketua KPU.",
     set()),
    ("KPU Brebes menyiapkan logistik Pilkada 2024. \"Kami gunakan gudang lama untuk kotak suara yang netral,\" kata "
     "ketua KPU.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_using_well_asks_civil_servants(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
