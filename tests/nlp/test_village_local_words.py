"""Villages that keep their local word are named by it, as Nagari and Gampong are: a kampung headed by a Kepala
Kampung (Berau, Papua, Way Kanan) is 'Kampung X', its government 'Pemerintah Kampung X', and a pekon headed by a Kepala
Pekon is 'Pekon X'; a village headed by a Kepala Desa stays 'Desa X'. Sentences in our own words, analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (text, the village body's canonical name, its acronym, the name of a body that must not be listed)
FORMS = [
    ("Kepala Kampung Tanjung Batu Budi Santoso meminta aparatur kampung menjaga netralitas dalam pilkada.",
     "Kampung Tanjung Batu", "Pemerintah Kampung Tanjung Batu", "Desa Tanjung Batu"),
    ("Kepala Pekon Sukamaju, Rudi Hartono, mengingatkan aparatur pekon agar netral dalam pilkada.",
     "Pekon Sukamaju", "Pemerintah Pekon Sukamaju", "Desa Sukamaju"),
    # a village headed by a Kepala Desa keeps the common word
    ("Kepala Desa Sukamaju Budi Santoso meminta perangkat desa netral dalam pilkada.",
     "Desa Sukamaju", "Pemerintah Desa Sukamaju", "Kampung Sukamaju"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "name", "acronym", "other"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_village_is_named_by_its_local_word(analysed: list, k: int, text: str, name: str, acronym: str,
                                              other: str) -> None:
    found = {(m.agency, m.acronym) for m in analysed[k].agencies}
    assert (name, acronym) in found
    assert other not in {n for n, _ in found}
    assert name in {o.agency for o in analysed[k].officials}
