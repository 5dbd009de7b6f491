"""Probe list of the penalty verbs of removing and blocking used of things: a campaign prop taken down ("Petugas
mencopot spanduk calon", "Baliho itu sudah dicopot") or an account or a contact blocked ("Akun pegawai itu
diblokir"): no penalty on anyone, as the annotated items count it. Civil servants removed from office or whose
personnel data are blocked stay sanctions, also where the sentence names a prop they put up. Sentences are our
own; all are analysed in one batch, each after a sentence that addresses the civil servants.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds, values

CONTEXT = "Sekda mengingatkan ASN agar netral pada Pilkada 2024."

# (sentence after the context, the kinds of directive it must give)
FORMS: list = [
    # a thing removed or blocked: none
    ("Petugas Satpol PP mencopot alat peraga kampanye yang terpasang di halaman kantor camat.", set()),
    ("Panwascam menertibkan dan mencopot puluhan spanduk calon di depan sekolah.", set()),
    ("Baliho pasangan calon yang dipasang di gedung dinas sudah dicopot petugas.", set()),
    ("Stiker calon bupati di mobil dinas itu akhirnya dicopot.", set()),
    ("Akun media sosial milik pegawai itu kini sudah diblokir.", set()),
    ("Ia kesulitan berkomunikasi setelah kontak WhatsApp-nya diblokir oleh kepala dinas.", set()),
    ("Bawaslu meminta Kominfo memblokir akun yang menyebarkan hoaks soal calon.", set()),
    # look-alikes that stay sanctions: people removed, personnel data blocked, a prop named before the civil servant
    ("ASN yang memasang baliho calon di rumahnya akan dicopot dari jabatannya.", {"sanction"}),
    ("Kepala dinas yang mengunggah foto bersama calon itu dicopot oleh bupati.", {"sanction"}),
    ("BKN akan memblokir data kepegawaian ASN yang terbukti tidak netral.", {"sanction"}),
    ("Bupati tak segan mencopot camat yang ikut memasang spanduk calon.", {"sanction"}),
    ("Data pegawai yang menyebarkan poster calon akan diblokir BKN.", {"sanction"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context."""
    return analyse_all([f"{CONTEXT} {values(p)[0]}" for p in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(FORMS, lambda v: v[0][:50]))
def test_a_thing_removed_or_blocked_penalises_no_one(analysed: list, k: int, sentence: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], sentence) == kinds
