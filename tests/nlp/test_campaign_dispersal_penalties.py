"""Probe list of the supervisors' penalties on a campaign named by its event dispersed or its contestant barred from
campaigning for some days ("pembubaran kegiatan", "pembubaran paksa", "sanksi larangan kampanye"), in a sentence naming
no civil servant: the contestants' penalty, none for civil servants. Negatives: the same scale where the sentence names
civil servants, and a civil servants' penalty with no such word. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
CONTEXT = "Bawaslu meminta seluruh ASN menjaga netralitas pada Pilkada 2024. "

# (text, the directive kinds the analysis must give, past the context's appeal)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Pelanggar aturan kampanye bisa dikenai peringatan, pembubaran kegiatan, hingga pidana.", set()),
    (CONTEXT + "Sanksinya bertahap, dari teguran tertulis, pembubaran paksa, sampai sanksi larangan kampanye.", set()),
    (CONTEXT + "Bila masih melanggar, sanksinya berupa larangan kampanye selama tiga hari.", set()),
    (CONTEXT + "ASN yang hadir di kampanye itu akan dikenai sanksi, dan kegiatannya bisa dibubarkan paksa.", S),
    (CONTEXT + "Pegawai yang ikut berkampanye akan dijatuhi hukuman disiplin berat.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(CONTEXT):][:63]))
def test_campaign_dispersal_penalty_is_no_civil_service_penalty(analysed: list, k: int, text: str,
                                                                 kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
