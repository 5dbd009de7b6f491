"""A directorate-general's head written by its short title with the ministry's word after it ('Dirjen Dukcapil
Kemendagri Budi Santoso'), where the directorate's own alias takes that word ('Dukcapil Kemendagri'): the role runs
over the ministry's word, the holder's name starts after it, and the title names the ministry alone, as the title
spelt out does. The title alone ('Dirjen Dukcapil Budi') and another ministry office before the ministry ('Sekjen
Kemendagri Budi') are read as before. Texts are our own words; all are analysed in one batch."""

from __future__ import annotations

import pytest

KEMENDAGRI = "Kementerian Dalam Negeri"
DITJEN = "Direktorat Jenderal Kependudukan dan Pencatatan Sipil"

# (text, the holder's name, his institution, the institutions the story must not list)
CASES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("JAKARTA - Dirjen Dukcapil Kemendagri Hendra Wijaya meminta ASN tetap netral selama Pilkada 2024.",
     "Hendra Wijaya", KEMENDAGRI, (DITJEN,)),
    ("Tiga nama diusulkan, yaitu Dirjen Dukcapil Kemendagri Rudi Hartono, Sekda Kota Bekasi Agus Salim, dan Kepala "
     "BKD Jawa Barat Dedi Supandi. ASN diminta netral dalam Pilkada 2024.", "Rudi Hartono", KEMENDAGRI, (DITJEN,)),
    # the title alone; another office of the ministry
    ("JAKARTA - Dirjen Dukcapil Hendra Wijaya meminta ASN tetap netral selama Pilkada 2024.", "Hendra Wijaya",
     KEMENDAGRI, ()),
    ("JAKARTA - Sekjen Kemendagri Rudi Hartono meminta ASN tetap netral selama Pilkada 2024.", "Rudi Hartono",
     KEMENDAGRI, ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([text for text, _, _, _ in CASES], published="2024-10-15")


@pytest.mark.parametrize("k", range(len(CASES)), ids=[c[1] + f"|{k}" for k, c in enumerate(CASES)])
def test_the_ministry_word_closes_the_title(analysed: list, k: int) -> None:
    _, name, agency, absent = CASES[k]
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (name, agency) in found, found
    listed = {m.agency for m in analysed[k].agencies}
    assert agency in listed and not listed & set(absent), listed
