"""The bare form of instructing ("instruksikan", after the speaker: "kami instruksikan ...") with its s dropped is read
as meant (spelling.yaml `words`), so its appeal is found; the noun and the other verbs near it stay as written."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair


@pytest.mark.parametrize(("text", "meant"), [
    ("Kami intruksikan para pegawai hadir tepat waktu.", "Kami instruksikan para pegawai hadir tepat waktu."),
    ("Saya instruksiken semua kepala dinas melapor.", "Saya instruksikan semua kepala dinas melapor."),
])
def test_bare_instructing_misspelt_is_read_as_meant(text: str, meant: str) -> None:
    assert repair(text) == meant


@pytest.mark.parametrize("text", [
    "Kami instruksikan para pegawai hadir tepat waktu.",
    "Instruksi itu dibacakan di depan peserta apel.",
    "Bupati menginstruksikan camat mendata warga.",
])
def test_the_words_near_it_stay(text: str) -> None:
    assert repair(text) == text


def test_the_appeal_of_the_misspelt_verb_is_found(run) -> None:
    a = run("Wali kota menyampaikan, kami intruksikan seluruh ASN agar menjaga netralitas pada Pilkada 2024.")
    assert [d.kind for d in a.directives] == ["appeal"]


def test_a_sentence_without_addressee_gives_none(run) -> None:
    a = run("Kami intruksikan hal itu dalam rapat kemarin, kata Sekda usai rapat Pilkada 2024.")
    assert a.directives == []
