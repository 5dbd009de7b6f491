"""Probe list of a ban that nobody is said to state ("tidak ada yang menyebutkan bahwa ASN tidak boleh hadir", "tidak
ada yang mengatur PNS dilarang menjadi petugas ..."): the ban is denied, leave, as "tidak ada yang melarang" is.
Negatives: a rule said to state the ban, the ban stated plainly, a denial closed by a comma before the ban, and a
denial with no verb of saying. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"permission"}
B = {"prohibition"}
CONTEXT = "Netralitas ASN dalam pemilihan wali kota tahun ini di Kota Tepian Air diawasi panwas. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Menurut panwas, tidak ada yang menyebutkan bahwa ASN tidak boleh menonton debat calon di aula.", P),
    (CONTEXT + "Ketua KPU menjelaskan, tidak ada yang mengatur untuk PNS tidak diperbolehkan menjadi anggota PPS.", P),
    (CONTEXT + "Ia menegaskan tak ada yang secara tegas menyatakan pegawai dilarang menonton kampanye calon.", P),
    (CONTEXT + "Menurut dia, belum ada yang mengatur bahwa honorer tidak boleh mendengarkan visi misi calon.", P),
    (CONTEXT + "Menurut panwas, ada aturan yang menyebutkan bahwa ASN tidak boleh menonton kampanye calon.", B),
    (CONTEXT + "Ketua panwas menyebutkan bahwa ASN tidak boleh memasang stiker calon di mobil dinas.", B),
    (CONTEXT + "Tidak ada yang menyebutkan alasannya, tetapi ASN tidak boleh hadir di deklarasi calon.", B),
    (CONTEXT + "Tidak ada yang perlu dikhawatirkan, ASN tidak boleh memakai atribut calon.", B),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][86:146]))
def test_a_ban_no_rule_states_is_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
