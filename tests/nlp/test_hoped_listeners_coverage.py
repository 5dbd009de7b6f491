"""Probe list of hopes and other strict cues that ask the speaker's listeners by their friendly address ("Saya berharap
bapak ibu sekalian tetap netral", "Semoga rekan-rekan menjaga netralitas"), in a story whose sentence before names the
civil servants: the address points back to them, as after "meminta". Beside them, the same address before a name or
a title ("Bapak Presiden"), before those it names ("teman-teman media"), or asking a voter's duty, which ask no civil
servant. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda memimpin apel pagi seluruh ASN pemkab menjelang Pilkada 2024."

# (sentence after the context, whether the analysis must give it an appeal)
FORMS: list[tuple[str, bool]] = [
    ("\"Saya berharap bapak ibu sekalian tetap netral sampai hari pencoblosan,\" katanya.", True),
    ("\"Kami harap rekan-rekan sekalian menjaga netralitas di media sosial,\" ujarnya.", True),
    ("\"Semoga saudara-saudara tidak terseret politik praktis,\" katanya.", True),
    ("Ia mengharapkan kawan-kawan sekalian tidak memasang atribut pasangan calon.", True),
    # a name or a title after the address, those it names, or a voter's duty: no civil servant asked
    ("\"Saya berharap Bapak Gubernur hadir pada apel berikutnya,\" katanya.", False),
    ("\"Saya berharap teman-teman media memberitakan pilkada secara berimbang,\" katanya.", False),
    ("\"Saya berharap bapak ibu sekalian datang ke TPS dan menggunakan hak pilih,\" katanya.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_hope_asks_the_listeners_it_addresses(analysed: list, k: int) -> None:
    asked = [d for d in analysed[k].directives if d.kind == "appeal" and not d.sentence.startswith(CONTEXT[:20])]
    assert bool(asked) == FORMS[k][1]
