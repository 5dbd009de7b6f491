"""Probe list of requests about worship and charity ("mengingatkan bahwa bulan suci waktu meningkatkan ibadah",
"mengajak pegawai saling berbagi", "meminta pegawai mendoakan rekan yang sakit") in a sentence that names nothing of
the election: a government's other business, no instruction on the civil servants' conduct in it. Negatives: the same
words with the election named ("agar bulan puasa tidak dijadikan ajang kampanye", "tidak berbagi konten dukungan
kepada paslon") still ask. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Bupati mengingatkan bahwa bulan suci adalah waktu untuk meningkatkan ibadah dan memperbaiki diri.", set()),
    ("Kegiatan kurban ini mengajak kita, terutama pegawai, untuk saling berbagi dengan masyarakat.", set()),
    ("Bupati meminta para pegawai untuk mendoakan rekan mereka yang sedang sakit.", set()),
    ("Bupati mengimbau pegawai agar bulan puasa tidak dijadikan ajang kampanye.", {"appeal"}),
    ("Bupati mengajak pegawai untuk tidak berbagi konten dukungan kepada paslon.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_worship_and_charity_are_other_business(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
