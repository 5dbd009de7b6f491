"""Probe list of a request word that ends the sentence a few words after a quote's tag ('"... harus netral," kata
Budi kembali mengingatkan.'): it says how the quote was spoken and asks nothing of its own, so the quote's own words
decide (a modal gives its kind alone; a quote that asks nothing gives nothing). Negatives: a request word with content
after it, or one after the tag's comma, still asks. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ('"Pegawai harus netral dan tidak memihak," kata Rudi kembali mengingatkan.', {"obligation"}),
    ('"Sebab semua unggahan akan dipantau", ujar Rudi mengingatkan.', set()),
    ('"Kami tidak ingin ada pelanggaran," kata Rudi mengingatkan agar pegawai tetap netral.', {"appeal"}),
    ('"Tahapan sudah dimulai," kata Rudi, lalu meminta pegawai untuk netral.', {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_request_word_closing_a_quotes_tag_asks_nothing(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
