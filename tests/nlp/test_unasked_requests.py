"""Probe list of requests negated past words of wish, habit, need, time or giving ("tidak pernah meminta ASN ...",
"tak ingin memberikan imbauan kepada ASN ...", "tidak perlu lagi mengingatkan pegawai ..."): the request was not
made, so no appeal. Negatives: "tidak hanya mengimbau" and "tak lupa mengingatkan" still ask, and so does a plain
request. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Jelang Pilkada 2024 para ASN diawasi Bawaslu."
# (sentence after the context, whether it must be an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Kepala dinas mengaku tidak pernah meminta pegawainya untuk bersikap netral.", False),
    ("Gubernur menyatakan ia tak ingin memberikan imbauan kepada ASN agar netral.", False),
    ("Wali kota merasa tidak perlu lagi mengingatkan ASN untuk netral.", False),
    ("Sekda tidak hanya mengimbau ASN agar netral, tetapi juga membentuk tim pemantau.", True),
    ("Bupati tak lupa mengingatkan ASN agar menjaga netralitas.", True),
    ("Bupati meminta ASN menjaga netralitas.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_negated_request_asks_nothing(analysed: list, k: int) -> None:
    appeals = [d for d in analysed[k].directives if d.kind == "appeal" and d.sentence.strip() != CONTEXT]
    assert bool(appeals) == FORMS[k][1]
