"""Probe list of rules and requests about competence and productivity ("kita harus terus mengasah kompetensi",
"pegawai wajib bekerja produktif", "agar produktivitas kantor naik") in a sentence that names nothing of the election:
work the office asks of its staff whatever the season, no rule on their conduct in the contest. Negatives: the same
words with the election named ("harus produktif dan tidak memihak calon", "kompetensi ... bukan kampanye") still bind.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Wakil Bupati mengingatkan ASN agar netral pada Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Menurutnya, kita harus terus mengasah kompetensi agar mampu bersaing.", set()),
    ("Seluruh pegawai wajib bekerja cepat, tepat dan produktif setiap hari.", set()),
    ("Ia meminta para kepala bagian agar produktivitas kantor terus naik tahun ini.", set()),
    ("Jangan sampai produktivitas pegawai menurun menjelang akhir tahun.", set()),
    ("Pegawai harus tetap produktif dan tidak memihak calon mana pun.", {"obligation"}),
    ("ASN wajib menunjukkan kompetensinya di kantor, bukan di panggung kampanye.", {"obligation"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_competence_and_productivity_are_other_business(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
