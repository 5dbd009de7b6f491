"""Probe list: the civil service commission recommending against civil servants, by any of its names and as the doer
of a verb of recommending, or as whom civil servants got the recommendation from, is the step that imposes their
penalty; a case the supervisor sends to the commission, or the commission's recommendation named by a head who
ignores it, is no penalty. Sentences are our own; all texts are analysed in one batch after a sentence naming the
civil servants, and only the last sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bawaslu mendapati beberapa ASN di Kabupaten Sejahtera hadir dalam deklarasi calon bupati."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Pekan lalu KASN merekomendasikan enam ASN tersebut kepada bupati.", S),
    ("Komisi ASN juga mengeluarkan rekomendasi terhadap dua kepala bidang di dinas itu.", S),
    ("Komisi Aparatur Sipil Negara (KASN) telah memberikan rekomendasi atas sembilan PNS tersebut.", S),
    ("Hingga kini, 25 ASN sudah menerima rekomendasi dari KASN.", S),
    # the case sent to the commission, or its recommendation ignored by a head
    ("Laporan tentang enam ASN itu sudah direkomendasikan ke KASN oleh Bawaslu.", ()),
    ("Bawaslu merekomendasikan temuan tersebut kepada Komisi ASN.", ()),
    ("Beberapa kepala daerah dinilai mengabaikan rekomendasi KASN terkait ASN itu.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_the_commissions_recommendation_on_civil_servants(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
