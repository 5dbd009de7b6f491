"""Probe list of a verb that only reports ("menambahkan", "mengatakan", "menjelaskan") right before the civil
servants and their "untuk" with no comma between ("Kadis menambahkan seluruh guru maupun kepala sekolah untuk tidak
..."): the verb takes no one as its object, so the civil servants open the clause that asks them, as after its comma.
Beside them, a verb that takes a person as its object ("mengarahkan ASN untuk memilih ..."), which reports an act, and
something said of the civil servants ("ASN tidak sulit untuk ..."), which asks nothing. Sentences are our own; all are
analysed in one batch, each after a sentence that makes the story one about civil servants' neutrality."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Netralitas aparatur sipil negara kembali disorot menjelang Pilkada 2024."

# (sentence, whether the analysis must give it an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Kadis menambahkan seluruh guru maupun kepala sekolah untuk tidak memasang atribut pasangan calon.", True),
    ("Sekda mengatakan para PNS di lingkungan pemkab untuk tetap bersikap netral sampai pemungutan suara.", True),
    ("Kepala BKD menjelaskan semua ASN untuk tidak mengunggah dukungan kepada calon di media sosial.", True),
    # a verb whose object is whom it acts on: the act reported, no request
    ("Seorang camat diduga mengarahkan ASN untuk memilih pasangan calon nomor urut dua.", False),
    # something said of them, no conduct asked
    ("Kadis menjelaskan ASN tidak sulit untuk bersikap netral bila memahami aturannya.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context sentence."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_civil_servants_after_a_reporting_verb_open_the_clause_asked(analysed: list, k: int) -> None:
    sentence, appeal = FORMS[k]
    assert ("appeal" in sentence_kinds(analysed[k], sentence)) == appeal
