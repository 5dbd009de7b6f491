"""Probe list of a ban on contestants about using civil servants, said with the noun of that using after a verb of
doing ('paslon dilarang melakukan mobilisasi ASN', 'tidak boleh melakukan pengerahan ASN') or with the noun alone
as the spoken verb right after the cue ('caleg jangan mobilisasi ASN'): about the civil servants' conduct, as the
verbs ('memobilisasi ASN') already are. A case named in what someone else is asked ('diminta mengusut dugaan
mobilisasi ASN') is no such ban. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence is about the civil servants' neutrality; the second states the rule.
CONTEXT = "KPU kota mengingatkan soal netralitas ASN dalam Pilkada 2024."
FORMS: list[tuple[str, bool]] = [
    ("Pasangan calon dilarang melakukan mobilisasi ASN dalam bentuk apa pun.", True),
    ("Tim kampanye tidak boleh melakukan pengerahan ASN ke lokasi kampanye.", True),
    ("Para calon juga dilarang melakukan pelibatan aparatur sipil negara.", True),
    ("Ia menegaskan caleg jangan mobilisasi ASN untuk mendulang suara.", True),
    # ... but a case named in what someone else is asked, or a crowd moved, is no ban about civil servants
    ("Bawaslu diminta mengusut dugaan mobilisasi ASN di kecamatan itu.", False),
    ("Pasangan calon dilarang melakukan mobilisasi massa di luar jadwal.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_ban_on_using_civil_servants_said_with_its_noun(analysed: list, k: int) -> None:
    assert ("prohibition" in sentence_kinds(analysed[k], FORMS[k][0])) == FORMS[k][1]
