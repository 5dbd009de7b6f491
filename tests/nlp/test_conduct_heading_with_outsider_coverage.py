"""Probe list of forbidden conduct heading its clause with an outsider inside it: an active verb opens the clause
(past an adverb, its comma, or a word giving it as an example or as the lesser case: "bahkan", "seperti",
"jangankan") and a candidate, a party or a head of region stands anywhere in what it does before the ban ("Menyukai
status calon bupati di Facebook pun tidak boleh"): the conduct is the clause's subject, the outsider its object, so the
ban binds the civil servants the story addresses. An outsider heading the clause, after a speaker's attribution or
past a comma, is the ban's own subject and the sentence no directive to civil servants. Sentences are our own; all
are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengumpulkan seluruh ASN di aula kantor bupati menjelang Pilkada 2024."

# (sentence after the context, the kinds the analysis must give it)
FORMS: list[tuple[str, set[str]]] = [
    ("Menyukai status calon bupati di Facebook pun tidak boleh.", {"prohibition"}),
    ("Mengomentari unggahan kepala daerah yang maju lagi di Instagram juga dilarang.", {"prohibition"}),
    ("Menempel stiker pasangan bakal calon di mobil pribadi, itu tidak boleh.", {"prohibition"}),
    ("Bahkan, membagikan video partai di grup kantor saja tidak diperbolehkan.", {"prohibition"}),
    ("Seperti menyebarkan brosur paslon di grup WhatsApp juga tidak boleh.", {"prohibition"}),
    ("Jangankan menemani calon wali kota blusukan, menyukai fotonya saja dilarang.", {"prohibition"}),
    # look-alikes: the outsider heads the clause, follows an attribution, or stands past a comma
    ("Pasangan calon tidak boleh memasang baliho di kantor pemerintahan.", set()),
    ("Menurutnya calon bupati dilarang memakai mobil dinas saat kampanye.", set()),
    ("Selain membagikan sembako, tim kampanye juga dilarang membawa anak-anak.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context naming the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_an_outsider_inside_conduct_heading_the_clause_is_no_subject(analysed: list, k: int, sentence: str,
                                                                    kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], sentence) == kinds
