"""A person after "dari" past a request or speech word is where the request came from, not whom it tells.

"imbauan kepada Bupati" names whom a request went to, and that person is the subject of what follows; "imbauan dari
Bupati", "surat edaran dari gubernur" name who sent it, so the clause after it still speaks to the story's civil
servants. The same sentences with "kepada" stay with the person told. The stories are ours; all are analysed in one
batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

# (text, kinds expected in the second sentence)
CASES: list[tuple[str, set[str]]] = [
    # the sender after "dari": the rule or the invitation is the civil servants'
    (LEAD + '"Sudah ada imbauan dari bupati, jadi mari kita patuhi bersama," katanya kepada para ASN.', {"appeal"}),
    (LEAD + "Sesuai surat edaran dari gubernur, tidak boleh ada yang memakai atribut calon di kantor.",
     {"prohibition"}),
    (LEAD + "Ada instruksi dari menteri, maka semua harus netral.", {"obligation"}),
    # ... the one told after "kepada" is the subject: someone else's request
    (LEAD + '"Sudah ada imbauan kepada bupati, jadi mari kita patuhi bersama," katanya kepada para ASN.', set()),
    (LEAD + "Sesuai surat edaran kepada gubernur, tidak boleh ada yang memakai atribut calon di kantor.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_request_source(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != LEAD.strip()} == kinds
