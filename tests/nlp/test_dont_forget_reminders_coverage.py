"""Probe list of 'jangan lupa' ("don't forget"): it reminds of something to do or to come, no ban ("Tanggal 9 jangan
lupa, kita punya hajat"), as the read half's gold counts none; a reminder verb before it still asks, and other words of
forgetting after 'jangan' ("jangan melupakan sumpahnya") or 'jangan sampai' with civil servants stay bans. Sentences are
our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"prohibition"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Jangan lupa datang ke TPS pada 27 November nanti, kata Bupati kepada para pegawai.", set()),
    ("Tanggal 9 jangan lupa, kita semua punya hajat besar di kantor bupati.", set()),
    ("Para ASN jangan sampai lupa mengisi daftar hadir elektronik setiap pagi.", set()),
    ("Bupati mengingatkan ASN jangan lupa menjaga netralitas dalam pilkada.", {"appeal"}),
    # look-alikes: bans
    ("ASN jangan melupakan sumpahnya untuk bersikap netral dalam pilkada.", P),
    ("Jangan sampai ASN lupa diri lalu ikut kampanye pasangan calon.", P),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_dont_forget_reminds_and_bans_nothing(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
