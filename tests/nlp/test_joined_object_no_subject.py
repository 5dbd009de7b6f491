"""Probe list of a noun joined ("dan", "atau", "maupun", "serta") to the object of a preposition, past the few words
the object test looks back ("tidak boleh berpihak kepada salah satu paslon dan paslon lain, wajib netral"): the
joined noun is an object too, no subject of the modal that follows, so the duty binds the civil servants the story
addresses. Negatives: a noun joined to a subject stays a subject ("Tim sukses dan relawan harus ..."), and civil
servants joined after whom a request verb tells stay whom it asks. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

CONTEXT = "Kepala dinas mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ('"Pokoknya tidak boleh berpihak kepada salah satu paslon dan paslon lain, wajib netral," ujarnya.',
     {"prohibition", "obligation"}),
    ('"Jangan berfoto bersama salah satu paslon maupun tim pemenangannya, semua harus menjaga jarak," katanya.',
     {"prohibition", "obligation"}),
    ("Tim sukses dan relawan harus menjaga ketertiban selama kampanye.", set()),
    ("Ia mengingatkan kepada ASN dan kepala desa agar tidak ikut kampanye.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_noun_joined_to_an_object_is_no_subject(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
