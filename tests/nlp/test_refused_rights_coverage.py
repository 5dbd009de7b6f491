"""Probe list of a right refused before a partisan conduct: "tidak berhak", "tak memiliki hak untuk", "tidak punya hak
untuk" before campaigning or taking sides forbids it, as a refused ability does ("tidak bisa berkampanye"), also in the
clause after a contrast that opens with no subject of its own. A right refused before voting, a body refused a power to
punish, and rights denied with no conduct after them state no ban. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BAN = {"prohibition"}
TAIL = " menjelang Pilkada 2024."

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (f"Pegawai negeri tidak berhak ikut berkampanye untuk calon mana pun{TAIL}", BAN),
    (f"Seorang ASN tak memiliki hak untuk memihak pasangan calon{TAIL}", BAN),
    (f"PPPK tidak punya hak untuk mendukung calon secara terbuka{TAIL}", BAN),
    (f"ASN punya hak suara, namun tidak mempunyai hak untuk berpolitik praktis{TAIL}", BAN),
    # look-alikes: the right to vote, a power to punish, or no conduct after the right
    (f"Anggota TNI tidak memiliki hak untuk memilih{TAIL}", set()),
    (f"Panwascam tidak berhak menjatuhkan hukuman kepada pegawai{TAIL}", set()),
    (f"Bukan berarti pegawai negeri tidak punya hak politik sama sekali{TAIL}", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_right_refused_before_partisan_conduct_is_a_ban(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
