"""Probe list of a ban noun naming whom it binds after "terhadap" before what it forbids ("larangan terhadap ASN untuk
menjadi juru kampanye", "larangan terhadap para ASN ikut berfoto ..."), read as "larangan bagi ASN untuk ..." already
is, with no verb of stating or holding before the noun. A ban "terhadap" a thing (money politics, a kind of campaign)
and a noun of regard towards civil servants ("sorotan publik terhadap ASN") bind no one. Sentences are our own; all
texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

BOUND: list[str] = [
    'Kata dia, dalam UU Pemilu sudah tegas larangan terhadap ASN untuk menjadi juru kampanye pada Pilkada 2024.',
    'Menurut Bawaslu, dalam PP Disiplin jelas larangan terhadap PNS untuk memasang baliho calon pada Pilkada 2024.',
    'Selama Pilkada 2024 berlaku larangan terhadap para ASN ikut berfoto dengan pasangan calon.',
]

NOT_BOUND: list[str] = [
    'Menurut Ketua Bawaslu, netralitas ASN penting dan jelas larangan terhadap politik uang pada Pilkada 2024.',
    'Ketua Bawaslu menilai sorotan publik terhadap ASN yang tidak netral pada Pilkada 2024 makin tajam.',
    'Menurut dia, soal netralitas ASN jelas larangan terhadap kampanye di kantor pemerintah pada Pilkada 2024.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(BOUND + NOT_BOUND, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(BOUND)), ids=[t[:48] for t in BOUND])
def test_ban_noun_binding_servants_is_a_prohibition(analysed: list, k: int) -> None:
    assert "prohibition" in sentence_kinds(analysed[k], BOUND[k])


@pytest.mark.parametrize("k", range(len(NOT_BOUND)), ids=[t[:48] for t in NOT_BOUND])
def test_ban_on_a_thing_or_regard_is_no_prohibition(analysed: list, k: int) -> None:
    assert "prohibition" not in sentence_kinds(analysed[len(BOUND) + k], NOT_BOUND[k])
