"""The method of an offence told with a request verb ('ada yang modusnya mengajak rapat ASN', 'dengan modus meminta
kepala desa mengumpulkan KTP', 'modusnya adalah mengajak para guru ...'): how a violation was done, not a request
made. Requests that warn of such methods stay appeals."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

CONTEXT = "Bawaslu mencatat sejumlah dugaan pelanggaran netralitas ASN pada Pilkada 2024."

PROBES: list[tuple[str, set[str]]] = [
    ("Ada pula pejabat yang modusnya mengajak para lurah makan malam bersama tim calon.", set()),
    ("Seorang kepala dinas diduga beraksi dengan modus meminta bawahannya menyetor fotokopi KTP keluarga.", set()),
    ("Modusnya adalah mengajak guru honorer berkumpul di posko pemenangan.", set()),
    ("Salah satu modusnya yakni meminta perangkat desa memasang stiker calon di rumah warga.", set()),
    # warnings about such methods
    ("Bupati mengajak ASN menjauhi modus-modus kampanye terselubung.", {"appeal"}),
    ("Sekda meminta ASN mewaspadai modus ajakan berkumpul dari tim calon.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analyses(analyse_all) -> list:
    return analyse_all([f"{CONTEXT} {values(p)[0]}" for p in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(PROBES, lambda v: v[0][:60]))
def test_offence_method(analyses: list, k: int, sentence: str, kinds: set[str]) -> None:
    got = {d.kind for d in analyses[k].directives if d.sentence.strip() != CONTEXT}
    assert got == kinds
