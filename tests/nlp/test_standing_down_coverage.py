"""A duty to stand down for the contest, to resign or to take leave from office, binds whoever stands for it: a regional
head or an incumbent ('Bupati petahana harus cuti di luar tanggungan negara'), a candidate ('calon itu harus mundur
setelah ditetapkan'), or civil servants named beside the office they run for ('pejabat pimpinan tinggi yang mencalonkan
diri menjadi gubernur wajib menyatakan pengunduran diri'). The read half's gold counts such modals as obligations, as it
does the civil servants' own, though regional heads and candidates are otherwise no addressees: their other duties stay
none, and a pronoun after such a sentence points to them, not to the civil servants named before. State officials
in general ('pejabat negara wajib cuti'), of which the read half has no such sentence, stay none."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    # leave from office of a head who runs again
    ("Bupati petahana harus cuti di luar tanggungan negara selama masa kampanye.", ("obligation",)),
    ("Walikota yang maju kembali wajib cuti selama masa kampanye.", ("obligation",)),
    ("Gubernur dan wakil gubernur yang mencalonkan diri lagi harus mengambil cuti di luar tanggungan negara.",
     ("obligation",)),
    ("Menurut dia, bupati yang ingin berkampanye harus mengajukan cuti lebih dulu.", ("obligation",)),
    # resigning, of heads, candidates and civil servants named with the office they seek
    ("Kepala daerah yang ingin ikut pilkada harus mundur dari jabatannya.", ("obligation",)),
    ("Calon itu harus mundur setelah ditetapkan oleh KPU.", ("obligation",)),
    ("Bakal calon yang masih berstatus pegawai harus segera mengundurkan diri sebelum penetapan.", ("obligation",)),
    ("Pejabat pimpinan tinggi yang mencalonkan diri menjadi bupati wajib menyatakan pengunduran diri secara tertulis.",
     ("obligation",)),
    ("Kalau ingin menjadi calon legislatif, wajib mengundurkan diri secara tertulis.", ("obligation",)),
    # their other duties, and no duty at all, stay none
    ("Bupati harus menjaga netralitas selama tahapan pilkada.", ()),
    ("Calon harus mematuhi aturan kampanye yang berlaku.", ()),
    ("Paslon wajib melaporkan dana kampanye kepada KPU.", ()),
    ("Bupati tidak wajib mundur bila maju lagi dalam pilkada.", ()),
    ("Warga harus cuti dari pekerjaan untuk datang ke TPS.", ()),
    # a head resigning outside a contest stands down for nothing the election rules
    ("Warga menilai Gubernur harus mundur karena gagal mengatasi banjir.", ()),
    ("Warga menilai Gubernur harus mundur agar daerah bisa lebih maju.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-09-10")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_duty_to_stand_down_binds_who_stands(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)


def test_a_pronoun_after_a_heads_leave_points_to_the_heads(run) -> None:
    text = (CONTEXT + "Kepala daerah boleh berkampanye asalkan dalam kondisi cuti. "
            "Mereka juga harus tetap menjaga netralitas.")
    after = "Mereka juga harus tetap menjaga netralitas."
    assert sentence_kinds(run(text, published="2024-09-10"), after) == set()


def test_a_pronoun_after_it_points_to_the_heads(run) -> None:
    text = (CONTEXT + "Bupati petahana harus cuti di luar tanggungan negara selama masa kampanye. "
            "Mereka harus menyerahkan tugas kepada pelaksana harian.")
    after = "Mereka harus menyerahkan tugas kepada pelaksana harian."
    assert sentence_kinds(run(text, published="2024-09-10"), after) == set()
