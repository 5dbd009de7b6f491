"""Probe list of deciding a penalty for someone named a few words on ("menentukan sanksi yang tepat bagi lurah itu",
"untuk menentukan hukuman terhadap kedua camat"): a sanction on them, as "menetapkan sanksi terhadap" is. Deciding
with no one named ("menentukan sanksinya seperti apa"), who decides ("Yang menentukan sanksi bagi ASN adalah PPK")
and a denied power ("tidak bisa menentukan sanksi bagi") stay none. Sentences are our own; all texts are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Bawaslu menemukan dua ASN berfoto dengan calon bupati saat kampanye."

DECIDED: list[str] = [
    'Tim disiplin pemkab akan menentukan sanksi yang pantas bagi kedua pegawai tersebut.',
    'Berkas pemeriksaan dikirim ke provinsi untuk menentukan hukuman terhadap camat itu.',
    'Sekda menyebut bupati segera menentukan sanksi kepada lurah yang bersangkutan.',
]

NONE: list[str] = [
    'Temuan itu diteruskan ke BKN untuk menentukan sanksinya seperti apa.',
    'Yang menentukan sanksi bagi pegawai itu adalah pejabat pembina kepegawaian.',
    'Bawaslu tidak bisa menentukan sanksi bagi pegawai yang melanggar.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same opening line."""
    return analyse_all([f"{CONTEXT} {t}" for t in DECIDED + NONE], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(DECIDED)), ids=[t[:48] for t in DECIDED])
def test_deciding_a_penalty_for_someone_named_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], DECIDED[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_deciding_for_no_one_or_who_decides_is_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(DECIDED) + k], NONE[k])
