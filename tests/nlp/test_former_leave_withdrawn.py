"""Leave said to have held once ("dulu boleh", a sentence opening "Awalnya") is no leave in force (precision).

"Memang kalau dulu boleh, sekarang tidak lagi" and "Awalnya Panwaslu mengizinkan pegawai hadir ..., namun ..." tell
the leave as it stood before a rule changed it. "Sejak dulu" (always) keeps the leave, and so does a past deed of the
civil servants themselves or "dulu" after the cue. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu kabupaten menggelar rapat koordinasi netralitas menjelang Pilkada 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}\"Memang kalau dulu ASN boleh datang ke kampanye, sekarang tidak lagi,\" kata Ketua Bawaslu.", False),
    (f"{LEAD}Awalnya, Panwaslu mengizinkan pegawai hadir di kampanye asalkan tanpa seragam dinas. Namun aturan itu "
     "kemudian direvisi.", False),
    (f"{LEAD}\"Awalnya kami berpandangan pada tahun lalu, PNS boleh menghadiri kampanye, tetapi edaran terbaru "
     "melarangnya,\" ujar komisioner itu.", False),
    # leave that has always held
    (f"{LEAD}Sejak dulu ASN boleh menyalurkan hak pilihnya di bilik suara.", True),
    # a past deed of those it is for, and "dulu" after the cue
    (f"{LEAD}Pegawai yang dulu menjadi relawan boleh kembali bertugas setelah diperiksa inspektorat.", True),
    (f"{LEAD}Kepala BKPSDM menegaskan ASN boleh hadir kampanye, tetapi wajib izin atasan dulu.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "want"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_former_leave_withdrawn(analysed: list, k: int, text: str, want: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert ("permission" in got) == want, (text, got)
