"""The civil servants right before the speaker's pronoun and a bare request verb are its object put first, the
passive of the first and second person ("Seluruh ASN kami harapkan tetap netral", "Para guru juga saya harapkan
tidak ikut berkampanye"): a hope whose addressee must be named asks them. Someone else or a thing put first asks no
civil servant. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pemkab menggelar sosialisasi netralitas ASN jelang Pilkada 2024."

# (the sentence after CONTEXT, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Seluruh ASN kami harapkan tetap netral selama masa kampanye,\" kata Sekda.", {"appeal"}),
    ("\"Para guru juga saya harapkan tidak ikut berkampanye,\" ujar Kepala Dinas.", {"appeal"}),
    # someone else or a thing put first: no civil servant asked
    ("\"Pihak keamanan kami harapkan sudah siap sejak pagi,\" kata Sekda.", set()),
    ("\"Pilkada yang damai kita harapkan bersama,\" ujar Kepala Dinas.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same sentence on the civil servants' neutrality."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_the_civil_servants_put_first_are_asked(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
