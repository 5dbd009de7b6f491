"""Probe list of a request joining election conduct named by a hidden-stem spelling (a prefixed verb, a contest's
short name, its contestants, the vote) with other business ("tidak berpolitik praktis dan terus meningkatkan
kinerja", "tidak ikut dalam Pilbup dan menjaga kebersihan kantor"): the election words of `other_business` take
these spellings too, so the request asks election conduct and stays an appeal. Negatives: the same other business
asked with no election word stays none. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati memimpin apel pagi bersama ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ia meminta pegawai tidak berpolitik praktis dan terus meningkatkan kinerja.", {"appeal"}),
    ("Sekda mengingatkan ASN agar tidak ikut dalam Pilbup dan tetap menjaga kebersihan kantor.", {"appeal"}),
    ("Ia berharap pegawai tidak memberi dukungan kepada kandidat mana pun dan mengejar target pendapatan.",
     {"appeal"}),
    ("Ia juga mengimbau ASN tetap masuk kerja sehari setelah pencoblosan sesuai absensi.", {"appeal"}),
    ("Ia meminta pegawai terus meningkatkan kinerja.", set()),
    ("Sekda mengingatkan ASN agar tetap menjaga kebersihan kantor.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_hidden_stem_election_words_keep_the_appeal(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
