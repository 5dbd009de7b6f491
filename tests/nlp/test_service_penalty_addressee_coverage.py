"""Probe list of a penalty named by what only the civil service bears (discipline under its own rules, the
performance allowance, rank and its raises), in a sentence naming no one, three sentences or more after the article
last named civil servants: it is theirs, as a threat to the guilty is. Before, the nearest sentences named only the
conduct, so the penalty found no addressee. A penalty with no such word there ("denda"), one for other people
("anggota"), and one in an article naming no civil servant stay none. Texts are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

LEAD = ("Bawaslu Kabupaten Sleman menggelar sosialisasi netralitas ASN menjelang Pilkada 2024.\n"
        "Ada beberapa bentuk pelanggaran yang sering terjadi.\n"
        "Misalnya hadir dalam deklarasi pasangan calon.\n"
        "Selain itu, mengunggah foto bersama pasangan calon di media sosial.\n")

PENALTIES: list[str] = [
    "Adapun sanksi pelanggaran disiplin itu adalah pemotongan tukin selama enam bulan.",
    "Hukuman disiplin berat berupa penurunan jabatan setingkat lebih rendah selama setahun.",
    "Sanksinya bisa berupa penundaan kenaikan pangkat.",
    "Hukuman paling berat adalah pemberhentian dengan hormat tidak atas permintaan sendiri.",
    "Sanksi terberatnya bisa sampai PTDH.",
]

NO_PENALTY_LEAD: list[str] = [
    "Sanksi berupa denda lima juta rupiah.",
    "Sanksi disiplin itu dijatuhkan kepada anggota klub yang terlambat datang.",
]

OTHER_ARTICLE = ("Klub itu menggelar latihan terbuka pekan ini.\n"
                 "Ada beberapa pemain yang absen.\n"
                 "Pelatih kecewa dengan sikap itu.\n"
                 "Selain itu, ada yang datang terlambat.\n")
OTHER_PENALTY = "Hukuman disiplin berupa pemotongan tunjangan kinerja menanti mereka."

TEXTS = [LEAD + t for t in PENALTIES + NO_PENALTY_LEAD] + [OTHER_ARTICLE + OTHER_PENALTY]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(TEXTS, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[t[:48] for t in PENALTIES])
def test_each_service_penalty_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], PENALTIES[k])


@pytest.mark.parametrize("k", range(len(NO_PENALTY_LEAD)), ids=[t[:48] for t in NO_PENALTY_LEAD])
def test_no_service_penalty_finds_no_addressee(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(PENALTIES) + k], NO_PENALTY_LEAD[k])


def test_no_civil_servant_in_the_article_is_no_sanction(analysed: list) -> None:
    assert "sanction" not in sentence_kinds(analysed[-1], OTHER_PENALTY)
