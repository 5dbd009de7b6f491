"""A penalty inside a concession ("meskipun ... berikut sanksinya sudah ada") is granted as known, the background of
what the sentence says, no sanction; a penalty in the main clause, after the concession's comma or past a word of
what will follow, and "Meski demikian" (a link to what came before) still give one."""

from __future__ import annotations

import pytest

GRANTED: list[str] = [
    "Pelanggaran masih terjadi pada Pilkada 2024 meskipun aturan netralitas ASN berikut sanksinya sudah lama ada.",
    "Walaupun ancaman hukuman disiplin telah disampaikan kepada pegawai, pelanggaran pada Pilkada 2024 tetap marak.",
]

THREATENED: list[str] = [
    "Meski demikian, kami tetap akan menjatuhkan sanksi kepada ASN yang berkampanye pada Pilkada 2024.",
    "Sanksi tetap dijatuhkan kepada ASN yang berkampanye pada Pilkada 2024 meskipun atasannya keberatan.",
    "Walau hanya menyukai unggahan calon, ASN bisa dikenai sanksi pada Pilkada 2024.",
    "ASN yang berkampanye pada Pilkada 2024 walau hanya sekali akan dijatuhi sanksi.",
]


@pytest.mark.parametrize("text", GRANTED, ids=[t[:40] for t in GRANTED])
def test_penalty_granted_in_a_concession_is_no_sanction(run, text: str) -> None:
    assert "sanction" not in {d.kind for d in run(text).directives}


@pytest.mark.parametrize("text", THREATENED, ids=[t[:40] for t in THREATENED])
def test_penalty_outside_a_concession_is_a_sanction(run, text: str) -> None:
    assert "sanction" in {d.kind for d in run(text).directives}
