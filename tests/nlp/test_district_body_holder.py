"""A district body's head named by title alone ("Ketua Panwascam Rahmat Hidayat"), in a story that names the body at
a listed district, heads that body: the word after the title opens the holder's name, not another district. Two
listed districts stay apart. Sentences in our own words."""

from __future__ import annotations

import pytest

TEXTS = [
    "Panwascam Cikampek menggelar rapat netralitas ASN Pilkada 2024. "
    "Ketua Panwascam Rahmat Hidayat meminta ASN tidak ikut kampanye.",
    "Panwascam Cikampek menggelar rapat netralitas ASN Pilkada 2024. "
    "Ketua Panwascam Klari Rahmat Hidayat meminta ASN tidak ikut kampanye.",
]


@pytest.fixture(scope="module")
def results(analyse_all):
    return analyse_all(TEXTS)


def test_holder_named_after_the_title_heads_the_story_body(results):
    officials = {o.name: o.agency for o in results[0].officials}
    assert officials == {"Rahmat Hidayat": "Panwaslu Kecamatan Cikampek"}
    assert {m.agency for m in results[0].agencies} == {"Panwaslu Kecamatan Cikampek"}


def test_another_listed_district_stays_its_own(results):
    officials = {o.name: o.agency for o in results[1].officials}
    assert officials == {"Rahmat Hidayat": "Panwaslu Kecamatan Klari"}
