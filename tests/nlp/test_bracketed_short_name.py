"""A short name a reporter gives in brackets right after a full one ("Presiden Joko Widodo (Jokowi)") is the same
official when the story later writes it after the title ("Presiden Jokowi"): one official, named in full. An
acronym in capitals in the brackets, or a bracketed word after a name no later mention takes up, adds no one."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN jelang Pilkada 2024 kembali diingatkan. "

# (text, the names expected, exactly)
CASES = [
    (LEAD + "Presiden Joko Widodo (Jokowi) meminta ASN tidak memihak. Menurut Presiden Jokowi, ASN dilarang ikut "
     "berkampanye.", {"Joko Widodo"}),
    (LEAD + "Wali Kota Salatiga Ratna Dewi Kusumawati (Mbak Ratna) mengingatkan pegawai agar netral. Wali Kota Mbak "
     "Ratna juga meminta camat mengawasi bawahannya.", {"Ratna Dewi Kusumawati"}),
    (LEAD + "Bupati Kendal Dico Mahtado Ganinduto (Dico) meminta ASN menjaga netralitas. Dico menegaskan sanksi "
     "menanti pelanggar.", {"Dico Mahtado Ganinduto"}),
    # near-misses: an acronym in brackets, and two officials with their own names
    (LEAD + "Gubernur Jawa Tengah Ganjar Pranowo (GP) meminta ASN netral. Sekda Jawa Tengah Sumarno menambahkan ASN "
     "dilarang berfoto dengan calon.", {"Ganjar Pranowo", "Sumarno"}),
    (LEAD + "Kepala BKD Kota Semarang Budi Santoso (Budi) meminta ASN netral. Sekda Kota Semarang Iswar Aminuddin "
     "menambahkan ASN dilarang berkampanye.", {"Budi Santoso", "Iswar Aminuddin"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "names"), CASES, ids=[sorted(c[1])[0] for c in CASES])
def test_bracketed_short_name_is_the_same_official(analysed: dict, text: str, names: set[str]) -> None:
    found = {o.name for o in analysed[text].officials}
    assert found == names, found
