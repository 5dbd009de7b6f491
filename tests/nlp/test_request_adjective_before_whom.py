"""Probe list of request nouns with an adjective between them and whom they tell ("memberikan arahan khusus kepada
seluruh pegawai untuk ...", "pesan tegas terhadap para guru agar ..."): those past the adjective are still whom the
request asks, when what they are to do follows them. Beside them, the same nouns that name whom a talk was for with
nothing asked, or tell the public or violators, which ask no civil servant. Sentences are our own; all are analysed in
one batch, each after a sentence that makes the story one about civil servants' neutrality."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Netralitas aparatur sipil negara kembali disorot menjelang Pilkada 2024."

# (sentence, whether the analysis must give it an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Bupati memberikan arahan khusus kepada seluruh ASN untuk tidak ikut berkampanye.", True),
    ("Sekda memberi arahan tegas kepada para pegawai untuk menjaga netralitas selama tahapan pilkada.", True),
    ("Bupati juga memberikan pesan tegas terhadap para guru agar tidak memihak pasangan calon mana pun.", True),
    ("Kepala dinas menyampaikan pesan singkat kepada semua PNS untuk fokus melayani masyarakat.", True),
    # whom a talk was for, nothing asked of them
    ("Apel itu dipimpin asisten bupati yang memberikan arahan penting kepada ASN dan tenaga honorer di lingkup pemkab.",
     False),
    # the public told, or violators warned with nothing asked
    ("Camat memberikan arahan khusus kepada warga untuk menjaga kebersihan lingkungan.", False),
    ("Bawaslu memberikan peringatan keras kepada dua ASN yang ikut deklarasi pasangan calon.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context sentence."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_request_asks_whom_it_tells_past_its_adjective(analysed: list, k: int) -> None:
    sentence, appeal = FORMS[k]
    assert ("appeal" in sentence_kinds(analysed[k], sentence)) == appeal
