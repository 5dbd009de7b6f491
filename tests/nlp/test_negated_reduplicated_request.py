"""A negator before a request verb written twice in full ('tidak mengajak-mengajak', 'tak menghimbau-menghimbau')
denies both copies: no request is made, as with the verb written once. Without the negator the doubled verb still
asks, and a request whose content denies a doubled verb keeps its appeal. Sentences are our own; all are analysed
in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Wali kota mengumpulkan para ASN jelang Pilkada 2024."

# (the sentence after CONTEXT, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ia mengaku tidak mengajak-mengajak pegawai untuk menjaga netralitas, hanya membacakan aturan.", set()),
    ("\"Saya tak mengimbau-mengimbau ASN untuk bersikap netral, cukup aturan yang bicara,\" ujarnya.", set()),
    # no negator before the doubled verb, or the denial inside what is asked: still an appeal
    ("Ia mengajak-mengajak pegawai untuk menjaga netralitas selama masa kampanye.", {"appeal"}),
    ("Ia meminta para ASN tidak mengajak-mengajak warga memilih calon tertentu.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same sentence on the civil servants' neutrality."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_negated_doubled_request_asks_nothing(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
