"""Probe list of a hope said once again ("Saya berharap sekali lagi agar ASN tetap netral", "berharap sekali lagi kepada
ASN untuk ..."): the adverb stands between the hope and whom it names, as it already may after "minta". Beside them,
the same hope about no civil servant ("berharap sekali lagi pilkada berjalan damai"), which asks no one. Sentences are
our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    ("\"Saya berharap sekali lagi agar ASN tetap netral sampai Pilkada 2024 usai,\" kata Sekda.", True),
    ("Bupati berharap sekali lagi kepada seluruh PNS untuk tidak memihak pada Pilkada 2024.", True),
    ("\"Kami berharap sekali lagi supaya para guru tidak mengunggah dukungan jelang Pilkada 2024,\" ujarnya.", True),
    # the same hope with no civil servant in it
    ("\"Saya berharap sekali lagi Pilkada 2024 berjalan damai,\" kata Sekda.", False),
    ("\"Kami berharap sekali lagi semoga acara Pilkada 2024 ini bermanfaat,\" ujarnya.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_hope_said_again_asks_whom_it_names(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
