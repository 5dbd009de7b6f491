"""Probe list of a penalty somebody fears ("takut dimutasi", "khawatir akan dicopot", "cemas diberhentikan"): a motive
reported, no penalty threatened; a condition earlier in the clause makes the fear a threat ("Kalau takut dipecat, ..."),
and a penalty with no word of fearing before it stays ("terancam diberhentikan" reports the penalty faced). Sentences
are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}

# (text, whether it must give a sanction)
FORMS: list[tuple[str, set[str]]] = [
    ("Takut dimutasi, sejumlah ASN di kabupaten itu memilih diam saat diajak ke acara calon.", set()),
    ("Banyak pegawai khawatir akan dicopot dari jabatannya setelah pilkada usai.", set()),
    ("Pejabat eselon yang kalah dukungan ketakutan akan dinonjobkan oleh bupati baru.", set()),
    ("Para honorer cemas diberhentikan bila calon yang didukung atasannya kalah.", set()),
    ("Pejabat yang mendukung calon kalah merasa terancam akan dinonjobkan oleh bupati terpilih.", set()),
    # look-alikes: threats
    ("Kalau takut dipecat, ASN jangan ikut kampanye pasangan calon.", S | {"prohibition"}),
    ("ASN yang terbukti tidak netral akan dicopot dari jabatannya.", S),
    ("Camat yang ikut berkampanye itu kini terancam diberhentikan.", S),
    ("Bupati mengancam akan menonjobkan pejabat yang ikut berkampanye.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_feared_penalty_is_no_threat(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert got & (S | {"prohibition"}) == kinds
