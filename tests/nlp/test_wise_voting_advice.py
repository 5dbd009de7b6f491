"""Probe list of the stock advice to choose wisely ("kita harus cerdas dalam memilih", "jadilah pemilih yang
cerdas"): what every voter is asked, like "jangan golput", so a duty with no addressee of its own does not go to the
civil servants the story named before. A duty or request that names civil servants keeps them, and a duty of
neutrality beside it stays. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second is the probe.
CONTEXT = "Sekda Kabupaten mengingatkan seluruh ASN agar menjaga netralitas dalam Pilkada 2024."
FORMS: list[tuple[str, str, bool]] = [
    # the advice to every voter, no addressee of its own: no duty of the civil servants
    ('"Karena itu, kita harus cerdas dalam memilih," ujarnya.', "obligation", False),
    ("Menurutnya, kita wajib cerdas memilih pemimpin yang jujur.", "obligation", False),
    ('"Kita harus menjadi pemilih yang cerdas dan tidak termakan hoaks," katanya.', "obligation", False),
    ("Ia menambahkan, semua harus memilih dengan cerdas pada hari pencoblosan.", "obligation", False),
    # ... not a duty of neutrality said in the same words of 'kita'
    ('"Kita harus netral dan tidak memihak pasangan calon mana pun," katanya.', "obligation", True),
    # ... nor a request naming the civil servants, whatever it asks besides
    ("Sekda juga meminta ASN cerdas memilih dan tetap netral dalam Pilkada.", "appeal", True),
    ("Setiap ASN harus cerdas memilih dan wajib menjaga netralitas.", "obligation", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _, _ in FORMS])
def test_wise_voting_advice(analysed: list, k: int) -> None:
    text, kind, found = FORMS[k]
    assert (kind in sentence_kinds(analysed[k], text)) == found
