"""A regency's short form that two regencies share ('Mura': Musi Rawas in South Sumatra, Murung Raya in Central
Kalimantan) names, after its level word as after a title, the one whose province the story's other places name."""

from __future__ import annotations

import pytest

CASES = [
    ("Ketua Bawaslu Kabupaten Murung Raya, Rudi Hartono, meminta PNS netral. Kepala Dinas Pendidikan Kabupaten Mura "
     "juga hadir dalam apel Pilkada 2024.", "Dinas Pendidikan Kabupaten Murung Raya"),
    ("Pemkab Musi Rawas di Sumatera Selatan menggelar apel. Kepala Dinas Pendidikan Kabupaten Mura meminta guru "
     "netral dalam Pilkada 2024.", "Dinas Pendidikan Kabupaten Musi Rawas"),
    ("Apel netralitas ASN di Kalimantan Tengah dihadiri Kepala Dinas Kesehatan Kabupaten Mura menjelang Pilkada 2024.",
     "Dinas Kesehatan Kabupaten Murung Raya"),
]


@pytest.mark.parametrize(("text", "agency"), CASES, ids=[c[1] for c in CASES])
def test_a_shared_short_form_after_its_level_word_is_the_story_province_regency(run, text: str, agency: str) -> None:
    agencies = {m.agency for m in run(text).agencies}
    assert agency in agencies, agencies
