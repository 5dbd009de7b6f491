"""Leave that only bounds a ban, in the forms unseen outlets write (permission precision).

A ban with its exception ("ASN dilarang hadir di kampanye, kecuali yang diizinkan karena tugasnya", "Pegawai kontrak
dilarang, kecuali mereka berhenti dulu, silakan saja") is one prohibition in the read half's gold, whatever leave word
the exception carries: the leave bounds the ban and gives none of its own. Leave given before the exception ("ASN boleh
hadir, kecuali memakai seragam itu tidak boleh") or after a contrast that opens a clause of its own stays leave. The
stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P, B = "permission", "prohibition"
T = " pada Pilkada 2024."

# (text, kinds the gold convention expects)
CASES: list[tuple[str, set[str]]] = [
    # leave in the exception to a ban: the ban alone
    ("Pegawai dilarang hadir di kampanye, kecuali yang diperbolehkan karena tugas kedinasan" + T, {B}),
    ("ASN dilarang menjadi anggota partai, kecuali sudah mengundurkan diri, silakan saja" + T, {B}),
    ("PNS tidak boleh ikut kampanye, kecuali kalau sudah pensiun boleh saja" + T, {B}),
    ("Tenaga kontrak juga dilarang, kecuali mereka berhenti dan ikut politik praktis, silahkan" + T, {B}),
    ("ASN tidak diizinkan memasang baliho calon, kecuali diizinkan atasan sebagai tugas" + T, {B}),
    ("Aparatur tak diperkenankan hadir di deklarasi calon terkecuali yang dibolehkan untuk pengamanan" + T, {B}),
    # ... and with no leave word in it, as before
    ("ASN tidak diperbolehkan mengikuti kampanye kecuali sedang bertugas" + T, {B}),
    # leave given before the exception, after a contrast, or a ban denied: as before
    ("ASN boleh hadir di kampanye, kecuali memakai seragam dinas itu tidak boleh" + T, {P, B}),
    ("Semua hal boleh dilakukan ASN kecuali berkampanye" + T, {P}),
    ("ASN dilarang berkampanye kecuali saat cuti, tetapi tetap boleh memilih di TPS" + T, {P, B}),
    ("ASN tidak dilarang memilih, tetapi dilarang berkampanye" + T, {P, B}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][-70:]))
def test_excepted_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
