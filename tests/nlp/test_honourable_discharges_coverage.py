"""A discharge with honour ('diberhentikan dengan hormat', 'secara hormat') in a sentence telling of leaving (resigning
to run, one's own request, retiring) is how a civil servant leaves: no penalty. It is one when 'tidak atas permintaan
sendiri' follows (the heaviest penalty of the discipline rules), when the sentence names a breach, or when it is
threatened on a violator with no word of leaving; a discharge without honour ('tidak dengan hormat', 'dengan tidak
hormat') always is. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengingatkan semua pegawai pemkab agar netral selama Pilkada 2024. "
S = ("sanction",)

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Pegawai yang mundur karena maju sebagai calon bupati diberhentikan dengan hormat sebagai PNS.", ()),
    ("Kepala dinas itu sudah diberhentikan dengan hormat atas permintaan sendiri pekan lalu.", ()),
    ("Bila ia mundur sebelum terdaftar sebagai caleg, ia diberhentikan secara hormat dan pensiunnya tetap dibayar.",
     ()),
    ("Pemberhentian dengan hormat itu berlaku mulai akhir bulan penetapannya sebagai calon.", ()),
    # a penalty: not at one's own request, a breach named, or without honour
    ("Sanksi terberat berupa pemberhentian dengan hormat tidak atas permintaan sendiri.", S),
    ("Pegawai yang melanggar kewajiban mundur itu diberhentikan dengan hormat sebagai PNS.", S),
    ("Guru yang ikut menjadi pengurus partai akan diberhentikan tidak dengan hormat.", S),
    ("Lurah yang terbukti berkampanye bisa diberhentikan dengan tidak hormat.", S),
    ("Kepala sekolah yang tidak mengundurkan diri saat maju pilkada diberhentikan dengan hormat.", S),
    ("Pegawai yang berpihak kepada calon bisa diberhentikan dengan hormat.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-09-12")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_discharge_with_honour_is_no_penalty(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
