"""A modal before a passive verb whose subject is a procedure or a case ('Penanganan laporan itu harus dilakukan
teliti', 'Berkasnya harus segera dikirim', 'harus dilakukan penelusuran') says how the work must go, no conduct of
civil servants: no obligation, as the read gold gives none to 15 of 17 such sentences. The civil servants' own duty,
their conduct in the passive or a procedure they must follow actively, stays an obligation."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Penanganan laporan pelanggaran itu harus dilakukan teliti dan berdasar bukti.", ()),
    ("Menurutnya, sosialisasi tentang larangan itu harus digelar sampai ke desa-desa.", ()),
    ("Berkasnya harus segera dikirim ke Komisi ASN.", ()),
    ("Ia menambahkan bahwa isu mutasi pejabat harus dibahas terbuka di depan publik.", ()),
    ("Rekomendasi wajib didasarkan pada hasil klarifikasi para saksi.", ()),
    ("Prosesnya perlu diteruskan ke BKN pekan depan.", ()),
    ("Jadi pencegahan sebenarnya sudah harus dimulai sejak masa pendaftaran.", ()),
    ("Kedua lembaga sepakat bahwa upaya mencegah keberpihakan harus terus dilanjutkan.", ()),
    ("Setelah rapat pleno harus dilakukan pemeriksaan terhadap dua camat itu.", ()),
    ("Semua temuan pengawas wajib dilaporkan secara berkala.", ()),
    # the civil servants' duty, their conduct in the passive, an active duty on a procedure: obligations still
    ("ASN harus mengikuti sosialisasi netralitas yang digelar BKPSDM.", ("obligation",)),
    ("Dalam sosialisasi itu, seluruh pegawai wajib menjaga sikap netral.", ("obligation",)),
    ("Netralitas ASN harus dijaga sampai penetapan hasil pilkada.", ("obligation",)),
    ("Menurutnya, sosialisasi itu mengingatkan aturan yang harus dipatuhi pegawai.", ("obligation",)),
    ("Kajian mendalam harus dilakukan sebelum pegawai itu dipanggil.", ("obligation",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_procedure_to_be_carried_out_asks_no_conduct(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
