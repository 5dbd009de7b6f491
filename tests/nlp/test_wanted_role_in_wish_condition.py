"""Probe list of a rule opened by a condition of wanting that names no subject of its own, whose people are what the
listener wants to be or to join ("Kalau mau jadi anggota partai politik, harus mundur dulu", "Jika ingin menjadi tim
sukses calon, jangan ..."): the rule binds those the story addressed before, not the party members or the candidate.
A condition naming its own subject ("Kalau calon ingin ...") keeps it, and after a story about voters or candidates
the rule still gives nothing. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Sekda Kabupaten Contoh mengingatkan seluruh ASN agar netral pada Pilkada 2024."

BOUND: list[tuple[str, set[str]]] = [
    ('"Kalau mau jadi anggota partai politik, harus mundur dulu," ujarnya.', {"obligation"}),
    ('"Jika ingin menjadi tim sukses calon, jangan pakai seragam dinas," katanya.', {"prohibition"}),
    ("Bila memang ingin bergabung menjadi pengurus partai, wajib mengundurkan diri lebih dulu.", {"obligation"}),
    ('"Kalau hendak jadi relawan paslon, dilarang memakai fasilitas kantor," tegasnya.', {"prohibition"}),
]

# (context, sentence): the condition's own subject, or a story about voters or candidates
NOT_BOUND: list[tuple[str, str]] = [
    (CONTEXT, '"Kalau calon ingin berkampanye di kantor desa, harus izin dulu," ujarnya.'),
    ("KPU Kabupaten Contoh mengajak warga datang ke TPS pada Pilkada 2024.",
     '"Kalau ingin jadi pemilih cerdas, jangan terima uang dari calon," katanya.'),
    ("Ketua Bawaslu mengingatkan para calon bupati agar berkampanye dengan santun.",
     '"Kalau mau jadi kepala daerah, jangan main politik uang," tegasnya.'),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after its context sentence."""
    texts = [f"{CONTEXT} {s}" for s, _ in BOUND] + [f"{c} {s}" for c, s in NOT_BOUND]
    return analyse_all(texts, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(BOUND)), ids=[t[:40] for t, _ in BOUND])
def test_wanted_role_leaves_the_listener_bound(analysed: list, k: int) -> None:
    sentence, kinds = BOUND[k]
    assert sentence_kinds(analysed[k], sentence) == kinds


@pytest.mark.parametrize("k", range(len(NOT_BOUND)), ids=[s[:40] for _, s in NOT_BOUND])
def test_own_subject_or_outsider_story_binds_no_servant(analysed: list, k: int) -> None:
    _, sentence = NOT_BOUND[k]
    assert sentence_kinds(analysed[len(BOUND) + k], sentence) == set()
