"""Words that are no one's name after a title: 'Bid.', the abbreviation of the unit word Bidang ("Staf Ahli Bid.
Pemerintahan"), and the district leaders' forum ("Forkopimcam Balen", "Muspika"), as Bidang and Forkopimda are."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN jelang Pilkada 2024 kembali diingatkan. "

TEXTS = [
    (LEAD + "Dalam kesempatan itu, Bupati Klaten didampingi oleh Kepala Bappeda, Staf Ahli Bid. Pemerintahan Hukum "
     "dan Politik, Kabag Kesbangpol, dan Kepala BKPSDM.", "Bid"),
    (LEAD + "Sosialisasi digelar di Pendopo Kecamatan Kutoarjo dengan dihadiri Kabag Hukum Pemkab Purworejo, "
     "Forkopimcam Kutoarjo, Kepala Desa dan Sekdes se-kecamatan.", "Forkopimcam"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in TEXTS]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "word"), TEXTS, ids=[w for _, w in TEXTS])
def test_unit_or_forum_word_is_no_name(analysed: dict, text: str, word: str) -> None:
    names = [o.name for o in analysed[text].officials]
    assert not any(n.startswith(word) for n in names), names
