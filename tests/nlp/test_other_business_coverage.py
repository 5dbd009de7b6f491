"""Duties at work that a story about the election also reports: performance, achievement and innovation, the
pandemic's health rules, graft and gambling. A modal or a request about them, in a sentence that names nothing of the
election, lays no rule on the civil servants' conduct in it; the read half counts none of these. The same words beside
the election's own ('netral', 'kampanye', 'pilkada') keep the directive, and so does an allowance for performance
('tunjangan kinerja'), which is no duty."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    # performance
    ("Pegawai wajib terus meningkatkan kinerja dan disiplin kerja.", ()),
    ("Kita harus lebih meningkatkan kinerja demi warga yang membutuhkan.", ()),
    ("Sekda meminta para kepala dinas menunjukkan kinerja nyata dalam tiga bulan.", ()),
    ("Jangan sampai kinerja kantor menurun karena pimpinan berganti.", ()),
    ("Sebagai aparatur kita harus mampu menunjukkan prestasi di mana pun bertugas.", ()),
    ("Kepala sekolah harus bisa menciptakan inovasi bagi dunia pendidikan.", ()),
    ("Gubernur mengajak para kepala OPD melanjutkan capaian pimpinan sebelumnya.", ()),
    # the pandemic's health rules
    ("Seluruh pegawai harus tetap menerapkan protokol kesehatan di kantor.", ()),
    ("ASN diminta menjadi teladan warga dalam mematuhi protokol kesehatan.", ()),
    ("Jangan sampai kita lengah sehingga Covid-19 kembali menyebar.", ()),
    ("Aparatur harus bersyukur masih bisa bekerja di masa pandemi.", ()),
    ("Pegawai wajib disiplin menjalankan prokes saat melayani warga.", ()),
    # graft, illegal levies and gambling
    ("Kepala dinas mengingatkan pegawainya agar menjauhi korupsi.", ()),
    ("Pejabat tidak boleh melakukan pungli dalam pelayanan perizinan.", ()),
    ("Jangan ada praktik judi di lingkungan kantor.", ()),
    ("Setiap pejabat harus bersih dari korupsi dan suap.", ()),
    # the same words beside the election's: directives
    ("ASN harus netral dan tetap meningkatkan kinerja selama pilkada.", ("obligation",)),
    ("Di masa pandemi pun ASN tetap wajib menjaga netralitas.", ("obligation",)),
    ("ASN jangan ikut berkampanye, apalagi saat pandemi Covid-19.", ("prohibition",)),
    ("Pegawai diminta tidak memihak calon mana pun dan fokus pada kinerja.", ("appeal",)),
    ("ASN wajib netral dan tetap berprestasi, jangan sampai prestasi turun karena pilkada.",
     ("obligation", "prohibition")),
    ("ASN dilarang memakai anggaran kantor untuk kampanye calon tertentu.", ("prohibition",)),
    ("Menteri berharap PNS bekerja profesional bila tak ingin tunjangan kinerja dipotong.", ("appeal",)),
    ("Kampanye di masa pandemi harus mematuhi protokol kesehatan, dan ASN dilarang hadir.", ("prohibition",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_work_duties_give_no_election_directive(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
