"""Probe list of the bare imperative of keeping ("Jaga ...") opening a quote in a story on civil servants: it asks
them only where what is kept is their conduct, bearing or posting ("Jaga netralitas", "Jagalah marwah korps",
"Tetap jaga sikap", "jaga jempol di medsos"). Negatives: keeping anything else is anyone's care ("Jaga kesehatan
menjelang hari pencoblosan", "Jaga kebersihan lingkungan kantor", "Jaga kampung kita dari kabar bohong"), no
appeal to them. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Wali kota mengumpulkan para ASN jelang Pilkada 2024."
# (quote after the context, whether it must be an appeal)
FORMS: list[tuple[str, bool]] = [
    ("\"Jaga netralitas sampai hari pencoblosan,\" ujarnya.", True),
    ("\"Jagalah marwah korps kita,\" pesannya.", True),
    ("\"Tetap jaga sikap di depan warga,\" katanya.", True),
    ("\"Jaga jempol kalian di medsos,\" tegasnya.", True),
    ("\"Jaga kesehatan menjelang hari pencoblosan,\" ujarnya.", False),
    ("\"Jaga kebersihan lingkungan kantor,\" katanya.", False),
    ("\"Jaga kampung kita dari kabar bohong,\" tuturnya.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {quote}" for quote, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[quote[:50] for quote, _ in FORMS])
def test_keeping_asks_the_civil_servants_only_their_conduct(analysed: list, k: int) -> None:
    appeals = [d for d in analysed[k].directives if d.kind == "appeal" and d.sentence.strip() != CONTEXT]
    assert bool(appeals) == FORMS[k][1]
