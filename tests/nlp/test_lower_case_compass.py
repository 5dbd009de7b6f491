"""A region's name closed by a compass word written in lower case ("Luwu utara") is still that region, not the
neighbour its first word names ("Luwu"): its offices and supervisors are the region's."""

from __future__ import annotations

import pytest

CASES = [
    ("Postingan itu dibuat staf Dinas Kesehatan Luwu utara menjelang Pilkada 2024, ASN harus netral.",
     "Dinas Kesehatan Kabupaten Luwu Utara", "Kabupaten Luwu"),
    ("Ketua Bawaslu Halmahera selatan, Rusli Hasan, meminta ASN netral dalam Pilkada 2024.",
     "Bawaslu Kabupaten Halmahera Selatan", "Kabupaten Halmahera"),
    ("Pemkab Lampung timur mengingatkan ASN agar netral dalam Pilkada 2024.",
     "Pemerintah Kabupaten Lampung Timur", "Provinsi Lampung"),
]


@pytest.mark.parametrize(("text", "agency", "not_region"), CASES, ids=[c[1] for c in CASES])
def test_a_lower_case_compass_word_keeps_the_region(run, text: str, agency: str, not_region: str) -> None:
    agencies = {m.agency for m in run(text).agencies}
    assert agency in agencies, agencies
    assert not any(a.endswith(not_region) for a in agencies), agencies
