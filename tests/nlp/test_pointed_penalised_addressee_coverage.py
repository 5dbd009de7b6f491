"""Probe list of a penalty whose sentence points back to the one it falls on ("yang bersangkutan", "oknum tersebut",
"pelanggarnya"), sentences after the article last named civil servants: it is theirs, as a threat to the guilty is.
Before, the nearest sentences named only the case, so the penalty found no addressee. A penalty with no such pointer,
one whose sentence names other people ("pemain"), and one in an article naming no civil servant stay none. Texts are
our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

LEAD = ("Panwaslu Kecamatan Depok menerima laporan tentang seorang ASN yang hadir di acara pasangan calon.\n"
        "Laporan itu masuk pada awal pekan.\n"
        "Petugas lalu mengumpulkan foto dan video acara.\n"
        "Dua orang saksi juga sudah dimintai keterangan.\n")

PENALTIES: list[str] = [
    "Yang bersangkutan terancam sanksi berat hingga pemberhentian.",
    "Oknum tersebut bisa dijatuhi sanksi tegas.",
    "Pelanggarnya akan dikenai sanksi sesuai aturan.",
]

NO_POINTER = [
    "Sanksi berat hingga pemberhentian.",
    "Yang bersangkutan mengaku belum tahu soal sanksi pemain yang absen.",
]

OTHER_ARTICLE = ("Klub itu menggelar latihan terbuka pekan ini.\n"
                 "Ada beberapa pemain yang absen.\n"
                 "Pelatih kecewa dengan sikap itu.\n"
                 "Manajer sudah memanggil mereka.\n")
OTHER_PENALTY = "Yang bersangkutan terancam sanksi berat."

TEXTS = [LEAD + t for t in PENALTIES + NO_POINTER] + [OTHER_ARTICLE + OTHER_PENALTY]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(TEXTS, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[t[:48] for t in PENALTIES])
def test_each_pointed_penalty_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], PENALTIES[k])


@pytest.mark.parametrize("k", range(len(NO_POINTER)), ids=[t[:48] for t in NO_POINTER])
def test_no_pointer_finds_no_addressee(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(PENALTIES) + k], NO_POINTER[k])


def test_no_civil_servant_in_the_article_is_no_sanction(analysed: list) -> None:
    assert "sanction" not in sentence_kinds(analysed[-1], OTHER_PENALTY)
