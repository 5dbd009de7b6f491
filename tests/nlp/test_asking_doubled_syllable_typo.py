"""Asking ("meminta") with its second syllable written twice ("memiminta") is read as meant (spelling.yaml `misspelt`),
and its appeal is found; the word as written right and the forms near it stay as they are."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair


@pytest.mark.parametrize(("text", "meant"), [
    ("Ketua DPRD memiminta pegawai bersikap netral.", "Ketua DPRD meminta pegawai bersikap netral."),
    ("Kepala badan memiminta agar stafnya tertib.", "Kepala badan meminta agar stafnya tertib."),
])
def test_asking_with_a_doubled_syllable_is_read_as_meant(text: str, meant: str) -> None:
    assert repair(text) == meant


@pytest.mark.parametrize("text", [
    "Warga meminta jalan desa segera diperbaiki.",
    "Wartawan memintai keterangan saksi di lokasi.",
    "Pegawai itu dimintai tanggapan soal kenaikan gaji.",
])
def test_the_words_near_it_stay(text: str) -> None:
    assert repair(text) == text


def test_the_appeal_of_the_doubled_verb_is_found(run) -> None:
    a = run("Wakil Bupati memiminta seluruh ASN menjaga netralitas selama Pilkada 2024.")
    assert [d.kind for d in a.directives] == ["appeal"]


def test_a_request_to_the_public_stays_no_directive(run) -> None:
    a = run("Wakil Bupati memiminta warga datang ke TPS pada hari pemungutan suara Pilkada 2024.")
    assert a.directives == []
