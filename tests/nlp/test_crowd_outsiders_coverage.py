"""Probe list of the crowd a campaign gathers ('massa'): a request to it, or an act done to it listed as an example of
banned conduct, asks no civil servant; a ban on civil servants moving the crowd stays their ban, and a request to
civil servants themselves stays an appeal. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second speaks of the crowd.
CONTEXT = "Panwaslu kecamatan mengingatkan para ASN agar netral dalam Pilkada 2024."
FORMS: list[tuple[str, str, bool]] = [
    ("Contoh lainnya adalah mengumpulkan massa serta mengajak massa memilih calon nomor dua.", "appeal", False),
    ("Tim sukses mengajak massa pendukung untuk hadir di lapangan kota.", "appeal", False),
    # ... but a ban on civil servants moving the crowd is theirs, and a request to them stays an appeal
    ("Pegawai negeri dilarang menggerakkan massa untuk calon mana pun.", "prohibition", True),
    ("Camat mengajak seluruh ASN untuk tidak ikut dalam massa kampanye.", "appeal", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _, _ in FORMS])
def test_the_crowd_is_no_civil_servant(analysed: list, k: int) -> None:
    text, kind, found = FORMS[k]
    assert (kind in sentence_kinds(analysed[k], text)) == found
