"""Probe list of a ban or duty put after the whole act it rules, the act opening its clause with an active verb
("Mengajak warga memilih calon tertentu, tidak boleh"): the act is the modal's subject and the people it is done to
(the public, other people, a candidate) are not whom the rule binds, so the rule goes to the civil servants the story
speaks of, also where a condition with no subject opens the act. A modal with content of its own, or a condition
with its own subject, keeps that subject. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second states a rule.
CONTEXT = "Kepala BKD mengingatkan seluruh ASN agar netral dalam Pilkada 2024."
FORMS: list[tuple[str, str, bool]] = [
    # an act done to outsiders, the modal bare after it: the civil servants' rule
    ("Mengajak tetangga mencoblos calon tertentu, tidak boleh.", "prohibition", True),
    ("Bahkan menggiring orang lain untuk mendukung salah satu kandidat, tidak dibenarkan.", "prohibition", True),
    ("Menekan warga supaya hadir di kampanye calon juga dilarang, ujarnya.", "prohibition", True),
    ("Menjanjikan bantuan kepada masyarakat atas nama kandidat itu tidak diperbolehkan.", "prohibition", True),
    # ... also inside a condition with no subject of its own, pointed back to
    ("Kalau sampai menggiring tetangga mencoblos kandidat tertentu, itu jelas dilarang.", "prohibition", True),
    # ... and past a word of joining before its verb
    ("Turut menggiring pemuda desa untuk mendukung kandidat tertentu, jelas dilarang.", "prohibition", True),
    # ... not a modal with content of its own, whose subject is the people before it
    ("Warga dan tetangga tidak boleh diintimidasi menjelang pencoblosan.", "prohibition", False),
    ("Mengimbau masyarakat, jangan golput.", "prohibition", False),
    ("Mengajak warga datang ke TPS, jangan sampai golput.", "prohibition", False),
    ("Kalau pemuda mengajak tetangga mencoblos kandidat tertentu, itu tidak boleh.", "prohibition", False),
    # ... nor an attribution opening the sentence before its comma, no act
    ("Menurutnya, pemuda yang menyebar kabar bohong juga tidak boleh.", "prohibition", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _, _ in FORMS])
def test_bare_modal_after_an_opening_act(analysed: list, k: int) -> None:
    text, kind, found = FORMS[k]
    assert (kind in sentence_kinds(analysed[k], text)) == found
