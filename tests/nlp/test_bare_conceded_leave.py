"""Probe list of leave granted bare in a concession ("Meski diperbolehkan, ada syarat yang harus dipenuhi"): the leave
word alone between the opener and a comma points back to the leave the story already gave, no permission of its own.
Negatives (the leave still given): the concession naming its holder or its conduct, and the bare leave word with no
concession before it. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

P, B = "permission", "prohibition"
CONTEXT = "Panwaslu Kabupaten Lembah Hijau menyatakan pegawai negeri boleh menonton debat calon pada Pilkada 2024. "

# (the sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Meski diperbolehkan, ketua panwaslu menyampaikan sejumlah catatan.", set()),
    ("Meskipun dibolehkan, tetap ada rambu yang disampaikan panwaslu.", set()),
    ("Walaupun memang diizinkan, panwaslu menyebut beberapa batasan.", set()),
    ("Meskipun pegawai negeri diperbolehkan menonton, mereka tidak boleh bersorak untuk calon.", {P, B}),
    ("Meski boleh menonton, pegawai negeri dilarang memakai kaus calon.", {P, B}),
    ("Jadi memang diperbolehkan, kata ketua panwaslu.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([CONTEXT + text for text, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:60]))
def test_only_a_bare_conceded_leave_word_gives_no_permission(analysed: list, k: int, text: str,
                                                             kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
