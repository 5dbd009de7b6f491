"""Probe list of "no need to try" said to the civil servants a story addresses ("Tidak perlu coba-coba melanggar
aturan", "tak perlu mencoba-coba hal macam-macam"): the "no need" form of the warning "jangan coba-coba", so a ban,
as "tidak perlu ikut-ikutan" already is. Negatives: the same words with someone else as their subject ("Warga tidak
perlu coba-coba menebak ...") and a bare "tidak perlu" ("tidak perlu takut melapor") forbid the civil servants
nothing. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Aturannya sudah jelas, tidak perlu coba-coba melanggar,\" katanya.", {"prohibition"}),
    ("\"Kita patuhi saja, tak perlu mencoba-coba hal macam-macam,\" ujarnya.", {"prohibition"}),
    ("\"Pokoknya nggak perlu macam-macam selama masa kampanye,\" tegasnya.", {"prohibition"}),
    ("Warga tidak perlu coba-coba menebak hasil hitung cepat.", set()),
    ("\"Tidak perlu takut melapor ke Bawaslu,\" katanya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_no_need_to_try_forbids_the_civil_servants_addressed(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
