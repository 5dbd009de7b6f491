"""A dateline naming a place that a regency shares with a city ("BOGOR - ", "Tasikmalaya (ANTARA) - ") in a story that
names only one of the two with its level word or its bodies ("Bawaslu Kota Bogor"): the dateline is that one, so the
story is about it and a body named alone ("staf Dinas Sosial") is its office. A dateline naming a place of its own
that is not the story's ("GARUT - ... Bawaslu Kota Tasikmalaya") still leaves the story's region undecided, and a
body named alone there stays unplaced. Texts in our own words; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BODY = " memeriksa seorang pegawai terkait netralitas ASN pada Pilkada 2024. Ia tercatat sebagai staf Dinas Sosial."

# (text, a body the story must name, a body it must not name; None: not checked)
FORMS = [
    # the dateline's place is the regency or the city the story names
    ("BIMA - Bawaslu Kabupaten Bima" + BODY, "Dinas Sosial Kabupaten Bima", "Dinas Sosial Kota Bima"),
    ("BIMA - Bawaslu Kota Bima" + BODY, "Dinas Sosial Kota Bima", "Dinas Sosial Kabupaten Bima"),
    ("SERANG - Bawaslu Kota Serang" + BODY, "Dinas Sosial Kota Serang", "Dinas Sosial Kabupaten Serang"),
    ("BANDUNG - Bawaslu Kabupaten Bandung" + BODY, "Dinas Sosial Kabupaten Bandung", "Dinas Sosial Kota Bandung"),
    ("Tasikmalaya (ANTARA) - Bawaslu Kota Tasikmalaya" + BODY, "Dinas Sosial Kota Tasikmalaya",
     "Dinas Sosial Kabupaten Tasikmalaya"),
    ("MADIUN, Warta - Pemerintah Kota Madiun" + BODY, "Dinas Sosial Kota Madiun", "Dinas Sosial Kabupaten Madiun"),
    # a place with no twin: the dateline is its own region, the story's undecided
    ("GARUT - Bawaslu Kota Tasikmalaya" + BODY, None, "Dinas Sosial Kota Tasikmalaya"),
    ("GARUT - Bawaslu Kota Tasikmalaya" + BODY, None, "Dinas Sosial Kabupaten Garut"),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _, _ in FORMS])


@pytest.mark.parametrize(("k", "named", "unnamed"), indexed(FORMS, lambda p: p[0][:45], 1))
def test_twin_region_dateline(analyses, k: int, named: str | None, unnamed: str | None) -> None:
    agencies = {a.agency for a in analyses[k].agencies}
    if named is not None:
        assert named in agencies
    if unnamed is not None:
        assert unnamed not in agencies
