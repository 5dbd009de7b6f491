"""Probe list of requests about reform, the economy and the pace of work ("meminta anak buahnya melanjutkan reformasi
birokrasi", "mengajak pegawai mendorong pemulihan ekonomi daerah", "menjaga ritme kerja di kantor") in a sentence that
names nothing of the election: a government's other business, no instruction on the civil servants' conduct in it.
Negatives: the same words with the election named ("agar reformasi birokrasi tidak dipakai untuk kepentingan
politik", "tidak memakai program ekonomi untuk kampanye calon") still ask. Sentences are our own; all are analysed in
one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Menteri memberi arahan kepada ASN jelang Pemilu 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ia meminta anak buahnya untuk terus melanjutkan reformasi birokrasi di setiap unit.", set()),
    ("Menteri juga mengajak para pegawai mendorong pemulihan ekonomi daerah.", set()),
    ("Ia mengingatkan pegawai agar tetap menjaga ritme kerja di kantor masing-masing.", set()),
    ("Ia meminta pegawai agar reformasi birokrasi tidak dipakai untuk kepentingan politik.", {"appeal"}),
    ("Menteri mengimbau pegawai tidak memakai program ekonomi untuk kampanye calon.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_reform_and_economy_are_other_business(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
