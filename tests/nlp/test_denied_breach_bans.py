"""Probe list of bans that deny a breach or meddling of the civil servants after a speaker's reminder or request
("jangan sampai ada keterlibatan ASN", "tidak boleh ada pelanggaran netralitas pegawai"): they forbid the civil
servants, as a hope denying the same breach already asks them, and the modal makes it a ban, not an appeal. A breach
denied of the public or of no one forbids no civil servant. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"prohibition"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Bupati mengingatkan jangan sampai ada keterlibatan ASN dalam kampanye Pilkada 2024.", P),
    ("Sekda meminta jangan ada lagi pelanggaran netralitas pegawai selama Pilkada 2024.", P),
    ("Wali Kota menegaskan tidak boleh ada intervensi PNS terhadap pemilih pada Pilkada 2024.", P),
    ("Kapolres mengingatkan jangan sampai ada pelanggaran lalu lintas saat kampanye Pilkada 2024.", set()),
    ("Ketua KPU meminta jangan sampai ada keterlibatan anak-anak dalam kampanye Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_ban_denying_their_breach_forbids_them(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
