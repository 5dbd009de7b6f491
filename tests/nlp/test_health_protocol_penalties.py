"""Probe list of penalties for breaking a campaign's health rules in an epidemic ("melanggar protokol kesehatan saat
kampanye", "prokes tidak ketat"), in a sentence naming no civil servant: the penalty of campaigners, crowds or heads
who gathered one, none for partisanship told to civil servants. Negatives: the same penalty where the sentence names
civil servants, and a neutrality penalty beside the health rules' news. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
CONTEXT = "Bupati meminta seluruh ASN menjaga netralitas selama Pilkada 2020. "

# (text, the directive kinds the analysis must give, past the context's appeal)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Ia menegaskan, siapa saja yang melanggar protokol kesehatan saat kampanye akan ditindak tegas.", set()),
    (CONTEXT + "Kalau prokes di lokasi kampanye tidak ketat, panitianya ditegur lalu kegiatannya dibubarkan.", set()),
    (CONTEXT + "Sebagian besar kepala daerah itu ditegur Mendagri karena melanggar protokol kesehatan.", set()),
    (CONTEXT + "Pelanggar protokol COVID-19 dalam rapat kampanye bisa dikenai sanksi pidana.", set()),
    (CONTEXT + "ASN yang ikut kampanye dan melanggar protokol kesehatan akan dikenai sanksi disiplin.", S),
    (CONTEXT + "Selain menegakkan prokes, Bupati memastikan ASN yang tidak netral akan dicopot dari jabatannya.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2020-10-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(CONTEXT):][:63]))
def test_health_protocol_penalty_is_no_neutrality_penalty(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
