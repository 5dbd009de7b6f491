"""A rule noun listed beside rights, tasks or responsibilities ("hak dan kewajiban", "tugas dan kewajiban", "tugas,
kewajiban dan tanggung jawab"), after a sentence that addresses civil servants, names their duties in general and
states no rule: the read half counts none of the 3 such sentences (3 outlets). A rule noun with what it requires after
it, or held by its own verb with no such pair, stays an obligation. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024 di Kabupaten Sleman."
OB = {"obligation"}

# (the sentence after CONTEXT, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("ASN adalah abdi negara yang memiliki tugas dan kewajiban khusus.", set()),
    ("\"Jalankan tugas, kewajiban dan tanggung jawab yang diberikan,\" ujarnya.", set()),
    ("Setiap pegawai memiliki kewajiban dan hak yang diatur undang-undang.", set()),
    ("Pegawai negeri punya hak serta kewajiban yang berbeda dengan karyawan swasta.", set()),
    ("Kepala dinas menjelaskan tugas, fungsi, dan kewajiban setiap bidang.", set()),
    # the look-alikes: the rule's content follows, or no pair stands beside it
    ("ASN memiliki kewajiban untuk menjaga netralitas.", OB),
    ("ASN memiliki hak dan kewajiban untuk tidak berpihak.", OB),
    ("Netralitas adalah kewajiban setiap ASN.", OB),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_duties_listed_with_rights_state_no_rule(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
