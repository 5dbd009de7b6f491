"""Probe list of leave whose own subject, right before it, is the head of state or a minister ("presiden juga boleh
berkampanye", "para menteri dapat memihak"): a politician's own leave, no permission for the civil servants the story
asks to stay neutral. Negatives: the minister as the speaker before civil servants given leave, the office a contest
fills before the vote's leave, and a ban of the same sentence. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

CONTEXT = "Gubernur meminta seluruh ASN di provinsi ini netral dalam Pemilu 2024. "

# (text, the directive kinds the analysis must give, past the context's appeal)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Dalam wawancara itu ia menyebut presiden juga boleh berkampanye untuk calon yang disukainya.", set()),
    (CONTEXT + "\"Para menteri itu dapat memihak asal tidak memakai fasilitas negara,\" katanya.", set()),
    (CONTEXT + "Menteri PANRB menyatakan pegawai negeri boleh hadir di kampanye sebagai pendengar.", {"permission"}),
    (CONTEXT + "Pilihan calon presiden ASN baru bisa disalurkan di bilik suara pada hari pencoblosan.", {"permission"}),
    (CONTEXT + "Menurut dia, presiden boleh berkampanye, tetapi ASN tidak boleh ikut berkampanye.", {"prohibition"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-26")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][72:130]))
def test_a_politicians_own_leave_is_no_permission(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
