"""Probe list of a weak request cue whose subject is a pronoun after the hope's "agar"/"supaya" ("Ia berharap agar
mereka tidak memihak", "menyarankan supaya mereka mundur dari status ASN"): the pronoun points back to whom the story
addresses, as "berharap mereka ..." already does. Negatives: the pronoun before the hope is its doer ("Mereka berharap
agar pilkada damai"), and a pronoun pointing back to the public asks no civil servant. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

SERVANTS = "Bupati mengumpulkan seluruh ASN jelang Pilkada 2024."
PUBLIC = "Bupati mengimbau warga datang ke TPS pada Pilkada 2024."
# (context, sentence after it, the directive kinds the analysis must give in that sentence)
FORMS: list[tuple[str, str, set[str]]] = [
    (SERVANTS, "Ia berharap agar mereka tidak memihak pada calon tertentu.", {"appeal"}),
    (SERVANTS, "Sekda menyarankan supaya mereka menjauhi lokasi kampanye.", {"appeal"}),
    (SERVANTS, "Kami berharap agar mereka tetap netral sampai pemungutan suara.", {"appeal"}),
    (SERVANTS, "Mereka berharap agar pilkada berjalan damai.", set()),
    (PUBLIC, "Ia berharap agar mereka tidak golput.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after its context."""
    return analyse_all([f"{context} {sentence}" for context, sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for _, sentence, _ in FORMS])
def test_a_pronoun_after_the_hopes_link_is_whom_it_asks(analysed: list, k: int) -> None:
    context, sentence, kinds = FORMS[k]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence} == kinds
