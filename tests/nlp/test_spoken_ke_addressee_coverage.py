"""Probe list of the spoken "ke" marking whom a speech verb tells, as "kepada" does ("menegaskan ke seluruh ASN agar
...", "menekankan ke para pegawai untuk ...", "sudah saya sampaikan ke para PNS supaya ..."). Negatives: "ke" before
others than civil servants, a report sent on to an oversight body ("disampaikan ke KASN agar ... diberi sanksi",
no request), and "ke depan" (from now on) before a wish about the contest. Sentences are our own; all are analysed
in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Wali kota menegaskan ke seluruh ASN agar tidak memasang stiker calon selama Pilkada 2024.", A),
    ("Sekda menekankan ke para pegawai untuk tidak berfoto dengan calon pada Pilkada 2024.", A),
    ("\"Sudah saya sampaikan ke para PNS supaya menjauhi kampanye,\" kata Bupati menjelang Pilkada 2024.", A),
    ("Kepala dinas menyampaikan ke seluruh ASN agar tetap netral pada Pilkada 2024.", A),
    ("Wali kota menyampaikan ke warga agar datang ke TPS pada Pilkada 2024.", set()),
    ("Hasil klarifikasi disampaikan ke KASN agar pegawai itu diberi sanksi pada Pilkada 2024.", {"sanction"}),
    ("Bupati menegaskan ke depan agar Pilkada 2024 berjalan damai.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_spoken_ke_names_whom_a_speaker_tells(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
