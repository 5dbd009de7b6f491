"""Imperatives of following, understanding or minding a rule ("Ikuti aturan ...", "Pahami batasan netralitas",
"Ingatlah regulasi") ask the civil servants a story addresses, as "Patuhi aturan" does, only with a rule or conduct in
reach after them; a follow-us line or news to keep up with asks nothing. Sentences are our own."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda membuka sosialisasi netralitas ASN jelang Pilkada 2024."

FORMS: list[tuple[str, list[str]]] = [
    ("\"Pesan saya, ikuti aturan yang berlaku bagi ASN,\" katanya.", ["appeal"]),
    ("\"Ikutilah ketentuan netralitas itu dengan disiplin,\" ujarnya.", ["appeal"]),
    ("\"Pahami batasan netralitas sebelum bermedia sosial,\" katanya.", ["appeal"]),
    ("\"Ingatlah sumpah jabatan saat masa kampanye,\" ujarnya.", ["appeal"]),
    # nothing asked of the civil servants
    ("Ikuti kami di Instagram untuk kabar terbaru.", []),
    ("Pahami cuaca sebelum berangkat mudik.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_rule_imperatives(analyses, k):
    assert [d.kind for d in analyses[k].directives if CONTEXT not in d.sentence] == FORMS[k][1]
