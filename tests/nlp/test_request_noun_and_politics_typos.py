"""The request nouns ("imbauan", "himbauan") and the topic's "berpolitik praktis" written with one letter lost,
added or swapped are read as meant (spelling.yaml `words`): the appeal carried by the noun is found. Real words one
letter from them stay as written: a reward ("imbalan"), practice and its practitioner ("praktik", "praktisi"),
praxis ("praksis")."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair


@pytest.mark.parametrize(("text", "meant"), [
    ("Sekda mengeluarkan imbaun soal netralitas.", "Sekda mengeluarkan imbauan soal netralitas."),
    ("Camat menyampaikan himbaun kepada jajarannya.", "Camat menyampaikan himbauan kepada jajarannya."),
    ("Inspektur membacakan imbuan tertulis di depan apel.", "Inspektur membacakan imbauan tertulis di depan apel."),
    ("Guru tidak boleh berpoltik di sekolah.", "Guru tidak boleh berpolitik di sekolah."),
    ("Jangan ada pegawai yang betpolitik menjelang pemungutan suara.",
     "Jangan ada pegawai yang berpolitik menjelang pemungutan suara."),
    ("Kepala dinas terlibat politik prakts bulan lalu.", "Kepala dinas terlibat politik praktis bulan lalu."),
    ("Larangan terlibat politik praktuis berlaku bagi honorer.",
     "Larangan terlibat politik praktis berlaku bagi honorer."),
])
def test_a_misspelt_request_noun_or_politics_word_is_read_as_meant(text: str, meant: str) -> None:
    assert repair(text) == meant


@pytest.mark.parametrize("text", [
    "Petugas itu menolak imbalan dari calon.",  # a reward, not imbauan
    "Bawaslu menemukan praktik politik uang di dua desa.",  # practice, not praktis
    "Seorang praktisi hukum menilai aturan itu sudah jelas.",  # a practitioner
    "Diskusi itu membahas praksis demokrasi di desa.",  # praxis
    "Pegawai diimbau tidak berpolitik praktis dalam bentuk apa pun.",  # written right already
])
def test_a_real_word_near_them_stays_as_written(text: str) -> None:
    assert repair(text) == text


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """The appeals carried by a misspelt noun, and one that names no civil servant."""
    return analyse_all([
        "Bupati menyebarkan himbaun agar seluruh ASN tidak menghadiri kampanye pada Pilkada 2024.",
        "Kepala BKD menerbitkan imbaun tentang netralitas kepada semua pegawai jelang Pilkada 2024.",
        "Panitia menyebarkan himbaun agar warga membawa KTP ke TPS pada Pilkada 2024.",
    ], published="2024-10-01")


def test_an_appeal_carried_by_a_misspelt_noun_is_found(analysed: list) -> None:
    assert [d.kind for d in analysed[0].directives] == ["appeal"]
    assert [d.kind for d in analysed[1].directives] == ["appeal"]


def test_a_misspelt_noun_asking_the_public_is_no_directive(analysed: list) -> None:
    assert analysed[2].directives == []
