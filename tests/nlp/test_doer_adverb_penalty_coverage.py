"""Probe list of a penalty's bare stem after its doer past a word of when or how surely ("saya akan tindak", "kami
bakal pecat", "kita langsung tegur", "saya pasti berhentikan") or of the act done ("kami sudah tegur"): a sanction,
as "kami pecat" is. The follow-up split past the same words ("kami langsung tindak lanjuti", "kami sudah tindak
lanjuti") stays a follow-up, and a doer's plain act is none. Sentences are our own; all texts are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Wali kota meminta seluruh ASN menjaga netralitas pada Pilkada 2024."

THREATS: list[str] = [
    'Kalau ada pegawai yang ketahuan berkampanye, saya akan tindak dengan cara saya sendiri.',
    'Pegawai yang memasang foto calon di kantor kami bakal pecat.',
    'Lurah yang hadir di deklarasi calon kita langsung tegur.',
    'Kepala dinas yang mengerahkan bawahannya saya pasti berhentikan.',
    'Camat yang berpihak kami segera nonaktifkan dari jabatannya.',
    'Dua lurah yang hadir di acara relawan itu kami sudah tegur secara lisan.',
    'Kepala sekolah yang memajang baliho calon saya telah nonaktifkan.',
]

NONE: list[str] = [
    'Laporan warga soal spanduk itu kami langsung tindak lanjuti ke Bawaslu.',
    'Kami akan datang ke kantor camat besok pagi untuk rapat persiapan.',
    'Aduan warga soal baliho itu kami sudah tindak lanjuti bersama Bawaslu.',
    'Kami sudah datang ke kantor kelurahan untuk memeriksa daftar pemilih.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same opening line."""
    return analyse_all([f"{CONTEXT} {t}" for t in THREATS + NONE], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(THREATS)), ids=[t[:48] for t in THREATS])
def test_a_doer_past_an_adverb_then_a_penalty_stem_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], THREATS[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_follow_up_or_a_plain_act_is_no_sanction(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(THREATS) + k], NONE[k])
