"""A "should" opening its clause ('seharusnya', 'semestinya', 'sepatutnya') binds the civil servants named after it past
a comma ('Sudah seharusnya, ASN di lingkungan Pemkab untuk menjaga netralitas') or past where the duty is written
('sudah seharusnya sesuai amanah undang-undang seluruh ASN bersikap netral'), as it binds them right after it; the read
gold counts both such sentences. With no civil servant named after it, it still asks no one."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

# (sentence, the kinds of directive it gives alone)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Menurut dia, sudah seharusnya, ASN di lingkungan Pemkab Sleman menjaga netralitas dalam Pilkada 2024.",
     ("obligation",)),
    ("Sudah sepatutnya, seluruh pegawai menjaga jarak dengan calon dalam Pilkada 2024.", ("obligation",)),
    ("Semestinya, para guru tidak ikut berkampanye dalam Pilkada 2024.", ("obligation",)),
    ("Sudah seharusnya sesuai amanat undang-undang seluruh ASN bersikap netral dalam Pilkada 2024.", ("obligation",)),
    ("Sudah semestinya berdasarkan aturan para PNS menjauhi politik praktis selama Pilkada 2024.", ("obligation",)),
    # no civil servant right after it: none
    ("Seharusnya, pilkada 2024 berjalan damai tanpa politik uang.", ()),
    ("Sudah seharusnya sesuai aturan pilkada 2024 berjalan jujur dan adil.", ()),
    # the civil servants as the object of another verb after the aside bind no one
    ("Bawaslu seharusnya sesuai aturan menindak ASN yang terlibat kampanye Pilkada 2024.", ("sanction",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_fronted_should_binds_who_follows(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
