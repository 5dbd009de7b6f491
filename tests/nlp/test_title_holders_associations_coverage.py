"""Probe list of a title named as the name of its holders' association ("Ketua Paguyuban Kepala Desa X", "Ikatan
Lurah X", "Forum Lurah X"): the association's chair holds no village's or ward's office, so no
holder of that title and no village or ward is read; the title on its own stays read. Stories in our own words
(offices.yaml associations)."""

from __future__ import annotations

import pytest

STORY = "Bawaslu Kabupaten Sleman menggelar sosialisasi netralitas kepala desa menjelang Pilkada 2024. "

# (story, officials' names it must read, names it must not read, institutions it must not name)
FORMS = [
    (STORY + "Ketua Paguyuban Kepala Desa Sidoarum, Hendra Wijaya, menyatakan para kades siap netral.",
     [], ["Hendra Wijaya"], ["Desa Sidoarum"]),
    (STORY + "Ketua Ikatan Lurah Caturtunggal, Hendra Wijaya, meminta anggotanya netral.",
     [], ["Hendra Wijaya"], ["Kelurahan Caturtunggal"]),
    (STORY + "Ketua Forum Lurah Margorejo, Hendra Wijaya, ikut menandatangani ikrar.",
     [], ["Hendra Wijaya"], ["Kelurahan Margorejo"]),
    # negative: the title itself, its holder set off by commas
    (STORY + "Kepala Desa Sidoarum, Hendra Wijaya, menyatakan siap netral.", ["Hendra Wijaya"], [], []),
]


@pytest.mark.parametrize("text,named,not_named,no_agency", FORMS)
def test_an_association_of_title_holders_names_no_holder(run, text: str, named: list[str], not_named: list[str],
                                                          no_agency: list[str]) -> None:
    analysis = run(text)
    names = {o.name for o in analysis.officials}
    found = {a.agency for a in analysis.agencies}
    assert set(named) <= names and not set(not_named) & names, names
    assert not set(no_agency) & found, found
