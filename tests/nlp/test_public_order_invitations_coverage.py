"""An invitation that takes the speaker in ('mari', 'ayo') to keep the peace, order or calm of a place or of the
contest ('Mari jaga daerah kita tetap kondusif', 'ayo bersama menjaga keamanan dan ketertiban selama pemilu') asks
everyone, as the invitation to make the contest a success does: the read half counts 1 of 15 such invitations. An
invitation that names the civil servants or their conduct ('netralitas', 'integritas') beside the same words stays an
appeal."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Mari jaga kota kita agar tetap kondusif sampai pelantikan.", ()),
    ("Marilah kita sama-sama menjaga keamanan dan ketertiban selama pemungutan suara.", ()),
    ("Ayo bersama-sama kita jaga stabilitas daerah menjelang hari pencoblosan.", ()),
    ("Mari kita tunjukkan bahwa kabupaten ini bisa berdemokrasi dengan damai dan bermartabat.", ()),
    ("Mari kita rawat kerukunan warga walau pilihan kita berbeda.", ()),
    ("Ayo jaga kekompakan dan kebersamaan antarwarga setelah penghitungan suara.", ()),
    ("Mari kita ciptakan suasana aman dan sejuk di kampung masing-masing.", ()),
    ("Mari bersama kita kawal tahapan ini agar berjalan tertib dan damai.", ()),
    # the civil servants or their conduct named: an appeal
    ("Mari kita jaga netralitas agar suasana tetap kondusif.", ("appeal",)),
    ("Ayo seluruh ASN menjaga ketertiban dan tidak memihak salah satu calon.", ("appeal",)),
    ("Mari kita tetap netral supaya suasana desa tetap aman.", ("appeal",)),
    ("Mari tetap jaga integritas kita sebagai aparatur agar daerah tetap aman.", ("appeal",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_an_invitation_to_keep_the_peace_asks_no_one(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
