"""A holder's name written right before the title with no comma ("dibuka oleh Rahmat Hidayat Ketua Bawaslu X",
"Camat X Budi dan Rahmat Hidayat Sekcam X", "Rahmat Hidayat Bupati X mengatakan"): after 'oleh', a list's joiner
or comma, or opening a sentence, a name of two proper words or more is the holder's. A common word opening the
sentence ("Padahal ..."), a place ("Kecamatan ...") or a single word is no such name."""

from __future__ import annotations

import pytest

# (sentence in our own words, the holder's name pantau must give, or None where it must give none for the title)
PROBES: list[tuple[str, str | None]] = [
    ("Rapat netralitas ASN untuk Pilkada 2024 dipimpin oleh Rahmat Hidayat Ketua Bawaslu Kabupaten Sigi kemarin.",
     "Rahmat Hidayat"),
    ("Pakta netralitas ASN Pilkada 2024 diteken Camat Palolo Yusran Lamba dan Dewi Kartika Sekcam Palolo.",
     "Dewi Kartika"),
    ("Rapat netralitas ASN Pilkada 2024 digelar di aula. Hendra Wijaya Bupati Sigi menyampaikan ASN wajib netral.",
     "Hendra Wijaya"),
    ("Rapat netralitas ASN Pilkada 2024 digelar di aula. Padahal Bupati Sigi sudah meminta ASN netral.", None),
    ("Rapat netralitas ASN Pilkada 2024 digelar oleh Kecamatan Palolo Camat Palolo bersama warga.", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_name_written_right_before_its_title(analysed: list, k: int) -> None:
    names = {o.name for o in analysed[k].officials}
    holder = PROBES[k][1]
    if holder is None:
        assert not names
    else:
        assert holder in names
