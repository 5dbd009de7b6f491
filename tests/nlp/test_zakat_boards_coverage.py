"""Probe list of the zakat board (Badan Amil Zakat Nasional, Baznas), a state body with a board in every province and
regency: with a region after it, in any case ('BAZNAS Kabupaten X', 'Ketua Baznas X'), it is that region's board;
alone or spelt out with no region, the national board. A word that only begins like it names none. Sentences in our
own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Seluruh ASN diminta menjaga netralitas pada Pilkada 2024."

# (text, bodies that must be listed, bodies that must not)
FORMS = [
    ("Bawaslu menelusuri dana BAZNAS Kabupaten Sumedang yang diduga dipakai untuk kampanye." + S,
     ("Badan Amil Zakat Nasional Kabupaten Sumedang",), ("Badan Amil Zakat Nasional",)),
    ("Ketua Baznas Sidrap dilaporkan karena ikut menghadiri kampanye calon bupati." + S,
     ("Badan Amil Zakat Nasional Kabupaten Sidenreng Rappang",), ()),
    ("Badan Amil Zakat Nasional (Baznas) Provinsi Riau meminta amilnya tidak berpolitik praktis." + S,
     ("Badan Amil Zakat Nasional Provinsi Riau",), ()),
    ("Pimpinan Baznas mengingatkan seluruh pegawainya agar tidak memihak." + S, ("Badan Amil Zakat Nasional",), ()),
    # no board: a word of the same first letters
    ("Warga bazar murah diminta tidak membawa atribut kampanye." + S, (), ("Badan Amil Zakat Nasional",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-01")


@pytest.mark.parametrize(("k", "text", "listed", "unlisted"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_zakat_board_is_read_with_its_region(analysed: list, k: int, text: str, listed: tuple[str, ...],
                                               unlisted: tuple[str, ...]) -> None:
    agencies = {m.agency for m in analysed[k].agencies}
    assert agencies >= set(listed)
    assert not agencies & set(unlisted)
