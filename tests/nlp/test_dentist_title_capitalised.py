"""A dentist's title written with a capital ("Drg." or "Drg"), as at a sentence's start or in some outlets' house
style, is an honorific like "drg.": it opens the holder's name and is no part of it, nor is it a name alone. A word
that only begins with the letters keeps its place in the name. The stories are ours."""

from __future__ import annotations

import pytest

# (story, the official's name expected, a name that must not be given)
CASES = [
    ("Kepala Dinas Kesehatan Kabupaten Wajo Drg. Rosdiana Latif meminta ASN netral dalam Pilkada 2024.",
     "Rosdiana Latif", "Drg"),
    ("Sekretaris Daerah Kabupaten Soppeng Drg Hasnah Umar mengingatkan ASN agar netral pada Pemilu 2024.",
     "Hasnah Umar", "Drg Hasnah Umar"),
    ("Drg. Rosdiana Latif, Kepala Dinas Kesehatan Kabupaten Wajo, melarang ASN ikut berkampanye di Pilkada 2024.",
     "Rosdiana Latif", "Drg. Rosdiana Latif"),
    # the lower-case spelling, already an honorific, stays so
    ("Kepala Dinas Kesehatan Kabupaten Wajo, drg. Rosdiana Latif, meminta ASN netral dalam Pilkada 2024.",
     "Rosdiana Latif", "drg. Rosdiana Latif"),
    # negative: a name that merely starts with the letters is no title
    ("Kepala Dinas Kesehatan Kabupaten Wajo Drgita Latif meminta ASN netral dalam Pilkada 2024.",
     "Drgita Latif", "Latif"),
]


@pytest.mark.parametrize(("text", "name", "not_name"), CASES, ids=[c[0][:40] for c in CASES])
def test_dentist_title_opens_name(run, text: str, name: str, not_name: str) -> None:
    names = {o.name for o in run(text, published="2024-10-07").officials}
    assert name in names, names
    assert not_name not in names, names
