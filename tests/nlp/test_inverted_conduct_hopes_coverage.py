"""Probe list of an inverted hope opening with the civil servants' conduct, then them ("Diharapkan netralitas ASN
tetap terjaga", "Diharapkan, profesionalitas pegawai dijaga"): their conduct is hoped for, as after the active
"berharap netralitas ASN tetap terjaga", so it asks it of them. An inverted hope on the public ("Diharapkan
partisipasi warga meningkat") or on another body's conduct ("netralitas KPU") asks nothing of them. Sentences are
our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda memimpin apel pagi yang diikuti para ASN di lingkungan Pemkot."
A = {"appeal"}

# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Diharapkan netralitas ASN tetap terjaga sampai Pilkada 2024 selesai.", A),
    ("Diharapkan, profesionalitas pegawai Pemkot dijaga selama masa kampanye Pilkada 2024.", A),
    ("Dengan apel ini diharapkan integritas ASN tidak tergoda politik praktis pada Pilkada 2024.", A),
    ("Diharapkan partisipasi warga meningkat pada Pilkada 2024.", set()),
    ("Diharapkan netralitas KPU tetap terjaga sampai Pilkada 2024 selesai.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_an_inverted_hope_on_their_conduct_asks_them(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
