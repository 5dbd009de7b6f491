"""Probe list of an addressee put first with a preposition ('Untuk', 'Bagi', 'Kepada') and no comma before the
begging word 'mohon': the word closes the fronted phrase, which names whom it begs, as a comma would; outsiders so put
first are not civil servants, and a fronted pointer ('Untuk itu') names no one. Sentences are our own; all are analysed
in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second begs with no comma after whom it names.
CONTEXT = "Kepala BKPSDM mengingatkan pegawai negeri agar netral dalam Pemilu 2024."
FORMS: list[tuple[str, bool]] = [
    ("Bagi pegawai yang gemar berswafoto mohon tidak berpose dengan calon legislatif.", True),
    ("Kepada para ASN di kecamatan mohon menahan diri selama masa kampanye.", True),
    # ... but outsiders put first are begged, and a fronted pointer with a plain apology begs no one
    ("Kepada para pemilih mohon datang lebih pagi ke TPS.", False),
    ("Untuk itu mohon maaf atas keterlambatan jadwal acara.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_the_begging_word_closes_a_fronted_addressee(analysed: list, k: int) -> None:
    assert ("appeal" in sentence_kinds(analysed[k], FORMS[k][0])) == FORMS[k][1]
