"""Civil servants named by what they are for, the public's servants ('pelayan publik', 'pelayan masyarakat'), are
civil servants and not the public their title names: 'Sebagai pelayan publik, kita wajib netral' binds the speakers
as civil servants, 'pelayan publik itu diharapkan tidak terpengaruh' asks them; the read gold gives a directive to 31
sentences naming them (30 stories). The public itself stays an addressee of its own."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Sebagai pelayan publik, kita wajib netral.", ("obligation",)),
    ("Sebagai pelayan masyarakat, kita harus menjaga jarak dengan semua calon.", ("obligation",)),
    ("Pelayan publik itu diharapkan tidak terpengaruh kepentingan golongan.", ("appeal",)),
    ("Para pelayan masyarakat dilarang memasang atribut calon di kantor.", ("prohibition",)),
    ("Masyarakat diharapkan datang ke TPS pada hari pemungutan suara.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_the_public_servants_are_civil_servants(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
