"""Probe list of the hope as a noun laid, stressed or voiced by the speaker before "agar" and whom it asks ("Bupati
menaruh harapan agar seluruh pegawai tidak memihak", "memiliki harapan besar agar ASN ...", "menyampaikan harapan
agar ASN ..."): an appeal, as "memiliki harapan agar" and "menyampaikan harapannya agar" already are. Negatives: the
same hope about the contest or the voters ("menaruh harapan besar agar pilkada berjalan damai", "menyampaikan
harapan agar warga datang ke TPS") asks no civil servant. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Pilkada 2024 segera digelar di kabupaten ini."
# (sentence after the context, whether it must be an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Bupati menaruh harapan agar seluruh pegawai tidak memihak.", True),
    ("Sekda memiliki harapan besar agar ASN tetap netral.", True),
    ("Kepala dinas menyampaikan harapan agar para ASN tidak ikut kampanye.", True),
    ("Bupati menaruh harapan besar agar pilkada berjalan damai.", False),
    ("Camat menyampaikan harapan agar warga datang ke TPS.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the contest."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_hope_noun_laid_or_voiced_asks(analysed: list, k: int) -> None:
    appeals = [d for d in analysed[k].directives if d.kind == "appeal" and d.sentence.strip() != CONTEXT]
    assert bool(appeals) == FORMS[k][1]
