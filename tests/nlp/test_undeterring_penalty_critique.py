"""Probe list of penalties judged as deterring no one or as weak ("sanksinya belum menimbulkan efek jera", "aturan
sanksinya masih lemah", "hukuman yang dijatuhkan tidak efektif"): a critique of how penalties work, no sanction
imposed or threatened. Negatives: a penalty threatened so that it deters ("agar menimbulkan efek jera"), and one
imposed with no judgement of it, stay sanctions. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

LEAD = "Bawaslu Kabupaten Lahat mengimbau seluruh ASN menjaga netralitas pada Pilkada 2024. "

# (the sentence after the lead, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Menurut peneliti itu, sanksi bagi ASN yang berpihak selama ini belum menimbulkan efek jera.", set()),
    ("Hukuman yang dijatuhkan kepada camat itu dinilai tidak memberikan efek jera.", set()),
    ("Ia menilai aturan sanksi bagi pegawai yang tak netral masih lemah.", set()),
    ("Sanksi teguran bagi ASN pelanggar netralitas dianggap terlalu ringan oleh pengamat.", set()),
    ("Pemberian sanksi kepada pegawai yang berkampanye dinilai tidak efektif.", set()),
    ("Bupati akan menjatuhkan sanksi tegas kepada ASN yang berpihak agar menimbulkan efek jera.", {"sanction"}),
    ("ASN yang terbukti berkampanye akan dikenai sanksi disiplin berat.", {"sanction"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([LEAD + sentence for sentence, _ in FORMS], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_penalty_judged_as_deterring_no_one_is_no_sanction(analysed: list, k: int) -> None:
    sentence, kinds = FORMS[k]
    assert sentence_kinds(analysed[k], sentence) == kinds
