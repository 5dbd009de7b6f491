"""Probe list of civil servants listed short with a slash or a dash before the link to their conduct ("ASN/PNS untuk
...", "ASN dan TNI/Polri untuk ...", "ASN dan TNI-Polri untuk ..."): the slash and dash join the list as "dan" does, so
the clause still asks them, after a speech verb and its comma or "bahwa", or right after a verb of telling. Negatives:
the same short lists before "untuk" and a thing, or inside a clause opened by something else, ask nothing. Sentences
are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Pilkada 2024 segera digelar di kabupaten ini."
# (sentence after the context, whether it must be an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Camat menegaskan bahwa semua ASN dan TNI/Polri untuk tidak memihak calon mana pun.", True),
    ("Sudah saya sampaikan PNS/PPPK untuk menjaga netralitas selama kampanye.", True),
    ("Kepala BKD menuturkan, ASN dan TNI-Polri untuk tetap netral di pilkada.", True),
    ("Sekda mengatakan, PNS/PPPK di lingkungan pemkab untuk tidak ikut deklarasi calon.", True),
    ("Ia mengatakan jumlah ASN/PNS untuk tahun ini bertambah.", False),
    ("Kegiatan sosialisasi bagi ASN/PPPK untuk mencegah pelanggaran digelar kemarin.", False),
    ("Anggaran pengamanan TNI/Polri untuk pilkada sudah disiapkan.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the contest."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_slash_or_dash_lists_the_civil_servants_asked(analysed: list, k: int) -> None:
    appeals = [d for d in analysed[k].directives if d.kind == "appeal" and d.sentence.strip() != CONTEXT]
    assert bool(appeals) == FORMS[k][1]
