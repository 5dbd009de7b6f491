"""Probe list of a clause opened by a preposition of time or place, no comma after its noun phrase, then a word
that opens a noun phrase of people ("para", "seluruh", "segenap" ...) and a passive hope: the people named after
that word are its subject, not part of the adjunct ("Selama tahapan pilkada seluruh ASN diharapkan netral").
Negatives: the quantifier right after the preposition ("Sosialisasi kepada seluruh ASN diharapkan ...") or after a
word joining a list ("Pertemuan dengan Bupati dan para ASN diharapkan ...") stays inside the phrase, no appeal.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Pilkada 2024 segera digelar di kabupaten ini."
# (sentence after the context, whether it must be an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Selama tahapan pilkada seluruh ASN diharapkan netral.", True),
    ("Di Kabupaten Bantul para ASN diharapkan tidak memihak.", True),
    ("Menjelang pemungutan suara segenap pegawai diharapkan netral.", True),
    ("Sosialisasi kepada seluruh ASN diharapkan berjalan lancar.", False),
    ("Pertemuan dengan Bupati dan para ASN diharapkan rutin digelar.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the contest."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_quantifier_opens_the_subject_after_an_adjunct(analysed: list, k: int) -> None:
    appeals = [d for d in analysed[k].directives if d.kind == "appeal" and d.sentence.strip() != CONTEXT]
    assert bool(appeals) == FORMS[k][1]
