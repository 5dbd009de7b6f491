"""Probe list of no limit set on civil servants, as a noun before whom it spares or as the verb denied ("tidak ada
batasan bagi ASN untuk menjadi anggota KPPS", "KPU tak membatasi PNS menjadi petugas ad hoc"): leave, as "tidak ada
larangan bagi ASN" is. Negatives: a limit on a thing or a place, a limit denied to someone outside the civil service,
and civil servants limiting themselves. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"permission"}
NONE: set[str] = set()
CONTEXT = "Netralitas ASN dalam pemilihan bupati tahun ini di Kabupaten Lembah Hijau diawasi panwas. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Ketua KPU menuturkan tidak ada batasan bagi ASN untuk mendaftar sebagai anggota PPS di desanya.", P),
    (CONTEXT + "Menurut Kepala BKD, tak ada batasan untuk PNS menjadi petugas KPPS asalkan atasannya setuju.", P),
    (CONTEXT + "Ketua KPU menegaskan lembaganya tidak membatasi ASN menjadi anggota panitia ad hoc.", P),
    (CONTEXT + "Kata ketua KPU, tidak ada batasan seorang PNS menjadi anggota PPK di kecamatannya.", P),
    (CONTEXT + "Sekda mengatakan pemerintah daerah tak membatasi pegawai honorer menjadi anggota PPK.", P),
    (CONTEXT + "Calon bisa menggelar rapat umum di kecamatan mana pun, jadi tidak ada batasan wilayah.", NONE),
    (CONTEXT + "Tidak ada batasan bagi warga untuk melaporkan dugaan pelanggaran kepada panwas.", NONE),
    (CONTEXT + "Menurut panwas, tak ada batasan seorang warga melaporkan dugaan politik uang.", NONE),
    (CONTEXT + "Undang-undang tidak membatasi panwas menjalankan pengawasan di setiap tahapan.", NONE),
    (CONTEXT + "Bupati berharap pelayanan tetap jalan karena ASN tidak membatasi diri dalam bekerja.", NONE),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][89:149]))
def test_no_limit_set_is_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
