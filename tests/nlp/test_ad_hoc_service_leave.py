"""Probe list of leave to serve the contest as its ad hoc staff or to register for it ("PNS dapat mendaftarkan diri
sebagai anggota PPS", "pegawai bisa menjadi petugas KPPS"): a permission. Negatives: the same modal with a role that
is no leave (a party, an example to others), the same leave given to townspeople, and a career guessed at ("bisa
jadi calon bupati"). Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"permission"}
CONTEXT = "Pemilu 2024 tinggal beberapa bulan lagi di Kabupaten Lembah Hijau. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Ketua KPU setempat menyebut PNS dapat mendaftarkan diri sebagai anggota PPS di kelurahannya.", P),
    (CONTEXT + "Menurut komisioner itu, pegawai negeri bisa menjadi petugas KPPS asalkan diizinkan atasannya.", P),
    (CONTEXT + "Guru berstatus ASN boleh mendaftar sebagai Panitia Pemilihan Kecamatan (PPK), ujarnya.", P),
    (CONTEXT + "Pegawai negeri di daerah ini bisa menjadi anggota partai setelah pensiun, katanya.", set()),
    (CONTEXT + "Menurut sekda, ASN dapat menjadi contoh bagi warga dalam menjaga ketertiban.", set()),
    (CONTEXT + "Warga berusia 17 tahun dapat mendaftar sebagai anggota KPPS di desanya masing-masing.", set()),
    (CONTEXT + "Menurut pengamat itu, pegawai negeri dapat mendaftar sebagai calon bupati asalkan mundur.", P),
    (CONTEXT + "Sekretaris daerah itu bisa jadi calon bupati yang kuat tahun depan, kata pengamat.", set()),
    (CONTEXT + "Ketua KPU menegaskan pegawai negeri boleh jadi anggota KPPS dengan izin atasannya.", P),
    (CONTEXT + "Boleh jadi ada pegawai negeri yang diam-diam ikut berkampanye, kata pengamat.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2023-12-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][70:130]))
def test_leave_to_serve_the_contest_is_a_permission(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
