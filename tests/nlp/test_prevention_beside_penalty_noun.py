"""Probe list of the penalty's noun "penindakan" in a sentence that also names prevention apart from it: a supervisor
telling the stages of his work ("sebelum tahap penindakan, kami lakukan pencegahan", "pencegahan agar tidak terjadi
pelanggaran yang berujung penindakan"), no penalty on anyone. Negatives: a condition that threatens the penalty, another
penalty cue in the sentence, the noun with no prevention named, and a list of tasks ending in it (left to the tasks'
own rule). Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
CONTEXT = "Bawaslu Kabupaten Sleman menggelar sosialisasi netralitas ASN menjelang Pilkada 2024. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Menurut Ketua Bawaslu, sebelum sampai pada tahap penindakan, pihaknya mengutamakan upaya pencegahan "
               "terhadap pelanggaran netralitas ASN.", set()),
    (CONTEXT + "Kegiatan itu digelar sebagai upaya pencegahan agar tidak ada pelanggaran netralitas ASN yang berujung "
               "penindakan.", set()),
    (CONTEXT + "Ia menjelaskan bahwa tugas mencegah pelanggaran lebih utama ketimbang penindakan netralitas ASN.",
     set()),
    (CONTEXT + "Bawaslu mengutamakan pencegahan, tetapi jika ASN terbukti melanggar netralitas, penindakan tetap "
               "dilakukan.", S),
    (CONTEXT + "Bawaslu siap menjatuhkan sanksi kepada ASN yang melanggar, sesuai prinsip pencegahan dan penindakan.",
     S),
    (CONTEXT + "Ketua Bawaslu memastikan akan melakukan penindakan tegas kepada ASN yang tidak netral.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(CONTEXT):][:63]))
def test_the_penalty_noun_beside_prevention_tells_stages_no_penalty(analysed: list, k: int, text: str,
                                                                    kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
