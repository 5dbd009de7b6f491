"""Probe list of a penalty tied by "-nya" to the breach told before ("Sanksinya ...", "Hukumannya ...", "Ancaman
pidananya ..."), in a sentence naming no one, sentences after the article last named civil servants: it is theirs.
Before, the nearest sentences named only the case, so the penalty found no addressee. A penalty with no such tie, one
whose sentence names other people ("anggota"), and one in an article naming no civil servant stay none. Texts are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

LEAD = ("Bawaslu Kabupaten Gowa menerima laporan tentang seorang ASN yang ikut kampanye pasangan calon.\n"
        "Laporan itu datang dari warga.\n"
        "Bawaslu kemudian memanggil dua saksi.\n"
        "Hasil kajiannya dibahas dalam rapat pleno.\n")

PENALTIES: list[str] = [
    "Sanksinya mulai dari teguran hingga pemberhentian.",
    "Hukumannya bisa sampai pemecatan.",
    "Ancaman pidananya satu tahun penjara.",
]

NO_TIE = [
    "Sanksi bisa sampai pemecatan.",
    "Sanksinya bagi anggota klub yang terlambat cukup berat.",
]

OTHER_ARTICLE = ("Klub itu menggelar latihan terbuka pekan ini.\n"
                 "Ada beberapa pemain yang absen.\n"
                 "Pelatih kecewa dengan sikap itu.\n"
                 "Manajer sudah memanggil mereka.\n")
OTHER_PENALTY = "Sanksinya bisa berupa denda."

TEXTS = [LEAD + t for t in PENALTIES + NO_TIE] + [OTHER_ARTICLE + OTHER_PENALTY]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(TEXTS, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[t[:48] for t in PENALTIES])
def test_each_penalty_of_the_breach_told_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], PENALTIES[k])


@pytest.mark.parametrize("k", range(len(NO_TIE)), ids=[t[:48] for t in NO_TIE])
def test_no_tie_finds_no_addressee(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(PENALTIES) + k], NO_TIE[k])


def test_no_civil_servant_in_the_article_is_no_sanction(analysed: list) -> None:
    assert "sanction" not in sentence_kinds(analysed[-1], OTHER_PENALTY)
