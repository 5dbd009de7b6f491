"""Probe list of a ban put after a whole act online written with its spoken prefix ("Ngelike status calon tidak
boleh", "Nge-like postingan paslon juga dilarang", "Menge-share foto calon tidak boleh"): the act is the modal's
subject, so the candidate it is done to is no subject and the ban binds the civil servants the story speaks of, as
with "Memposting foto calon tidak boleh". A candidate who is the subject of the ban ("Calon tidak boleh ...") and a
word of the same shape that is no act ("Ngeri, calon tidak boleh ...") leave it the candidates'. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Bawaslu Kabupaten Jember mengingatkan seluruh ASN menjaga netralitas pada Pilkada 2024."
FORMS: list[tuple[str, bool]] = [
    # a spoken act online opens the sentence: the ban is the civil servants'
    ("Ngelike status calon bupati tidak boleh.", True),
    ("Nge-like postingan paslon di media sosial juga dilarang.", True),
    ("Menge-share foto salah satu calon tidak boleh.", True),
    ("Menge-like atau mengomentari unggahan pasangan calon tidak diperbolehkan.", True),
    ('"Ngeshare video kampanye calon juga tidak boleh," katanya.', True),
    # ... as with the written prefix
    ("Memposting foto salah satu calon tidak boleh.", True),
    # the candidates themselves are banned, or the opening word is no act
    ("Calon bupati tidak boleh berkampanye di sekolah.", False),
    ("Ngeri, calon tidak boleh berkampanye di rumah ibadah.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_an_act_online_with_its_spoken_prefix_opening_a_ban_binds_the_servants(analysed: list, k: int) -> None:
    text, found = FORMS[k]
    assert ("prohibition" in sentence_kinds(analysed[k], text)) == found
