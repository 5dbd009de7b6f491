"""Probe list of the 'Baca lainnya' label: a page's widget of other stories opens a line with it and the title of
another story after a colon ("Baca lainnya : ..."), whose institutions belong to that story, not this one. The same
institution named in the story's own prose, or the label's words inside a sentence, are read as before. Texts are
our own words."""

from __future__ import annotations

import pytest

LEAD = "Bupati Parigi Moutong meminta seluruh ASN menjaga netralitas dalam Pilkada 2024."
TAIL = "Ia menegaskan ASN dilarang hadir di kampanye pasangan calon."
LINKED = [
    f"{LEAD}\nBaca lainnya : Kepala Kejari Donggala minta jaksa awasi ASN yang ikut kampanye di desa\n{TAIL}",
    f"{LEAD}\nBACA LAINNYA: Ketua DPRD Kota Palu ingatkan pegawai sekretariat soal larangan berpolitik\n{TAIL}",
    f"{LEAD}\nBaca lainnya: Kepala Kejari Donggala minta jaksa awasi ASN yang ikut kampanye di desa.\n{TAIL}",
]
# (text, the institution its prose names)
PROSE = [
    (f"{LEAD}\nKepala Kejari Donggala juga meminta jaksa mengawasi ASN yang ikut kampanye di desa.\n{TAIL}",
     "Kejaksaan Negeri Donggala"),
    (f"{LEAD} Untuk informasi lainnya, Ketua DPRD Kota Palu mengingatkan pegawai sekretariat soal larangan "
     f"berpolitik. {TAIL}", "Dewan Perwakilan Rakyat Daerah Kota Palu"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(LINKED + [text for text, _ in PROSE], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(LINKED)), ids=[t.split("\n")[1][:40] for t in LINKED])
def test_an_institution_in_another_story_s_title_is_not_read(analysed: list, k: int) -> None:
    assert [a.agency for a in analysed[k].agencies] == ["Pemerintah Kabupaten Parigi Moutong"]


@pytest.mark.parametrize(("k", "agency"), [(k, a) for k, (_, a) in enumerate(PROSE)], ids=[a for _, a in PROSE])
def test_the_same_institution_in_the_story_s_prose_is_read(analysed: list, k: int, agency: str) -> None:
    assert agency in [a.agency for a in analysed[len(LINKED) + k].agencies]
