"""A request whose content is a reduplicated verb ("untuk berhati-hati", "agar tidak bermain-main") asked a conduct of
its own, so a modal opening the next clause after a comma is a rule beside it, not what it reports: the sentence gives
an appeal and the modal's kind. With no conduct asked before the modal, or only an adverb of repetition
("berkali-kali"), the request reports the modal alone. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

ASKED = "Bupati mengajak seluruh ASN agar bijak bermedia sosial jelang Pilkada 2024."

# (the sentence after ASKED, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Saya ingatkan untuk berhati-hati saat bermedsos, jangan asal membagikan unggahan calon,\" kata Bupati.",
     {"appeal", "prohibition"}),
    ("\"Kami minta untuk berhati-hati, tidak boleh ikut deklarasi pasangan calon,\" ujar Sekda.",
     {"appeal", "prohibition"}),
    # no conduct before the modal, or only an adverb of repetition: what the request reports
    ("\"Saya ingatkan, jangan asal membagikan unggahan calon,\" kata Bupati.", {"prohibition"}),
    ("\"Saya ingatkan berkali-kali, jangan asal membagikan unggahan calon,\" kata Bupati.", {"prohibition"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same request to the civil servants."""
    return analyse_all([f"{ASKED} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_reduplicated_verb_is_what_the_request_asks(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
