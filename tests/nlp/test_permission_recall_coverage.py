"""Leave the read half's gold counts that unseen outlets write in forms the other permission probes lack (permission
recall).

A regional head or a state official given leave to campaign while on leave from office ("kepala daerah boleh
berkampanye asalkan cuti") is a permission in the gold, though they are no civil servants; without the word of
leave ("kepala daerah masih dapat menjadi anggota tim kampanye"), in a relative clause on them, or refused, it gives
none. A ban denied past a condition or a reason between ("bukan berarti jika dia PNS, dia tidak boleh hadir") is leave,
and leave so denied is none. A ban denied with a word between ("tidak serta merta dilarang", "bukan hal yang
dilarang") or denied in turn ("bukannya tidak boleh") is leave too. The stories are ours; all are analysed in one
batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

# (text, kinds the gold convention expects; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # a regional head's or a state official's leave to campaign, bound by their leave from office
    (LEAD + "Kepala daerah boleh ikut berkampanye asalkan sudah mengambil cuti.", {P}),
    (LEAD + "Bupati yang maju lagi diizinkan berkampanye selama menjalani cuti di luar tanggungan negara.", {P}),
    (LEAD + "\"Wali kota ikut kampanye tidak masalah, asal sedang cuti,\" ujar Ketua Bawaslu.", {P}),
    (LEAD + "Bagi kepala daerah, silakan berkampanye, asalkan cuti dan tanpa fasilitas negara.", {P}),
    (LEAD + "Gubernur dan wakil gubernur diperbolehkan berkampanye jika telah mendapat izin cuti dari Mendagri.", {P}),
    (LEAD + "Pejabat negara tidak dilarang berkampanye selama cuti di luar tanggungan negara.", {P}),
    (LEAD + "Walikota diperkenankan kampanye asalkan mengajukan cuti lebih dulu.", {P}),
    ("Kepala daerah yang berasal dari partai boleh berkampanye dengan cuti pada Pilkada 2024.", {P}),
    # no word of leave, someone else's leave in a relative clause, refused, or a duty to take leave
    (LEAD + "Kepala daerah masih dapat menjadi anggota tim kampanye.", NO_LEAVE),
    (LEAD + "ASN berbeda dengan bupati yang boleh berkampanye saat cuti.", NO_LEAVE),
    (LEAD + "Kepala daerah tidak boleh berkampanye tanpa cuti.", NO_LEAVE),
    (LEAD + "Bupati harus cuti di luar tanggungan negara selama masa kampanye.", NO_LEAVE),
    (LEAD + "Bupati sedang cuti karena maju lagi sebagai calon.", set()),
    (LEAD + "Kepala daerah boleh meresmikan proyek daerah pada hari kerja.", NO_LEAVE),
    # a ban denied past a condition or a reason is leave; leave so denied is none, a ban after another clause stays
    (LEAD + "Bukan berarti kalau berstatus ASN, mereka tidak boleh hadir di kampanye.", {P}),
    (LEAD + "Tidak berarti karena menjadi PNS, pegawai dilarang menggunakan hak pilihnya.", {P}),
    (LEAD + "Jadi bukan berarti apabila sudah jadi pegawai, dia tak boleh mencoblos.", {P}),
    (LEAD + "Bukan berarti kalau sudah cuti, ASN boleh berkampanye.", NO_LEAVE),
    (LEAD + "Bukan berarti mereka bebas, karena ASN tetap tidak boleh berkampanye.", {"prohibition"}),
    (LEAD + "Jika ASN terbukti berkampanye, mereka tidak boleh lagi menjabat.", NO_LEAVE),
    # a ban denied with a word between the denial and the ban, or a ban denied in turn, is leave
    (LEAD + "Pegawai negeri tidak serta merta dilarang datang ke kampanye terbuka.", {P}),
    (LEAD + "PNS tak sepenuhnya dilarang menyaksikan debat calon.", {P}),
    (LEAD + "Menonton debat kandidat bukan hal yang dilarang bagi ASN.", {P}),
    (LEAD + "Guru honorer tidaklah dilarang mendengarkan visi misi calon.", {P}),
    (LEAD + "Datang ke lokasi kampanye tidak termasuk yang dilarang bagi pegawai.", {P}),
    (LEAD + "ASN bukannya tidak boleh menyimak kampanye, asal tidak memakai seragam.", {P}),
    # ... while a plain ban, a ban denied to outsiders, or a ban with a word of degree after it stays as it was
    (LEAD + "Pegawai negeri dilarang keras datang ke kampanye terbuka.", {"prohibition"}),
    (LEAD + "Warga tidak serta merta dilarang memasang spanduk calon.", NO_LEAVE),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][-70:]))
def test_leave_the_gold_counts(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert got == kinds
