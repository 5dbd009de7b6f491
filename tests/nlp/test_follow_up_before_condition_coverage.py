"""Probe list of follow-ups said to come before the condition that calls for them: "akan" or "bakal" a few words before
the follow-up, then a condition that names civil servants ("Bawaslu akan melakukan tindakan apabila ada ASN yang
...", "kami akan terus menindaklanjuti jika ada ASN yang tidak netral"), which threaten a penalty as the
condition-first order does where the condition says they do wrong (a word of guilt, a negator, a known conduct); the
read gold gives all three such sentences a sanction. Acting ("bertindak") is such a follow-up on either side of its
condition ("akan bertindak sesuai laporan Bawaslu apabila terdapat ASN ..."). A
condition that names no civil servant (candidates, forged papers) leaves the follow-up to others, and "maka" closing
an earlier clause is no word of what will come. Sentences are our own; all are analysed in one batch after a sentence
naming the civil servants, and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pj Bupati mengingatkan ASN agar netral pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Bawaslu akan melakukan tindakan apabila ada ASN yang terbukti berkampanye.", S),
    ("Kami akan terus menindaklanjuti jika ada ASN yang tidak netral.", S),
    ("Panwaslu bakal mengambil tindakan, jika mendapat laporan adanya kepala desa yang berpihak.", S),
    ("Inspektorat akan segera menindaklanjuti bila ada pegawai yang ketahuan memihak calon.", S),
    # acting, as what will follow a condition on either side
    ("Bupati akan bertindak sesuai laporan Bawaslu apabila terdapat ASN yang berkampanye.", S),
    ("Kalau ada camat yang memihak, saya akan bertindak.", S),
    ("Kemendagri akan menindaklanjuti jika ada paslon yang menyalahgunakan bansos.", ()),
    ("Gakkumdu akan memproses jika menemukan pemalsuan dokumen pemilih.", ()),
    ("Setelah dikaji, maka ditindaklanjuti kalau sudah lengkap berkasnya.", ()),
    ("Bawaslu bertindak cepat setelah menerima laporan warga.", ()),
    # the wrong named before them as a noun, or after others listed with them
    ("Panwaslu akan mengambil tindakan jika ada dugaan pelanggaran oleh ASN di kecamatan itu.", S),
    ("Bawaslu akan menindaklanjuti jika ada kepala desa, ASN dan perangkat desa yang ikut berkampanye.", S),
    # civil servants in the condition who do no wrong there call for no penalty
    ("Kemendagri akan menindaklanjuti jika ada ASN yang melapor.", ()),
    ("Dinas akan menindaklanjuti apabila ada pegawai yang mengusulkan kenaikan pangkat.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_follow_up_before_a_condition_on_civil_servants_threatens(analysed: list, k: int,
                                                                     kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
