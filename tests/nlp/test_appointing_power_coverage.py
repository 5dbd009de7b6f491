"""Probe list of a dismissal listed right after an appointment ("berwenang mengangkat, memindahkan, dan
memberhentikan PNS", "hak untuk mengangkat dan memberhentikan pejabat", "diangkat dan diberhentikan oleh Presiden"):
the power over careers the law gives the personnel officer, no penalty, as the annotated items count it. A
dismissal of someone with an appointment after it stays a sanction. Sentences are our own; all
are analysed in one batch, each after a sentence that addresses the civil servants.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds, values

CONTEXT = "Sekda mengingatkan ASN agar netral pada Pilkada 2024."

# (sentence after the context, the kinds of directive it must give)
FORMS: list = [
    # the power to appoint and dismiss: none
    ("Sesuai aturan, bupati selaku PPK berwenang mengangkat, memindahkan, dan memberhentikan PNS di daerahnya.",
     set()),
    ("PPK adalah pejabat yang mempunyai kewenangan mengangkat dan memberhentikan pegawai.", set()),
    ("Gubernur memiliki hak prerogatif untuk mengangkat dan memberhentikan pejabat di lingkungan pemprov.", set()),
    ("Sekda diangkat dan diberhentikan oleh Presiden atas usul gubernur.", set()),
    ("Kewenangan pengangkatan, pemindahan, dan pemberhentian ASN ada pada kepala daerah.", set()),
    # look-alikes that stay sanctions: someone dismissed, an appointment after it or apart from it
    ("Bupati akan memberhentikan camat yang berkampanye dan mengangkat penggantinya.", {"sanction"}),
    ("Pegawai yang terbukti berkampanye akan diberhentikan, lalu bupati mengangkat penggantinya.", {"sanction"}),
    ("ASN yang terbukti berkampanye dapat diberhentikan dari jabatannya.", {"sanction"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context."""
    return analyse_all([f"{CONTEXT} {values(p)[0]}" for p in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(FORMS, lambda v: v[0][:50]))
def test_the_power_to_appoint_and_dismiss_is_no_penalty(analysed: list, k: int, sentence: str,
                                                         kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], sentence) == kinds
