"""Probe list of requests about work discipline, truancy after the holidays, settling into a new post and the
community's harmony, made at the same roll calls as the neutrality message: in a sentence that names nothing of the
election they ask no election conduct, so no appeal; the same requests joined to the election, or a request about the
rules on discipline, stay appeals. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second asks other business, or their conduct.
CONTEXT = "Bupati mengingatkan seluruh ASN agar netral dalam Pilkada 2024."
FORMS: list[tuple[str, bool]] = [
    ("Sekda juga mengingatkan para pegawai agar terus meningkatkan kedisiplinan di kantor.", False),
    ("Kepala BKD mengimbau seluruh pegawai agar tidak bolos pada hari pertama masuk kerja.", False),
    ("Ia meminta pegawai yang baru pulang mudik supaya tidak mangkir dari tugas.", False),
    ("Kepala dinas berpesan kepada pejabat yang baru dilantik agar cepat beradaptasi dengan tugasnya.", False),
    ("Camat berharap para lurah ikut menjaga kerukunan warga di wilayahnya.", False),
    # ... but the same business joined to the election, or the rules of discipline, are asked of them
    ("Sekda meminta para pegawai menjaga kedisiplinan dan tidak ikut kampanye selama Pilkada 2024.", True),
    ("Kepala BKD mengingatkan ASN agar mematuhi PP 94 tentang Disiplin PNS.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_roll_call_business_is_no_appeal(analysed: list, k: int) -> None:
    assert ("appeal" in sentence_kinds(analysed[k], FORMS[k][0])) == FORMS[k][1]
