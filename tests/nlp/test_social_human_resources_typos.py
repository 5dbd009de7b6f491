"""The words of the social ministry and service ("sosial") and of the human-resources bodies ("manusia") with a letter
lost, added or swapped are read as meant (spelling.yaml `words`), so the body they name is found; antisocial
("asosial") is a word of its own."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair


@pytest.mark.parametrize(("text", "meant"), [
    ("Menteri Sosila meninjau dapur umum.", "Menteri Sosial meninjau dapur umum."),
    ("Kepala Dinas Sosal hadir.", "Kepala Dinas Sosial hadir."),
    ("Pengembangan Sumber Daya Manausia dibahas.", "Pengembangan Sumber Daya Manusia dibahas."),
])
def test_the_bodies_words_misspelt_are_read_as_meant(text: str, meant: str) -> None:
    assert repair(text) == meant


def test_antisocial_stays_as_written() -> None:
    assert repair("Sikap asosial itu dikritik warga.") == "Sikap asosial itu dikritik warga."


def test_the_social_ministry_misspelt_is_found(run) -> None:
    a = run("Menteri Sosila Budi Santoso meminta seluruh ASN Kementerian Sosila netral pada Pemilu 2024.")
    assert "Kementerian Sosial" in {ag.agency for ag in a.agencies}
