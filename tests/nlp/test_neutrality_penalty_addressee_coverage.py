"""Probe list of a penalty told as that for a breach of neutrality ("sanksi pelanggaran netralitas", "sanksi
netralitas"), in a sentence naming no one, sentences after the article last named civil servants: it is theirs, as a
service penalty is. Before, the nearest sentences named only the case, so the penalty found no addressee. A penalty
of no named breach, one of neutrality whose sentence names other people ("anggota"), and one in an article naming no
civil servant stay none. Texts are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

LEAD = ("Bawaslu Kota Palu menggelar rapat koordinasi tentang netralitas ASN menjelang Pilkada 2024.\n"
        "Rapat itu berlangsung di sebuah hotel.\n"
        "Narasumber memaparkan data laporan tahun lalu.\n"
        "Sebagian besar laporan datang dari media sosial.\n")

PENALTIES: list[str] = [
    "Sanksi pelanggaran netralitas bisa berupa pemberhentian.",
    "Adapun sanksi netralitas berupa pernyataan secara terbuka.",
    "Siapa pun yang melanggar netralitas akan dikenai sanksi tegas.",
]

NO_BREACH = [
    "Sanksi bisa berupa pemberhentian.",
    "Sanksi pelanggaran netralitas itu dijatuhkan kepada anggota klub.",
]

OTHER_ARTICLE = ("Klub itu menggelar rapat anggota pekan ini.\n"
                 "Rapat berlangsung di gedung serbaguna.\n"
                 "Pengurus memaparkan laporan keuangan.\n"
                 "Sebagian besar pertanyaan soal iuran.\n")
OTHER_PENALTY = "Sanksi pelanggaran netralitas bisa berupa pemberhentian."

TEXTS = [LEAD + t for t in PENALTIES + NO_BREACH] + [OTHER_ARTICLE + OTHER_PENALTY]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(TEXTS, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[t[:48] for t in PENALTIES])
def test_each_neutrality_penalty_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], PENALTIES[k])


@pytest.mark.parametrize("k", range(len(NO_BREACH)), ids=[t[:48] for t in NO_BREACH])
def test_no_neutrality_breach_finds_no_addressee(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(PENALTIES) + k], NO_BREACH[k])


def test_no_civil_servant_in_the_article_is_no_sanction(analysed: list) -> None:
    assert "sanction" not in sentence_kinds(analysed[-1], OTHER_PENALTY)
