"""A modal of ability refused before a partisan act whose object is written in its reduplicated plural bans it.

"mereka tidak bisa menggunakan simbol-simbol calon", "PNS tak dapat memasang foto-foto calon": the plural is one
token, so the listed act with the bare noun ("menggunakan simbol") did not match and the ban was missed. As with the
singular, only civil servants (or a pronoun for them) are banned; the public's inability and the singular forms stay
as they were. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

B = "prohibition"
LEAD = "Bupati mengingatkan ASN agar bersikap netral pada Pilkada 2024."

# (sentence after LEAD, kinds the gold convention expects in it)
CASES: list[tuple[str, set[str]]] = [
    # the plural object: a ban
    ('"Kalau datang ke kampanye, mereka tidak bisa menggunakan simbol-simbol calon," ujarnya.', {B}),
    ('"PNS tak dapat memasang foto-foto calon di akun pribadinya," ujarnya.', {B}),
    ('"ASN tidak bisa memasang baliho-baliho calon di halaman rumahnya," ujarnya.', {B}),
    ('"Pegawai tidak bisa menunjukkan simbol-simbol dukungan saat berfoto," ujarnya.', {B}),
    # the singular stays a ban
    ('"ASN tidak bisa menggunakan simbol calon saat kampanye," ujarnya.', {B}),
    # the public's inability, and an ability granted, are no ban
    ("Warga tidak bisa memasang spanduk-spanduk di jembatan kota.", set()),
    ('"ASN bisa memasang foto-foto kegiatan dinas di media sosial," ujarnya.', set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([f"{LEAD} {s}" for s, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(CASES, lambda v: v[0][:70]))
def test_refused_ability_plural_object(analysed: list, k: int, sentence: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], sentence) == kinds
