"""Probe list of a penalty noun right after a word of procedure ("mekanisme pemberian sanksi", "prosedur penjatuhan
hukuman"), in a sentence with no word of time to come: how penalties are decided, no sanction given or threatened.
Negatives: the procedure said to be what will follow ("mekanisme sanksi yang akan diterapkan"), and a penalty given
with no procedure named, stay sanctions. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

LEAD = "Bupati Kebumen mengimbau seluruh ASN menjaga netralitas pada Pilkada 2024. "

# (the sentence after the lead, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Kepala BKPSDM lalu memaparkan mekanisme pemberian sanksi atas pelanggaran netralitas pegawai.", set()),
    ("Semua itu sudah tertuang dalam mekanisme sanksi yang berlaku bagi ASN.", set()),
    ("Narasumber juga membahas prosedur penjatuhan hukuman disiplin bagi PNS.", set()),
    ("Jika ada ASN yang terbukti berpihak, mekanisme sanksi yang akan diterapkan mengikuti PP 94.", {"sanction"}),
    ("Bupati menegaskan sanksi tegas bakal dijatuhkan kepada ASN yang berpihak.", {"sanction"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([LEAD + sentence for sentence, _ in FORMS], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_penalty_procedure_named_is_no_sanction(analysed: list, k: int) -> None:
    sentence, kinds = FORMS[k]
    assert sentence_kinds(analysed[k], sentence) == kinds
