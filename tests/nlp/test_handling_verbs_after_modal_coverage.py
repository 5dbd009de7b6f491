"""Probe list of a modal before the passive of checking, talking over or setting straight ('laporan itu harus dikaji
dulu', 'perlu diklarifikasi', 'hal ini harus dibicarakan dengan KASN', 'harus diluruskan supaya tidak salah paham'):
what those who handle a case or a remark must do, no rule for the civil servants the story's context names. Conduct
after the modal stays a duty. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second states a duty.
CONTEXT = "Ketua Bawaslu mengingatkan para ASN agar netral dalam Pilkada 2024."
FORMS: list[tuple[str, bool]] = [
    ("Laporan warga soal camat itu harus dikaji dulu sebelum diputuskan.", False),
    ("Kabar tersebut perlu diklarifikasi kepada yang bersangkutan.", False),
    ("Kasus ini harus dibicarakan bersama BKN dan Kemendagri.", False),
    ('"Ucapan itu harus diluruskan supaya tidak terjadi salah paham," katanya.', False),
    ("Setiap temuan wajib diverifikasi oleh pengawas kecamatan.", False),
    # ... but conduct after the modal stays a duty
    ("Para ASN harus menjaga sikap sampai hari pemungutan suara.", True),
    ("Netralitas harus dijaga oleh seluruh pegawai.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_what_handlers_must_check_or_discuss_is_no_duty_of_civil_servants(analysed: list, k: int) -> None:
    assert ("obligation" in sentence_kinds(analysed[k], FORMS[k][0])) == FORMS[k][1]
