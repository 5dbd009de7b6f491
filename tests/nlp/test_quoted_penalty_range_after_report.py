"""Probe list of a penalty's range spelt out in a quote after the reporter has told the penalty in his own words
('Sekda memastikan ASN yang berpihak akan disanksi. / "Mulai dari teguran hingga pemecatan," tegasnya.'): the
speaker's own words state the penalty anew, a sanction of its own, as the annotated items count it. The same range
in the reporter's words right after his report, or in a quote after a penalty told in that same quote, spells out
the penalty just given and stays none. Sentences are our own; all stories are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds, values

# The reporter's paragraph that tells the penalty
REPORT = "Kepala BKPSDM Rudi Hartono memastikan ASN yang terbukti berpihak pada Pilkada 2024 akan diberi sanksi."

# (the story after the report, the sentence under test, the kinds of directive it must give)
FORMS: list = [
    # a quote of its own paragraph after the report: a sanction
    ('"Tentu kami jalankan aturannya. Mulai dari teguran lisan hingga pemberhentian," tegasnya.',
     "Mulai dari teguran lisan hingga pemberhentian,\" tegasnya.", {"sanction"}),
    ('"Pasti. Mulai teguran tertulis, penurunan pangkat sampai pemecatan," kata Rudi.',
     "Mulai teguran tertulis, penurunan pangkat sampai pemecatan,\" kata Rudi.", {"sanction"}),
    ('"Kita berpedoman pada PP 94 Tahun 2021. Mulai dari hukuman ringan sampai hukuman terberat," ujarnya.',
     "Mulai dari hukuman ringan sampai hukuman terberat,\" ujarnya.", {"sanction"}),
    # look-alikes: the range in the reporter's words goes on with his report
    ("Mulai dari teguran lisan hingga pemberhentian sesuai ketentuan.",
     "Mulai dari teguran lisan hingga pemberhentian sesuai ketentuan.", set()),
    # ... and in a quote whose own words gave the penalty just before
    ('"ASN yang melanggar pasti kami beri sanksi. Mulai dari teguran hingga pemecatan," tegasnya.',
     "Mulai dari teguran hingga pemecatan,\" tegasnya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each as its own paragraph after the reporter's paragraph."""
    return analyse_all([f"{REPORT}\n\n{values(p)[0]}" for p in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(FORMS, lambda v: v[1][:50], first=1))
def test_a_quoted_penalty_range_after_a_report_is_a_sanction(analysed: list, k: int, sentence: str,
                                                              kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], sentence) == kinds
