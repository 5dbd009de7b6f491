"""Probe list of a warning given sharply ("memberikan peringatan tegas/keras") to whom it names, then what they are
to do after "untuk" or "agar" ("memberikan peringatan tegas kepada ASN, TNI/Polri, serta kepala desa untuk menjaga
...", "peringatan keras terhadap ASN pemerintah daerah untuk tidak ikut ..."): it tells them, an appeal, as a message
given to them does. Negatives: the same warning given to violators with nothing asked, and a written warning imposed,
ask nothing (the written one is a penalty). Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Pemerintah kabupaten menggelar apel bersama seluruh ASN menjelang Pilkada 2024."
# (sentence after the context, whether it must be an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Panwascam memberikan peringatan tegas kepada PNS, TNI/Polri, dan perangkat desa untuk tidak memihak.", True),
    ("Bawaslu memberi peringatan keras terhadap ASN pemerintah kota untuk tidak hadir di acara partai.", True),
    ("Sekda memberikan peringatan keras kepada seluruh pegawai agar tidak mengunggah foto calon.", True),
    ("Bupati memberikan peringatan keras kepada tiga ASN yang ikut deklarasi calon.", False),
    ("Inspektorat memberikan peringatan tertulis kepada camat yang terbukti tidak netral.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the contest and the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_sharp_warning_tells_whom_it_names(analysed: list, k: int) -> None:
    appeals = [d for d in analysed[k].directives if d.kind == "appeal" and d.sentence.strip() != CONTEXT]
    assert bool(appeals) == FORMS[k][1]
