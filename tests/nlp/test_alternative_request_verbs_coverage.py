"""Probe list of two request verbs offered as alternatives ('mengimbau atau mengajak'): the second verb's object is
whom both ask, so a pair asking voters or the public asks no civil servant; a pair asking civil servants, or 'atau'
between two addressees, stays an appeal. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second holds the pair.
CONTEXT = "Kepala BKD mengingatkan pegawai negeri agar netral dalam Pilkada 2024."
FORMS: list[tuple[str, bool]] = [
    ("Termasuk pula meminta atau mengajak tetangga untuk mencoblos calon yang didukungnya.", False),
    ("Di antaranya menyuruh atau mengajak warga supaya memilih pasangan tertentu.", False),
    # ... but a pair asking the civil servants, or 'atau' joining whom one verb asks, stays an appeal
    ("Ia mengimbau atau bahkan meminta seluruh pegawai untuk tidak memakai atribut partai.", True),
    ("Sekda meminta ASN atau perangkat desa agar tidak hadir di acara deklarasi.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_alternative_request_verbs_ask_whom_the_second_asks(analysed: list, k: int) -> None:
    assert ("appeal" in sentence_kinds(analysed[k], FORMS[k][0])) == FORMS[k][1]
