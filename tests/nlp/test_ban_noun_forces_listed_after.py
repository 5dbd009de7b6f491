"""Probe list of a ban noun that states its rule by whom it binds and what it forbids after it, where the forces are
listed after the civil servants ("adanya larangan untuk ASN, TNI dan Polri untuk ikut kampanye") and the content may
open with a word of ability ("pelarangan bagi ASN dan Polri untuk bisa menahan diri ..."): the list goes on past
the forces to the content, so the noun states a ban, as it does for civil servants alone. A list of the forces
alone keeps no ban for the civil servants, and a ban noun that is only the object of another verb ("melanggar
larangan ...") stays none. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Sosialisasi netralitas digelar Bawaslu Kabupaten Kediri menjelang Pilkada 2024."
FORMS: list[tuple[str, bool]] = [
    # the forces listed after the civil servants, the content after them
    ("Ketua Bawaslu menyampaikan adanya larangan untuk ASN, TNI dan Polri untuk ikut kampanye.", True),
    ("Ia menegaskan adanya pelarangan untuk ASN, TNI, dan Polri untuk bisa menahan diri dari kegiatan kampanye.",
     True),
    ("Ia juga menyinggung adanya larangan bagi PNS serta Polri untuk berfoto dengan pasangan calon.", True),
    # ... as for the civil servants alone
    ("Ketua Bawaslu menyampaikan adanya larangan untuk ASN untuk ikut kampanye.", True),
    # the forces alone, or the noun the object of another verb
    ("Ketua Bawaslu menyampaikan adanya larangan untuk TNI dan Polri untuk ikut kampanye.", False),
    ("Ada pihak yang melanggar larangan itu selama masa kampanye.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-15")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_ban_noun_forces_listed_after(analysed: list, k: int) -> None:
    text, found = FORMS[k]
    assert ("prohibition" in sentence_kinds(analysed[k], text)) == found
